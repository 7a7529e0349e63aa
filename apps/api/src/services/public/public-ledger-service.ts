import { createHash } from 'node:crypto'
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
import { type Db, schema, type Tx } from '@claimtrail/db'
import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { GoneError, NotFoundError } from '../../errors.ts'
import {
  createPublicClaimsQuery,
  mentions,
  type RecordedSummary,
  recordedSummary,
  toSummary,
  toVerdict,
} from './public-claims-query.ts'
import type { PublicationRecord, RecordedEntity } from './publication-record.ts'

const {
  articleVersions,
  claims,
  claimCorrections,
  entities,
  events,
  publishedClaims: pc,
  ratings,
  ratingScales,
} = schema

export interface PublicLedgerDeps {
  db: Db
  /** Where readers reach the ledger (config PUBLIC_BASE_URL), for absolute links. */
  baseUrl: string
  /** The desk's name (config PUBLIC_ORG_NAME). */
  orgName: string
}

/** The public address of an article version's text (the Web Annotation's target.source). */
export const articleTextUrl = (baseUrl: string, articleId: string, versionId: string) =>
  `${baseUrl}/api/v1/public/articles/${articleId}/versions/${versionId}/text`

/** The workflow events the public changelog and the Atom feed are made of. */
export const PUBLIC_EVENT_ACTIONS = ['claim.publish', 'claim.correct', 'claim.retract'] as const
const CHANGE_KIND = {
  'claim.publish': 'published',
  'claim.correct': 'corrected',
  'claim.retract': 'retracted',
} as const satisfies Record<(typeof PUBLIC_EVENT_ACTIONS)[number], ChangelogEntry['kind']>

/** The IFCN Code of Principles asks for a public corrections policy. */
const CORRECTIONS_POLICY = [
  'A published review is never edited in place. When we get something wrong, we publish a correction that says what changed, why, and when; the claim page and its changelog keep every version of the verdict.',
  'A correction that changes the verdict shows the verdict before and after.',
  'A review we can no longer stand behind is retracted, not deleted: it stays in the ledger, marked as retracted, with the reason.',
  'Corrections and retractions appear in the Atom feed at /ledger/feed.atom, next to new publications. A correction updates the ClaimReview markup (dateModified); a retraction withdraws it, and the claim page keeps the retraction note.',
  'A retracted review keeps its W3C Web Annotation, since the claim stays in the ledger, but the annotation no longer assesses the claim: it carries no verdict, only a comment that the review was retracted and why.',
  'What we publish about a claim is frozen: a later edit of the article, or a change of name of a person or organisation, reaches a published claim only through a correction. When the article was edited after our check and we keep the check as it was, the claim page says so, with the date.',
  'Anyone may ask for a correction by writing to the desk with the claim’s address and what they believe is wrong; we answer every request.',
]

const str = (value: unknown) => (typeof value === 'string' ? value : null)
const field = (json: unknown, key: string) =>
  json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined

/** A claim's published record, as read in a ledger answer's snapshot. */
interface Published {
  claimId: string
  articleId: string
  record: PublicationRecord
}

/**
 * The public claim ledger: everything anyone may read without logging in. It reads only
 * the records editors' acts wrote (published_claims, docs/decisions/019-publication-snapshots.md),
 * never the working rows checkers edit; an unknown and an unpublished id are the same 404.
 *
 * Every answer is read in one snapshot: a read-only REPEATABLE READ transaction around all of its
 * statements, so a page read while an editor corrects the claim shows the claim before or after the
 * correction, never the headline of one beside the changelog of the other (and such a torn page
 * would be cached for a minute).
 */
export function createPublicLedgerService({ db, baseUrl, orgName }: PublicLedgerDeps) {
  const notFound = () => new NotFoundError('Claim')

  function inSnapshot<T>(read: (tx: Tx) => Promise<T>): Promise<T> {
    return db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' })
  }

  async function list(q: PublicClaimListQuery): Promise<PublicClaimList> {
    const { limit, cursor, ...filters } = q
    return inSnapshot(async (tx) => {
      const query = createPublicClaimsQuery(tx, baseUrl)
      return query.page(await query.filtersToSql(filters), limit, cursor)
    })
  }

  /**
   * Every claim matching the filters, newest first, for the CSV export: checked and read in one
   * snapshot before the first byte is sent, so a bad filter is still a 400.
   */
  async function exportAll(
    filters: PublicClaimFilters,
  ): Promise<{ rows: AsyncGenerator<PublicClaimSummary>; digest: string }> {
    const rows = await inSnapshot(async (tx) => {
      const query = createPublicClaimsQuery(tx, baseUrl)
      return query.all(await query.filtersToSql(filters))
    })
    // The export is a function of these rows alone: their digest stands for its bytes (the ETag of
    // a body that streams), and stays the same through writes that change nothing public.
    const hash = createHash('sha256')
    for (const row of rows) hash.update(JSON.stringify(row)).update('\n')
    return {
      digest: hash.digest('base64url').slice(0, 32),
      rows: (async function* () {
        yield* rows
      })(),
    }
  }

  async function loadPublished(tx: Tx, claimId: string): Promise<Published> {
    const [row] = await tx
      .select({ claimId: pc.claimId, articleId: pc.articleId, record: pc.record })
      .from(pc)
      .where(eq(pc.claimId, claimId))
    if (!row) throw notFound()
    return { ...row, record: row.record as PublicationRecord }
  }

  /** Publication, corrections and retraction, oldest first, from the audit log and the corrections. */
  async function changelog(tx: Tx, claim: Published): Promise<ChangelogEntry[]> {
    const rows = await tx
      .select({
        action: events.action,
        occurredAt: events.occurredAt,
        before: events.before,
        after: events.after,
      })
      .from(events)
      .where(and(eq(events.claimId, claim.claimId), inArray(events.action, [...PUBLIC_EVENT_ACTIONS])))
      .orderBy(asc(events.id))
    const ratingIds = rows
      .flatMap((e) => [str(field(e.before, 'verdictRatingId')), str(field(e.after, 'verdictRatingId'))])
      .filter((id): id is string => id !== null)
    const labels = new Map(
      ratingIds.length === 0
        ? []
        : (
            await tx
              .select({ id: ratings.id, label: ratings.label })
              .from(ratings)
              .where(inArray(ratings.id, [...new Set(ratingIds)]))
          ).map((r) => [r.id, r.label]),
    )
    const labelOf = (json: unknown) => labels.get(str(field(json, 'verdictRatingId')) ?? '') ?? null
    const corrections = await tx
      .select()
      .from(claimCorrections)
      .where(eq(claimCorrections.claimId, claim.claimId))
      .orderBy(asc(claimCorrections.issuedAt), asc(claimCorrections.id))
    const { detail } = claim.record
    const entries: ChangelogEntry[] = []
    if (!rows.some((e) => e.action === 'claim.publish')) {
      entries.push({
        kind: 'published',
        at: detail.publishedAt,
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
    // the verdict in force since the last entry that did (or the published one).
    let inForce: string | null = null
    return entries.map((entry) => {
      inForce = entry.verdict ?? inForce
      return { ...entry, verdict: inForce ?? detail.verdict.label }
    })
  }

  /**
   * The same claim (normalised headline or statement) published about other articles, for each of
   * `published` in one statement (a DataFeed page costs no query per review): at most 50 each,
   * newest first.
   */
  async function otherAppearancesOf(tx: Tx, published: Published[]): Promise<Map<string, OtherAppearance[]>> {
    const found = new Map<string, OtherAppearance[]>(published.map((p) => [p.claimId, []]))
    if (published.length === 0) return found
    const mine = alias(pc, 'mine')
    // Matched on the claims' own texts, where the key indexes are: a public claim's headline and
    // statement change only by a correction, which rewrites its record in the same transaction.
    const rows = await tx
      .select({ forId: mine.claimId, summary: recordedSummary })
      .from(mine)
      .innerJoin(pc, ne(pc.articleId, mine.articleId))
      .innerJoin(claims, eq(claims.id, pc.claimId))
      .where(
        and(
          inArray(
            mine.claimId,
            published.map((p) => p.claimId),
          ),
          or(
            sql`${schema.claimTextKey(claims.headline)} = ${schema.claimTextKey(sql`${mine.headline}`)}`,
            sql`${schema.claimTextKey(claims.statement)} = ${schema.claimTextKey(sql`${mine.statement}`)}`,
          ),
        ),
      )
      .orderBy(asc(mine.claimId), desc(pc.publishedAt), asc(pc.claimId))
    for (const { forId, summary: s } of rows as { forId: string; summary: RecordedSummary }[]) {
      const list = found.get(forId)
      if (!list || list.length >= 50) continue
      const summary = toSummary(baseUrl, s)
      list.push({
        claimId: summary.id,
        headline: summary.headline,
        verdict: summary.verdict,
        article: summary.article,
        publishedAt: summary.publishedAt,
      })
    }
    return found
  }

  async function otherAppearances(tx: Tx, claim: Published): Promise<OtherAppearance[]> {
    return (await otherAppearancesOf(tx, [claim])).get(claim.claimId) ?? []
  }

  function detailOf(
    claim: Published,
    log: ChangelogEntry[],
    appearances: OtherAppearance[],
  ): PublicClaimDetail {
    const d = claim.record.detail
    return {
      ...toSummary(baseUrl, d),
      article: { ...toSummary(baseUrl, d).article, byline: d.article.byline, language: d.article.language },
      hedges: d.hedges,
      quote: d.quote,
      articleEdited: d.articleEdited ?? null,
      chains: d.chains,
      responses: d.responses,
      evidence: d.evidence,
      rationale: d.rationale,
      sourcing: d.sourcing,
      changelog: log,
      otherAppearances: appearances,
    }
  }

  async function get(claimId: string): Promise<PublicClaimDetail> {
    return inSnapshot(async (tx) => {
      const claim = await loadPublished(tx, claimId)
      return detailOf(claim, await changelog(tx, claim), await otherAppearances(tx, claim))
    })
  }

  /**
   * The claim page: the claim and its ClaimReview (none once retracted) from one snapshot, the
   * other appearances read once for both.
   */
  async function claimPage(
    claimId: string,
  ): Promise<{ claim: PublicClaimDetail; review: ClaimReview | null }> {
    return inSnapshot(async (tx) => {
      const claim = await loadPublished(tx, claimId)
      const appearances = await otherAppearances(tx, claim)
      return {
        claim: detailOf(claim, await changelog(tx, claim), appearances),
        review: claim.record.detail.status === 'retracted' ? null : claimReviewOf(claim, appearances),
      }
    })
  }

  function claimReviewOf(claim: Published, appearances: OtherAppearance[]): ClaimReview {
    const { detail: d, claimReview: cr } = claim.record
    const here: ClaimAppearance = {
      url: d.article.url,
      title: d.article.title,
      publishedOn: d.article.publishedOn,
      outlet: d.article.outlet?.name ?? null,
    }
    const seen = new Set([claim.articleId])
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
    return toClaimReview(
      {
        id: d.id,
        headline: d.headline,
        publishedAt: d.publishedAt,
        modifiedAt: cr.modifiedAt,
        verdict: { label: d.verdict.label, ratingValue: d.verdict.ratingValue },
        scale: cr.scale,
        rationale: d.rationale,
        claimant: cr.claimant,
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
    return inSnapshot(async (tx) => {
      const claim = await loadPublished(tx, claimId)
      if (claim.record.detail.status === 'retracted') {
        throw new GoneError(
          'This claim review was retracted: it no longer rates the claim (see its page for why)',
        )
      }
      return claimReviewOf(claim, await otherAppearances(tx, claim))
    })
  }

  /** A page of the DataFeed of every ClaimReview, newest first; `nextCursor` for the Link header. */
  async function claimReviewFeed(
    q: ClaimReviewFeedQuery,
  ): Promise<{ feed: ClaimReviewFeed; nextCursor: string | null }> {
    return inSnapshot(async (tx) => {
      // Retracted reviews leave the feed as they leave the claim page's markup (claimReview above).
      const page = await createPublicClaimsQuery(tx, baseUrl).page(
        ne(pc.status, 'retracted'),
        q.limit,
        q.cursor,
      )
      const ids = page.items.map((i) => i.id)
      const rows =
        ids.length === 0
          ? []
          : await tx
              .select({ claimId: pc.claimId, articleId: pc.articleId, record: pc.record })
              .from(pc)
              .where(inArray(pc.claimId, ids))
      const byId = new Map(rows.map((r) => [r.claimId, { ...r, record: r.record as PublicationRecord }]))
      const published = ids.flatMap((id) => byId.get(id) ?? [])
      const appearances = await otherAppearancesOf(tx, published)
      const entries = published.map((claim) => ({
        review: claimReviewOf(claim, appearances.get(claim.claimId) ?? []),
        createdAt: claim.record.detail.publishedAt,
        modifiedAt: claim.record.claimReview.modifiedAt,
      }))
      const [latest] = await tx
        .select({ at: sql<string>`max(${events.occurredAt})` })
        .from(events)
        .innerJoin(pc, eq(pc.claimId, events.claimId))
        .where(inArray(events.action, [...PUBLIC_EVENT_ACTIONS]))
      const dateModified = latest?.at ? new Date(latest.at).toISOString() : new Date(0).toISOString()
      return {
        feed: toClaimReviewFeed(entries, {
          orgName,
          baseUrl,
          name: `${orgName}: claim reviews`,
          url: `${baseUrl}/api/v1/public/claimreview`,
          dateModified,
        }),
        nextCursor: page.nextCursor,
      }
    })
  }

  /**
   * The claim's anchor as a W3C Web Annotation. A retracted review keeps its annotation (the claim
   * stays in the ledger with its retraction note) but no longer assesses: the verdict body gives
   * way to a comment saying it was retracted and why (methodology, corrections policy).
   */
  async function annotation(claimId: string): Promise<WebAnnotation> {
    return inSnapshot(async (tx) => {
      const { record } = await loadPublished(tx, claimId)
      const d = record.detail
      let retraction: string | undefined
      if (d.status === 'retracted') {
        const [last] = await tx
          .select({ reason: claimCorrections.reason })
          .from(claimCorrections)
          .where(and(eq(claimCorrections.claimId, claimId), eq(claimCorrections.kind, 'retraction')))
          .orderBy(desc(claimCorrections.issuedAt), desc(claimCorrections.id))
          .limit(1)
        retraction = `${orgName} retracted its review of this claim; it no longer rates it.${last ? ` Reason: ${last.reason}` : ''}`
      }
      // The selectors apply to the exact version quoted, served as plain text at `source`.
      const [version] = await tx
        .select({ body: articleVersions.body })
        .from(articleVersions)
        .where(eq(articleVersions.id, d.quote.articleVersionId))
      if (!version) throw notFound()
      return toWebAnnotation({
        id: `${baseUrl}/api/v1/public/claims/${d.id}/annotation`,
        anchor: {
          start: d.quote.start,
          end: d.quote.end,
          exact: d.quote.exact,
          prefix: d.quote.prefix,
          suffix: d.quote.suffix,
        },
        text: version.body,
        source: articleTextUrl(baseUrl, d.article.id, d.quote.articleVersionId),
        sourceDate: record.sourceDate,
        created: d.publishedAt,
        statement: d.statement,
        verdict: d.verdict.label,
        ...(retraction ? { retraction } : {}),
        language: d.article.language,
        creator: orgName,
      })
    })
  }

  /**
   * The text of one version of an article, as plain text: what the Web Annotation selectors count
   * in. Only for articles with a public claim (whose quotes and context are public already); any
   * of their versions, so an annotation's source stays fetchable after a correction re-anchors it.
   */
  async function articleText(articleId: string, versionId: string): Promise<string> {
    const [row] = await db
      .select({ body: articleVersions.body })
      .from(articleVersions)
      .where(
        and(
          eq(articleVersions.id, versionId),
          eq(articleVersions.articleId, articleId),
          sql`exists (select 1 from ${pc} where ${pc.articleId} = ${articleId})`,
        ),
      )
    if (!row) throw new NotFoundError('Article text')
    return row.body
  }

  /**
   * A person, organisation or outlet, with the public claims about and by it, all as published:
   * its name is the one the most recent record naming it carries, so an entity renamed by the
   * desk keeps its published name until an editor's correction takes the new one.
   */
  async function entity(entityId: string): Promise<PublicEntityPage> {
    return inSnapshot(async (tx) => {
      let id = entityId
      let named = await latestRecordedEntity(tx, id)
      // A merged duplicate no record names any more answers as the entity that absorbed it.
      for (let hops = 0; !named && hops < 5; hops++) {
        const [row] = await tx
          .select({ mergedIntoId: entities.mergedIntoId })
          .from(entities)
          .where(eq(entities.id, id))
        if (!row?.mergedIntoId) break
        id = row.mergedIntoId
        named = await latestRecordedEntity(tx, id)
      }
      if (!named) throw new NotFoundError('Entity')
      const query = createPublicClaimsQuery(tx, baseUrl)
      const about = await query.page(mentions(pc.subjectIds, id), 100)
      const by = await query.page(mentions(pc.byIds, id), 100)
      const said = await tx
        .select({
          responses: sql<PublicationRecord['detail']['responses']>`${pc.record} -> 'detail' -> 'responses'`,
          summary: recordedSummary,
        })
        .from(pc)
        .where(mentions(pc.mentionIds, id))
        .orderBy(desc(pc.publishedAt), asc(pc.claimId))
      const responses = said
        .flatMap(({ responses, summary }) =>
          responses
            .filter((r) => r.entity.id === id)
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .map((r) => ({
              claim: { id: summary.id, headline: summary.headline, verdict: toVerdict(summary.verdict) },
              stance: r.stance,
              words: r.words,
              addressesPart: r.addressesPart,
            })),
        )
        .slice(0, 200)
      return {
        entity: {
          id: named.id,
          name: named.name,
          kind: named.kind,
          aliases: named.aliases,
          wikidataId: named.wikidataId,
        },
        about: about.items,
        by: by.items,
        responses,
      }
    })
  }

  /** The entity as the most recently written record naming it has it; null when none does. */
  async function latestRecordedEntity(tx: Tx, id: string): Promise<RecordedEntity | null> {
    const [row] = await tx
      .select({ entity: sql<RecordedEntity | null>`${pc.record} -> 'entities' -> ${id}::text` })
      .from(pc)
      .where(mentions(pc.mentionIds, id))
      .orderBy(desc(pc.recordedAt), asc(pc.claimId))
      .limit(1)
    return row?.entity ?? null
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
        claimId: pc.claimId,
        headline: pc.headline,
        statement: pc.statement,
        rationale: pc.rationale,
        verdict: pc.verdictLabel,
      })
      .from(events)
      .innerJoin(pc, eq(pc.claimId, events.claimId))
      .where(inArray(events.action, [...PUBLIC_EVENT_ACTIONS]))
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
    claimPage,
    claimReview,
    claimReviewFeed,
    annotation,
    articleText,
    entity,
    methodology,
    recentChanges,
  }
}

export type PublicLedgerService = ReturnType<typeof createPublicLedgerService>
