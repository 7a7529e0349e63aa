import type { TextSpan } from '../quotes/find-quotes.ts'
import type { ClaimSuggestion, SuggestedEntity, SuggestOptions } from './suggest.ts'
import { suggest } from './suggest.ts'

/**
 * Texts up to this length are read in one piece; longer ones in segments of about this length.
 * Every news article is far shorter (the demo article is 9,000 characters), so for them this is
 * suggest() exactly. Working memory grows with the piece read at once (about 150 bytes per
 * character: 2 MiB of quotations took 300 MB of heap in one piece), so segments bound it.
 */
export const SEGMENT_CHARS = 200_000

/**
 * The claims suggest() finds, with memory bounded by SEGMENT_CHARS whatever the text's length:
 * a long text is read a segment at a time, each cut at a paragraph break (else a line break, else
 * the end of a sentence), and reading stops once `maxClaims` claims are found, since only the first
 * ones in text order are kept anyway. Context does not cross a cut (a pronoun at the start of a
 * segment is not resolved to a name before it), which only texts over SEGMENT_CHARS can notice.
 *
 * Cost: O(n) over the segments read, each O(SEGMENT_CHARS) in time and memory (suggest.ts).
 */
export function suggestClaims(text: string, options: SuggestOptions = {}): ClaimSuggestion[] {
  if (text.length <= SEGMENT_CHARS) return suggest(text, options).claims
  const limit = options.maxClaims ?? 500
  const claims: ClaimSuggestion[] = []
  for (let start = 0; start < text.length && claims.length < limit; ) {
    const end = segmentEnd(text, start)
    const found = suggest(text.slice(start, end), { ...options, maxClaims: limit - claims.length }).claims
    for (const claim of found) claims.push(shiftClaim(claim, start))
    start = end
  }
  return claims
}

/** Where the segment that starts at `start` ends: after the last break of the best kind in reach. */
export function segmentEnd(text: string, start: number): number {
  const limit = start + SEGMENT_CHARS
  if (limit >= text.length) return text.length
  // Not before half a segment, so that a text with one early break still moves on in large steps.
  const floor = start + SEGMENT_CHARS / 2
  for (const mark of ['\n\n', '\n', '. ']) {
    const at = text.lastIndexOf(mark, limit - mark.length)
    if (at >= floor) return at + mark.length
  }
  return limit
}

const shiftSpan = <T extends TextSpan | null>(span: T, by: number): T =>
  (span === null ? null : { ...span, start: span.start + by, end: span.end + by }) as T

const shiftEntity = <T extends SuggestedEntity>(entity: T, by: number): T => ({
  ...entity,
  mention: shiftSpan(entity.mention, by),
})

/** A claim found in a segment, with every offset moved to the whole text's; ids follow anchors. */
function shiftClaim(claim: ClaimSuggestion, by: number): ClaimSuggestion {
  if (by === 0) return claim
  const { attribution: a } = claim
  return {
    ...claim,
    // `q12-40` (a quotation's content) or `s12-40` (a sentence): suggest.ts derives ids from offsets.
    id: claim.id.replace(/^([a-z]+)(\d+)-(\d+)$/, (_, kind: string, s: string, e: string) => {
      return `${kind}${Number(s) + by}-${Number(e) + by}`
    }),
    anchor: shiftSpan(claim.anchor, by),
    hedges: claim.hedges.map((h) => shiftSpan(h, by)),
    attribution: a && {
      ...a,
      source: shiftSpan(a.source, by),
      resolvedSource: shiftSpan(a.resolvedSource, by),
      cue: shiftSpan(a.cue, by),
      content: shiftSpan(a.content, by),
    },
    claimant: claim.claimant && shiftEntity(claim.claimant, by),
    subjects: claim.subjects.map((s) => shiftEntity(s, by)),
    chain: claim.chain.map((hop) => ({ ...shiftEntity(hop, by), cue: shiftSpan(hop.cue, by) })),
    responses: claim.responses.map((r) => ({
      ...r,
      responder: shiftEntity(r.responder, by),
      words: shiftSpan(r.words, by),
      cue: shiftSpan(r.cue, by),
    })),
  }
}
