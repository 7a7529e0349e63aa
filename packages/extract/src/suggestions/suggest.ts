import { scoreCheckWorthiness } from '../checkworthiness/check-worthiness.ts'
import { findHedges, type HedgeSpan } from '../hedges/find-hedges.ts'
import { type Attribution, findQuotes, type QuoteType, type TextSpan } from '../quotes/find-quotes.ts'
import { findCitedSource, findPublishedBy, findRelayOutlet } from '../relays/find-relays.ts'
import { findResponses, type ResponseMention, type ResponseStance } from '../responses/find-responses.ts'
import { classifySource, type SourceType } from '../sources/source-type.ts'
import { analyse } from '../text/document.ts'
import {
  buildNameIndex,
  canonicalName,
  type EntityKindName,
  entityKindOf,
  type NameIndex,
} from './entity-names.ts'

export type ClaimKindName = 'allegation' | 'statement_of_fact' | 'quotation' | 'prediction' | 'opinion'

/** A person, outlet, organisation or anonymous group, as the text names it. */
export interface SuggestedEntity {
  /** The name to find or create the entity by ("Han Dong" for "Dong", "he" resolved). */
  name: string
  /** Where the text names it (the mention as written, possibly a pronoun). */
  mention: TextSpan | null
  sourceType: SourceType
  entityKind: EntityKindName
  named: boolean
}

/** One hop of an attribution chain, origin first (docs/design.md: origin, relay, publisher). */
export interface SuggestedHop extends SuggestedEntity {
  role: 'origin' | 'relay' | 'publisher'
  onRecord: boolean
  access: 'direct' | 'second_hand' | 'unknown'
  anonymityReasonGiven: boolean
  cue: TextSpan | null
}

export interface SuggestedResponse {
  responder: SuggestedEntity
  stance: ResponseStance
  words: TextSpan
  cue: TextSpan
}

/** A candidate claim: nothing becomes a claim until a checker accepts it. */
export interface ClaimSuggestion {
  /** Stable for a given text: derived from the anchor. */
  id: string
  anchor: TextSpan
  statement: string
  headline: string
  kind: ClaimKindName
  checkWorthiness: number
  reasons: string[]
  hedges: HedgeSpan[]
  attribution: {
    type: QuoteType
    floating: boolean
    source: TextSpan | null
    resolvedSource: TextSpan | null
    cue: TextSpan | null
    content: TextSpan
  } | null
  claimant: SuggestedEntity | null
  subjects: SuggestedEntity[]
  chain: SuggestedHop[]
  responses: SuggestedResponse[]
}

export interface Suggestions {
  quotes: Attribution[]
  responses: ResponseMention[]
  hedges: HedgeSpan[]
  claims: ClaimSuggestion[]
}

export interface SuggestOptions {
  /** The outlet that published the text: the last hop of every chain. */
  publisher?: string
  /** Sentences without attribution become suggestions from this check-worthiness on. */
  sentenceThreshold?: number
  maxClaims?: number
}

const HEADLINE_MAX = 75
/** How far back (characters from a claim's end) a response looks for the claim it answers. */
const RESPONSE_REACH = 1200
const ANSWERING_STANCES = new Set<ResponseStance>(['denies', 'admits', 'partially_admits', 'confirms'])
const OPINION_WORDS =
  /\b(?:I think|I believe|I feel|hope|hopeful|proud|deserve|should|must|wonderful|terrible|love|difficult|sad|happy)\b/iu
const FUTURE = /\b(?:will|would|plans? to|expects? to|expected to|is going to|are going to|intends? to)\b/iu
const ALLEGATION =
  /\b(?:accused|alleged|allegedly|allegations?|reportedly|charged with|bid-rigging|fraud|interference)\b/iu

/**
 * Everything the extractor suggests for a text. Pure and deterministic; never throws on any string.
 *
 * Cost of each step, n = characters, tested in linear-growth.test.ts:
 * - analyse: tokenize is one regex pass without nested quantifiers over overlapping classes, O(n);
 *   quotation pairing is one left-to-right pass with one open mark at a time, O(n); sentence
 *   splitting one pass with a bounded look-ahead over closing marks, O(n).
 * - findQuotes: each quotation and each cue looks at a bounded window of tokens (≤ 14 back or
 *   forward, never past its sentence, and a cue claims the content up to where it ends so nested
 *   "X said that Y said that" is read once); indexes by sentence and verb keep lookups O(1): O(n).
 *   Pronoun resolution walks back at most REACH characters per attribution and classifies each
 *   distinct mention once: O(n).
 * - findResponses / findHedges: fixed phrases with bounded gaps (global regexes, no backtracking
 *   over a paragraph) and a look-behind window of 120 characters per match: O(n).
 * - claims: one pass over attributions and sentences with binary searches for hedges and
 *   responses (O(n log n) at worst, a bounded walk-back of 12 claims per response).
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestions {
  const doc = analyse(text)
  const quotes = findQuotes(text, doc)
  const responses = findResponses(text, quotes)
  const hedges = findHedges(text)
  const responseQuote = new Set(
    responses
      .filter((r) => r.attributionIndex !== null && ANSWERING_STANCES.has(r.stance))
      .map((r) => r.attributionIndex),
  )

  const limit = options.maxClaims ?? 500
  const attributed = attributionsInOrder(quotes, responseQuote)
  const stated = fromSentences(text, doc, quotes, hedges, options)
  // Only the first `limit` claims in text order are returned, so only they (and the claims a
  // response near them could be linked to instead) are built: on 2 MiB of quotations building
  // every claim was most of the time and memory (docs/design.md, "Suggestions").
  const claims: ClaimSuggestion[] = []
  let horizon = Number.POSITIVE_INFINITY
  let maxEnd = 0
  let a = 0
  let next = stated.next()
  for (;;) {
    const q = attributed[a]
    const sentence = next.done ? undefined : next.value
    if (!q && !sentence) break
    // Ties go to the attribution, as the stable sort of attributions before sentences did.
    const takeQuote = !!q && (!sentence || q.content.start <= sentence.anchor.start)
    const start = takeQuote ? (q as Attribution).content.start : (sentence as ClaimSuggestion).anchor.start
    if (start >= horizon) break
    let claim: ClaimSuggestion
    if (takeQuote) {
      claim = fromAttribution(text, q as Attribution, hedges, options)
      a++
    } else {
      claim = sentence as ClaimSuggestion
      next = stated.next()
    }
    claims.push(claim)
    maxEnd = Math.max(maxEnd, claim.anchor.end)
    if (claims.length === limit) horizon = maxEnd + RESPONSE_REACH
  }
  linkResponses(
    text,
    claims,
    responses.filter((r) => r.cue.start < horizon),
  )
  return { quotes, responses, hedges, claims: claims.slice(0, limit) }
}

/**
 * The attributions that become claims, by where their content starts (ties in their own order):
 * not an answer to another claim, and not a short floating quotation.
 */
function attributionsInOrder(quotes: Attribution[], responseQuote: Set<number | null>): Attribution[] {
  const kept: Attribution[] = []
  quotes.forEach((q, i) => {
    if (responseQuote.has(i)) return
    if (q.floating && q.content.text.split(/\s+/).length < 6) return
    kept.push(q)
  })
  // Array.prototype.sort is stable: equal starts keep the extractor's order.
  return kept.sort((x, y) => x.content.start - y.content.start)
}

// One name index per text: suggest() works on one text at a time, and the index is a pure function of it.
let indexed: { text: string; names: NameIndex } | null = null
function namesOf(text: string): NameIndex {
  if (indexed?.text !== text) indexed = { text, names: buildNameIndex(text) }
  return indexed.names
}

function entityOf(text: string, mention: TextSpan, context: string): SuggestedEntity {
  const cls = classifySource(mention.text, context)
  return {
    name: canonicalName(mention.text, cls.type, namesOf(text)),
    mention,
    sourceType: cls.type,
    entityKind: entityKindOf(cls.type),
    named: cls.named,
  }
}

function hopOf(
  text: string,
  mention: TextSpan,
  context: string,
  role: SuggestedHop['role'],
  cue: TextSpan | null,
  direct: boolean,
): SuggestedHop {
  const cls = classifySource(mention.text, context)
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

function publisherHop(name: string, asOrigin: boolean): SuggestedHop {
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

function hedgesIn(hedges: HedgeSpan[], start: number, end: number): HedgeSpan[] {
  let lo = 0
  let hi = hedges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((hedges[mid] as HedgeSpan).start < start) lo = mid + 1
    else hi = mid
  }
  const out: HedgeSpan[] = []
  for (let i = lo; i < hedges.length && (hedges[i] as HedgeSpan).end <= end; i++)
    out.push(hedges[i] as HedgeSpan)
  return out
}

/**
 * A headline is a complete phrase of at most 75 characters, never cut with "…" (it is saved as the
 * claim's headline when accepted): the longest clause that fits, else whole words without a
 * dangling function word.
 */
export function headlineOf(statement: string): string {
  const flat = statement.replace(/\s+/g, ' ').trim()
  if (flat.length <= HEADLINE_MAX) return flat
  const room = flat.slice(0, HEADLINE_MAX + 1)
  let clause = -1
  for (const m of room.matchAll(
    /[,;:]\s|\s[—–]\s|\s(?:and|but|which|who|while|because|after|before|as)\s/gu,
  )) {
    if (m.index >= 30 && m.index <= HEADLINE_MAX) clause = m.index
  }
  let cut = clause !== -1 ? flat.slice(0, clause) : room.slice(0, room.lastIndexOf(' '))
  if (cut.length < 20) cut = flat.slice(0, HEADLINE_MAX)
  return cut
    .replace(/(?:\s+(?:the|a|an|of|to|in|on|at|for|and|or|but|with|by|from|that|its|their|his|her))+$/iu, '')
    .replace(/[\s,;:–—-]+$/u, '')
}

/** "It was reviewing the findings" said by the ministry: the pronoun that opens the content is its speaker. */
function resolveLeadingPronoun(clean: string, claimant: SuggestedEntity | null): string {
  const m = /^(it|they|he|she)\b/iu.exec(clean)
  if (!m || !claimant?.name || /^(?:it|they|he|she)$/iu.test(claimant.name)) return clean
  const pronoun = (m[1] ?? '').toLowerCase()
  const person = claimant.entityKind === 'person'
  const fits = pronoun === 'it' || pronoun === 'they' ? !person || pronoun === 'they' : person
  return fits ? `${claimant.name}${clean.slice(m[0].length)}` : clean
}

const NOT_NAMES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Canadian|Canadians|Chinese|American|British|French|Indian|Russian|Ukrainian|Iranian|Liberal|Liberals|Conservative|Conservatives|Progressive|Democratic|House|Commons|Parliament|North|South|East|West|Street|Avenue|University|Court|Party|Canada|Ontario|Quebec|Toronto|Ottawa|Beijing|China|Media)$/u

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const withPeriod = (s: string) => (/[.!?…"”»]$/u.test(s) ? s : `${s}.`)

function subjectsIn(text: string, span: TextSpan, exclude: string | undefined): SuggestedEntity[] {
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

function fromAttribution(
  text: string,
  q: Attribution,
  hedges: HedgeSpan[],
  options: SuggestOptions,
): ClaimSuggestion {
  const context = text.slice(q.sentence.start, q.sentence.end)
  const sourceMention = q.resolvedSource ?? q.source
  const cited = findCitedSource(text, q)
  const relayOutlet = cited ? null : findRelayOutlet(text, q)
  const chain: SuggestedHop[] = []
  if (cited && sourceMention) {
    chain.push(hopOf(text, cited.source, context, 'origin', cited.cue, false))
    chain.push(hopOf(text, sourceMention, context, 'relay', q.cue, false))
  } else if (relayOutlet && sourceMention) {
    // The source spoke to another outlet, which the publisher relays in turn.
    const origin = relayOutlet.origin === q.source ? sourceMention : relayOutlet.origin
    chain.push(hopOf(text, origin, context, 'origin', q.cue, q.type === 'direct'))
    chain.push(hopOf(text, relayOutlet.relay, context, 'relay', relayOutlet.cue, false))
  } else if (sourceMention) {
    chain.push(hopOf(text, sourceMention, context, 'origin', q.cue, q.type === 'direct'))
    // A source that is itself an outlet reporting others' words is the origin as far as the text says.
  }
  if (options.publisher) chain.push(publisherHop(options.publisher, chain.length === 0))
  const claimant = sourceMention ? entityOf(text, sourceMention, context) : null
  const anonymousOrigin = chain[0]?.sourceType === 'anonymous'
  const relayed = chain.some((h) => h.role === 'relay') || claimant?.sourceType === 'outlet'
  const cw = scoreCheckWorthiness(q.content.text, {
    attributed: !!q.source,
    anonymousSource: anonymousOrigin,
    relayed,
  })
  const clean = q.content.text.replace(/^that\s+/iu, '').trim()
  let kind: ClaimKindName
  if (anonymousOrigin || relayed || ALLEGATION.test(q.content.text)) kind = 'allegation'
  else if (q.type === 'direct') kind = OPINION_WORDS.test(q.content.text) ? 'opinion' : 'quotation'
  else if (FUTURE.test(clean) && !/\b(?:was|were|had|did)\b/iu.test(clean)) kind = 'prediction'
  else kind = 'statement_of_fact'
  const who = claimant?.name ?? 'Unattributed'
  const content = q.type === 'direct' ? clean : resolveLeadingPronoun(clean, claimant)
  const statement =
    q.type === 'direct'
      ? withPeriod(`${who} ${q.cue?.text ?? 'said'}: ${clean}`)
      : withPeriod(sentenceCase(content))
  return {
    id: `q${q.content.start}-${q.content.end}`,
    anchor: q.content,
    statement,
    headline: headlineOf(
      q.type === 'direct' ? `${who}: ${clean.replace(/^["“«]|["”»]$/gu, '')}` : sentenceCase(content),
    ),
    kind,
    checkWorthiness: cw.score,
    reasons: cw.reasons,
    hedges: hedgesIn(hedges, q.sentence.start, q.sentence.end),
    attribution: {
      type: q.type,
      floating: q.floating,
      source: q.source,
      resolvedSource: q.resolvedSource,
      cue: q.cue,
      content: q.content,
    },
    claimant,
    subjects: subjectsIn(text, q.content, claimant?.name),
    chain,
    responses: [],
  }
}

/** Check-worthy sentences that no attribution covers: allegations and facts the article states itself. */
function* fromSentences(
  text: string,
  doc: ReturnType<typeof analyse>,
  quotes: Attribution[],
  hedges: HedgeSpan[],
  options: SuggestOptions,
): Generator<ClaimSuggestion> {
  let qi = 0
  for (const [si, s] of doc.sentences.entries()) {
    const first = doc.tokens[s.first]
    const last = doc.tokens[s.end - 1]
    if (!first || !last) continue
    if (si === 0 && doc.tokens[s.end]?.kind === 'break' && !/[.!?]$/u.test(last.text)) continue // the title
    while (qi < quotes.length && (quotes[qi] as Attribution).content.end <= first.start) qi++
    if (coveredByQuote(quotes, qi, first.start, last.end)) continue
    const claim = sentenceClaim(text, first.start, last.end, hedges, options)
    if (claim) yield claim
  }
}

function coveredByQuote(quotes: Attribution[], from: number, start: number, end: number): boolean {
  for (let k = from; k < quotes.length; k++) {
    const q = quotes[k] as Attribution
    if (q.content.start >= end) return false
    if (q.content.end > start) return true
  }
  return false
}

function sentenceClaim(
  text: string,
  start: number,
  lastEnd: number,
  hedges: HedgeSpan[],
  options: SuggestOptions,
): ClaimSuggestion | null {
  const threshold = options.sentenceThreshold ?? 0.6
  let end = lastEnd
  if (/[.]$/u.test(text.slice(start, end)) && end - start > 1) end -= 1
  const span = { start, end, text: text.slice(start, end) }
  if (span.text.split(/\s+/).length < 6) return null
  const published = findPublishedBy(text, { start, end })
  const cw = scoreCheckWorthiness(span.text, { relayed: !!published })
  if (cw.score < threshold || !(ALLEGATION.test(span.text) || /\d/u.test(span.text))) return null
  const chain: SuggestedHop[] = []
  if (published) chain.push(hopOf(text, published.source, span.text, 'origin', published.cue, false))
  if (options.publisher) chain.push(publisherHop(options.publisher, chain.length === 0))
  const kind: ClaimKindName = ALLEGATION.test(span.text) || published ? 'allegation' : 'statement_of_fact'
  const claimant = published ? entityOf(text, published.source, span.text) : null
  return {
    id: `s${start}-${end}`,
    anchor: span,
    statement: withPeriod(span.text.trim()),
    headline: headlineOf(span.text.trim()),
    kind,
    checkWorthiness: cw.score,
    reasons: cw.reasons,
    hedges: hedgesIn(hedges, start, end + 1),
    attribution: null,
    claimant,
    subjects: subjectsIn(text, { start, end, text: span.text }, claimant?.name),
    chain,
    responses: [],
  }
}

/**
 * Each response goes to the claim it answers: a claim in its own sentence, else the nearest claim
 * before it that names the responder, else the nearest allegation before it.
 */
function linkResponses(text: string, claims: ClaimSuggestion[], responses: ResponseMention[]): void {
  for (const r of responses) {
    const mention = r.resolvedResponder ?? r.responder
    if (!mention) continue
    const cls = classifySource(mention.text)
    const name = canonicalName(mention.text, cls.type, namesOf(text))
    const surname = name.split(/\s+/).at(-1) ?? name
    const at = r.cue.start
    // Claims are in text order: binary search, then walk back over the nearby ones only.
    let lo = 0
    let hi = claims.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((claims[mid] as ClaimSuggestion).anchor.start < at) lo = mid + 1
      else hi = mid
    }
    const before: ClaimSuggestion[] = []
    for (let k = lo - 1; k >= 0 && before.length < 12; k--) {
      const c = claims[k] as ClaimSuggestion
      if (at - c.anchor.end >= RESPONSE_REACH) break
      before.unshift(c)
    }
    const sameSentence = before.filter(
      (c) => !/[.!?]["”»]?\s/u.test(text.slice(c.anchor.end, at)) || c.anchor.end >= at,
    )
    const naming = before.filter((c) =>
      new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(c.anchor.text),
    )
    const target =
      sameSentence.at(-1) ?? naming.at(-1) ?? before.filter((c) => c.kind === 'allegation').at(-1) ?? null
    if (!target) continue
    if (
      target.claimant &&
      target.claimant.name === name &&
      r.stance !== 'declines_to_comment' &&
      r.stance !== 'did_not_respond'
    ) {
      // A source does not answer its own claim.
      continue
    }
    target.responses.push({
      responder: { ...entityOf(text, mention, text.slice(Math.max(0, at - 200), at)), name },
      stance: r.stance,
      words: r.words,
      cue: r.cue,
    })
  }
}
