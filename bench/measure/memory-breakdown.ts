import { readFileSync } from 'node:fs'

/** One line of measure/memory-trace.cjs (MB). */
interface Sample {
  t: number
  thread: number
  role: 'main' | 'pglite' | 'pool'
  heapTotal: number
  heapUsed: number
  external: number
  arrayBuffers: number
  malloced: number
  rss?: number
  wasm?: number
  mallocArenas?: number
  files?: number
}

interface ThreadAtPeak {
  thread: number
  role: Sample['role']
  heapTotal: number
  heapUsed: number
  external: number
}

const round = (mb: number) => Math.round(mb)

/**
 * The process's memory at its highest sampled RSS, by thread: the main thread's sample at that
 * moment, and for each other thread its largest heap within a second either side (a thread busy in
 * a task samples only when it returns; V8 keeps the pages it grew until the next collection), or
 * its last sample before.
 * `other` is what remains: native allocations (malloc), code, stacks, the binary's own pages.
 */
export function memoryAtPeak(file: string, windowMs = 1_000) {
  const samples = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Sample)
  const main = samples.filter((s) => s.role === 'main')
  if (main.length === 0) return null
  const peak = main.reduce((a, b) => ((b.rss ?? 0) > (a.rss ?? 0) ? b : a))
  // Per thread: its largest heap within the window, or else its last sample before the peak (a pool
  // thread that was idle then, sampled when its last task ended).
  const threads = new Map<number, ThreadAtPeak>()
  const lastBefore = new Map<number, ThreadAtPeak>()
  for (const s of samples) {
    if (s.role === 'main') continue
    const view = {
      thread: s.thread,
      role: s.role,
      heapTotal: round(s.heapTotal),
      heapUsed: round(s.heapUsed),
      external: round(s.external),
    }
    if (s.t <= peak.t) lastBefore.set(s.thread, view)
    if (Math.abs(s.t - peak.t) > windowMs) continue
    const seen = threads.get(s.thread)
    if (!seen || s.heapTotal > seen.heapTotal) threads.set(s.thread, view)
  }
  for (const [thread, view] of lastBefore) if (!threads.has(thread)) threads.set(thread, view)
  const others = [...threads.values()].sort((a, b) => a.thread - b.thread)
  const heaps = peak.heapTotal + others.reduce((sum, t) => sum + t.heapTotal, 0)
  const wasm = peak.wasm ?? 0
  const native = (peak.mallocArenas ?? 0) + (peak.files ?? 0)
  return {
    rss: round(peak.rss ?? 0),
    wasm: round(wasm),
    mallocArenas: round(peak.mallocArenas ?? 0),
    files: round(peak.files ?? 0),
    main: {
      heapTotal: round(peak.heapTotal),
      heapUsed: round(peak.heapUsed),
      external: round(peak.external),
    },
    threads: others,
    other: round((peak.rss ?? 0) - wasm - native - heaps - peak.external),
  }
}
