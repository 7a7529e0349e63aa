import { createReadStream, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { findQuotes, suggest, toQuotePredictions } from '@claimtrail/extract'

export const EXTRACT_USAGE = `  extract FILE...                  suggestions (claims, attributions, relays, responses, hedges) as JSON,
                                   one object per line per input file
          --jsonl [FILE|-]         read JSON Lines {id, text, …} (stdin by default), write JSON Lines
          --quotes [FILE|-]        read JSON Lines {id, text, …}, write the quote scorer's prediction format
          --publisher NAME         the outlet that published the texts (the last hop of every chain)
          --pretty                 indent the JSON of FILE... output
`

// Below this many input bytes a batch is small: no progress is shown.
const PROGRESS_FROM_BYTES = 512 * 1024

interface Io {
  stdin: Readable & { isTTY?: boolean }
  stdout: Writable
  stderr: Writable & { isTTY?: boolean; columns?: number }
}

/** Progress on stderr: a bar on a terminal, a plain percentage line every 10 % otherwise. */
function progressReporter(stderr: Io['stderr'], totalBytes: number | null) {
  if (totalBytes === null || totalBytes < PROGRESS_FROM_BYTES) return { update() {}, done() {} }
  let lastShown = -1
  return {
    update(bytes: number, records: number) {
      const pct = Math.min(100, Math.floor((bytes / totalBytes) * 100))
      if (stderr.isTTY) {
        if (pct === lastShown) return
        const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - 30))
        const filled = Math.round((pct / 100) * width)
        stderr.write(
          `\rextract [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(pct).padStart(3)}% ${records} records`,
        )
      } else {
        const step = Math.floor(pct / 10) * 10
        if (step === lastShown || step === 0) return
        stderr.write(`extract: ${step}% (${records} records)\n`)
        lastShown = step
        return
      }
      lastShown = pct
    },
    done() {
      if (stderr.isTTY && lastShown !== -1) stderr.write('\n')
    },
  }
}

async function write(out: Writable, line: string) {
  if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
}

/**
 * Reads JSON Lines records and writes one output line per input record, in order. A line that is not
 * a JSON object with an id is reported on stderr and skipped (it has no id to answer with).
 */
async function mapJsonl(source: string | undefined, io: Io, toLine: (id: unknown, text: string) => string) {
  const fromStdin = source === undefined || source === '-'
  const input = fromStdin ? io.stdin : createReadStream(source)
  let total: number | null = null
  if (!fromStdin) total = statSync(source).size
  const progress = progressReporter(io.stderr, total)
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  let bytes = 0
  let records = 0
  let lineNo = 0
  for await (const line of lines) {
    lineNo++
    bytes += Buffer.byteLength(line) + 1
    if (!line.trim()) continue
    let record: { id?: unknown; text?: unknown }
    try {
      record = JSON.parse(line)
    } catch (error) {
      io.stderr.write(`claimtrail extract: line ${lineNo}: not JSON (${(error as Error).message}); skipped\n`)
      continue
    }
    if (record === null || typeof record !== 'object' || record.id === undefined || record.id === null) {
      io.stderr.write(`claimtrail extract: line ${lineNo}: no "id"; skipped\n`)
      continue
    }
    const text = typeof record.text === 'string' ? record.text : ''
    if (typeof record.text !== 'string')
      io.stderr.write(`claimtrail extract: line ${lineNo}: no "text"; treated as empty\n`)
    await write(io.stdout, toLine(record.id, text))
    records++
    progress.update(bytes, records)
  }
  progress.done()
}

/** `pnpm claimtrail extract …`: prints only results on stdout, everything else on stderr. */
export async function extractCommand(args: string[], io: Io = process): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      jsonl: { type: 'boolean' },
      quotes: { type: 'boolean' },
      publisher: { type: 'string' },
      pretty: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  })
  const options = values.publisher ? { publisher: values.publisher } : {}
  if (values.quotes || values.jsonl) {
    if (values.quotes && values.jsonl) throw new Error('use either --quotes or --jsonl')
    if (positionals.length > 1) throw new Error('--quotes and --jsonl read one file (or stdin)')
    const toLine = values.quotes
      ? (id: unknown, text: string) => JSON.stringify({ id, quotes: toQuotePredictions(findQuotes(text)) })
      : (id: unknown, text: string) => JSON.stringify({ id, ...suggest(text, options) })
    await mapJsonl(positionals[0], io, toLine)
    return
  }
  if (positionals.length === 0) throw new Error('extract: name one or more files, or use --jsonl / --quotes')
  for (const file of positionals) {
    const text = await readFile(file, 'utf8')
    const result = { file: basename(file), ...suggest(text, options) }
    await write(io.stdout, values.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result))
  }
}
