import type { Attribution } from '../quotes/find-quotes.ts'
import type { ResponseStance } from './find-responses.ts'
import { ownWordsStance } from './own-words.ts'
import { deniesAsAccusedParty } from './party-denials.ts'

// The stance of an attribution that has no response verb: what its words say (own-words.ts), or,
// for a defence lawyer, the defence itself.

// "two weeks after the school board told them that no decision had been made": what a party said
// before, told as background inside a clause of time, answers nothing now.
const BACKGROUND_CLAUSE = /\b(?:after|before|since|until|when|once|weeks after|days after)\s+$/iu

// "Leblanc's lawyer, Sean Doyle, said …", "a lawyer for the driver said …", "defence counsel said
// …": whoever speaks for the defence answers the accusation, whatever the words. The lawyer of the
// Crown, a plaintiff, a victim or a family speaks for the accusers.
const DEFENCE_LAWYER =
  /(?:(?<!\b(?:Crown|[Pp]rosecution|[Pp]laintiffs?|[Ff]amil(?:y|ies)|[Vv]ictims?|[Cc]omplainants?|[Aa]ccusers?|[Ss]urvivors?))['’]s|\b[Dd]efen[cs]e|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\p{Ll}-]+\s+)?(?:lawyers?|attorneys?|counsel|legal team)\b[^.;:!?"“”]*$|\b(?:lawyers?|attorneys?|counsel)\s+(?:for|representing)\s+(?!(?:the\s+)?(?:Crown|prosecution|plaintiffs?|famil(?:y|ies)|victims?|complainants?|class)\b)[^.;:!?"“”]*$/u
const DEFENCE_CUE =
  /^(?:said|says|told|argued|argues|maintained|maintains|insisted|insists|wrote|writes|added|stated)$/iu

/** The stance an attribution's words take, or null when they take none a reply would. */
export function attributionStance(
  text: string,
  a: Attribution,
  attributions: readonly Attribution[],
): ResponseStance | null {
  if (!a.source || !a.cue) return null
  const lead = Math.min(a.source.start, a.cue.start)
  if (BACKGROUND_CLAUSE.test(text.slice(Math.max(0, lead - 20), lead))) return null
  const stance = ownWordsStance(a.content.text)
  if (stance) return stance
  if (deniesAsAccusedParty(text, a, attributions)) return 'denies'
  // The role before the name or in its apposition: "said Ruth Ansell, Devlin's lawyer."
  const apposition = /^,\s[^.;:!?"“”\n]{1,60}/u.exec(text.slice(a.source.end, a.source.end + 62))?.[0] ?? ''
  const before = text.slice(Math.max(0, a.source.start - 60), a.source.end)
  const speaker = apposition ? `${a.source.text}${apposition}` : before
  return DEFENCE_CUE.test(a.cue.text) && (DEFENCE_LAWYER.test(speaker) || DEFENCE_LAWYER.test(before))
    ? 'denies'
    : null
}
