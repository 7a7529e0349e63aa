import { writeFileSync } from 'node:fs'
import pg from 'pg'
import { DB_URL, query } from '../config.ts'
import type { Statement } from '../scenarios/capture-sql.ts'

export interface Explained {
  scenario: string
  statement: number
  executionMs: number
  nodes: string[]
}

export async function explainAll(captured: Record<string, Statement[]>, file: string): Promise<Explained[]> {
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  const out: string[] = []
  const summary: Explained[] = []
  try {
    for (const [scenario, statements] of Object.entries(captured)) {
      for (const [i, s] of statements.entries()) {
        // The ledger reads in a transaction (begin … commit): only the statements inside are plans.
        if (!/^\s*(select|with)\b/i.test(s.text)) continue
        const rows = await query<{ 'QUERY PLAN': string }>(
          db,
          `explain (analyze, buffers) ${s.text}`,
          s.values,
        )
        const plan = rows.map((r) => r['QUERY PLAN'])
        out.push(
          `### ${scenario} — statement ${i + 1}\n\n${s.text}\n-- ${JSON.stringify(s.values)}\n\n${plan.join('\n')}\n`,
        )
        const nodes = plan
          .map((l) =>
            /(?:->\s+)?((?:Parallel )?(?:Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan|Sort|Incremental Sort|HashAggregate|GroupAggregate|Hash Join|Merge Join|Nested Loop)[^(]*)/
              .exec(l)?.[1]
              ?.trim(),
          )
          .filter((n): n is string => n !== undefined)
        const executionMs = Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1])
        summary.push({ scenario, statement: i + 1, executionMs, nodes })
      }
    }
  } finally {
    await db.end()
  }
  writeFileSync(file, `${out.join('\n')}`)
  return summary
}
