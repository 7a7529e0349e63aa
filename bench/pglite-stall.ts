import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { type Db, migrate, openDatabase, schema } from '@claimtrail/db'
import { generateDataset } from '@claimtrail/db/generate'

// `node --import tsx bench/pglite-stall.ts`: how long the event loop stalls while embedded PGlite
// answers queries, with the engine on the main thread and in its worker thread (ADR 013).
// The same database, the same queries back to back for BENCH_DURATION seconds each; the loop's
// delay is sampled every 10 ms by perf_hooks.monitorEventLoopDelay. Figures, not a test.

const DURATION_MS = Number(process.env.BENCH_DURATION ?? 10) * 1000
const QUERIES: ((db: Db) => Promise<unknown>)[] = [
  // A ledger-like page: claims with their claimant and subjects, newest first.
  (db) =>
    db.query.claims.findMany({
      with: { claimant: true },
      orderBy: (c, { desc }) => [desc(c.updatedAt), desc(c.id)],
      limit: 200,
    }),
  // A search over claims.
  (db) => db.query.claims.findMany({ where: (c, { ilike }) => ilike(c.headline, '%the%'), limit: 100 }),
  // A whole table read (an export-like scan).
  (db) => db.select({ id: schema.entities.id, name: schema.entities.name }).from(schema.entities),
]

for (const thread of ['main', 'worker'] as const) {
  const database = await openDatabase({ dataDir: 'memory://', embeddedThread: thread })
  await migrate(database)
  await generateDataset(database.db, { articles: 60, claimsPerArticle: 20, seed: 1 })
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  const perSecond: number[] = []
  const second = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  second.enable()
  const sampler = setInterval(() => {
    perSecond.push(second.max / 1e6)
    second.reset()
  }, 1000)
  let queries = 0
  const elu = performance.eventLoopUtilization()
  const until = Date.now() + DURATION_MS
  // Four callers at once, like concurrent requests.
  await Promise.all(
    [0, 1, 2, 3].map(async () => {
      while (Date.now() < until) {
        await QUERIES[queries % QUERIES.length]?.(database.db)
        queries++
        // Back to the event loop between two "requests", as a server's I/O does.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }),
  )
  clearInterval(sampler)
  histogram.disable()
  const ms = (n: number) => Math.round(n / 1e6)
  process.stdout.write(
    `${JSON.stringify({
      thread,
      // Share of the time the main thread was busy, not waiting: what is left for other requests.
      mainThreadUtilisation: Number(performance.eventLoopUtilization(elu).utilization.toFixed(2)),
      queriesPerSecond: Math.round(queries / (DURATION_MS / 1000)),
      maxStallMs: ms(histogram.max),
      p99DelayMs: ms(histogram.percentile(99)),
      meanDelayMs: Number((histogram.mean / 1e6).toFixed(1)),
      secondsWithStallOver50ms: perSecond.filter((s) => s > 50).length,
      secondsWithStallOver100ms: perSecond.filter((s) => s > 100).length,
      perSecondMaxMs: perSecond.map(Math.round),
    })}\n`,
  )
  await database.close()
}
