import type { ArticleChangeFlag, ArticleChangeFlagList, DismissArticleChange } from '@claimtrail/contracts'
import { compareQuotedPassage, type QuotedPassage } from '@claimtrail/core'
import { appendEvent, type Db, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { and, asc, desc, eq, inArray, isNull, ne, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { ConflictError, NotFoundError } from '../errors.ts'
import type { Actor, Author } from './actor.ts'
import { assertVersion, expectedVersion } from './concurrency.ts'
import type { PublicationRecord } from './public/publication-record.ts'
import { recordArticleEdited } from './public/publication-writer.ts'

const { articleChangeFlags, articles, articleVersions, claims, publishedClaims, users } = schema

export interface ArrivedVersion {
  id: string
  number: number
  body: string
}

/**
 * Flags every published or corrected claim of an article for editors when a new version of its
 * text arrives (design.md, Workflow: "the article changed after publication"): the passage its
 * public record quotes, compared with where it is found in the new text. The public record itself
 * is not touched (docs/decisions/019-publication-snapshots.md). An older open flag of the same
 * claim is superseded: the newest comparison is the one to act on. One audit event per flag.
 */
export async function flagPublishedClaims(
  tx: Tx,
  actor: Author,
  articleId: string,
  arrived: ArrivedVersion,
): Promise<number> {
  const published = await tx
    .select({ claimId: publishedClaims.claimId, record: publishedClaims.record })
    .from(publishedClaims)
    .where(and(eq(publishedClaims.articleId, articleId), ne(publishedClaims.status, 'retracted')))
    .orderBy(asc(publishedClaims.claimId))
  if (published.length === 0) return 0
  const versionIds = [
    ...new Set(published.map((p) => (p.record as PublicationRecord).detail.quote.articleVersionId)),
  ]
  const bodies = new Map(
    (
      await tx
        .select({ id: articleVersions.id, body: articleVersions.body })
        .from(articleVersions)
        .where(inArray(articleVersions.id, versionIds))
    ).map((v) => [v.id, v.body]),
  )
  let flagged = 0
  for (const { claimId, record } of published) {
    const { quote } = (record as PublicationRecord).detail
    const oldBody = bodies.get(quote.articleVersionId)
    if (oldBody === undefined || quote.articleVersionId === arrived.id) continue
    const comparison = compareQuotedPassage(oldBody, quote, arrived.body)
    const superseded = await tx
      .update(articleChangeFlags)
      .set({ resolution: 'superseded', resolvedAt: new Date() })
      .where(and(eq(articleChangeFlags.claimId, claimId), isNull(articleChangeFlags.resolution)))
      .returning({ id: articleChangeFlags.id })
    const [flag] = await tx
      .insert(articleChangeFlags)
      .values({
        claimId,
        fromVersionId: quote.articleVersionId,
        toVersionId: arrived.id,
        kind: comparison.kind,
        before: comparison.before,
        after: comparison.after,
      })
      .returning({ id: articleChangeFlags.id })
    if (!flag) throw new Error('flag insert returned nothing')
    await appendEvent(tx, {
      actorId: actor.id,
      action: 'article_change.flagged',
      subjectType: 'article_change_flag',
      subjectId: flag.id,
      claimId,
      after: {
        kind: comparison.kind,
        fromVersionId: quote.articleVersionId,
        toVersionId: arrived.id,
        toVersionNumber: arrived.number,
        superseded: superseded.map((s) => s.id),
      },
      requestId: actor.requestId,
    })
    flagged++
  }
  return flagged
}

/** A correction settles the claim's open flags (its record now reads the working rows again). */
export async function resolveFlagsByCorrection(tx: Tx, actor: Actor, claimId: string): Promise<string[]> {
  const rows = await tx
    .update(articleChangeFlags)
    .set({ resolution: 'corrected', resolvedBy: actor.id, resolvedAt: new Date() })
    .where(and(eq(articleChangeFlags.claimId, claimId), isNull(articleChangeFlags.resolution)))
    .returning({ id: articleChangeFlags.id })
  return rows.map((r) => r.id)
}

const fromVersion = alias(articleVersions, 'from_version')
const toVersion = alias(articleVersions, 'to_version')

async function loadFlags(db: DbOrTx, where: SQL | undefined, limit = 500): Promise<ArticleChangeFlag[]> {
  const rows = await db
    .select({
      flag: articleChangeFlags,
      claimHeadline: claims.headline,
      claimStatus: claims.status,
      articleId: articles.id,
      articleTitle: articles.title,
      from: { id: fromVersion.id, number: fromVersion.number, importedAt: fromVersion.importedAt },
      to: { id: toVersion.id, number: toVersion.number, importedAt: toVersion.importedAt },
      resolvedBy: users.displayName,
    })
    .from(articleChangeFlags)
    .innerJoin(claims, eq(claims.id, articleChangeFlags.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(fromVersion, eq(fromVersion.id, articleChangeFlags.fromVersionId))
    .innerJoin(toVersion, eq(toVersion.id, articleChangeFlags.toVersionId))
    .leftJoin(users, eq(users.id, articleChangeFlags.resolvedBy))
    .where(where)
    .orderBy(desc(articleChangeFlags.createdAt), asc(articleChangeFlags.id))
    .limit(limit)
  return rows.map((r) => ({
    id: r.flag.id,
    version: r.flag.version,
    claim: { id: r.flag.claimId, headline: r.claimHeadline, status: r.claimStatus },
    article: { id: r.articleId, title: r.articleTitle },
    kind: r.flag.kind as ArticleChangeFlag['kind'],
    fromVersion: { ...r.from, importedAt: r.from.importedAt.toISOString() },
    toVersion: { ...r.to, importedAt: r.to.importedAt.toISOString() },
    before: r.flag.before as QuotedPassage,
    after: (r.flag.after as QuotedPassage | null) ?? null,
    resolution: r.flag.resolution as ArticleChangeFlag['resolution'],
    resolutionNote: r.flag.resolutionNote,
    resolvedBy: r.resolvedBy,
    resolvedAt: r.flag.resolvedAt?.toISOString() ?? null,
    createdAt: r.flag.createdAt.toISOString(),
  }))
}

/** Editors' side of the flags: the open ones for the dashboard, a claim's for its review screen. */
export function createArticleChangeFlagsService({ db }: { db: Db }) {
  async function listOpen(): Promise<ArticleChangeFlagList> {
    return { items: await loadFlags(db, isNull(articleChangeFlags.resolution)) }
  }

  async function ofClaim(claimId: string): Promise<ArticleChangeFlagList> {
    const [claim] = await db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId))
    if (!claim) throw new NotFoundError('Claim')
    return { items: await loadFlags(db, eq(articleChangeFlags.claimId, claimId), 100) }
  }

  /**
   * The editor decides the change needs no correction, and says why. With `tellReaders`, the
   * claim's public record says the article was edited after the check (and when).
   */
  async function dismiss(
    actor: Actor,
    flagId: string,
    input: DismissArticleChange,
    ifMatch?: string,
  ): Promise<ArticleChangeFlag> {
    const sent = expectedVersion(ifMatch, input.version)
    return db.transaction(async (tx) => {
      const [flag] = await tx
        .select()
        .from(articleChangeFlags)
        .where(eq(articleChangeFlags.id, flagId))
        .for('update')
      if (!flag) throw new NotFoundError('Article change flag')
      assertVersion('The flag', flag.version, sent, () => null)
      if (flag.resolution !== null) {
        throw new ConflictError(`This flag is already ${flag.resolution}`, { resolution: flag.resolution })
      }
      const publicationRevision = input.tellReaders ? await tellReadersOfEdit(tx, flag) : null
      const resolvedAt = new Date()
      await tx
        .update(articleChangeFlags)
        .set({
          resolution: 'dismissed',
          resolutionNote: input.note,
          resolvedBy: actor.id,
          resolvedAt,
          version: flag.version + 1,
        })
        .where(eq(articleChangeFlags.id, flagId))
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'article_change.dismissed',
        subjectType: 'article_change_flag',
        subjectId: flagId,
        claimId: flag.claimId,
        before: { resolution: null, version: flag.version },
        after: {
          resolution: 'dismissed',
          note: input.note,
          tellReaders: input.tellReaders,
          publicationRevision,
          version: flag.version + 1,
        },
        requestId: actor.requestId,
      })
      const [view] = await loadFlags(tx, eq(articleChangeFlags.id, flagId), 1)
      if (!view) throw new Error('flag vanished')
      return view
    })
  }

  return { listOpen, ofClaim, dismiss }
}

/** Records on the claim's public record that its article was edited after the check (and when). */
async function tellReadersOfEdit(
  tx: Tx,
  flag: { claimId: string; toVersionId: string },
): Promise<number | null> {
  const [arrived] = await tx
    .select({ number: articleVersions.number, importedAt: articleVersions.importedAt })
    .from(articleVersions)
    .where(eq(articleVersions.id, flag.toVersionId))
  if (!arrived) throw new Error('flagged version vanished')
  return recordArticleEdited(tx, flag.claimId, {
    at: arrived.importedAt.toISOString(),
    versionNumber: arrived.number,
  })
}

export type ArticleChangeFlagsService = ReturnType<typeof createArticleChangeFlagsService>
