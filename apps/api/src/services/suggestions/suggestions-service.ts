import type {
  AcceptSuggestion,
  ArticleSuggestions,
  ClaimDetail,
  ClaimSuggestion,
  ComputeSuggestions,
  DismissSuggestion,
  SuggestedEntity,
  SuggestionDecision,
  SuggestionsJob,
} from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { EXTRACTOR_VERSION } from '@claimtrail/extract'
import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts'
import type { WorkerPool } from '../../workers/worker-pool.ts'
import type { Actor } from '../actor.ts'
import { insertClaim } from '../claims/claim-insert.ts'
import { loadClaimDetail } from '../claims/claim-view.ts'
import { syncComputedGrade } from '../claims/grade-sync.ts'
import { assertEntities } from '../claims/references.ts'
import { selectionIn } from '../claims/selection.ts'
import type { JobContext } from '../jobs/job-runner.ts'
import type { JobRow, JobsService } from '../jobs/jobs-service.ts'
import { decisionView, recordDecision, suggestionTypesOf } from './suggestion-decisions.ts'
import { createSuggestionsCache } from './suggestions-cache.ts'

const { articles, articleVersions, attributionChains, chainHops, entities, responses, suggestionDecisions } =
  schema

/**
 * The article and its current version without the version's text: deciding whether to answer at
 * once or with a job, and re-checking the version inside a transaction, need only its id, number
 * and length, and a 2 MiB text read (and decoded on the server's thread) for that is wasted.
 */
async function articleWithCurrentVersion(db: DbOrTx, articleId: string) {
  const [article] = await db
    .select({ id: articles.id, outletId: articles.outletId, outletName: entities.name })
    .from(articles)
    .leftJoin(entities, eq(entities.id, articles.outletId))
    .where(eq(articles.id, articleId))
  if (!article) throw new NotFoundError('Article')
  const [version] = await db
    .select({
      id: articleVersions.id,
      number: articleVersions.number,
      length: sql<number>`char_length(${articleVersions.body})`.mapWith(Number),
    })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number))
    .limit(1)
  if (!version) throw new NotFoundError('Article version')
  return { article, version }
}

/** A version's text (versions are never edited: read once, it stays true). */
async function versionBody(db: DbOrTx, versionId: string): Promise<string> {
  const [row] = await db
    .select({ body: articleVersions.body })
    .from(articleVersions)
    .where(eq(articleVersions.id, versionId))
  if (!row) throw new NotFoundError('Article version')
  return row.body
}

/**
 * At most this many suggestions per article version: a long article (200 KB) has about a thousand
 * candidate claims, and the desk's list is virtualised to show them all (the extractor's own default
 * stops at 500).
 */
const MAX_SUGGESTIONS = 1_000

/** What a suggestions job keeps of its request: the options (the text is read when it runs). */
interface SuggestionsJobInput {
  articleVersionId: string
  options: ComputeSuggestions
}

export interface SuggestionsServiceDeps {
  db: Db
  workers: WorkerPool
  jobs: JobsService
  /** An article longer than this gets its suggestions as a job: 202 at once (JOB_THRESHOLD_CHARS). */
  jobThresholdChars: number
  /** Memory for computed suggestions, per version (SUGGESTIONS_CACHE_MB; 0 turns it off). */
  cacheMegabytes: number
}

type ArticleAndVersion = Awaited<ReturnType<typeof articleWithCurrentVersion>>

/**
 * Automatic suggestions: computed from the current article version by the pure extractor in the
 * worker pool (its cost grows with the text; ADR 014), for a long article in a job the desk
 * watches, and accepted one at a time into a draft claim with its chain and responses, in one
 * transaction that only writes.
 */
export function createSuggestionsService({
  db,
  workers,
  jobs,
  jobThresholdChars,
  cacheMegabytes,
}: SuggestionsServiceDeps) {
  const cache = createSuggestionsCache(cacheMegabytes)

  /** The extractor's suggestions for a version: from the cache, or computed in the worker pool. */
  function suggestionsFor(
    versionId: string,
    publisher: string | null,
    timeoutMs?: number,
  ): Promise<ClaimSuggestion[]> {
    return cache.get(versionId, publisher, async () => {
      const body = await versionBody(db, versionId)
      const result = await workers.suggest(
        body,
        { maxClaims: MAX_SUGGESTIONS, ...(publisher ? { publisher } : {}) },
        timeoutMs,
      )
      return result.claims
    })
  }

  async function suggestionsOf(
    { article, version }: ArticleAndVersion,
    options: ComputeSuggestions,
    timeoutMs?: number,
  ): Promise<ArticleSuggestions> {
    const floor = options.minCheckWorthiness ?? 0
    const suggestions = await suggestionsFor(version.id, article.outletName, timeoutMs)
    // A dismissal holds for every checker and session: the suggestion is no longer offered.
    const dismissed = new Set(
      (
        await db
          .select({ suggestionId: suggestionDecisions.suggestionId })
          .from(suggestionDecisions)
          .where(
            and(
              eq(suggestionDecisions.articleVersionId, version.id),
              eq(suggestionDecisions.outcome, 'dismissed'),
            ),
          )
      ).map((r) => r.suggestionId),
    )
    return {
      articleId: article.id,
      articleVersionId: version.id,
      versionNumber: version.number,
      extractorVersion: EXTRACTOR_VERSION,
      dismissed: dismissed.size,
      suggestions: suggestions.filter((s) => s.checkWorthiness >= floor && !dismissed.has(s.id)),
    }
  }

  /**
   * The suggestions of the current version; for a text longer than JOB_THRESHOLD_CHARS a job to
   * watch instead (ADR 014), so that the request is answered at once whatever the text.
   */
  async function compute(
    actor: Actor,
    articleId: string,
    options: ComputeSuggestions = {},
  ): Promise<ArticleSuggestions | { job: SuggestionsJob }> {
    const read = await articleWithCurrentVersion(db, articleId)
    if (read.version.length <= jobThresholdChars) return suggestionsOf(read, options)
    const input: SuggestionsJobInput = { articleVersionId: read.version.id, options }
    const job = await db.transaction((tx) =>
      jobs.enqueue(tx, actor, {
        kind: 'article.suggestions',
        articleId,
        input,
        summary: { articleVersionId: read.version.id, length: read.version.length },
      }),
    )
    jobs.notify()
    return { job: job as SuggestionsJob }
  }

  /**
   * The job runner's side (job-runner.ts): the suggestions of the version current when the job
   * runs (the result names it, so a desk that imported a newer text meanwhile sees which one).
   */
  async function runSuggestionsJob(job: JobRow, context: JobContext): Promise<ArticleSuggestions> {
    if (!job.articleId) throw new NotFoundError('Article')
    const input = job.input as SuggestionsJobInput
    const read = await articleWithCurrentVersion(db, job.articleId)
    return suggestionsOf(read, input.options, Math.max(1, context.remainingMs()))
  }

  function assertCurrent(version: { id: string; number: number }, articleVersionId: string) {
    if (articleVersionId !== version.id) throw staleVersion(version)
  }

  /**
   * Dismisses one suggestion of the current version for everyone, recording what was wrong with it.
   * The extractor runs before the transaction; the transaction re-checks the version it read.
   */
  async function dismiss(
    actor: Actor,
    articleId: string,
    input: DismissSuggestion,
  ): Promise<SuggestionDecision> {
    const { article, version } = await articleWithCurrentVersion(db, articleId)
    if (input.articleVersionId !== version.id) throw staleVersion(version)
    const suggestion = (await suggestionsFor(version.id, article.outletName)).find(
      (s) => s.id === input.suggestionId,
    )
    if (!suggestion) throw new NotFoundError('Suggestion')
    const proposed = suggestionTypesOf(suggestion)
    const wrong = input.wrong ? [...new Set(input.wrong)] : proposed
    const unknown = wrong.filter((t) => !proposed.includes(t))
    if (unknown.length > 0) {
      throw new InvalidError(
        `wrong: this suggestion proposes no ${unknown.join(', ')} (it proposes ${proposed.join(', ') || 'nothing to judge'})`,
      )
    }
    return db.transaction(async (tx) => {
      const current = await articleWithCurrentVersion(tx, articleId)
      if (current.version.id !== version.id) throw staleVersion(current.version)
      const [already] = await tx
        .select({ id: suggestionDecisions.id })
        .from(suggestionDecisions)
        .where(
          and(
            eq(suggestionDecisions.articleVersionId, version.id),
            eq(suggestionDecisions.suggestionId, suggestion.id),
            eq(suggestionDecisions.outcome, 'dismissed'),
          ),
        )
      if (already) throw new ConflictError('This suggestion was already dismissed')
      const row = await recordDecision(tx, actor, {
        articleId,
        articleVersionId: version.id,
        suggestion,
        outcome: 'dismissed',
        wrongTypes: wrong,
        note: input.note ?? null,
      })
      return decisionView(row)
    })
  }

  /** Finds an entity by name or alias, ignoring case, or creates it (with its audit event). */
  async function entityFor(tx: Tx, actor: Actor, e: Pick<SuggestedEntity, 'name' | 'entityKind'>) {
    const name = e.name.trim()
    const [found] = await tx
      .select({ id: entities.id })
      .from(entities)
      .where(
        and(
          isNull(entities.mergedIntoId),
          sql`(lower(${entities.name}) = lower(${name}) OR exists (select 1 from unnest(${entities.aliases}) a where lower(a) = lower(${name})))`,
        ),
      )
      .orderBy(sql`lower(${entities.name}) = lower(${name}) desc`, entities.createdAt)
      .limit(1)
    if (found) return found.id
    const [row] = await tx.insert(entities).values({ name, kind: e.entityKind, aliases: [] }).returning()
    if (!row) throw new Error('entity insert returned nothing')
    await appendEvent(tx, {
      actorId: actor.id,
      action: 'entity.created',
      subjectType: 'entity',
      subjectId: row.id,
      after: row,
      requestId: actor.requestId,
    })
    return row.id
  }

  async function accept(actor: Actor, articleId: string, input: AcceptSuggestion): Promise<ClaimDetail> {
    // The suggestion is computed again before the transaction; the transaction re-checks that
    // the version it was computed from is still the current one.
    const read = await articleWithCurrentVersion(db, articleId)
    assertCurrent(read.version, input.articleVersionId)
    const suggestion = (await suggestionsFor(read.version.id, read.article.outletName)).find(
      (s) => s.id === input.suggestionId,
    )
    if (!suggestion) throw new NotFoundError('Suggestion')
    // The same version's text, read before the transaction (a version never changes; the
    // transaction only re-checks that it is still the current one).
    const body = await versionBody(db, read.version.id)
    return db.transaction(async (tx) => {
      const { article, version } = await articleWithCurrentVersion(tx, articleId)
      assertCurrent(version, input.articleVersionId)
      const selector = selectionIn(
        body,
        suggestion.anchor.start,
        suggestion.anchor.end,
        suggestion.anchor.text,
      )

      const ids = new Map<string, string>()
      const idOf = async (e: Pick<SuggestedEntity, 'name' | 'entityKind'>) => {
        const key = e.name.toLowerCase()
        const known = ids.get(key)
        if (known) return known
        const id = await entityFor(tx, actor, e)
        ids.set(key, id)
        return id
      }
      const claimantId = suggestion.claimant ? await idOf(suggestion.claimant) : null
      // One query at a time: a transaction is one connection.
      const subjectIds: string[] = []
      for (const subject of suggestion.subjects) subjectIds.push(await idOf(subject))
      await assertEntities(tx, 'subjectIds', subjectIds)

      const row = await insertClaim(
        tx,
        actor,
        {
          articleId,
          articleVersionId: version.id,
          anchorStart: selector.start,
          anchorEnd: selector.end,
          anchorExact: selector.exact,
          anchorPrefix: selector.prefix,
          anchorSuffix: selector.suffix,
          statement: input.statement ?? suggestion.statement,
          headline: input.headline ?? suggestion.headline,
          kind: input.kind ?? suggestion.kind,
          claimantId,
          hedges: [...new Set(suggestion.hedges.map((h) => h.text))].slice(0, 20),
        },
        subjectIds,
        { fromSuggestion: suggestion.id },
      )

      if (suggestion.chain.length > 0) {
        const [chain] = await tx
          .insert(attributionChains)
          .values({ claimId: row.id, position: 0 })
          .returning()
        if (!chain) throw new Error('chain insert returned nothing')
        const hopValues = []
        for (const [position, hop] of suggestion.chain.entries()) {
          // The publisher is the article's outlet itself, not a name to look up.
          const entityId = hop.role === 'publisher' && article.outletId ? article.outletId : await idOf(hop)
          hopValues.push({
            chainId: chain.id,
            position,
            entityId,
            role: hop.role,
            named: hop.named,
            onRecord: hop.onRecord,
            access: hop.access,
            anonymityReasonGiven: hop.anonymityReasonGiven,
            cue: hop.cue?.text ?? null,
            cueStart: hop.cue?.start ?? null,
            cueEnd: hop.cue?.end ?? null,
          })
        }
        const hops = await tx.insert(chainHops).values(hopValues).returning()
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.chain_added',
          subjectType: 'attribution_chain',
          subjectId: chain.id,
          claimId: row.id,
          after: { ...chain, hops },
          requestId: actor.requestId,
        })
      }

      for (const r of suggestion.responses) {
        const [response] = await tx
          .insert(responses)
          .values({
            claimId: row.id,
            entityId: await idOf(r.responder),
            stance: r.stance,
            words: r.words.text,
            wordsStart: r.words.start,
            wordsEnd: r.words.end,
            createdBy: actor.id,
          })
          .returning()
        if (!response) throw new Error('response insert returned nothing')
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.response_added',
          subjectType: 'response',
          subjectId: response.id,
          claimId: row.id,
          after: response,
          requestId: actor.requestId,
        })
      }

      // The quality loop (ADR 017): an edit to what the claim says or is counts as "accepted after edits".
      const edited =
        (input.statement !== undefined && input.statement !== suggestion.statement) ||
        (input.headline !== undefined && input.headline !== suggestion.headline) ||
        (input.kind !== undefined && input.kind !== suggestion.kind)
      await recordDecision(tx, actor, {
        articleId,
        articleVersionId: version.id,
        suggestion,
        outcome: edited ? 'accepted_edited' : 'accepted',
        claimId: row.id,
      })

      const detail = await loadClaimDetail(tx, row.id, actor.role)
      if (!detail) throw new NotFoundError('Claim')
      return syncComputedGrade(tx, detail)
    })
  }

  return { compute, runSuggestionsJob, accept, dismiss }
}

function staleVersion(version: { id: string; number: number }) {
  return new ConflictError(
    `The article has a newer text (version ${version.number}); get the suggestions again`,
    { currentVersionId: version.id },
  )
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>
