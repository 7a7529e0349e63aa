import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { suggest } from './suggest.ts'

const demo = readFileSync(new URL('../../../db/seed/article.txt', import.meta.url), 'utf8')
const at = (text: string, part: string) => {
  const start = text.indexOf(part)
  if (start < 0) throw new Error(`"${part}" not in text`)
  return { start, end: start + part.length, text: part }
}

describe('suggest on the demo article', () => {
  const result = suggest(demo, { publisher: 'Corriere Canadese' })

  it('suggests the Global News relay of unnamed national-security sources as a two-hop chain', () => {
    const claim = result.claims.find((c) =>
      c.anchor.text.startsWith('that Dong told a senior Chinese diplomat'),
    )
    expect(claim).toBeDefined()
    expect(claim?.kind).toBe('allegation')
    expect(claim?.chain.map((h) => [h.role, h.name, h.entityKind, h.named, h.onRecord, h.cue?.text])).toEqual(
      [
        ['origin', 'Unnamed national security sources', 'anonymous_group', false, false, 'Citing'],
        ['relay', 'Global News', 'outlet', true, true, 'reported'],
        ['publisher', 'Corriere Canadese', 'outlet', true, true, undefined],
      ],
    )
    expect(claim?.chain[0]?.mention).toEqual(at(demo, 'unnamed “national security sources”'))
    expect(claim?.subjects.map((s) => s.name)).toContain('Han Dong')
  })

  it("links Dong's admission and denial to that claim, as responses by Han Dong", () => {
    const claim = result.claims.find((c) => c.anchor.text.startsWith('that Dong told'))
    expect(claim?.responses.map((r) => [r.responder.name, r.stance, r.words.text])).toEqual([
      [
        'Han Dong',
        'partially_admits',
        'Dong admitted he spoke to the Chinese official to discuss the two Michaels',
      ],
      ['Han Dong', 'denies', 'denied allegations that he pushed to delay their release'],
    ])
  })

  it("suggests the Vincent Ke allegation with Ke's denial", () => {
    const claim = result.claims.find((c) => c.anchor.text.includes('Vincent Ke resigned'))
    expect(claim?.chain[0]).toMatchObject({ role: 'origin', name: 'Global News', entityKind: 'outlet' })
    expect(claim?.responses).toEqual([
      expect.objectContaining({
        stance: 'denies',
        words: at(demo, 'allegations Ke denied with firmness'),
        responder: expect.objectContaining({ name: 'Vincent Ke', entityKind: 'person' }),
      }),
    ])
  })

  it('keeps hedges and ranks the specific allegation above colour', () => {
    const dong = result.claims.find((c) => c.anchor.text.startsWith('“I will continue'))
    expect(dong?.hedges.map((h) => h.text)).toContain('could be seen as')
    const allegation = result.claims.find((c) => c.anchor.text.startsWith('that Dong told'))
    const colour = result.claims.find((c) => c.anchor.text.includes('difficult evening'))
    expect(allegation?.checkWorthiness).toBeGreaterThan(colour?.checkWorthiness ?? 1)
  })

  it('writes headlines of at most 75 characters and ids derived from the anchor', () => {
    for (const c of result.claims) {
      expect(c.headline.length).toBeLessThanOrEqual(75)
      expect(demo.slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.text)
    }
    expect(new Set(result.claims.map((c) => c.id)).size).toBe(result.claims.length)
  })
})

describe('suggest: responses and relays', () => {
  it('reads declines to comment and did not respond', () => {
    const text =
      'Global News reported that the minister hid the memo. The minister declined to comment. Her office did not respond to requests for comment.'
    const claim = suggest(text).claims.find((c) => c.anchor.text.startsWith('that the minister'))
    expect(claim?.responses.map((r) => [r.stance, r.cue.text])).toEqual([
      ['declines_to_comment', 'declined to comment'],
      ['did_not_respond', 'did not respond'],
    ])
  })

  it('reads a relay cited after the content ("…, citing a source")', () => {
    const text =
      'Canada will expel a diplomat, The Globe and Mail reported Thursday, citing a senior government source.'
    const [claim] = suggest(text).claims
    expect(claim?.chain.map((h) => [h.role, h.name, h.entityKind])).toEqual([
      ['origin', 'A senior government source', 'anonymous_group'],
      ['relay', 'The Globe and Mail', 'outlet'],
    ])
  })

  it('takes the publisher as the origin when the text names no source', () => {
    const text = 'The company paid $3 million in fines in 2021 after an audit by the regulator.'
    const [claim] = suggest(text, { publisher: 'CBC' }).claims
    expect(claim?.chain).toEqual([expect.objectContaining({ role: 'origin', name: 'CBC' })])
    expect(claim?.kind).toBe('statement_of_fact')
  })
})

describe('maxClaims', () => {
  // Only the first claims are built (with the claims a response near them could go to instead),
  // so a limit must give exactly the first claims of the whole text, responses included.
  const text = `${demo}\n\n`.repeat(4)
  const all = suggest(text, { publisher: 'Corriere Canadese', maxClaims: 100_000 }).claims
  // Limits that end on a claim a later response answers: the hardest place to cut.
  const answered = all.flatMap((c, i) => (c.responses.length > 0 ? [i + 1] : []))

  it('has claims answered by a response after them', () => {
    expect(answered.length).toBeGreaterThan(1)
  })

  for (const limit of [1, 7, 30]) {
    it(`the first ${limit} claims are those of the whole text`, () => {
      const first = suggest(text, { publisher: 'Corriere Canadese', maxClaims: limit }).claims
      expect(first).toEqual(all.slice(0, limit))
    })
  }

  it('cut right after an answered claim, the limited claims keep their responses', () => {
    for (const limit of answered) {
      const first = suggest(text, { publisher: 'Corriere Canadese', maxClaims: limit }).claims
      expect(first).toEqual(all.slice(0, limit))
    }
  })
})

describe('a responder pronoun with no speaker before it', () => {
  it('stands for the nearest name it can, never a day or a month', () => {
    const text =
      'Mayor Vincent Leblanc was accused on Monday of steering a land sale, an allegation he dismissed as “a fairy tale.”'
    const [r] = suggest(text).responses
    expect([r?.responder?.text, r?.resolvedResponder?.text, r?.stance]).toEqual([
      'he',
      'Mayor Vincent Leblanc',
      'denies',
    ])
  })
})
