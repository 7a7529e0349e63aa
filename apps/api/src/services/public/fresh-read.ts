/**
 * Shares one read among the callers waiting at the same time, without ever answering a caller with
 * a read that began before it asked. A caller joins the read queued to start next (never the one
 * already running, whose snapshot may predate a commit the caller has seen), so at most one read
 * runs and one waits, however many callers there are; each caller gets a value at least as fresh
 * as the moment it asked.
 *
 * The public ledger reads its version this way: at 50 concurrent readers, one statement in flight
 * instead of fifty, and a publication still shows on the very next request.
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null
  let queued: Promise<T> | null = null

  function start(): Promise<T> {
    queued = null
    const current = read()
    running = current
    const done = () => {
      if (running === current) running = null
    }
    current.then(done, done)
    return current
  }

  return () => {
    if (queued) return queued
    if (!running) return start()
    // Starts when the running read settles, whether it succeeded or not.
    queued = running.then(start, start)
    return queued
  }
}
