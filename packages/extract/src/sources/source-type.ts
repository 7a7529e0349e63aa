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

const ANONYMOUS =
  /\b(?:unnamed|anonymous|anonymity|unidentified|undisclosed|sources?|insiders?|familiar with|not authori[sz]ed|on condition|declined to be (?:named|identified)|asked not to be (?:named|identified)|(?:a|one|two|three|several) (?:senior |government |federal |former )*officials?)\b/i
const ANONYMITY_REASON =
  /\b(?:because (?:they|he|she) (?:was|were|is|are) not authori[sz]ed|not authori[sz]ed to (?:speak|discuss|comment)|on condition of anonymity|for fear of|to protect|due to the sensitivity|because of the sensitivity|to speak freely)\b/i
const OUTLET =
  /\b(?:news|times|post|press|journal|herald|gazette|star|globe|tribune|magazine|newspaper|broadcaster|reuters|bloomberg|cbc|ctv|cnn|bbc|nbc|abc|cbs|npr|pbs|citynews|radio-canada|la presse|le devoir|tva|postmedia|politico|axios|maclean's|macleans|the outlet|media reports?|reports? by)\b/i
const DOCUMENT_HEADS = new Set(
  'report reports study studies statement statements document documents filing filings ruling decision judgment lawsuit memo memos letter letters email emails release budget survey poll polls data record records affidavit paper audit review analysis figures estimates guidelines indictment complaint transcript transcripts minutes notice agreement documents website post posts tweet message release'.split(
    ' ',
  ),
)
const GOVERNMENT =
  /\b(?:ministry|ministries|department|government|police|rcmp|csis|cse|opp|spvm|agency|parliament|house of commons|senate|cabinet|city hall|province|municipality|council|commission|court|tribunal|military|armed forces|embassy|consulate|health canada|statistics canada|elections canada|global affairs|border services|prime minister's office|pmo|white house|kremlin|pentagon|ottawa|beijing|washington|queen's park|crown|prosecutors?|the city)\b/i
const ORGANISATION =
  /\b(?:inc|ltd|corp|corporation|company|companies|co|group|association|union|university|college|bank|party|federation|foundation|institute|board|coalition|society|league|club|team|firm|hospital|airline|organi[sz]ation|charity|nhl|nba|nfl|cfl|mlb|fifa|uefa|ioc|un|nato|who|liberals|conservatives|ndp|bloc|greens|caucus|committee|network|lab|laboratory|authority|bureau|service|services|centre|center|council)\b/i
/** Words that name a person's role: the head of a source mention that is a person. */
export const PERSON_TITLES = new Set(
  "minister spokesperson spokesman spokeswoman lawyer attorney counsel professor leader president ceo cfo chief mp mpp mla mna senator premier mayor councillor councilor officer director manager analyst economist expert doctor dr nurse judge justice coach player captain chair chairman chairwoman head founder owner resident residents witness mother father son daughter wife husband sister brother friend neighbour neighbor student teacher scientist researcher author official officials critic critics member members advocate activist spokespeople secretary commissioner superintendent inspector sergeant constable detective chairperson co-founder partner candidate voter voters parent parents worker workers union-leader congressman congresswoman deputy diplomat ambassador governor general colonel minister's victim victims survivor farmer owner-operator fan fans".split(
    ' ',
  ),
)
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them'])

/** Classifies a source mention as written ("unnamed national security sources", "Global News"). */
export function classifySource(mention: string, context = mention): SourceClass {
  const text = mention.trim()
  const lower = text.toLowerCase()
  const words = lower.split(/\s+/)
  const head = (words.at(-1) ?? '').replace(/['’]s$/, '')
  const capitalized = text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w))
  const anonymityReasonGiven = ANONYMITY_REASON.test(context)
  if (PRONOUNS.has(lower)) {
    return { type: lower === 'it' ? 'organisation' : 'person', named: false, anonymityReasonGiven: false }
  }
  // "a source familiar with …", "officials who spoke on condition of anonymity"
  if (ANONYMOUS.test(text)) return { type: 'anonymous', named: false, anonymityReasonGiven }
  // The head noun comes before any modifier clause: "A city report released in January".
  const modifier = words.findIndex(
    (w, i) => i > 0 && (/ed$/.test(w) || ['in', 'by', 'from', 'of', 'on', 'that'].includes(w)),
  )
  const headWords = modifier === -1 ? [head] : [words[modifier - 1] ?? head, head]
  if (headWords.some((w) => DOCUMENT_HEADS.has(w)) && !OUTLET.test(words.slice(-1).join(' '))) {
    return { type: 'document', named: capitalized.length > 0, anonymityReasonGiven: false }
  }
  if (OUTLET.test(text) && !PERSON_TITLES.has(head)) {
    return { type: 'outlet', named: capitalized.length > 0, anonymityReasonGiven: false }
  }
  if (PERSON_TITLES.has(head) || PERSON_TITLES.has(head.replace(/s$/, ''))) {
    const namedPerson = capitalized.some((w) => !PERSON_TITLES.has(w.toLowerCase()))
    return { type: 'person', named: namedPerson && capitalized.length >= 1, anonymityReasonGiven }
  }
  if (GOVERNMENT.test(text))
    return { type: 'government_body', named: capitalized.length > 0, anonymityReasonGiven }
  if (ORGANISATION.test(text))
    return { type: 'organisation', named: capitalized.length > 0, anonymityReasonGiven }
  if (capitalized.length > 0) return { type: 'person', named: true, anonymityReasonGiven: false }
  // A lower-case description with no title we know: a group of people ("residents", "experts").
  return { type: 'person', named: false, anonymityReasonGiven }
}
