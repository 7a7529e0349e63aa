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
const LEGAL_FORM = new RegExp(
  String.raw`(${NAME})\s+(?:Inc|Corp|Ltd|Co|LLC|Limited|Corporation|Holdings)\b`,
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
  const organisations = new Set<string>()
  for (const re of [DATELINE, OBTAINED_BY]) {
    for (const m of text.matchAll(re)) if (m[1]) outlets.add(nameKey(m[1]))
  }
  for (const m of text.matchAll(LEGAL_FORM)) {
    const words = (m[1] ?? '').split(/\s+/)
    // "Evergreen Living Corp." is also "Evergreen" and "Evergreen Living".
    for (let n = 1; n <= words.length; n++) organisations.add(nameKey(words.slice(0, n).join(' ')))
  }
  const outletHeads = new Set<string>()
  for (const name of outlets) outletHeads.add(name.split(/\s+/).at(-1) ?? '')
  if (NEWS_AGENCY.test(text)) outletHeads.add('agency')
  if (PUBLIC_AGENCY.test(text)) outletHeads.delete('agency')
  return { outlets, organisations, outletHeads }
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
  if (/^the\s+\p{Ll}+$/u.test(name.trim()) && kinds.outletHeads.has(key)) return 'outlet'
  return null
}
