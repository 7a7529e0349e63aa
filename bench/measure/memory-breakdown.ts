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

const view = (s: Sample): ThreadAtPeak => ({
  thread: s.thread,
  role: s.role,
  heapTotal: round(s.heapTotal),
  heapUsed: round(s.heapUsed),
  external: round(s.external),
})

/**
 * Each thread but the main one at time `t`: its largest heap within the window, or else its last
 * sample before `t` (a pool thread that was idle then, sampled when its last task ended).
 */
function threadsAt(samples: Sample[], t: number, windowMs: number): ThreadAtPeak[] {
  const near = new Map<number, Sample>()
  const lastBefore = new Map<number, Sample>()
  for (const s of samples.filter((x) => x.role !== 'main')) {
    if (s.t <= t) lastBefore.set(s.thread, s)
    const seen = near.get(s.thread)
    if (Math.abs(s.t - t) <= windowMs && (!seen || s.heapTotal > seen.heapTotal)) near.set(s.thread, s)
  }
  for (const [thread, s] of lastBefore) if (!near.has(thread)) near.set(thread, s)
  return [...near.values()].map(view).sort((a, b) => a.thread - b.thread)
}

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
  const others = threadsAt(samples, peak.t, windowMs)
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

/** A phase of a scenario: its name and when it began (ms since the epoch). */
export interface Phase {
  name: string
  t: number
}

/**
 * The highest RSS the main thread sampled in each phase (a phase lasts until the next one
 * begins; the last entry only marks the end): where a peak comes from, whatever VmHWM says.
 */
export function peakByPhase(file: string, phases: Phase[]): Record<string, PhasePeak> {
  const main = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Sample)
    .filter((s) => s.role === 'main')
  const peaks: Record<string, PhasePeak> = {}
  phases.slice(0, -1).forEach((phase, i) => {
    const end = phases[i + 1]?.t ?? Number.POSITIVE_INFINITY
    const inPhase = main.filter((s) => s.t >= phase.t && s.t < end)
    const highest = (f: (s: Sample) => number) => round(Math.max(0, ...inPhase.map(f)))
    peaks[phase.name] = {
      rss: highest((s) => s.rss ?? 0),
      mainHeapTotal: highest((s) => s.heapTotal),
      mainHeapUsed: highest((s) => s.heapUsed),
    }
  })
  return peaks
}

/** A phase's highest sampled RSS and main-thread heap (each at its own moment), MB. */
export interface PhasePeak {
  rss: number
  mainHeapTotal: number
  mainHeapUsed: number
}
