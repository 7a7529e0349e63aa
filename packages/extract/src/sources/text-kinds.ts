import type { SourceType } from './source-type.ts'

/**
 * What a text itself says a bare name is, where the name has no word that tells its kind: a newsroom
 * names itself in the dateline ("GENEVA (Northern Wire) –") and as the one that obtained records
 * ("documents obtained by the Ledger"); a company is named once with its legal form ("Evergreen
 * Living Corp.") and later by its first word. Each pattern is one linear pass over the text.
 */
export interface TextKinds {
  outlets: Set<string>
  organisations: Set<string>
  /** Head nouns that refer back to an outlet of the text: "the agency" after "Continental News Agency". */
  outletHeads: Set<string>
  /** What an acronym stands for where the text spells it out: "OEFA" → "Peru's environmental enforcement agency". */
  expansions: Map<string, string>
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&-]*){0,3}`
const DATELINE = new RegExp(String.raw`^[\p{Lu}\s,.'’-]{2,40}\((${NAME})\)\s*[–—-]`, 'gmu')
// Only a name after an article: "obtained by John Smith" may be a lawyer, "by the Ledger" is not.
const OBTAINED_BY = new RegExp(
  String.raw`\b(?:obtained|reviewed|seen) by ((?:the|Le|La|Les)\s+${NAME})`,
  'gu',
)
const NEWS_AGENCY = /\b(?:news|press|wire) agency\b/iu
// A public agency the text also names: then "the agency" may be that one, and nothing is inferred.
const PUBLIC_AGENCY =
  /\b(?:(?:Services|Revenue|Border|Health|Transportation|Environment|Protection|Inspection|Regulatory|Space|Intelligence|Security|Energy|Food) Agency|(?:federal|provincial|state|government|regulatory|environmental|intelligence|security|border|health|transit|housing|public) agency)\b/u
// A legal form or a word only companies end their names with: "Evergreen Living Corp.",
// "Brightline Appliances", "Northway Foods".
const LEGAL_FORM = new RegExp(
  String.raw`(${NAME})\s+(?:Inc|Corp|Ltd|Co|LLC|Limited|Corporation|Holdings|Appliances|Homes|Foods|Air|Airways|Airlines|Asphalt|Consulting|Engineering|Rail|Motors|Mining|Pharmaceuticals|Pharma|Labs|Mines|Capital|Partners|Developments|Properties|Realty|Logistics|Industries|Enterprises|Manufacturing|Software|Studios|Brands|Stores|Telecom|Securities|Investments|Ventures|Technologies|Paving|Chemicals|Mobile)\b`,
  'gu',
)
// A name given to a described company: "the kettle maker Brightline", "Two retailers that sell the
// kettle, Hearthside and Maple Home,", "Hearthside, a home-goods chain,", "Brightline's chief
// executive".
const COMPANY_NOUN = String.raw`(?:company|companies|firm|firms|chain|chains|retailer|retailers|maker|makers|manufacturer|manufacturers|carrier|carriers|airline|developer|operator|insurer|lender|contractor|supplier|startup|brand|grocer|grocers|distributor|producer|utility|publisher|subsidiary|employer|automaker|miner|owner)`
const DESCRIBED_COMPANY = new RegExp(
  String.raw`\b${COMPANY_NOUN}\b(?:[^,.;:!?\n]{0,40}?,\s*|\s+)(${NAME})(?:\s+(?:and|or)\s+(${NAME}))?|(${NAME}),\s+(?:a|an|the|one of the)\s+(?:[\p{L}-]+\s+){0,3}?${COMPANY_NOUN}\b|(${NAME})['’]s\s+(?:chief executive|CEO|chief financial officer|board of directors|shareholders|shares|stock|headquarters|subsidiary|factory|plant|stores|products|co-founder|users|customers|subscribers|app|platform)\b`,
  'gu',
)

/** A name as looked up: without a leading "the", lower-case. */
export const nameKey = (name: string) =>
  name
    .trim()
    .replace(/^the\s+/iu, '')
    .toLowerCase()

function read(text: string): TextKinds {
  const outlets = new Set<string>()
  for (const re of [DATELINE, OBTAINED_BY]) {
    for (const m of text.matchAll(re)) if (m[1]) outlets.add(nameKey(m[1]))
  }
  const organisations = organisationsIn(text)
  const outletHeads = new Set<string>()
  for (const name of outlets) outletHeads.add(name.split(/\s+/).at(-1) ?? '')
  if (NEWS_AGENCY.test(text)) outletHeads.add('agency')
  if (PUBLIC_AGENCY.test(text)) outletHeads.delete('agency')
  return { outlets, organisations, outletHeads, expansions: expansionsIn(text) }
}

// "Sam Ortiz": a capitalised word after a first name is a surname ("Ortiz" alone is then a person).
// Words that open sentences or names of bodies are no first names.
const FIRST_AND_LAST = /\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}\p{M}'’-]*)/gu
const NO_FIRST_NAME = new Set(
  'The A An In At On By For From Of And But With To As If When While After Before Its His Her Their Our Two Three Both Neither Mr Mrs Ms Dr'.split(
    ' ',
  ),
)

/** Every word the text uses as a surname after a first name (one linear pass). */
function surnamesIn(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(FIRST_AND_LAST)) if (!NO_FIRST_NAME.has(m[1] ?? '')) out.add(m[2] ?? '')
  return out
}

// An acronym with what it stands for: "the Canada Border Services Agency (CBSA)", "Peru's
// environmental enforcement agency, OEFA,", "OEFA, the environmental enforcement agency,".
const ACRONYM = String.raw`\p{Lu}[\p{Lu}\p{N}&]{1,7}`
const DESCRIPTION = String.raw`(?:(?:the|a|an|its|\p{Lu}[\p{L}'’.-]*['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+`
const SPELLED_OUT = new RegExp(
  String.raw`(${DESCRIPTION})\s+\((${ACRONYM})\)|(${DESCRIPTION}),\s+(${ACRONYM}),|\b(${ACRONYM}),\s+(${DESCRIPTION}),`,
  'gu',
)

function expansionsIn(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(SPELLED_OUT)) {
    const [long, short] = m[2] ? [m[1], m[2]] : m[4] ? [m[3], m[4]] : [m[6], m[5]]
    if (long && short && !out.has(short.toLowerCase())) out.set(short.toLowerCase(), long)
  }
  return out
}

/** Names the text shows are companies: by a legal form or company word, or by what it says they do. */
function organisationsIn(text: string): Set<string> {
  const organisations = new Set<string>()
  for (const m of text.matchAll(LEGAL_FORM)) {
    const words = (m[1] ?? '').split(/\s+/)
    // "Evergreen Living Corp." is also "Evergreen" and "Evergreen Living".
    for (let n = 1; n <= words.length; n++) organisations.add(nameKey(words.slice(0, n).join(' ')))
  }
  const surnames = surnamesIn(text)
  for (const m of text.matchAll(DESCRIBED_COMPANY)) {
    for (const name of [m[1], m[2], m[3], m[4]])
      if (name && !surnames.has(name)) organisations.add(nameKey(name))
  }
  return organisations
}

// One reading per text: suggest() works on one text at a time, and the kinds are a function of it.
let cached: { text: string; kinds: TextKinds } | null = null

export function kindsOf(text: string): TextKinds {
  if (cached?.text !== text) cached = { text, kinds: read(text) }
  return cached.kinds
}

/** The kind the text gives a bare name (an outlet or a company), or null when it gives none. */
export function kindInText(text: string, name: string): SourceType | null {
  const key = nameKey(name)
  const kinds = kindsOf(text)
  if (kinds.outlets.has(key)) return 'outlet'
  if (kinds.organisations.has(key)) return 'organisation'
  // "the agency", "the wire": a bare head noun after "the" that ends an outlet's name in the text.
  // "the Record" after "the Red River Record" is that newsroom, capitalised or not.
  if (/^the\s+\p{L}+$/iu.test(name.trim()) && kinds.outletHeads.has(key)) return 'outlet'
  return null
}
