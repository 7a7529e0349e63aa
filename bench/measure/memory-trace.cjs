// Where a server's memory goes, thread by thread (bench/heavy-work.ts with BENCH_MEMORY_TRACE=1).
// Loaded with `node --require`, which Node 20 runs in every worker thread as well as the main one
// (`--import` it runs only in the main thread). Every thread appends a sample of its own V8 heap
// every MEMORY_TRACE_MS to MEMORY_TRACE_FILE, one JSON line each; the main thread adds the
// process's RSS and, from /proc/self/smaps, the resident part of the WebAssembly memories (each a
// reservation of several GiB of address space, which nothing else in the process maps).
// A thread busy in a synchronous task (a pool thread extracting, PGlite executing a query) cannot
// sample until it returns; its first sample after a task still shows that task's heap, as V8 keeps
// the pages it grew until its next collection. Plain CommonJS: `--require` loads it as it is.
const { appendFileSync, readFileSync } = require('node:fs')
const { getHeapStatistics } = require('node:v8')
const { isMainThread, threadId, workerData } = require('node:worker_threads')

const file = process.env.MEMORY_TRACE_FILE
const every = Number(process.env.MEMORY_TRACE_MS ?? 50)
const MB = 1024 * 1024
const mb = (bytes) => Math.round((bytes / MB) * 10) / 10

function role() {
  if (isMainThread) return 'main'
  if (workerData && typeof workerData === 'object' && 'dataDir' in workerData) return 'pglite'
  return 'pool'
}

/**
 * Resident MB of some kinds of mappings. WebAssembly memories: V8 maps each as its accessible part
 * (rw-p) directly followed by a reservation of several GiB (---p) that it grows into; nothing else
 * looks like that. Files: the node binary's and libraries' pages, the compiled WebAssembly code.
 */
/** The process's mappings with their resident bytes, in address order. */
function mappings() {
  const list = []
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const range = /^([0-9a-f]+)-([0-9a-f]+) (\S+)/.exec(line)
    if (range) {
      const [start, end] = [Number.parseInt(range[1], 16), Number.parseInt(range[2], 16)]
      list.push({ start, end, perms: range[3], file: /\s\//.test(line), rss: 0 })
    } else if (line.startsWith('Rss:') && list.length > 0) {
      list[list.length - 1].rss = Number(/(\d+)/.exec(line)[1]) * 1024
    }
  }
  return list
}

function mappedMb() {
  let wasm = 0
  let arenas = 0
  let files = 0
  let last = { end: -1, perms: '', rss: 0 }
  for (const m of mappings()) {
    if (m.file) files += m.rss
    const reservedAfterUsed = m.perms === '---p' && last.end === m.start && last.perms === 'rw-p'
    if (reservedAfterUsed && m.end - m.start >= 4 * 1024 * MB) wasm += last.rss
    // glibc's malloc arenas (one per thread that mallocs): 64 MiB of address space each, aligned
    // to 64 MiB, in two mappings (used, reserved).
    if (reservedAfterUsed && m.end % (64 * MB) === 0 && m.end - last.start <= 64 * MB) arenas += last.rss
    last = m
  }
  return { wasm: mb(wasm), mallocArenas: mb(arenas), files: mb(files) }
}

/**
 * The mappings' breakdown, read every MEMORY_TRACE_SMAPS_EVERY samples (10: every 0.5 s), the last
 * one repeated between. /proc/self/smaps is ~1 MB of text in ~35,000 lines here: read and split
 * every 50 ms, it was ~100 MB/s of garbage on the very thread whose heap is measured, and inflated it.
 */
const smapsEvery = Number(process.env.MEMORY_TRACE_SMAPS_EVERY ?? 10)
let samples = 0
let lastMapped = {}
function mappedEvery() {
  if (samples++ % smapsEvery === 0) lastMapped = mappedMb()
  return lastMapped
}

function sample() {
  const heap = getHeapStatistics()
  const usage = process.memoryUsage()
  const line = {
    t: Math.round(performance.timeOrigin + performance.now()),
    thread: threadId,
    role: role(),
    heapTotal: mb(heap.total_heap_size),
    heapUsed: mb(heap.used_heap_size),
    external: mb(heap.external_memory),
    arrayBuffers: mb(usage.arrayBuffers),
    malloced: mb(heap.malloced_memory),
  }
  if (isMainThread) {
    line.rss = mb(usage.rss)
    Object.assign(line, mappedEvery())
  }
  appendFileSync(file, `${JSON.stringify(line)}\n`)
}

if (file && role() === 'pool') {
  // piscina's threads wait for their next task in Atomics.wait, a blocking call: their timers never
  // run. They sample as each task ends instead, before the heap the task grew is collected.
  const wait = Atomics.wait
  Atomics.wait = (...args) => {
    sample()
    return wait.apply(Atomics, args)
  }
} else if (file) {
  setInterval(sample, every).unref()
}
