import type { ClaimSuggestion } from '@claimtrail/contracts'
import { EXTRACTOR_VERSION } from '@claimtrail/extract'
import { LRUCache } from 'lru-cache'

/**
 * The extractor's output per (article version, extractor version, publisher), kept in memory
 * (SUGGESTIONS_CACHE_MB). An article version never changes and the extractor is deterministic, so
 * the entry is never stale; what it saves is the worker pool's time: every checker who opens the
 * suggestions of a long article, and each accept or dismiss (which must find its suggestion again),
 * would otherwise run the whole extraction once more — seconds of a pool thread on 2 MiB (ADR 014).
 * A computation in flight is shared too: ten checkers opening the same article run it once.
 */
export function createSuggestionsCache(maxMegabytes: number) {
  const cache =
    maxMegabytes > 0
      ? new LRUCache<string, ClaimSuggestion[]>({
          maxSize: maxMegabytes * 1024 * 1024,
          sizeCalculation: approximateBytes,
        })
      : null
  const inFlight = new Map<string, Promise<ClaimSuggestion[]>>()

  /** The suggestions for this key: cached, being computed, or computed now by `compute`. */
  function get(
    versionId: string,
    publisher: string | null,
    compute: () => Promise<ClaimSuggestion[]>,
  ): Promise<ClaimSuggestion[]> {
    const key = `${versionId}\u0000${EXTRACTOR_VERSION}\u0000${publisher ?? ''}`
    const cached = cache?.get(key)
    if (cached) return Promise.resolve(cached)
    const running = inFlight.get(key)
    if (running) return running
    const computing = compute()
      .then((suggestions) => {
        cache?.set(key, suggestions)
        return suggestions
      })
      .finally(() => inFlight.delete(key))
    inFlight.set(key, computing)
    return computing
  }

  return { get, size: () => cache?.size ?? 0 }
}

export type SuggestionsCache = ReturnType<typeof createSuggestionsCache>

/**
 * A cheap estimate of an entry's memory (strings at two bytes a character, plus each suggestion's
 * fixed parts), computed without serialising it: the cache's bound must not cost the thread it saves.
 */
function approximateBytes(suggestions: ClaimSuggestion[]): number {
  let bytes = 64
  for (const s of suggestions) {
    bytes += 1024 + 2 * (s.anchor.text.length + s.statement.length + s.headline.length)
    bytes += 384 * (s.chain.length + s.responses.length + s.subjects.length + s.hedges.length)
  }
  return bytes
}
