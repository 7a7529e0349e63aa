import { LRUCache } from 'lru-cache'
import { freshRead } from './fresh-read.ts'

/** A public answer as sent: its body and the headers that describe it. */
export interface CachedResponse {
  version: number
  /** UTF-8, as sent: a hit costs no encoding, and an entry half the memory of a string. */
  body: Buffer
  headers: Record<string, string>
}

export interface ResponseCache {
  /** The ledger's version now: read before the ledger, so an answer is never filed under a newer one. */
  version(): Promise<number>
  /** The answer to `key` if it was made at `version`. */
  get(key: string, version: number): CachedResponse | undefined
  set(key: string, response: CachedResponse): void
  /** How many answers are kept now (for tests and monitoring). */
  size(): number
}

// Entries also expire: a change made outside the application (no audit event, so no new version)
// shows within the minute that Cache-Control already grants browsers and proxies.
const TTL_MS = 60_000

/**
 * The public ledger's answers, kept in memory and keyed by route and validated query (public-http.ts), valid while the ledger's version
 * (raised by the database when any writing transaction commits, migration 0009) stays the same.
 * A reader therefore sees a publication, correction or retraction on the very next request, and a
 * story that draws a crowd costs one indexed read per request instead of the whole query.
 */
export function createResponseCache(
  readVersion: () => Promise<number>,
  maxBytes: number,
): ResponseCache | null {
  if (maxBytes <= 0) return null
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: maxBytes,
    // The body's bytes, the key (UTF-16 in memory) and the headers.
    sizeCalculation: (entry, key) => entry.body.length + 2 * key.length + 512,
    ttl: TTL_MS,
  })
  // Concurrent requests share one read (never one that began before they arrived). The read is
  // the database handle's (client.ts): on PGlite it does not wait for an open write transaction.
  const version = freshRead(readVersion)
  return {
    version,
    get(key, version) {
      const entry = entries.get(key)
      return entry?.version === version ? entry : undefined
    },
    set(key, response) {
      entries.set(key, response)
    },
    size() {
      return entries.size
    },
  }
}
