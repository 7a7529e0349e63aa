import { copyFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { CONNECTIONS, DURATION, HEAVY_CONNECTIONS, RESULTS } from '../config.ts'
import type { DatasetInfo } from '../setup/dataset.ts'
import type { Explained } from './explain.ts'

export interface RunResults {
  dataset: DatasetInfo
  /** One row per scenario measured, and the processes' peak RSS row. */
  rows: Record<string, unknown>[]
  explainFile: string
  explained: Explained[]
  extraction: { note: string; mbPerSecond?: number }
  skipped: string[]
  stamp: string
}

/** Prints the run's figures and writes them to results/<stamp>.json and results/latest.json. */
export function report(run: RunResults): void {
  const { dataset, rows, explainFile, explained, extraction, skipped, stamp } = run
  const table = rows.filter((r) => r.rps !== null)
  console.log(
    `\nClaimtrail bench — ${dataset.claims.toLocaleString('en-US')} claims, ${DURATION} s per scenario, autocannon on 127.0.0.1\n`,
  )
  console.table(
    table.map((r) => ({
      scenario: r.scenario,
      conns: r.connections,
      'req/s': r.rps,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      'baseline req/s': r.baselineRps,
      'base p99': r.baselineP99,
      ratio: r.ratio,
      bytes: r.bytes,
      'JSON req/s (paired)': r.jsonRps,
      'JSON p99 (paired)': r.jsonP99,
      'vs JSON': r.vsJson,
      'non-2xx': r.non2xx,
    })),
  )
  const rss = rows.find((r) => r.scenario === '(process peak RSS, MB)')
  console.log(`API peak RSS: ${rss?.apiPeakRssMb} MB (baseline process: ${rss?.baselinePeakRssMb} MB)`)
  console.log(`Suggestions extraction: ${extraction.note}`)
  console.log(
    `Generation: ${dataset.rows.toLocaleString('en-US')} rows in ${dataset.seconds.toFixed(0)} s (${Math.round(dataset.rowsPerSecond).toLocaleString('en-US')} rows/s)`,
  )
  console.log('\nEXPLAIN (ANALYZE, BUFFERS), full plans in', explainFile)
  for (const e of explained) {
    console.log(
      `  ${e.scenario} #${e.statement}: ${e.executionMs.toFixed(2)} ms — ${[...new Set(e.nodes)].join(', ')}`,
    )
  }
  for (const s of skipped) console.log(`skipped: ${s}`)
  const resultFile = join(RESULTS, `${stamp}.json`)
  writeFileSync(
    resultFile,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        settings: {
          durationSeconds: DURATION,
          connections: CONNECTIONS,
          heavyConnections: HEAVY_CONNECTIONS,
          cpus: cpus().length,
        },
        dataset,
        scenarios: table,
        peakRssMb: { api: rss?.apiPeakRssMb, baseline: rss?.baselinePeakRssMb },
        extraction,
        explain: explained,
        skipped,
      },
      null,
      2,
    )}\n`,
  )
  // Only the latest run is kept in the repository (results/* is ignored): earlier figures live in
  // bench/README.md's findings, where they are explained.
  copyFileSync(resultFile, join(RESULTS, 'latest.json'))
  console.log(`\nwritten ${resultFile} and results/latest.json`)
}
