import { describe, expect, it } from 'vitest'
import { type ClaimToReanchor, planReanchoring } from './reanchor-plan.ts'

// Re-anchoring must grow linearly with the new text whatever its shape (ADR 014): doubling the
// text may at most a little more than double the time. Ratios, not wall-clock limits, with a
// generous margin for a shared machine; the best of several runs filters out pauses.
const MIB = 1 << 20
const QUOTE = 'the minister denied every allegation firmly'

function claims(count: number, anchorAt: (i: number) => number, quote = QUOTE): ClaimToReanchor[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    articleVersionId: 'old',
    anchor: {
      start: anchorAt(i),
      end: anchorAt(i) + quote.length,
      exact: quote,
      prefix: 'Yesterday, ',
      suffix: ' in a statement.',
    },
    orphaned: false,
    cues: [],
    responseWords: [],
  }))
}

/** Prose that never contains the quote nor most of its pieces: every claim ends an orphan. */
function unrelated(length: number): string {
  const words = ['river', 'council', 'budget', 'harbour', 'season', 'market', 'school', 'bridge', 'weather']
  let text = ''
  for (let i = 0; text.length < length; i++) text += `${words[(i * 7) % words.length]} ${i % 97} `
  return text.slice(0, length)
}

const shapes: Record<string, (length: number) => { text: string; claims: ClaimToReanchor[] }> = {
  'a quote into unrelated text': (length) => ({
    text: unrelated(length),
    claims: claims(20, (i) => i * 997),
  }),
  'one letter repeated (near matches everywhere)': (length) => ({
    text: 'a'.repeat(length),
    claims: claims(20, (i) => i * 31, `${'a'.repeat(30)}b${'a'.repeat(9)}`),
  }),
  'the quote repeated (exact matches everywhere)': (length) => ({
    text: `${QUOTE} `.repeat(Math.ceil(length / (QUOTE.length + 1))).slice(0, length),
    claims: claims(20, (i) => i * 13 + 5),
  }),
  'pieces of the quote everywhere, the edited quote far away': (length) => {
    const filler = QUOTE.split(' ').reverse().join(' ')
    const edited = QUOTE.replace('denied', 'denies')
    const body = `${filler} `.repeat(Math.ceil(length / (filler.length + 1))).slice(0, length - edited.length)
    return { text: `${body}${edited}`, claims: claims(20, () => 0) }
  },
}

function bestTime(text: string, input: ClaimToReanchor[]): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    planReanchoring({ newBody: text, bodies: { old: '' }, claims: input })
    best = Math.min(best, performance.now() - started)
  }
  return best
}

describe('re-anchoring grows linearly with the text', () => {
  for (const [name, shape] of Object.entries(shapes)) {
    // Four times the text: a linear step costs about 4×, a quadratic one 16×; the bound of 8 keeps
    // them apart with room for a busy shared machine (a ×2 step with a bound of 3 was too tight).
    it(`four times ${name} costs about four times as much, far from sixteen`, () => {
      const small = shape(MIB / 2)
      const large = shape(2 * MIB)
      const t1 = bestTime(small.text, small.claims)
      const t2 = bestTime(large.text, large.claims)
      // Below a few milliseconds the ratio is noise; the cost is bounded anyway.
      expect(t2 / Math.max(t1, 5), `½ MiB: ${t1.toFixed(1)} ms, 2 MiB: ${t2.toFixed(1)} ms`).toBeLessThan(8)
    }, 60_000)
  }
})
