import type { ClaimSuggestion } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { createSuggestionsCache } from './suggestions-cache.ts'

const suggestion = (id: string, text = 'x') =>
  ({
    id,
    anchor: { start: 0, end: text.length, text },
    statement: text,
    headline: id,
    chain: [],
    responses: [],
    subjects: [],
    hedges: [],
  }) as unknown as ClaimSuggestion

function counting(result: () => ClaimSuggestion[]) {
  let runs = 0
  const compute = async () => {
    runs++
    await new Promise((resolve) => setTimeout(resolve, 5))
    return result()
  }
  return { compute, runs: () => runs }
}

describe('the suggestions cache', () => {
  it('computes a version once, for requests in flight together and for later ones', async () => {
    const cache = createSuggestionsCache(8)
    const c = counting(() => [suggestion('a')])
    const together = await Promise.all([1, 2, 3].map(() => cache.get('v1', null, c.compute)))
    expect(together.every((r) => r[0]?.id === 'a')).toBe(true)
    await cache.get('v1', null, c.compute)
    expect(c.runs()).toBe(1)
  })

  it('keys on the version and the publisher', async () => {
    const cache = createSuggestionsCache(8)
    const c = counting(() => [suggestion('a')])
    await cache.get('v1', null, c.compute)
    await cache.get('v2', null, c.compute)
    await cache.get('v1', 'Global News', c.compute)
    expect(c.runs()).toBe(3)
  })

  it('keeps no failure: the next request computes again', async () => {
    const cache = createSuggestionsCache(8)
    let fail = true
    const compute = async () => {
      if (fail) throw new Error('deadline passed')
      return [suggestion('a')]
    }
    await expect(cache.get('v1', null, compute)).rejects.toThrow('deadline passed')
    fail = false
    await expect(cache.get('v1', null, compute)).resolves.toHaveLength(1)
  })

  it('stays within its memory, dropping the least recently used, and 0 turns it off', async () => {
    // About 1 MB of text per entry: 2 MiB holds two of them.
    const big = () => [suggestion('a', 'x'.repeat(250_000))]
    const cache = createSuggestionsCache(2)
    for (const v of ['v1', 'v2', 'v3', 'v4']) await cache.get(v, null, async () => big())
    expect(cache.size()).toBeLessThanOrEqual(2)
    const off = createSuggestionsCache(0)
    const c = counting(() => [suggestion('a')])
    await off.get('v1', null, c.compute)
    await off.get('v1', null, c.compute)
    expect(c.runs()).toBe(2)
    expect(off.size()).toBe(0)
  })
})
