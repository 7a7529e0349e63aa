import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TextSpan } from '../quotes/find-quotes.ts'
import { type ClaimSuggestion, suggest } from './suggest.ts'
import { SEGMENT_CHARS, segmentEnd, suggestClaims } from './suggest-claims.ts'

const demo = readFileSync(new URL('../../../db/seed/article.txt', import.meta.url), 'utf8')

/** Every span a claim carries, with where it was found. */
function spans(claim: ClaimSuggestion): [string, TextSpan][] {
  const out: [string, TextSpan | null][] = [
    ['anchor', claim.anchor],
    ...claim.hedges.map((h): [string, TextSpan] => ['hedge', h]),
    ['source', claim.attribution?.source ?? null],
    ['resolvedSource', claim.attribution?.resolvedSource ?? null],
    ['cue', claim.attribution?.cue ?? null],
    ['content', claim.attribution?.content ?? null],
    ['claimant', claim.claimant?.mention ?? null],
    ...claim.subjects.map((s): [string, TextSpan | null] => ['subject', s.mention]),
    ...claim.chain.flatMap((h): [string, TextSpan | null][] => [
      ['hop', h.mention],
      ['hop cue', h.cue],
    ]),
    ...claim.responses.flatMap((r): [string, TextSpan | null][] => [
      ['responder', r.responder.mention],
      ['words', r.words],
      ['response cue', r.cue],
    ]),
  ]
  return out.filter((s): s is [string, TextSpan] => s[1] !== null)
}

describe('suggestClaims', () => {
  it('is suggest() exactly for a text up to a segment', () => {
    const options = { publisher: 'Corriere Canadese', maxClaims: 1000 }
    expect(suggestClaims(demo, options)).toEqual(suggest(demo, options).claims)
  })

  it('reads a long text in segments cut at paragraph breaks, every span pointing at the whole text', () => {
    // The demo article, renamed per copy so that each copy's claims are its own.
    const copies = Math.ceil((2.5 * SEGMENT_CHARS) / demo.length)
    const text = Array.from({ length: copies }, (_, i) => demo.replaceAll('Dong', `Dong${i}`)).join('\n\n')
    const claims = suggestClaims(text, { maxClaims: 100_000 })
    expect(claims.length).toBeGreaterThan(copies * 5)
    for (const claim of claims) {
      for (const [what, span] of spans(claim)) expect(text.slice(span.start, span.end), what).toBe(span.text)
      const keyed = claim.id.startsWith('q') ? claim.attribution?.content : claim.anchor
      expect(claim.id).toBe(`${claim.id[0]}${keyed?.start}-${keyed?.end}`)
    }
    // In text order, ids unique, and a copy in the middle is read as the lone article is.
    const starts = claims.map((c) => c.anchor.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length)
    const copy = demo.replaceAll('Dong', 'Dong3')
    const lone = suggest(copy, { maxClaims: 100_000 }).claims
    const offset = text.indexOf(copy)
    const inCopy = claims.filter((c) => c.anchor.start >= offset && c.anchor.end <= offset + copy.length)
    expect(inCopy.map((c) => [c.anchor.start - offset, c.headline, c.kind])).toEqual(
      lone.map((c) => [c.anchor.start, c.headline, c.kind]),
    )
    // A correctness test over 500,000 characters (under a second alone): the budget is for a CI
    // machine running every test file at once, not a measure of speed.
  }, 30_000)

  it('stops reading once it has the claims asked for', () => {
    const text = '“A,” he said. '.repeat(Math.floor((2 * 1024 * 1024) / 14))
    const claims = suggestClaims(text, { maxClaims: 50 })
    expect(claims).toHaveLength(50)
    expect(claims.at(-1)?.anchor.end).toBeLessThan(SEGMENT_CHARS)
  })

  it('cuts at a paragraph break, else a line break, else a sentence end, else at the limit', () => {
    const para = `${'a'.repeat(SEGMENT_CHARS - 100)}\n\n${'b'.repeat(SEGMENT_CHARS)}`
    expect(segmentEnd(para, 0)).toBe(SEGMENT_CHARS - 98)
    const line = `${'a'.repeat(SEGMENT_CHARS - 100)}\n${'b'.repeat(SEGMENT_CHARS)}`
    expect(segmentEnd(line, 0)).toBe(SEGMENT_CHARS - 99)
    const sentence = `${'a'.repeat(SEGMENT_CHARS - 100)}. ${'b'.repeat(SEGMENT_CHARS)}`
    expect(segmentEnd(sentence, 0)).toBe(SEGMENT_CHARS - 98)
    expect(segmentEnd('x'.repeat(3 * SEGMENT_CHARS), SEGMENT_CHARS)).toBe(2 * SEGMENT_CHARS)
    expect(segmentEnd('short', 0)).toBe(5)
  })
})
