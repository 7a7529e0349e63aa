import {
  type ChangelogEntry,
  type ClaimReview,
  type ClaimReviewFeed,
  type ClaimReviewFeedQuery,
  INFORMATION_CREDIBILITY_LEVELS,
  type Methodology,
  type OtherAppearance,
  type PublicClaimDetail,
  type PublicClaimFilters,
  type PublicClaimList,
  type PublicClaimListQuery,
  type PublicClaimSummary,
  type PublicEntityPage,
  SOURCE_RELIABILITY_LEVELS,
  type WebAnnotation,
} from '@claimtrail/contracts'
import {
  ADJUSTMENT_RULES,
  type ClaimAppearance,
  claimPageUrl,
  GRADE_ORDER,
  GRADE_RULES,
  SOURCING_GRADE_DESCRIPTIONS,
  toClaimReview,
  toClaimReviewFeed,
  toWebAnnotation,
} from '@claimtrail/core'
import { type Db, schema } from '@claimtrail/db'
import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm'
import { GoneError, NotFoundError } from '../../errors.ts'
import { explainSourcing } from '../claims/sourcing-input.ts'
import { createPublicClaimsQuery, entityRef, toArticleRef, toVerdict } from './public-claims-query.ts'
import { entityAppearsInPublicClaim, publicClaimsOnly } from './public-filter.ts'

const { claims, claimSubjects, articles, entities, events, ratings, ratingScales, responses } = schema

export interface PublicLedgerDeps {
  db: Db
  /** Where readers reach the ledger (config PUBLIC_BASE_URL), for absolute links. */
  baseUrl: string
  /** The desk's name (config PUBLIC_ORG_NAME). */
  orgName: string
}

/** The workflow events the public changelog and the Atom feed are made of. */
export const PUBLIC_EVENT_ACTIONS = ['claim.publish', 'claim.correct', 'claim.retract'] as const
const CHANGE_KIND = {
  'claim.publish': 'published',
  'claim.correct': 'corrected',
  'claim.retract': 'retracted',
} as const satisfies Record<(typeof PUBLIC_EVENT_ACTIONS)[number], ChangelogEntry['kind']>

/** How much of the article text to show either side of a quote. */
const CONTEXT_CHARS = 400

/** The IFCN Code of Principles asks for a public corrections policy. */
const CORRECTIONS_POLICY = [
  'A published review is never edited in place. When we get something wrong, we publish a correction that says what changed, why, and when; the claim page and its changelog keep every version of the verdict.',
  'A correction that changes the verdict shows the verdict before and after.',
  'A review we can no longer stand behind is retracted, not deleted: it stays in the ledger, marked as retracted, with the reason.',
  'Corrections and retractions appear in the Atom feed at /ledger/feed.atom, next to new publications. A correction updates the ClaimReview markup (dateModified); a retraction withdraws it, and the claim page keeps the retraction note.',
  'Anyone may ask for a correction by writing to the desk with the claim’s address and what they believe is wrong; we answer every request.',
]

const str = (value: unknown) => (typeof value === 'string' ? value : null)
const field = (json: unknown, key: string) =>
  json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined

/** Up to `max` characters of `text` before/after a span, cut at a paragraph or a word. */
export function surroundingText(text: string, start: number, end: number, max = CONTEXT_CHARS) {
  let from = Math.max(0, start - max)
  const paragraph = text.lastIndexOf('\n\n', start)
  if (paragraph >= from) from = paragraph + 2
  else if (from > 0) from = text.indexOf(' ', from) + 1 || from
  let to = Math.min(text.length, end + max)
  const nextParagraph = text.indexOf('\n\n', end)
  if (nextParagraph !== -1 && nextParagraph <= to) to = nextParagraph
  else if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to
  return { before: text.slice(from, start), after: text.slice(end, to) }
}

/**
 * The public claim ledger: everything anyone may read without logging in. Every query
 * here goes through publicClaimsOnly(); an unknown and an unpublished id are the same 404.
 */
export function createPublicLedgerService({ db, baseUrl, orgName }: PublicLedgerDeps) {
  const query = createPublicClaimsQuery(db, baseUrl)
  const notFound = () => new NotFoundError('Claim')

  async function list(q: PublicClaimListQuery): Promise<PublicClaimList> {
    const { limit, cursor, ...filters } = q
    return query.page(await query.filtersToSql(filters), limit, cursor)
  }

  /** Every claim matching the filters, newest first, for the CSV export. Filters are checked first. */
  async function exportAll(filters: PublicClaimFilters): Promise<AsyncGenerator<PublicClaimSummary>> {
    return query.all(await query.filtersToSql(filters), 500)
  }

  // The claim page's queries are built once and reused (bench/README.md, finding 8).
  const publicClaimById = db.query.claims
    .findFirst({
      where: and(eq(claims.id, sql.placeholder('id')), publicClaimsOnly()),
      with: {
        claimant: true,
        verdict: true,
        article: { with: { outlet: true } },
        articleVersion: true,
        assessment: { with: { sourceRatings: { with: { entity: true } } } },
        subjects: { with: { entity: true } },
        chains: {
          orderBy: (c, { asc }) => [asc(c.position)],
          with: { hops: { orderBy: (h, { asc }) => [asc(h.position)], with: { entity: true } } },
        },
        responses: {
          orderBy: (r, { asc, sql }) => [sql`${r.wordsStart} asc nulls last`, asc(r.createdAt), asc(r.id)],
          with: { entity: true },
        },
        evidence: { orderBy: (e, { asc }) => [asc(e.createdAt), asc(e.id)] },
        corrections: { orderBy: (c, { asc }) => [asc(c.issuedAt), asc(c.id)] },
      },
    })
    .prepare('public_claim_by_id')

  async function loadPublicClaim(claimId: string) {
    const row = await publicClaimById.execute({ id: claimId })
    if (!row?.verdict || !row.publishedAt) throw notFound()
    return { ...row, verdict: row.verdict, publishedAt: row.publishedAt }
  }
  type PublicClaimRow = Awaited<ReturnType<typeof loadPublicClaim>>

  const publicEventsOfClaim = db
    .select({
      action: events.action,
      occurredAt: events.occurredAt,
      before: events.before,
      after: events.after,
    })
    .from(events)
    .where(
      and(eq(events.claimId, sql.placeholder('claimId')), inArray(events.action, [...PUBLIC_EVENT_ACTIONS])),
    )
    .orderBy(asc(events.id))
    .prepare('public_events_of_claim')

  /** Publication, corrections and retraction, oldest first, from the audit log and the corrections. */
  async function changelog(claim: PublicClaimRow): Promise<ChangelogEntry[]> {
    const rows = await publicEventsOfClaim.execute({ claimId: claim.id })
    const ratingIds = rows
      .flatMap((e) => [str(field(e.before, 'verdictRatingId')), str(field(e.after, 'verdictRatingId'))])
      .filter((id): id is string => id !== null)
    const labels = new Map(
      ratingIds.length === 0
        ? []
        : (
            await db
              .select({ id: ratings.id, label: ratings.label })
              .from(ratings)
              .where(inArray(ratings.id, [...new Set(ratingIds)]))
          ).map((r) => [r.id, r.label]),
    )
    const labelOf = (json: unknown) => labels.get(str(field(json, 'verdictRatingId')) ?? '') ?? null
    const corrections = [...claim.corrections]
    const entries: ChangelogEntry[] = []
    if (!rows.some((e) => e.action === 'claim.publish')) {
      entries.push({
        kind: 'published',
        at: claim.publishedAt.toISOString(),
        verdict: null,
        previousVerdict: null,
        whatChanged: null,
        reason: null,
      })
    }
    for (const e of rows) {
      const kind = CHANGE_KIND[e.action as keyof typeof CHANGE_KIND]
      const after = labelOf(e.after)
      const before = labelOf(e.before)
      // Corrections and retractions each wrote one row in claim_corrections, in the same order.
      const correction = kind === 'published' ? undefined : corrections.shift()
      entries.push({
        kind,
        at: e.occurredAt.toISOString(),
        verdict: after,
        previousVerdict: before && after && before !== after ? before : null,
        whatChanged: correction?.whatChanged ?? str(field(e.after, 'whatChanged')),
        reason: correction?.reason ?? str(field(e.after, 'reason')),
      })
    }
    for (const c of corrections) {
      entries.push({
        kind: c.kind === 'retraction' ? 'retracted' : 'corrected',
        at: c.issuedAt.toISOString(),
        verdict: null,
        previousVerdict: null,
        whatChanged: c.whatChanged,
        reason: c.reason,
      })
    }
    // Events written before verdicts were recorded in them say nothing of it: such an entry shows
    // the verdict in force since the last entry that did (or the current one).
    let inForce: string | null = null
    return entries.map((entry) => {
      inForce = entry.verdict ?? inForce
      return { ...entry, verdict: inForce ?? claim.verdict.label }
    })
  }

  const sameClaimElsewhere = db.query.claims
    .findMany({
      where: and(
        publicClaimsOnly(),
        ne(claims.articleId, sql.placeholder('articleId')),
        or(
          // The same expressions as the indexes claims_{headline,statement}_key_idx.
          sql`${schema.claimTextKey(claims.headline)} = ${schema.claimTextKey(sql`${sql.placeholder('headline')}::text`)}`,
          sql`${schema.claimTextKey(claims.statement)} = ${schema.claimTextKey(sql`${sql.placeholder('statement')}::text`)}`,
        ),
      ),
      orderBy: [desc(claims.publishedAt), asc(claims.id)],
      limit: 50,
      with: { verdict: true, article: { with: { outlet: true } } },
    })
    .prepare('public_same_claim_elsewhere')

  /** The same claim (normalised headline or statement) marked in other articles; public only. */
  async function otherAppearances(claim: PublicClaimRow): Promise<OtherAppearance[]> {
    const rows = await sameClaimElsewhere.execute({
      articleId: claim.articleId,
      headline: claim.headline,
      statement: claim.statement,
    })
    return rows.flatMap((r) =>
      r.verdict && r.publishedAt
        ? [
            {
              claimId: r.id,
              headline: r.headline,
              verdict: toVerdict(r.verdict),
              article: toArticleRef(r.article),
              publishedAt: r.publishedAt.toISOString(),
            },
          ]
        : [],
    )
  }

  async function get(claimId: string): Promise<PublicClaimDetail> {
    const c = await loadPublicClaim(claimId)
    const [log, appearances] = await Promise.all([changelog(c), otherAppearances(c)])
    const body = c.articleVersion.body
    const chains = c.chains.map((chain) => ({
      id: chain.id,
      version: chain.version,
      position: chain.position,
      hops: chain.hops.map((h) => ({
        id: h.id,
        position: h.position,
        entity: entityRef(h.entity),
        role: h.role,
        named: h.named,
        onRecord: h.onRecord,
        access: h.access,
        anonymityReasonGiven: h.anonymityReasonGiven,
        cue: h.cue,
        cueStart: h.cueStart,
        cueEnd: h.cueEnd,
      })),
    }))
    const explanation = explainSourcing({
      hedges: c.hedges,
      chains,
      responses: c.responses.map((r) => ({
        entity: entityRef(r.entity),
        stance: r.stance,
        addressesPart: r.addressesPart,
      })),
      evidence: c.evidence,
    })
    const assessment = c.assessment
    return {
      id: c.id,
      url: claimPageUrl(baseUrl, c.id),
      status: c.status as PublicClaimDetail['status'],
      kind: c.kind,
      headline: c.headline,
      statement: c.statement,
      claimant: c.claimant ? entityRef(c.claimant) : null,
      subjects: c.subjects.map((s) => entityRef(s.entity)),
      verdict: toVerdict(c.verdict),
      sourcingGrade: assessment?.overrideGrade ?? explanation.computedGrade,
      article: { ...toArticleRef(c.article), byline: c.article.byline, language: c.article.language },
      publishedAt: c.publishedAt.toISOString(),
      hedges: c.hedges,
      quote: {
        exact: c.anchorExact,
        prefix: c.anchorPrefix,
        suffix: c.anchorSuffix,
        start: c.anchorStart,
        end: c.anchorEnd,
        articleVersionId: c.articleVersionId,
        versionNumber: c.articleVersion.number,
        ...surroundingText(body, c.anchorStart, c.anchorEnd),
      },
      chains,
      responses: c.responses.map((r) => ({
        id: r.id,
        entity: entityRef(r.entity),
        stance: r.stance,
        words: r.words,
        addressesPart: r.addressesPart,
        channel: r.channel,
        respondedOn: r.respondedOn,
      })),
      evidence: c.evidence.map((e) => ({
        id: e.id,
        relation: e.relation,
        url: e.url,
        title: e.title,
        note: e.note,
      })),
      rationale: c.rationale,
      sourcing: {
        grade: assessment?.overrideGrade ?? explanation.computedGrade,
        computedGrade: explanation.computedGrade,
        baseGrade: explanation.baseGrade,
        overrideReason: assessment?.overrideGrade ? assessment.overrideReason : null,
        reasons: explanation.reasons,
        sharedOrigins: explanation.sharedOrigins,
        informationCredibility: assessment?.informationCredibility ?? null,
        sourceReliability: (assessment?.sourceRatings ?? []).map((r) => ({
          entity: entityRef(r.entity),
          reliability: r.reliability,
        })),
      },
      changelog: log,
      otherAppearances: appearances,
    }
  }

  /** The highest and lowest ratingValue of a scale's ratings in use (schema.org best/worstRating). */
  async function scaleBounds(ratingId: string) {
    const [bounds] = await db
      .select({
        best: sql<number | null>`max(${ratings.ratingValue})`.mapWith(Number),
        worst: sql<number | null>`min(${ratings.ratingValue})`.mapWith(Number),
      })
      .from(ratings)
      .where(
        and(
          sql`${ratings.scaleId} = (select ${ratings.scaleId} from ${ratings} where ${ratings.id} = ${ratingId})`,
          or(isNull(ratings.retiredAt), eq(ratings.id, ratingId)),
        ),
      )
    const valid = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : null)
    return { bestRating: valid(bounds?.best), worstRating: valid(bounds?.worst) }
  }

  async function claimReviewOf(c: PublicClaimRow): Promise<ClaimReview> {
    const appearances = await otherAppearances(c)
    const here: ClaimAppearance = {
      url: c.article.url,
      title: c.article.title,
      publishedOn: c.article.publishedOn,
      outlet: c.article.outlet?.name ?? null,
    }
    const seen = new Set([c.articleId])
    const others = appearances.flatMap((a) => {
      if (seen.has(a.article.id)) return []
      seen.add(a.article.id)
      return [
        {
          url: a.article.url,
          title: a.article.title,
          publishedOn: a.article.publishedOn,
          outlet: a.article.outlet?.name ?? null,
        },
      ]
    })
    const lastChange = c.corrections.at(-1)?.issuedAt
    return toClaimReview(
      {
        id: c.id,
        headline: c.headline,
        publishedAt: c.publishedAt.toISOString(),
        modifiedAt: lastChange?.toISOString() ?? null,
        verdict: { label: c.verdict.label, ratingValue: c.verdict.ratingValue },
        scale: await scaleBounds(c.verdict.id),
        rationale: c.rationale,
        claimant: c.claimant
          ? { name: c.claimant.name, kind: c.claimant.kind, wikidataId: c.claimant.wikidataId }
          : null,
        appearances: [here, ...others],
      },
      { orgName, baseUrl },
    )
  }

  /**
   * A retracted review no longer rates the claim, so it has no ClaimReview (search engines would
   * keep showing the withdrawn verdict); its page keeps the claim and the retraction note.
   */
  async function claimReview(claimId: string): Promise<ClaimReview> {
    const c = await loadPublicClaim(claimId)
    if (c.status === 'retracted') {
      throw new GoneError(
        'This claim review was retracted: it no longer rates the claim (see its page for why)',
      )
    }
    return claimReviewOf(c)
  }

  /** A page of the DataFeed of every ClaimReview, newest first; `nextCursor` for the Link header. */
  async function claimReviewFeed(
    q: ClaimReviewFeedQuery,
  ): Promise<{ feed: ClaimReviewFeed; nextCursor: string | null }> {
    // Retracted reviews leave the feed as they leave the claim page's markup (claimReview above).
    const page = await query.page(sql`${claims.status} <> 'retracted'`, q.limit, q.cursor)
    const reviews: ClaimReview[] = []
    for (const item of page.items) reviews.push(await claimReviewOf(await loadPublicClaim(item.id)))
    const [latest] = await db
      .select({ at: sql<string>`max(${events.occurredAt})` })
      .from(events)
      .innerJoin(claims, eq(claims.id, events.claimId))
      .where(and(publicClaimsOnly(), inArray(events.action, [...PUBLIC_EVENT_ACTIONS])))
    const dateModified = latest?.at ? new Date(latest.at).toISOString() : new Date(0).toISOString()
    return {
      feed: toClaimReviewFeed(reviews, {
        orgName,
        baseUrl,
        name: `${orgName}: claim reviews`,
        url: `${baseUrl}/api/v1/public/claimreview`,
        dateModified,
      }),
      nextCursor: page.nextCursor,
    }
  }

  async function annotation(claimId: string): Promise<WebAnnotation> {
    const c = await loadPublicClaim(claimId)
    return toWebAnnotation({
      id: `${baseUrl}/api/v1/public/claims/${c.id}/annotation`,
      anchor: {
        start: c.anchorStart,
        end: c.anchorEnd,
        exact: c.anchorExact,
        prefix: c.anchorPrefix,
        suffix: c.anchorSuffix,
      },
      // The article's own address when it has one; the selectors' offsets are into the text
      // version taken at sourceDate.
      source: c.article.url ?? `${baseUrl}/api/v1/articles/${c.articleId}`,
      sourceDate: c.articleVersion.importedAt.toISOString(),
      created: c.publishedAt.toISOString(),
      statement: c.statement,
      verdict: c.verdict.label,
      language: c.article.language,
      creator: orgName,
    })
  }

  /** A person, organisation or outlet, with the public claims about and by it. */
  async function entity(entityId: string): Promise<PublicEntityPage> {
    let row = await db.query.entities.findFirst({ where: eq(entities.id, entityId) })
    // A merged duplicate answers as the entity that absorbed it.
    for (let hops = 0; row?.mergedIntoId && hops < 5; hops++) {
      const into: string = row.mergedIntoId
      row = await db.query.entities.findFirst({ where: eq(entities.id, into) })
    }
    if (!row) throw new NotFoundError('Entity')
    const visible = await db
      .select({ id: entities.id })
      .from(entities)
      .where(and(eq(entities.id, row.id), entityAppearsInPublicClaim(row.id)))
    if (visible.length === 0) throw new NotFoundError('Entity')
    const id = row.id
    const about = await query.page(
      sql`exists (select 1 from ${claimSubjects} where ${claimSubjects.claimId} = ${claims.id} and ${claimSubjects.entityId} = ${id})`,
      100,
    )
    const by = await query.page(
      or(
        eq(claims.claimantId, id),
        inArray(
          claims.articleId,
          db.select({ id: articles.id }).from(articles).where(eq(articles.outletId, id)),
        ),
      ),
      100,
    )
    const said = await db
      .select({
        claimId: claims.id,
        headline: claims.headline,
        stance: responses.stance,
        words: responses.words,
        addressesPart: responses.addressesPart,
        verdict: {
          label: ratings.label,
          description: ratings.description,
          colour: ratings.colour,
          ratingValue: ratings.ratingValue,
        },
      })
      .from(responses)
      .innerJoin(claims, eq(claims.id, responses.claimId))
      .innerJoin(ratings, eq(ratings.id, claims.verdictRatingId))
      .where(and(eq(responses.entityId, id), publicClaimsOnly()))
      .orderBy(desc(claims.publishedAt), asc(responses.id))
      .limit(200)
    return {
      entity: {
        id: row.id,
        name: row.name,
        kind: row.kind,
        aliases: row.aliases,
        wikidataId: row.wikidataId,
      },
      about: about.items,
      by: by.items,
      responses: said.map((r) => ({
        claim: { id: r.claimId, headline: r.headline, verdict: toVerdict(r.verdict) },
        stance: r.stance,
        words: r.words,
        addressesPart: r.addressesPart,
      })),
    }
  }

  async function methodology(): Promise<Methodology> {
    const scale = await db.query.ratingScales.findFirst({
      orderBy: [desc(ratingScales.isDefault), asc(ratingScales.createdAt)],
      with: { ratings: { where: isNull(ratings.retiredAt), orderBy: [asc(ratings.position)] } },
    })
    const values = (scale?.ratings ?? []).map((r) => r.ratingValue).filter((v): v is number => v !== null)
    return {
      ratingScale: {
        name: scale?.name ?? 'No rating scale',
        description: scale?.description ?? null,
        bestRating: values.length > 0 ? Math.max(...values) : null,
        worstRating: values.length > 0 ? Math.min(...values) : null,
        ratings: (scale?.ratings ?? []).map(toVerdict),
      },
      sourcingGrades: GRADE_ORDER.map((grade) => ({
        grade,
        description: SOURCING_GRADE_DESCRIPTIONS[grade],
        rules: GRADE_RULES.filter((r) => r.grade === grade).map((r) => ({
          id: r.id,
          description: r.description,
        })),
      })),
      adjustments: ADJUSTMENT_RULES.map((r) => ({ id: r.id, effect: r.effect, description: r.description })),
      admiralty: {
        sourceReliability: SOURCE_RELIABILITY_LEVELS.map((l) => ({ ...l })),
        informationCredibility: INFORMATION_CREDIBILITY_LEVELS.map((l) => ({ ...l })),
      },
      correctionsPolicy: CORRECTIONS_POLICY,
    }
  }

  /** The latest publications, corrections and retractions, newest first, for the Atom feed. */
  async function recentChanges(limit = 50) {
    const rows = await db
      .select({
        eventId: events.id,
        action: events.action,
        occurredAt: events.occurredAt,
        after: events.after,
        claimId: claims.id,
        headline: claims.headline,
        statement: claims.statement,
        rationale: claims.rationale,
        verdict: ratings.label,
      })
      .from(events)
      .innerJoin(claims, eq(claims.id, events.claimId))
      .innerJoin(ratings, eq(ratings.id, claims.verdictRatingId))
      .where(and(publicClaimsOnly(), inArray(events.action, [...PUBLIC_EVENT_ACTIONS])))
      .orderBy(desc(events.id))
      .limit(limit)
    return rows.map((r) => ({
      id: r.eventId,
      kind: CHANGE_KIND[r.action as keyof typeof CHANGE_KIND],
      at: r.occurredAt.toISOString(),
      claimId: r.claimId,
      url: claimPageUrl(baseUrl, r.claimId),
      headline: r.headline,
      statement: r.statement,
      rationale: r.rationale,
      verdict: r.verdict,
      whatChanged: str(field(r.after, 'whatChanged')),
      reason: str(field(r.after, 'reason')),
    }))
  }

  return {
    list,
    exportAll,
    get,
    claimReview,
    claimReviewFeed,
    annotation,
    entity,
    methodology,
    recentChanges,
  }
}

export type PublicLedgerService = ReturnType<typeof createPublicLedgerService>
