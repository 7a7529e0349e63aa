import { createHash } from 'node:crypto'
import type {
  AuditAction,
  AuditEventSubjects,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  ENTITY_KINDS,
  EVIDENCE_RELATIONS,
  HOP_ACCESS,
  HOP_ROLES,
  REPLY_CHANNELS,
  RESPONSE_STANCES,
} from '@claimtrail/contracts'
import { computeSourcingGrade, describeSelection, findTransitionBetween } from '@claimtrail/core'
import { createRandom, type Random } from './random.ts'
import * as words from './vocabulary.ts'

// Pure builders of synthetic newsroom data: no I/O. An article's rows depend only on the run's seed
// and the article's index, so a run is reproducible whatever the batch size.

type Of<T extends readonly string[]> = T[number]
type EntityKind = Of<typeof ENTITY_KINDS>
type ClaimStatus = Of<typeof CLAIM_STATUSES>

/** A row as the bulk inserter takes it: drizzle's camelCase keys, timestamps as ISO strings. */
export type Row = Record<string, string | number | boolean | null | readonly string[] | object>

export interface PoolEntity {
  id: string
  name: string
  kind: EntityKind
  aliases: string[]
  description: string | null
}

export interface EntityPool {
  people: PoolEntity[]
  outlets: PoolEntity[]
  governmentBodies: PoolEntity[]
  organisations: PoolEntity[]
  anonymousGroups: PoolEntity[]
  all: PoolEntity[]
}

/** Every table the generator writes, in the order foreign keys allow. */
export const GENERATED_TABLES = [
  'articles',
  'articleVersions',
  'claims',
  'claimSubjects',
  'attributionChains',
  'chainHops',
  'responses',
  'replyRequests',
  'evidence',
  'sourcingAssessments',
  'sourceReliabilityRatings',
  'claimCorrections',
  'claimNotes',
  'events',
] as const
export type GeneratedTable = (typeof GENERATED_TABLES)[number]
export type Rows = Record<GeneratedTable, Row[]>

export function emptyRows(): Rows {
  return Object.fromEntries(GENERATED_TABLES.map((t) => [t, []])) as unknown as Rows
}

export interface GeneratorContext {
  seed: number
  claimsPerArticle: number
  pool: EntityPool
  /** Ratings of the default scale by label (migration 0002). */
  ratingIds: ReadonlyMap<string, string>
  actors: { checker: string | null; editor: string | null }
}

// --- entities -------------------------------------------------------------------------------------

/** How many entities of each kind a run of `articles` articles draws on: reused, as in real news. */
export function poolSizes(articles: number) {
  const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)))
  return {
    people: clamp(articles * 0.25, 60, 25_000),
    outlets: clamp(articles / 500, 12, 300),
    governmentBodies: clamp(articles / 400, 12, 400),
    organisations: clamp(articles / 20, 20, 5_000),
    anonymousGroups: words.ANONYMOUS_GROUPS.length,
  }
}

export function buildEntityPool(seed: number, articles: number): EntityPool {
  const rng = createRandom(seed, 'entities')
  const sizes = poolSizes(articles)
  const make = (
    kind: EntityKind,
    name: string,
    aliases: string[] = [],
    description: string | null = null,
  ) => ({
    id: rng.uuid(),
    name,
    kind,
    aliases,
    description,
  })
  const people = Array.from({ length: sizes.people }, (_, i) => {
    const first = rng.pick(words.FIRST_NAMES)
    const last = rng.pick(words.LAST_NAMES)
    // A middle initial past the first few thousand keeps names distinct without a longer list.
    const middle = i >= 2_000 ? ` ${String.fromCharCode(65 + rng.int(0, 25))}.` : ''
    return make(
      'person',
      `${first}${middle} ${last}`,
      [last],
      `${rng.pick(words.ROLES_OF_PEOPLE)} ${rng.pick(words.CITIES)}`,
    )
  })
  const outlets = Array.from({ length: sizes.outlets }, (_, i) => {
    const city = words.CITIES[i % words.CITIES.length] ?? 'Northvale'
    const suffix = words.OUTLET_SUFFIXES[Math.floor(i / words.CITIES.length) % words.OUTLET_SUFFIXES.length]
    const n = Math.floor(i / (words.CITIES.length * words.OUTLET_SUFFIXES.length))
    return make('outlet', `The ${city} ${suffix}${n > 0 ? ` ${n + 1}` : ''}`, [`${city} ${suffix}`])
  })
  const governmentBodies = Array.from({ length: sizes.governmentBodies }, (_, i) => {
    if (i % 3 === 2)
      return make('government_body', `${rng.pick(words.CITIES)} ${rng.pick(words.CITY_BODIES)}`)
    return make('government_body', rng.pick(words.GOVERNMENT_BODY_PATTERNS)(rng.pick(words.MINISTRIES)))
  })
  const organisations = Array.from({ length: sizes.organisations }, () =>
    make(
      'organisation',
      `${rng.chance(0.5) ? rng.pick(words.LAST_NAMES) : rng.pick(words.CITIES)} ${rng.pick(words.ORGANISATION_SUFFIXES)}`,
    ),
  )
  const anonymousGroups = words.ANONYMOUS_GROUPS.map((name) => make('anonymous_group', capitalise(name)))
  return {
    people,
    outlets,
    governmentBodies,
    organisations,
    anonymousGroups,
    all: [...people, ...outlets, ...governmentBodies, ...organisations, ...anonymousGroups],
  }
}

export function entityRow(e: PoolEntity, createdAt: string): Row {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    description: e.description,
    createdAt,
    updatedAt: createdAt,
  }
}

// --- text composition ------------------------------------------------------------------------------

/** A piece of a sentence; tagged pieces report where they landed, so anchors are exact by construction. */
type Part = string | { tag: string; parts: Part[] }
const tagged = (tag: string, ...parts: Part[]): Part => ({ tag, parts })

interface Composed {
  text: string
  spans: Map<string, { start: number; end: number }>
}

function compose(
  parts: Part[],
  offset: number,
  spans = new Map<string, { start: number; end: number }>(),
): Composed {
  let text = ''
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part
      continue
    }
    const inner = compose(part.parts, offset + text.length, spans)
    spans.set(part.tag, { start: offset + text.length, end: offset + text.length + inner.text.length })
    text += inner.text
  }
  return { text, spans }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** A headline of at most 75 characters (ClaimReview claimReviewed), cut at a word. */
export function shorten(text: string, max = 75): string {
  const plain = text.replace(/\.$/, '')
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`
}

const DAY = 86_400_000
// Articles are spread over these years, so published dates, the ledger's sort key, span years too.
const FIRST_DAY = Date.UTC(2019, 0, 1)
const LAST_DAY = Date.UTC(2026, 8, 30)

interface Story {
  rng: Random
  ctx: GeneratorContext
  publisher: PoolEntity
  subject: PoolEntity
  city: string
  project: string
  org: PoolEntity
  gov: PoolEntity
  year: number
}

/** Skewed pick: a few entities turn up in many stories, most in a few. */
function popular<T>(rng: Random, items: readonly T[]): T {
  const r = rng.next()
  return items[Math.floor(items.length * r * r)] as T
}

function fill(story: Story, template: string): string {
  const { rng } = story
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'money':
        return `$${rng.int(1, 950)}.${rng.int(0, 9)} million`
      case 'pct':
        return String(rng.int(2, 48))
      case 'year':
        return String(story.year - rng.int(0, 6))
      case 'year2':
        return String(story.year + rng.int(1, 4))
      case 'month':
        return rng.pick(words.MONTHS)
      case 'weekday':
        return rng.pick(words.WEEKDAYS)
      case 'city':
        return story.city
      case 'project':
        return story.project
      case 'org':
        return story.org.name
      case 'gov':
        return story.gov.name
      case 'person':
        return story.subject.name
      case 'subject':
        return story.subject.name
      case 'count':
        return rng.int(120, 48_000).toLocaleString('en-US')
      case 'small':
        return String(rng.int(3, 9))
      case 'stat':
        return fill(story, rng.pick(words.STATS))
      default:
        return key
    }
  })
}

// --- claims ---------------------------------------------------------------------------------------

interface HopPlan {
  entity: PoolEntity
  role: Of<typeof HOP_ROLES>
  named: boolean
  onRecord: boolean
  access: Of<typeof HOP_ACCESS>
  anonymityReasonGiven: boolean
  /** Tag of the cue words in the sentence. */
  cue?: string
}

interface ClaimPlan {
  parts: Part[]
  kind: Of<typeof CLAIM_KINDS>
  hedges: string[]
  claimant: PoolEntity
  subjects: PoolEntity[]
  statement: string
  chains: HopPlan[][]
  /** Whom a right of reply is owed: the person or organisation the claim accuses. */
  accused: PoolEntity | null
}

const publisherHop = (story: Story): HopPlan => ({
  entity: story.publisher,
  role: 'publisher',
  named: true,
  onRecord: true,
  access: 'second_hand',
  anonymityReasonGiven: false,
})

function planClaim(story: Story): ClaimPlan {
  const { rng, ctx } = story
  const pool = ctx.pool
  const person = rng.chance(0.5) ? story.subject : popular(rng, pool.people)
  const anon = rng.pick(pool.anonymousGroups)
  const anonHop = (cue: string): HopPlan => ({
    entity: anon,
    role: 'origin',
    named: false,
    onRecord: false,
    access: rng.pick(['direct', 'second_hand', 'unknown'] as const),
    anonymityReasonGiven: rng.chance(0.35),
    cue,
  })
  const misdeed = fill(story, rng.pick(words.MISDEEDS))
  const accused = story.subject
  const template = rng.weighted([18, 14, 16, 14, 8, 8, 12, 10])
  switch (template) {
    case 0: {
      // The Han Dong pattern: another outlet relaying its own anonymous sources.
      let relay = rng.pick(pool.outlets)
      if (relay.id === story.publisher.id)
        relay = pool.outlets[(pool.outlets.indexOf(relay) + 1) % pool.outlets.length] ?? relay
      const relayHop: HopPlan = {
        entity: relay,
        role: 'relay',
        named: true,
        onRecord: true,
        access: 'second_hand',
        anonymityReasonGiven: false,
        cue: 'cue1',
      }
      const origin = anonHop('cue0')
      return {
        parts: [
          relay.name,
          ' ',
          tagged('cue1', 'reported'),
          ', ',
          tagged('cue0', 'citing'),
          ' ',
          anon.name.toLowerCase(),
          ', that ',
          tagged('exact', accused.name, ' allegedly ', misdeed),
          '.',
          origin.anonymityReasonGiven ? ` The sources spoke ${rng.pick(words.ANONYMITY_REASONS)}.` : '',
        ],
        kind: 'allegation',
        hedges: ['allegedly'],
        claimant: relay,
        subjects: [accused],
        statement: `${accused.name} ${misdeed}.`,
        chains: [[origin, relayHop, publisherHop(story)]],
        accused,
      }
    }
    case 1: {
      const hedge = rng.chance(0.4) ? 'reportedly ' : ''
      return {
        parts: [
          tagged('cue0', 'According to'),
          ' ',
          anon.name.toLowerCase(),
          ', ',
          tagged('exact', accused.name, ' ', hedge, misdeed),
          '.',
        ],
        kind: 'allegation',
        hedges: hedge ? ['reportedly'] : [],
        claimant: story.publisher,
        subjects: [accused],
        statement: `${accused.name} ${misdeed}.`,
        chains: [[anonHop('cue0'), publisherHop(story)]],
        accused,
      }
    }
    case 2: {
      const quote = fill(story, rng.pick(words.QUOTES))
      return {
        parts: [
          '“',
          tagged('exact', quote),
          ',” ',
          person.name,
          ', ',
          person.description ?? 'an official',
          ', ',
          tagged('cue0', 'said'),
          ' on ',
          rng.pick(words.WEEKDAYS),
          '.',
        ],
        kind: 'quotation',
        hedges: [],
        claimant: person,
        subjects: [person],
        statement: `${person.name} said: “${quote}.”`,
        chains: [
          [
            {
              entity: person,
              role: 'origin',
              named: true,
              onRecord: true,
              access: 'direct',
              anonymityReasonGiven: false,
              cue: 'cue0',
            },
            publisherHop(story),
          ],
        ],
        accused: null,
      }
    }
    case 3: {
      const stat = fill(story, rng.pick(words.STATS))
      return {
        parts: [
          'Figures ',
          tagged('cue0', 'published by'),
          ' the ',
          story.gov.name,
          ' show that ',
          tagged('exact', stat),
          '.',
        ],
        kind: 'statement_of_fact',
        hedges: [],
        claimant: story.gov,
        subjects: [story.gov],
        statement: `According to the ${story.gov.name}, ${stat}.`,
        chains: [
          [
            {
              entity: story.gov,
              role: 'origin',
              named: true,
              onRecord: true,
              access: 'direct',
              anonymityReasonGiven: false,
              cue: 'cue0',
            },
          ],
        ],
        accused: null,
      }
    }
    case 4: {
      const forecast = fill(story, rng.pick(words.FORECASTS))
      return {
        parts: [person.name, ' ', tagged('cue0', 'predicted'), ' that ', tagged('exact', forecast), '.'],
        kind: 'prediction',
        hedges: [],
        claimant: person,
        subjects: [story.gov],
        statement: `${person.name} predicted that ${forecast}.`,
        chains: [
          [
            {
              entity: person,
              role: 'origin',
              named: true,
              onRecord: true,
              access: 'unknown',
              anonymityReasonGiven: false,
              cue: 'cue0',
            },
            publisherHop(story),
          ],
        ],
        accused: null,
      }
    }
    case 5: {
      const topic = rng.pick(words.OPINION_TOPICS)
      const word = rng.pick(words.OPINION_WORDS)
      return {
        parts: [
          person.name,
          ' ',
          tagged('cue0', 'called'),
          ' ',
          tagged('exact', 'the ', story.gov.name, '’s ', topic, ' “', word, '”'),
          '.',
        ],
        kind: 'opinion',
        hedges: [],
        claimant: person,
        subjects: [story.gov],
        statement: `${person.name} called the ${story.gov.name}’s ${topic} “${word}”.`,
        chains: [
          [
            {
              entity: person,
              role: 'origin',
              named: true,
              onRecord: true,
              access: 'direct',
              anonymityReasonGiven: false,
              cue: 'cue0',
            },
            publisherHop(story),
          ],
        ],
        accused: null,
      }
    }
    case 6: {
      const stat = fill(story, rng.pick(words.STATS))
      const spokesperson = popular(rng, pool.people)
      return {
        parts: [
          'A spokesperson for the ',
          story.gov.name,
          ', ',
          spokesperson.name,
          ', ',
          tagged('cue0', 'said'),
          ' that ',
          tagged('exact', stat),
          '.',
        ],
        kind: 'statement_of_fact',
        hedges: [],
        claimant: spokesperson,
        subjects: [story.gov],
        statement: `A spokesperson for the ${story.gov.name} said that ${stat}.`,
        chains: [
          [
            {
              entity: spokesperson,
              role: 'origin',
              named: true,
              onRecord: true,
              access: 'direct',
              anonymityReasonGiven: false,
              cue: 'cue0',
            },
            publisherHop(story),
          ],
        ],
        accused: null,
      }
    }
    default: {
      // Two lines of sourcing: the outlet's own documents and an anonymous group.
      return {
        parts: [
          tagged('exact', accused.name, ' ', misdeed),
          ', according to ',
          tagged('cue0', 'documents obtained by'),
          ' ',
          story.publisher.name,
          ' and ',
          tagged('cue1', 'confirmed by'),
          ' ',
          anon.name.toLowerCase(),
          '.',
        ],
        kind: 'allegation',
        hedges: [],
        claimant: story.publisher,
        subjects: rng.chance(0.3) ? [accused, story.org] : [accused],
        statement: `${accused.name} ${misdeed}.`,
        chains: [
          [
            {
              entity: story.publisher,
              role: 'origin',
              named: true,
              onRecord: true,
              access: 'direct',
              anonymityReasonGiven: false,
              cue: 'cue0',
            },
          ],
          [anonHop('cue1'), publisherHop(story)],
        ],
        accused,
      }
    }
  }
}

interface ResponsePlan {
  parts: Part[]
  stance: Of<typeof RESPONSE_STANCES>
  addressesPart: string | null
}

function planResponse(story: Story, accused: PoolEntity): ResponsePlan {
  const { rng } = story
  const who = accused.name
  switch (rng.weighted([30, 15, 20, 15, 10, 10])) {
    case 0:
      return {
        parts: [who, ' denied the allegation, calling it “', tagged('words', rng.pick(words.DENIALS)), '”.'],
        stance: 'denies',
        addressesPart: null,
      }
    case 1:
      return {
        parts: [
          'In a statement, ',
          who,
          ' said ',
          tagged('words', 'the meetings took place but nothing improper was discussed'),
          '.',
        ],
        stance: 'partially_admits',
        addressesPart: 'the meetings',
      }
    case 2:
      return {
        parts: ['A spokesperson for ', who, ' ', tagged('words', 'declined to comment'), '.'],
        stance: 'declines_to_comment',
        addressesPart: null,
      }
    case 3:
      return {
        parts: [who, ' ', tagged('words', 'did not respond to a request for comment'), '.'],
        stance: 'did_not_respond',
        addressesPart: null,
      }
    case 4:
      return {
        parts: [who, ' ', tagged('words', 'confirmed the payments'), ' but said they were legal.'],
        stance: 'confirms',
        addressesPart: 'the payments',
      }
    default:
      return {
        parts: [who, ' ', tagged('words', 'acknowledged the mistake'), ' in an interview.'],
        stance: 'admits',
        addressesPart: null,
      }
  }
}

const STATUS_PATHS: Record<ClaimStatus, ClaimStatus[]> = {
  draft: ['draft'],
  in_review: ['draft', 'in_review'],
  changes_requested: ['draft', 'in_review', 'changes_requested'],
  approved: ['draft', 'in_review', 'approved'],
  published: ['draft', 'in_review', 'approved', 'published'],
  corrected: ['draft', 'in_review', 'approved', 'published', 'corrected'],
  retracted: ['draft', 'in_review', 'approved', 'published', 'retracted'],
}
const STATUSES = Object.keys(STATUS_PATHS) as ClaimStatus[]
// About a third of the claims are public (published or corrected), as at a desk that has worked a while.
const STATUS_WEIGHTS = [27, 15, 8, 15, 28, 5, 2]
const VERDICTS = ['Accurate', 'Mostly accurate', 'Mixed', 'Unsubstantiated', 'Misleading', 'False']
const VERDICT_WEIGHTS = [15, 20, 15, 15, 15, 20]

const iso = (ms: number) => new Date(ms).toISOString()

// --- articles -------------------------------------------------------------------------------------

/** All rows of article number `index` (0-based): the article, its text, its claims and their records. */
export function buildArticle(ctx: GeneratorContext, index: number, out: Rows = emptyRows()): Rows {
  const rng = createRandom(ctx.seed, `article:${index}`)
  const pool = ctx.pool
  const day = FIRST_DAY + Math.floor(rng.next() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY
  const story: Story = {
    rng,
    ctx,
    publisher: popular(rng, pool.outlets),
    subject: rng.chance(0.8) ? popular(rng, pool.people) : popular(rng, pool.organisations),
    city: rng.pick(words.CITIES),
    project: rng.pick(words.PROJECTS),
    org: popular(rng, pool.organisations),
    gov: popular(rng, pool.governmentBodies),
    year: new Date(day).getUTCFullYear(),
  }
  const { checker, editor } = ctx.actors
  const articleId = rng.uuid()
  const versionId = rng.uuid()
  const title = fill(story, rng.pick(words.TITLES))
  const importedAt = day + rng.int(1, 72) * 3_600_000 + rng.int(0, 3_599_999)

  // The text: a lede, then per claim a paragraph with the claim sentence, maybe a reply, and filler.
  const paragraphs: { parts: Part[]; claim?: ClaimPlan; response?: ResponsePlan }[] = []
  paragraphs.push({
    parts: [fill(story, rng.pick(words.FILLERS)), ' ', fill(story, rng.pick(words.FILLERS))],
  })
  for (let i = 0; i < ctx.claimsPerArticle; i++) {
    const claim = planClaim(story)
    const response = claim.accused && rng.chance(0.45) ? planResponse(story, claim.accused) : undefined
    const filler = rng.chance(0.6) ? ` ${fill(story, rng.pick(words.FILLERS))}` : ''
    paragraphs.push({
      parts: [
        tagged(`c${i}`, ...claim.parts),
        ...(response ? [' ', tagged(`r${i}`, ...response.parts)] : []),
        filler,
      ],
      claim,
      ...(response ? { response } : {}),
    })
  }
  const allParts: Part[] = [`${title}\n\nBy ${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}\n\n`]
  for (const [i, p] of paragraphs.entries()) {
    allParts.push(tagged(`p${i}`, ...p.parts), '\n\n')
  }
  const { text, spans } = compose(allParts, 0)
  const body = text.trimEnd()

  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  const outletSlug = story.publisher.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  const publishedOn = iso(day).slice(0, 10)
  const article: Row = {
    id: articleId,
    title,
    outletId: story.publisher.id,
    url: `https://${outletSlug}.example/${publishedOn.slice(0, 7).replace('-', '/')}/${slug}-${index}`,
    byline: `By ${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}`,
    publishedOn,
    language: 'en',
    createdBy: checker,
    createdAt: iso(importedAt),
    updatedAt: iso(importedAt),
  }
  out.articles.push(article)
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex')
  out.articleVersions.push({
    id: versionId,
    articleId,
    number: 1,
    body,
    sha256,
    sourceFormat: 'text',
    importedBy: checker,
    importedAt: iso(importedAt),
  })
  const event = <A extends AuditAction>(
    at: number,
    actorId: string | null,
    action: A,
    subjectType: AuditEventSubjects[A],
    subjectId: string,
    claimId: string | null,
    after: object,
    before: object | null = null,
  ) =>
    out.events.push({ occurredAt: iso(at), actorId, action, subjectType, subjectId, claimId, before, after })
  event(importedAt, checker, 'article.created', 'article', articleId, null, {
    id: articleId,
    title,
    outletId: story.publisher.id,
  })
  event(importedAt, checker, 'article_version.imported', 'article_version', versionId, null, {
    id: versionId,
    articleId,
    number: 1,
    sha256,
  })

  for (const [i, p] of paragraphs.entries()) {
    if (!p.claim) continue
    const plan = p.claim
    const n = i - 1
    const claimSpan = spans.get(`c${n}`)
    if (!claimSpan) throw new Error(`claim ${n} has no span`)
    // Tags repeat across claims (exact, cue0…), so each claim's tags are re-read from its own sentence.
    const own = compose(plan.parts, claimSpan.start)
    const exactSpan = own.spans.get('exact')
    if (!exactSpan) throw new Error('claim template without an exact span')
    const anchor = describeSelection(body, exactSpan.start, exactSpan.end)

    const claimId = rng.uuid()
    const createdAt = importedAt + rng.int(10, 60 * 24 * 5) * 60_000
    const status = STATUSES[rng.weighted(STATUS_WEIGHTS)] ?? 'draft'
    const path = STATUS_PATHS[status]
    const times = [createdAt]
    for (let s = 1; s < path.length; s++)
      times.push((times[s - 1] ?? createdAt) + rng.int(30, 60 * 24 * 20) * 60_000)
    const updatedAt = times.at(-1) ?? createdAt
    const isPublic = status === 'published' || status === 'corrected' || status === 'retracted'
    const rated = isPublic || (status === 'approved' && rng.chance(0.7))
    const verdictLabel =
      plan.kind === 'opinion' ? 'Not rated' : (VERDICTS[rng.weighted(VERDICT_WEIGHTS)] ?? 'Mixed')
    const verdictRatingId = rated ? (ctx.ratingIds.get(verdictLabel) ?? null) : null
    if (rated && !verdictRatingId) throw new Error(`the default rating scale has no “${verdictLabel}”`)
    const publishIndex = path.indexOf('published')
    const claim: Row = {
      id: claimId,
      articleId,
      articleVersionId: versionId,
      anchorStart: anchor.start,
      anchorEnd: anchor.end,
      anchorExact: anchor.exact,
      anchorPrefix: anchor.prefix,
      anchorSuffix: anchor.suffix,
      orphaned: false,
      statement: plan.statement,
      headline: shorten(plan.statement),
      claimantId: plan.claimant.id,
      kind: plan.kind,
      hedges: plan.hedges,
      status,
      verdictRatingId,
      rationale: rated ? rng.pick(words.RATIONALES) : null,
      createdBy: checker,
      assigneeId: status === 'draft' || status === 'changes_requested' ? checker : editor,
      publishedAt: publishIndex >= 0 ? iso(times[publishIndex] ?? updatedAt) : null,
      version: path.length,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    }
    out.claims.push(claim)
    event(createdAt, checker, 'claim.created', 'claim', claimId, claimId, {
      id: claimId,
      articleId,
      headline: claim.headline,
      kind: plan.kind,
      anchor: { start: anchor.start, end: anchor.end },
      status: 'draft',
      version: 1,
    })
    for (const subjectId of new Set(plan.subjects.map((e) => e.id)))
      out.claimSubjects.push({ claimId, entityId: subjectId })

    let t = createdAt
    const gradeChains: { hops: HopPlan[] }[] = []
    for (const [position, hops] of plan.chains.entries()) {
      const chainId = rng.uuid()
      t += 60_000
      out.attributionChains.push({ id: chainId, claimId, position, createdAt: iso(t), updatedAt: iso(t) })
      const hopRows = hops.map((hop, hopPosition) => {
        const cue = hop.cue ? own.spans.get(hop.cue) : undefined
        return {
          id: rng.uuid(),
          chainId,
          position: hopPosition,
          entityId: hop.entity.id,
          role: hop.role,
          named: hop.named,
          onRecord: hop.onRecord,
          access: hop.access,
          anonymityReasonGiven: hop.anonymityReasonGiven,
          cue: cue ? body.slice(cue.start, cue.end) : null,
          cueStart: cue?.start ?? null,
          cueEnd: cue?.end ?? null,
          createdAt: iso(t),
          updatedAt: iso(t),
        }
      })
      out.chainHops.push(...hopRows)
      gradeChains.push({ hops })
      event(t, checker, 'claim.chain_added', 'attribution_chain', chainId, claimId, {
        id: chainId,
        position,
        hops: hopRows.map((h) => ({ entityId: h.entityId, role: h.role, cue: h.cue })),
      })
    }

    let responseId: string | null = null
    const gradeResponses: {
      entity: PoolEntity
      stance: Of<typeof RESPONSE_STANCES>
      addressesPart: string | null
    }[] = []
    if (p.response && plan.accused) {
      const rSpan = spans.get(`r${n}`)
      const said = rSpan ? compose(p.response.parts, rSpan.start).spans.get('words') : undefined
      responseId = rng.uuid()
      t += 3_600_000
      const channel: Of<typeof REPLY_CHANNELS> = rng.pick(['email', 'phone', 'social_media', 'other'])
      out.responses.push({
        id: responseId,
        claimId,
        entityId: plan.accused.id,
        stance: p.response.stance,
        words: said ? body.slice(said.start, said.end) : null,
        wordsStart: said?.start ?? null,
        wordsEnd: said?.end ?? null,
        addressesPart: p.response.addressesPart,
        channel,
        respondedOn: iso(importedAt - rng.int(0, 3) * DAY).slice(0, 10),
        createdBy: checker,
        createdAt: iso(t),
        updatedAt: iso(t),
      })
      gradeResponses.push({
        entity: plan.accused,
        stance: p.response.stance,
        addressesPart: p.response.addressesPart,
      })
      event(t, checker, 'claim.response_added', 'response', responseId, claimId, {
        id: responseId,
        stance: p.response.stance,
      })
    }

    if (plan.accused && rng.chance(0.35)) {
      const id = rng.uuid()
      t += 600_000
      out.replyRequests.push({
        id,
        claimId,
        entityId: plan.accused.id,
        channel: rng.pick(['email', 'phone', 'letter'] as const),
        requestedAt: iso(t),
        deadline: iso(t + rng.int(1, 7) * DAY),
        note: rng.chance(0.3) ? 'Asked for a response to every point of the allegation.' : null,
        responseId,
        requestedBy: checker,
        createdAt: iso(t),
        updatedAt: iso(t),
      })
      event(t, checker, 'claim.reply_request_added', 'reply_request', id, claimId, {
        id,
        entityId: plan.accused.id,
      })
    }

    const gradeEvidence: { relation: Of<typeof EVIDENCE_RELATIONS>; title: string }[] = []
    const evidenceCount = rng.weighted([55, 35, 10])
    for (let e = 0; e < evidenceCount; e++) {
      const id = rng.uuid()
      const relation = rng.pick(['supports', 'refutes', 'context'] as const)
      const title = fill(story, rng.pick(words.EVIDENCE_TITLES))
      t += 600_000
      out.evidence.push({
        id,
        claimId,
        relation,
        url: rng.chance(0.8) ? `https://records.example/${rng.int(1_000, 999_999)}` : null,
        title,
        note: rng.chance(0.4) ? 'Page 4, second table.' : null,
        addedBy: checker,
        createdAt: iso(t),
        updatedAt: iso(t),
      })
      gradeEvidence.push({ relation, title })
      event(t, checker, 'claim.evidence_added', 'evidence', id, claimId, { id, relation, title })
    }

    if (status !== 'draft') {
      // The grade comes from the same pure rules the API uses.
      const grade = computeSourcingGrade({
        chains: gradeChains,
        responses: gradeResponses,
        hedges: plan.hedges,
        evidence: gradeEvidence,
      }).grade
      const id = rng.uuid()
      const at = (times[1] ?? createdAt) + 60_000
      const credibility = rng.pick(['1', '2', '3', '4', '5', '6'] as const)
      out.sourcingAssessments.push({
        id,
        claimId,
        informationCredibility: credibility,
        computedGrade: grade,
        assessedBy: editor,
        createdAt: iso(at),
        updatedAt: iso(at),
      })
      const origin = plan.chains[0]?.[0]
      const reliability = origin && rng.chance(0.5) ? rng.pick(['A', 'B', 'C', 'D', 'E', 'F'] as const) : null
      if (origin && reliability) {
        out.sourceReliabilityRatings.push({
          id: rng.uuid(),
          assessmentId: id,
          entityId: origin.entity.id,
          reliability,
          createdAt: iso(at),
          updatedAt: iso(at),
        })
      }
      event(at, editor, 'claim.sourcing_assessed', 'sourcing_assessment', id, claimId, {
        id,
        computedGrade: grade,
        informationCredibility: credibility,
        reliability: reliability ? [{ entityId: origin?.entity.id, level: reliability }] : [],
      })
    }

    // The workflow path replayed as events, so the claim's history and public changelog read true.
    for (let s = 1; s < path.length; s++) {
      const from = path[s - 1] ?? 'draft'
      const to = path[s] ?? 'draft'
      const transition = findTransitionBetween(from, to)
      if (!transition) throw new Error(`no transition ${from} → ${to}`)
      const at = times[s] ?? updatedAt
      const actor = transition.roles.includes('checker') ? checker : editor
      let extra: object = {}
      if (transition.action === 'request_changes') {
        const body = rng.pick(words.DESK_NOTES)
        out.claimNotes.push({ id: rng.uuid(), claimId, authorId: editor, body, createdAt: iso(at) })
        extra = { comment: body }
      }
      if (transition.action === 'correct' || transition.action === 'retract') {
        const correction =
          transition.action === 'retract'
            ? {
                whatChanged: 'Claim retracted: the anchor misquoted the article',
                reason: 'Error in transcription',
              }
            : rng.pick(words.CORRECTIONS)
        out.claimCorrections.push({
          id: rng.uuid(),
          claimId,
          kind: transition.action === 'retract' ? 'retraction' : 'correction',
          ...correction,
          issuedBy: editor,
          issuedAt: iso(at),
        })
        extra = correction
      }
      event(
        at,
        actor,
        `claim.${transition.action}`,
        'claim',
        claimId,
        claimId,
        { status: to, version: s + 1, ...extra },
        { status: from, version: s },
      )
    }
  }
  return out
}

/** Total rows across tables. */
export function countRows(rows: Rows): number {
  return GENERATED_TABLES.reduce((sum, t) => sum + rows[t].length, 0)
}
