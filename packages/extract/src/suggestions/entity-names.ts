import type { SourceType } from '../sources/source-type.ts'

/** contracts' ENTITY_KINDS; a document is filed under the organisation that issued it. */
export type EntityKindName = 'person' | 'organisation' | 'outlet' | 'government_body' | 'anonymous_group'

export function entityKindOf(type: SourceType): EntityKindName {
  switch (type) {
    case 'anonymous':
      return 'anonymous_group'
    case 'document':
      return 'organisation'
    default:
      return type
  }
}

const TITLE_WORDS = new Set(
  'mr mrs ms dr prof sen rep gov lt col gen sgt capt cpl cmdr insp supt det const hon rev coun staff minister premier mayor leader president chief ceo judge justice coach senator congressman congresswoman councillor deputy mp mpp mla commissioner chair chairman chairwoman secretary spokesperson spokesman spokeswoman analyst economist professor lawyer sergeant constable inspector officer director ambassador governor liberal conservative ndp green bloc progressive independent ontario quebec federal provincial opposition prime foreign finance health housing industry education public services affairs association board crown prosecutor head lead author substitute captain goaltender'.split(
    ' ',
  ),
)

/**
 * The name to file a source under: a person without titles ("Liberal Congressman Charles Sousa" →
 * "Charles Sousa"), a surname completed from the text ("Dong" → "Han Dong"), an anonymous group in
 * sentence case without quotation marks ("unnamed “national security sources”").
 */
/** Surname → the first "First Last" (titles dropped) that ends with it: one pass over the text. */
export type NameIndex = Map<string, string>

export function buildNameIndex(text: string): NameIndex {
  const index: NameIndex = new Map()
  for (const m of text.matchAll(/(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
    const parts = m[0].split(/\s+/).filter((w) => !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')))
    const last = parts.at(-1)
    if (parts.length > 1 && last && !index.has(last)) index.set(last, parts.slice(-3).join(' '))
  }
  return index
}

export function canonicalName(mention: string, type: SourceType, names: NameIndex): string {
  const plain = mention
    .replace(/["“”«»]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (type === 'anonymous') return plain.charAt(0).toUpperCase() + plain.slice(1)
  if (type !== 'person') return plain.replace(/^the\s+(?=\p{Lu})/u, '')
  // A description ("some Liberal MPs", "a senior official") is kept as written.
  if (/^(?:a|an|the|some|two|three|several|many|one|other)\s/iu.test(plain) || !/^\p{Lu}/u.test(plain)) {
    return plain.charAt(0).toUpperCase() + plain.slice(1)
  }
  const words = plain.split(' ')
  let i = words.length
  while (i > 0) {
    const w = words[i - 1] as string
    if (!/^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) break
    i--
  }
  const name = words.slice(i).join(' ')
  if (!name) return plain
  if (!name.includes(' ')) {
    // A surname alone: the first "First Last" in the text that ends with it.
    const full = names.get(name)
    if (full) return full
  }
  return name
}
