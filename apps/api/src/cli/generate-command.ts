import { parseArgs } from 'node:util'
import { type GenerateProgress, generateDataset } from '@claimtrail/db/generate'
import type { Logger } from 'pino'
import { openAndMigrate } from '../boot.ts'
import type { Config } from '../config.ts'
import { writeGeneratedPublications } from '../services/public/publication-writer.ts'

export const GENERATE_USAGE = `  generate --articles N --claims-per-article M [--seed S]
                                   fill the database with synthetic articles, entities and claims
                                   (with chains, responses, evidence, statuses and audit events)
`

function positiveInt(
  name: string,
  value: string | undefined,
  { min = 1, fallback }: { min?: number; fallback?: number } = {},
): number {
  if (value === undefined && fallback !== undefined) return fallback
  const n = Number(value)
  if (value === undefined || !Number.isInteger(n) || n < min) {
    throw new Error(
      `--${name}: expected an integer ≥ ${min}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`,
    )
  }
  return n
}

const number = (n: number) => Math.round(n).toLocaleString('en-US')

function duration(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
}

/** A bar redrawn in place on a terminal; a line every 10 % (or 30 s) when stderr is a pipe or a file. */
function progressReporter(stream: NodeJS.WriteStream) {
  let lastLine = 0
  let lastDecile = -1
  return {
    update(p: GenerateProgress) {
      const ratio = p.articlesDone / p.articlesTotal
      const rate = p.rows / (p.elapsedMs / 1000)
      const eta = ratio > 0 ? (p.elapsedMs / ratio) * (1 - ratio) : 0
      const figures = `${(ratio * 100).toFixed(1)}% ${number(p.articlesDone)}/${number(p.articlesTotal)} articles · ${number(p.rows)} rows · ${number(rate)} rows/s · ETA ${duration(eta)}`
      if (stream.isTTY) {
        const width = 30
        const filled = Math.round(ratio * width)
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${figures}\x1b[K`)
        return
      }
      const decile = Math.floor(ratio * 10)
      if (decile > lastDecile || p.elapsedMs - lastLine >= 30_000) {
        lastDecile = decile
        lastLine = p.elapsedMs
        stream.write(`generate: ${figures}\n`)
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n')
    },
  }
}

/** `pnpm claimtrail generate`: synthetic data into the configured database (PGlite or DATABASE_URL). */
export async function runGenerate(args: string[], config: Config, log: Logger): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string' },
      'claims-per-article': { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  })
  const articles = positiveInt('articles', values.articles)
  const claimsPerArticle = positiveInt('claims-per-article', values['claims-per-article'], { min: 0 })
  const seed = positiveInt('seed', values.seed, { min: 0, fallback: 1 })

  const database = await openAndMigrate(config, log, 'claimtrail generate')
  const progress = progressReporter(process.stderr)
  try {
    const result = await generateDataset(database.db, {
      articles,
      claimsPerArticle,
      seed,
      publications: writeGeneratedPublications,
      onProgress: (p) => progress.update(p),
    })
    progress.done()
    const seconds = result.elapsedMs / 1000
    const tables = Object.entries(result.rowsByTable)
      .map(([table, n]) => `${table} ${number(n)}`)
      .join(', ')
    process.stdout.write(
      `generated ${number(result.rows)} rows in ${seconds.toFixed(1)}s (${number(result.rows / seconds)} rows/s) into ${database.driver === 'pg' ? 'PostgreSQL' : 'PGlite'}: ${tables}\n`,
    )
  } catch (error) {
    progress.done()
    // A failed statement carries the whole batch as parameters; the cause is the part worth reading.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
    throw cause
  } finally {
    await database.close()
  }
}
