import type { TextSpan } from '../quotes/find-quotes.ts'
import { classifySource, namesItsKind, type SourceClass } from '../sources/source-type.ts'
import { kindInText, kindsOf, nameKey } from '../sources/text-kinds.ts'
import { buildNameIndex, canonicalName, entityKindOf, type NameIndex } from './entity-names.ts'
import type { SuggestedEntity, SuggestedHop } from './suggestion-types.ts'

// One name index per text: suggest() works on one text at a time, and the index is a pure function of it.
let indexed: { text: string; names: NameIndex } | null = null
export function namesOf(text: string): NameIndex {
  if (indexed?.text !== text) indexed = { text, names: buildNameIndex(text) }
  return indexed.names
}

/**
 * A mention's class, and where capitals alone made a bare name a person or an organisation, the
 * kind the text gives that name elsewhere ("Evergreen" of "Evergreen Living Corp.", "the Ledger"
 * that obtained the records).
 */
export function classifyInText(text: string, mention: string, context: string): SourceClass {
  const cls = classifySource(mention, context)
  // "OEFA" where the text spells it out as "Peru's environmental enforcement agency": its kind.
  const expansion = kindsOf(text).expansions.get(nameKey(mention))
  if (expansion && cls.type === 'person' && cls.named) {
    const spelled = classifySource(expansion, context)
    if (spelled.type !== 'person') return { ...spelled, named: true }
  }
  // "the agency" after "Continental News Agency" is the outlet, though "agency" alone is public.
  if (/^the\s+\p{Ll}+$/iu.test(mention.trim()) && kindInText(text, mention) === 'outlet')
    return { ...cls, type: 'outlet', named: true }
  if (!cls.named || (cls.type !== 'person' && cls.type !== 'organisation')) return cls
  const kind = namesItsKind(mention) ? null : kindInText(text, mention)
  return kind ? { ...cls, type: kind } : cls
}

export function entityOf(text: string, mention: TextSpan, context: string): SuggestedEntity {
  const cls = classifyInText(text, mention.text, context)
  return {
    name: canonicalName(mention.text, cls.type, namesOf(text)),
    mention,
    sourceType: cls.type,
    entityKind: entityKindOf(cls.type),
    named: cls.named,
  }
}

export function hopOf(
  text: string,
  mention: TextSpan,
  context: string,
  role: SuggestedHop['role'],
  cue: TextSpan | null,
  direct: boolean,
): SuggestedHop {
  const cls = classifyInText(text, mention.text, context)
  const entity = entityOf(text, mention, context)
  const anonymous = cls.type === 'anonymous'
  return {
    ...entity,
    role,
    onRecord: !anonymous,
    access:
      role === 'origin'
        ? direct && cls.type === 'person' && cls.named
          ? 'direct'
          : 'unknown'
        : 'second_hand',
    anonymityReasonGiven: anonymous && cls.anonymityReasonGiven,
    cue,
  }
}

export function publisherHop(name: string, asOrigin: boolean): SuggestedHop {
  return {
    name,
    mention: null,
    sourceType: 'outlet',
    entityKind: 'outlet',
    named: true,
    role: asOrigin ? 'origin' : 'publisher',
    onRecord: true,
    access: asOrigin ? 'unknown' : 'second_hand',
    anonymityReasonGiven: false,
    cue: null,
  }
}

const NOT_NAMES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Canadian|Canadians|Chinese|American|British|French|Indian|Russian|Ukrainian|Iranian|Liberal|Liberals|Conservative|Conservatives|Progressive|Democratic|House|Commons|Parliament|North|South|East|West|Street|Avenue|University|Court|Party|Canada|Ontario|Quebec|Toronto|Ottawa|Beijing|China|Media)$/u

export function subjectsIn(text: string, span: TextSpan, exclude: string | undefined): SuggestedEntity[] {
  const out: SuggestedEntity[] = []
  const seen = new Set<string>([exclude?.toLowerCase() ?? ''])
  const re = /\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*/gu
  for (const m of span.text.matchAll(re)) {
    if (out.length >= 3) break
    const mention = { start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] }
    const cls = classifySource(mention.text)
    if (cls.type !== 'person' || !cls.named || m.index === 0) continue
    if (m[0].split(/\s+/).some((w) => NOT_NAMES.test(w))) continue
    const e = entityOf(text, mention, mention.text)
    // A subject is a person named in full somewhere in the text (a surname alone is completed).
    if (!e.name.includes(' ') || seen.has(e.name.toLowerCase())) continue
    seen.add(e.name.toLowerCase())
    out.push(e)
  }
  return out
}
