import {
  ANONYMITY_REASON,
  ANONYMOUS,
  COUNTS,
  DOCUMENT_HEADS,
  GOVERNMENT,
  GOVERNMENT_HEADS,
  GOVERNMENT_NAME,
  GROUP_DESCRIBERS,
  GROUP_DESCRIPTION,
  INITIALISM_OR_ADJECTIVE,
  INSIDER_HEADS,
  NAMED_COUNCIL,
  NEWSPAPER_NAME,
  OFFICE_OF_HOLDER,
  ORGANISATION,
  ORGANISATION_HEADS,
  ORGANISATION_NAME,
  OUTLET,
  PARTITIVE_HEADS,
  PEOPLE_NOUNS,
  PERSON_NAME_AFTER_TITLE,
  PERSON_TITLES,
  POST_MODIFIER,
  PRONOUNS,
  PUBLIC_FUNCTION,
  PUBLIC_STAFF,
  SPOKE_ANONYMOUSLY,
  UNNAMED_DETERMINERS,
} from './kind-words.ts'
import { knownKind } from './known-names.ts'

export { PERSON_TITLES }

/**
 * What kind of source a mention names. Anonymous sources are told apart the way newsroom policies
 * (AP, Reuters, NYT) describe them: unnamed, "a person familiar with", "on condition of anonymity".
 */
export const SOURCE_TYPES = [
  'person',
  'organisation',
  'government_body',
  'outlet',
  'document',
  'anonymous',
] as const
export type SourceType = (typeof SOURCE_TYPES)[number]

export interface SourceClass {
  type: SourceType
  /** A proper name is given (a named person, a named outlet): not a description like "a lawyer". */
  named: boolean
  /** The text gives why the source is anonymous ("not authorized to speak publicly"). */
  anonymityReasonGiven: boolean
}

/** A source mention read into words, with its head noun before any post-modifier. */
interface Mention {
  text: string
  lower: string
  words: string[]
  written: string[]
  head: string
  capitalized: string[]
  anonymityReasonGiven: boolean
  context: string
  core: string[]
  coreWritten: string[]
  coreHead: string
  headWords: string[]
}

/** Classifies a source mention as written ("unnamed national security sources", "Global News"). */
export function classifySource(mention: string, context = mention): SourceClass {
  const known = knownKind(mention)
  if (known) return { type: known, named: true, anonymityReasonGiven: false }
  const m = readMention(mention, context)
  return (
    pronounOrAnonymous(m) ??
    unnamedInsider(m) ??
    partOfThings(m) ??
    newspaper(m) ??
    byKindWords(m) ??
    byCapitals(m)
  )
}

/** "One of the companies", "two of the reports": the kind of what it is one of (people are unnamedInsider's). */
function partOfThings(m: Mention): SourceClass | null {
  if (!PARTITIVE_HEADS.has(m.words[0] ?? '') || m.words[1] !== 'of' || m.words.length < 3) return null
  const rest = m.written.slice(2).join(' ')
  return { ...classifySource(rest, m.context), named: false }
}

/** Whether a word of the mention tells its kind (a title, "agency", "News"), not capitals alone. */
export function namesItsKind(mention: string): boolean {
  const m = readMention(mention, mention)
  return (pronounOrAnonymous(m) ?? unnamedInsider(m) ?? byKindWords(m)) !== null
}

function readMention(mention: string, context: string): Mention {
  const text = mention.trim()
  const lower = text.toLowerCase()
  const words = lower.split(/\s+/)
  const written = text.split(/\s+/)
  const head = (words.at(-1) ?? '').replace(/['’]s$/, '')
  const capitalized = written.filter((w) => /^\p{Lu}/u.test(w))
  const anonymityReasonGiven = ANONYMITY_REASON.test(context)
  // The head noun comes before any post-modifier: "the head of the union", "A city report released in January".
  // A participle right after a determiner is an adjective ("an agreed statement", "a leaked memo").
  const modifier = words.findIndex(
    (w, i) =>
      i > 0 &&
      (POST_MODIFIER.has(w) ||
        (/ed$/.test(w) && !UNNAMED_DETERMINERS.has(words[i - 1] ?? '') && words[i - 1] !== 'the')),
  )
  const core = modifier === -1 ? words : words.slice(0, modifier)
  const coreWritten = modifier === -1 ? written : written.slice(0, modifier)
  const coreHead = (core.at(-1) ?? head).replace(/['’]s$/, '')
  const headWords = modifier === -1 ? [head] : [coreHead, head]
  return {
    text,
    lower,
    words,
    written,
    head,
    capitalized,
    anonymityReasonGiven,
    context,
    core,
    coreWritten,
    coreHead,
    headWords,
  }
}

function pronounOrAnonymous({ text, lower, written, anonymityReasonGiven }: Mention): SourceClass | null {
  if (PRONOUNS.has(lower)) {
    return { type: lower === 'it' ? 'organisation' : 'person', named: false, anonymityReasonGiven: false }
  }
  // "a source familiar with …", "officials who spoke on condition of anonymity"
  if (ANONYMOUS.test(text)) return { type: 'anonymous', named: false, anonymityReasonGiven }
  // A title then a name: "union president Marc Doiron", "University of Manitoba economist Lena
  // Ortiz", "NDP MP Rachel Blanchard", "Ward 1 Councillor Maureen Wilson".
  if (titleThenName(written)) return { type: 'person', named: true, anonymityReasonGiven: false }
  return null
}

/**
 * Whether the mention ends with a title word and a name of one to four capitalised words. The title
 * may be capitalised ("Citizens' Services Minister Harjit Gill"); the name may not be an
 * institution's ("the official Harran News Agency", "the Prime Minister's Office").
 */
function titleThenName(written: string[]): boolean {
  for (let i = Math.max(0, written.length - 5); i < written.length - 1; i++) {
    const w = written[i] as string
    // "Crown prosecutor Adam Reid" names a person; "a Crown prosecutor" speaks for the Crown.
    if (!isTitleWord(w) && !(isCapitalisedTitle(w) && !relatedToSomeone(written, i)) && w !== 'prosecutor')
      continue
    const name = written.slice(i + 1)
    if (!name.every((n) => PERSON_NAME_AFTER_TITLE.test(n) && !isCapitalisedTitle(n))) continue
    const rest = name.join(' ')
    const institution = OUTLET.test(rest) || GOVERNMENT.test(rest) || ORGANISATION.test(rest)
    if (!(institution || ORGANISATION_NAME.test(rest) || /\bOffice\b/u.test(rest))) return true
  }
  return false
}

/** "A former aide to Senator Luc Tremblay": the titled name is someone the source is related to. */
function relatedToSomeone(written: string[], i: number): boolean {
  return written.slice(0, i).some((w) => /^(?:to|of|for|with|at|from|by)$/u.test(w))
}

/** A capitalised title before a name ("Minister", "MP", "Councillor"); not a possessive ("Minister's"). */
function isCapitalisedTitle(word: string): boolean {
  return /^\p{Lu}[\p{L}-]*$/u.test(word) && PERSON_TITLES.has(word.toLowerCase())
}

/** An unnamed insider, or an unnamed person the text says asked not to be named. */
function unnamedInsider({
  words,
  core,
  coreWritten,
  coreHead,
  context,
  anonymityReasonGiven,
}: Mention): SourceClass | null {
  // "Two Kestrel linemen", "a former StrideTrack engineer": capitals before a lower-case head are
  // modifiers (a company, a city), not a person's name; a possessive ("Smith's lawyer") still names.
  // A public body's officials speak for it ("Health Canada officials"): that stays a body.
  const capitals = coreWritten.filter((w) => /^\p{Lu}/u.test(w)).join(' ')
  const lowerHead = /^\p{Ll}/u.test(coreWritten.at(-1) ?? '') && !GOVERNMENT_NAME.test(capitals)
  const names = coreWritten.filter(
    (w, i) =>
      /^\p{Lu}/u.test(w) &&
      !(lowerHead && i < coreWritten.length - 1 && !/['’]s$/u.test(w)) &&
      // A sentence starts with a capital: "Officials in Arequipa", "Two commissioners" name nobody.
      !(i === 0 && (isCommonWordAtStart(w.toLowerCase()) || w === 'The')) &&
      !INITIALISM_OR_ADJECTIVE.test(w) &&
      // "MPs", "MLAs": a role written in capitals is no name.
      !(/^\p{Lu}{2,}s$/u.test(w) && unnamedRole(w.toLowerCase())),
  )
  if (names.length > 0) return null
  if (partitiveOfPeople(words)) return { type: 'anonymous', named: false, anonymityReasonGiven }
  const unnamedStart = UNNAMED_DETERMINERS.has(core[0] ?? '') || (core.length <= 3 && /s$/.test(coreHead))
  if ((unnamedRole(coreHead) || countedPeople(core, coreHead)) && unnamedStart)
    return { type: 'anonymous', named: false, anonymityReasonGiven }
  // "Three nurses, who spoke on condition of anonymity"; later "The staff member, who spoke on
  // condition of anonymity" refers back to one of them.
  const referredBack = core[0] === 'the' && unnamedRole(coreHead)
  if ((UNNAMED_DETERMINERS.has(core[0] ?? '') || referredBack) && SPOKE_ANONYMOUSLY.test(context))
    return { type: 'anonymous', named: false, anonymityReasonGiven }
  return null
}

function partitiveOfPeople(words: string[]): boolean {
  if (!PARTITIVE_HEADS.has(words[0] ?? '') || words[1] !== 'of') return false
  const end = words.findIndex((w, i) => i > 2 && POST_MODIFIER.has(w))
  const head = (end === -1 ? words.at(-1) : words[end - 1]) ?? ''
  return unnamedRole(head) || /(?:ist|ologist|ician)s$/u.test(head)
}

/**
 * A role that, without a name, leaves the source unnamed: "an analyst who follows the company",
 * "residents", "a lawyer". A spokesperson speaks on the record for an office, and a prosecutor for
 * the Crown.
 */
function unnamedRole(head: string): boolean {
  if (INSIDER_HEADS.has(head) || PEOPLE_NOUNS.has(head) || PEOPLE_NOUNS.has(head.replace(/s$/u, '')))
    return true
  if (/^spokes|^prosecutor/u.test(head)) return false
  return PERSON_TITLES.has(head) || PERSON_TITLES.has(head.replace(/s$/u, ''))
}

/** A counted group of people named by their occupation, and by nothing else. */
function countedPeople(core: string[], head: string): boolean {
  if (!COUNTS.has(core[0] ?? '') || !/s$/.test(head)) return false
  const one = head.replace(/e?s$/, '')
  return (
    PERSON_TITLES.has(one) ||
    PERSON_TITLES.has(head.slice(0, -1)) ||
    PEOPLE_NOUNS.has(head) ||
    /(?:er|ist|ian|ee)s$/.test(head)
  )
}

function newspaper({ text, words }: Mention): SourceClass | null {
  // "an analysis by the Island Record" is the analysis (isDocument reads it).
  if (words.includes('by')) return null
  return NEWSPAPER_NAME.test(text) ? { type: 'outlet', named: true, anonymityReasonGiven: false } : null
}

/** A public body by its head noun ("the regulator"), its name ("Transport Canada"), its function or its office. */
function namesPublicBody({ text, core, coreHead }: Mention): boolean {
  // "the bureau" refers back to a public one ("the Competition Bureau"); a named bureau is read by
  // its name ("the Insurance Bureau of Canada" is an industry's).
  if (GOVERNMENT_HEADS.has(coreHead) || /^the bureau$/iu.test(text)) return true
  return (
    GOVERNMENT_NAME.test(text) ||
    PUBLIC_FUNCTION.test(text) ||
    OFFICE_OF_HOLDER.test(core.join(' ')) ||
    PUBLIC_STAFF.test(text)
  )
}

/** A document, outlet, organisation, government body or titled person by the words that name its kind. */
function byKindWords(m: Mention): SourceClass | null {
  const { text, head, coreHead, anonymityReasonGiven } = m
  const named = m.capitalized.length > 0
  if (isDocument(m)) return { type: 'document', named, anonymityReasonGiven: false }
  if (OUTLET.test(text) && !PERSON_TITLES.has(head)) {
    return { type: 'outlet', named, anonymityReasonGiven: false }
  }
  if (ORGANISATION_HEADS.has(coreHead)) return { type: 'organisation', named, anonymityReasonGiven }
  if (namesPublicBody(m)) return { type: 'government_body', named, anonymityReasonGiven }
  if (PERSON_TITLES.has(coreHead) || PERSON_TITLES.has(coreHead.replace(/s$/, ''))) {
    const namedPerson = m.capitalized.some((w) => !PERSON_TITLES.has(w.toLowerCase()))
    return { type: 'person', named: namedPerson && m.capitalized.length >= 1, anonymityReasonGiven }
  }
  if (NAMED_COUNCIL.test(text)) return { type: 'organisation', named, anonymityReasonGiven }
  if (GOVERNMENT.test(text)) return { type: 'government_body', named, anonymityReasonGiven }
  // The phrase before its post-modifier: "A businessman charged with defrauding investors of $4
  // million" has no organisation in it, whatever number the charge names.
  const lowerModifier = m.written.findIndex(
    (w, i) => i > 0 && /^\p{Ll}/u.test(w) && (/ed$/.test(w) || POST_MODIFIER.has(w)),
  )
  const coreText = (lowerModifier === -1 ? m.written : m.written.slice(0, lowerModifier)).join(' ')
  if (ORGANISATION.test(coreText) || ORGANISATION_NAME.test(coreText))
    return { type: 'organisation', named, anonymityReasonGiven }
  return null
}

/**
 * A document by its head noun ("its annual report", "a 2019 audit of the agency"). "A report by the
 * Toronto Star" is the outlet's; "a study published in the journal X" is still a study.
 */
function isDocument({ words, head, core, headWords, lower }: Mention): boolean {
  // "a proposed class action filed last week": a lawsuit by its other name.
  if (/\b(?:class|legal|civil|court) action\b/u.test(lower)) return true
  if (!headWords.some((w) => DOCUMENT_HEADS.has(w))) return false
  if (core.length === words.length) return !OUTLET.test(head)
  return !(words.includes('by') && OUTLET.test(words.at(-1) ?? ''))
}

/** No word names the kind: capitals say a name (an institution after "the"), none a described group. */
function byCapitals({
  text,
  words,
  written,
  capitalized,
  context,
  anonymityReasonGiven,
}: Mention): SourceClass {
  // A name the sentence refers back to with "its" ("Northjet wrote on its website") is no person.
  if (capitalized.length > 0 && refersBackWithIts(context, text))
    return { type: 'organisation', named: true, anonymityReasonGiven: false }
  // A name given to a described group: "An advocacy group for travellers, Fair Skies, said".
  if (capitalized.length > 0 && namedGroup(context, text))
    return { type: 'organisation', named: true, anonymityReasonGiven: false }
  // A capitalized name after "the" is an institution, not a person ("the Tribunal", "The Forum").
  const afterThe = written.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length
  if (capitalized.length > 0 && words[0] === 'the' && afterThe === written.length - 1)
    return { type: 'organisation', named: true, anonymityReasonGiven: false }
  if (capitalized.length > 0) return { type: 'person', named: true, anonymityReasonGiven: false }
  // A lower-case description with no title we know: a group of people ("residents", "experts").
  return { type: 'person', named: false, anonymityReasonGiven }
}

/** A word that is capitalised only because it opens the sentence: a determiner or a role. */
function isCommonWordAtStart(word: string): boolean {
  return (
    UNNAMED_DETERMINERS.has(word) ||
    INSIDER_HEADS.has(word) ||
    PERSON_TITLES.has(word) ||
    GROUP_DESCRIBERS.has(word) ||
    PEOPLE_NOUNS.has(word.replace(/s$/u, ''))
  )
}

/** A lower-case role word: a known title or a profession by its suffix ("hydrologist", "economist"). */
function isTitleWord(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false
  return PERSON_TITLES.has(word) || /(?:ist|ologist|ician)$/u.test(word)
}

function namedGroup(context: string, mention: string): boolean {
  const at = context.indexOf(`, ${mention},`)
  if (at <= 0) return false
  const description = context.slice(Math.max(0, at - 80), at + 2)
  // "The president of the Riverside Police Association, Doug Farrell,": a person's role of the group.
  const roleOf = /\b(\p{Ll}+) (?:of|for|at) (?:the |a |an )?[^,]*$/u.exec(description.slice(0, -2))
  if (roleOf && PERSON_TITLES.has(roleOf[1] ?? '')) return false
  return GROUP_DESCRIPTION.test(description)
}

function refersBackWithIts(context: string, mention: string): boolean {
  const at = context.indexOf(mention)
  if (at === -1) return false
  const after = context.slice(at + mention.length, at + mention.length + 60)
  // "Unifor, which represents …": a relative "which" after a name is said of no person.
  if (/^\s*,\s*which\b/u.test(after)) return true
  return /\bits\b/u.test(after) && !/\b(?:he|she|his|her)\b/iu.test(after)
}
