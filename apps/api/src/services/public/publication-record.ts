import type { ClaimInArticle, PublicClaimDetail, PublicClaimSummary } from '@claimtrail/contracts'
import { type DbOrTx, schema } from '@claimtrail/db'
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import { type ClaimWithRelations, loadClaimsWithRelations } from '../claims/claim-relations.ts'
import { toClaimInArticle } from '../claims/claim-view.ts'
import { explainSourcing } from '../claims/sourcing-input.ts'
import { latestGoodCaptures } from '../evidence/evidence-captures-service.ts'
import { entityRef, toArticleRef, toVerdict } from './public-claims-query.ts'
import { publicClaimsOnly } from './public-filter.ts'

const { claims, ratings } = schema

/** How much of the article text to show either side of a quote. */
const CONTEXT_CHARS = 400

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

/** An entity as the record names it: enough for its public page. */
export interface RecordedEntity {
  id: string
  name: string
  kind: PublicClaimSummary['subjects'][number]['kind']
  aliases: string[]
  wikidataId: string | null
}

/**
 * What readers see of a public claim, frozen at an editor's act
 * (docs/decisions/019-publication-snapshots.md). Addresses are left out (added at read time
 * from PUBLIC_BASE_URL); the changelog and "the same claim elsewhere" are read live, since only
 * editors' acts write them.
 */
export interface PublicationRecord {
  detail: Omit<PublicClaimDetail, 'url' | 'changelog' | 'otherAppearances'>
  /** The claim as the anonymous article view shows it. */
  inArticle: ClaimInArticle
  /** Every entity the record names, as named when it was taken. */
  entities: Record<string, RecordedEntity>
  claimReview: {
    scale: { bestRating: number | null; worstRating: number | null }
    claimant: { name: string; kind: RecordedEntity['kind']; wikidataId: string | null } | null
    /** When the last correction was issued (ClaimReview dateModified). */
    modifiedAt: string | null
  }
  /** When the article version quoted was taken (Web Annotation TimeState.sourceDate). */
  sourceDate: string
}

const recordEntity = (e: RecordedEntity): RecordedEntity => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  aliases: e.aliases,
  wikidataId: e.wikidataId,
})

/** The highest and lowest ratingValue of a scale's ratings in use (schema.org best/worstRating). */
async function scaleBounds(db: DbOrTx, ratingId: string) {
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

/** The drizzle relational read of the claims a record is made of (one statement for any number). */
function readClaimsForRecords(db: DbOrTx, claimIds: string[]) {
  return db.query.claims.findMany({
    where: and(inArray(claims.id, claimIds), publicClaimsOnly()),
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
}

type ClaimForRecord = Awaited<ReturnType<typeof readClaimsForRecords>>[number]

/** Everything a record is assembled from, read beforehand (assemblePublicationRecord is pure). */
export interface PublicationInputs {
  claim: ClaimForRecord
  withRelations: ClaimWithRelations
  captures: Map<string, { capturedAt: string; sha256: string }>
  scale: { bestRating: number | null; worstRating: number | null }
}

/**
 * The records of public claims as their working rows read now: inside an editor's transaction
 * (one claim), at start for claims without one, and by the dataset generator (a batch at a time,
 * bench/README.md "Generation speed"). Every read covers all the claims at once, so a batch costs
 * the same handful of statements as one claim. Claims not public (or without a verdict or
 * publication date) are absent from the map.
 */
export async function buildPublicationRecords(
  db: DbOrTx,
  claimIds: readonly string[],
): Promise<Map<string, PublicationRecord>> {
  const out = new Map<string, PublicationRecord>()
  if (claimIds.length === 0) return out
  const ids = [...claimIds]
  const found = (await readClaimsForRecords(db, ids)).filter((c) => c.verdict && c.publishedAt)
  if (found.length === 0) return out
  const withRelations = new Map(
    (
      await loadClaimsWithRelations(
        db,
        inArray(
          claims.id,
          found.map((c) => c.id),
        ),
      )
    ).map((c) => [c.id, c]),
  )
  const captures = await latestGoodCaptures(
    db,
    found.flatMap((c) => c.evidence.map((e) => e.id)),
  )
  const scales = new Map<string, PublicationInputs['scale']>()
  for (const c of found) {
    const verdictId = c.verdict?.id
    if (verdictId && !scales.has(verdictId)) scales.set(verdictId, await scaleBounds(db, verdictId))
  }
  for (const claim of found) {
    const related = withRelations.get(claim.id)
    const scale = claim.verdict ? scales.get(claim.verdict.id) : undefined
    if (!related || !scale) continue
    const record = assemblePublicationRecord({ claim, withRelations: related, captures, scale })
    if (record) out.set(claim.id, record)
  }
  return out
}

/** The record of one public claim as its working rows read now (inside the editor's transaction). */
export async function buildPublicationRecord(db: DbOrTx, claimId: string): Promise<PublicationRecord | null> {
  return (await buildPublicationRecords(db, [claimId])).get(claimId) ?? null
}

/** A record from the rows read for it: no database access, the same output for the same rows. */
export function assemblePublicationRecord(inputs: PublicationInputs): PublicationRecord | null {
  const { claim: c, withRelations, captures, scale } = inputs
  if (!c.verdict || !c.publishedAt) return null
  const entities: Record<string, RecordedEntity> = {}
  const note = (e: RecordedEntity | null | undefined) => {
    if (e) entities[e.id] = recordEntity(e)
  }
  note(c.claimant)
  note(c.article.outlet)
  for (const s of c.subjects) note(s.entity)
  for (const chain of c.chains) for (const h of chain.hops) note(h.entity)
  for (const r of c.responses) note(r.entity)
  for (const r of c.assessment?.sourceRatings ?? []) note(r.entity)

  const chains = recordChains(c)
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
  const grade = c.assessment?.overrideGrade ?? explanation.computedGrade
  return {
    detail: recordDetail(c, c.verdict, c.publishedAt, { chains, explanation, grade, captures }),
    inArticle: toClaimInArticle(withRelations),
    entities,
    claimReview: {
      scale,
      claimant: c.claimant
        ? { name: c.claimant.name, kind: c.claimant.kind, wikidataId: c.claimant.wikidataId }
        : null,
      modifiedAt: c.corrections.at(-1)?.issuedAt.toISOString() ?? null,
    },
    sourceDate: c.articleVersion.importedAt.toISOString(),
  }
}

function recordChains(c: ClaimForRecord) {
  return c.chains.map((chain) => ({
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
}

function recordDetail(
  c: ClaimForRecord,
  verdict: NonNullable<ClaimForRecord['verdict']>,
  publishedAt: Date,
  parts: {
    chains: ReturnType<typeof recordChains>
    explanation: ReturnType<typeof explainSourcing>
    grade: NonNullable<PublicClaimDetail['sourcing']>['grade']
    captures: PublicationInputs['captures']
  },
): PublicationRecord['detail'] {
  const { chains, explanation, grade, captures } = parts
  const assessment = c.assessment
  return {
    id: c.id,
    status: c.status as PublicClaimDetail['status'],
    kind: c.kind,
    headline: c.headline,
    statement: c.statement,
    claimant: c.claimant ? entityRef(c.claimant) : null,
    subjects: c.subjects.map((s) => entityRef(s.entity)),
    verdict: toVerdict(verdict),
    sourcingGrade: grade,
    article: { ...toArticleRef(c.article), byline: c.article.byline, language: c.article.language },
    publishedAt: publishedAt.toISOString(),
    hedges: c.hedges,
    quote: {
      exact: c.anchorExact,
      prefix: c.anchorPrefix,
      suffix: c.anchorSuffix,
      start: c.anchorStart,
      end: c.anchorEnd,
      articleVersionId: c.articleVersionId,
      versionNumber: c.articleVersion.number,
      ...surroundingText(c.articleVersion.body, c.anchorStart, c.anchorEnd),
    },
    articleEdited: null,
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
      capture: captures.get(e.id) ?? null,
    })),
    rationale: c.rationale,
    sourcing: {
      grade,
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
  }
}

/** The ledger row of a record (its summary), addresses added. */
export function summaryOf(record: PublicationRecord, url: string): PublicClaimSummary {
  const d = record.detail
  return {
    id: d.id,
    url,
    status: d.status,
    kind: d.kind,
    headline: d.headline,
    statement: d.statement,
    claimant: d.claimant,
    subjects: d.subjects,
    verdict: d.verdict,
    sourcingGrade: d.sourcingGrade,
    article: {
      id: d.article.id,
      title: d.article.title,
      url: d.article.url,
      outlet: d.article.outlet,
      publishedOn: d.article.publishedOn,
    },
    publishedAt: d.publishedAt,
  }
}

/** The columns of published_claims a record fills (filters and search read them). */
export function publicationColumns(record: PublicationRecord) {
  const d = record.detail
  const by = [d.claimant?.id, d.article.outlet?.id].filter((id): id is string => !!id)
  return {
    status: d.status,
    publishedAt: new Date(d.publishedAt),
    articleId: d.article.id,
    articleVersionId: d.quote.articleVersionId,
    outletId: d.article.outlet?.id ?? null,
    headline: d.headline,
    statement: d.statement,
    quote: d.quote.exact,
    rationale: d.rationale,
    verdictLabel: d.verdict.label,
    grade: d.sourcingGrade,
    subjectIds: d.subjects.map((s) => s.id),
    byIds: [...new Set(by)],
    mentionIds: Object.keys(record.entities),
    responderIds: [...new Set(d.responses.map((r) => r.entity.id))],
    record,
  }
}
