// Gold set for `pnpm eval:suggestions`: news passages written for this set in several styles (wire
// copy, investigative pieces with anonymous sources, political reporting with denials, court and
// business news, opinion), annotated for what the desk needs from a suggestion beyond the quote:
//
//   relays     an outlet or person that passes on what an origin said: { relay, origin }
//   responses  a reply of someone concerned: { responder, stance } (stances of find-responses.ts)
//   sources    each source mention as written, with its kind (source-type.ts)
//              (AP's rule: a source the text does not name is anonymous, "U.S. health officials"
//              and "a former aide to X" included; a spokesperson speaks on the record for an office)
//   (an entity named twice in apposition lists both mentions: "Ridgeway Paving|The firm")
//
// Names, outlets and events are invented. A mention is matched by its words (case-insensitive,
// one containing the other), so the annotation does not depend on exact offsets.
import type { ResponseStance, SourceType } from '../src/index.ts'
import { FROM_HELD_OUT } from './suggestions-gold/from-held-out.ts'
import { WRITTEN_1 } from './suggestions-gold/written-1.ts'
import { WRITTEN_2 } from './suggestions-gold/written-2.ts'

export interface GoldArticle {
  id: string
  style: string
  text: string
  relays: { relay: string; origin: string }[]
  responses: { responder: string; stance: ResponseStance }[]
  sources: { mention: string; type: SourceType }[]
  /** Hedge phrases as written, in text order (news-gold/README.md, "Hedges"); unscored when absent. */
  hedges?: string[]
}

// The passages are kept in suggestions-gold/, in the order they are scored.
export const SUGGESTIONS_GOLD: GoldArticle[] = [...WRITTEN_1, ...WRITTEN_2, ...FROM_HELD_OUT]
