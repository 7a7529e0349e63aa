import type { ArticleSource, ArticleVersionInfo, OrphanList } from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { and, asc, desc, eq, sql } from 'drizzle-orm'
import { NotFoundError } from '../../errors.ts'
import type { Author } from '../actor.ts'
import { anchorOf } from '../claims/selection.ts'

// The rows of article import: versions (each one immutable, with its audit event), the article
// check, and the orphaned claims of an article. Queries only; the transactions are
// opened by article-import-service.ts.

const { articles, articleVersions, claims } = schema

/** The text of a version to be, worked out before any transaction opens (fetching takes time). */
export interface PreparedText {
  body: string
  sha256: string
  sourceFormat: ArticleSource['format']
  /** For a fetched page: where it was finally found. */
  fetchedUrl?: string
  /** For a fetched page: where permanent redirects say its address moved (the watcher follows). */
  movedTo?: string
}

// Length in UTF-16 code units (what anchor offsets count), computed by the database so that a
// version list does not drag every body across the wire: code points, plus one for each astral
// character, which is two code units.
const bodyLength = sql<number>`(char_length(${articleVersions.body}) + char_length(${articleVersions.body}) - char_length(regexp_replace(${articleVersions.body}, '[\\U00010000-\\U0010FFFF]', '', 'g')))::int`

export const versionInfoColumns = {
  id: articleVersions.id,
  number: articleVersions.number,
  sha256: articleVersions.sha256,
  importedAt: articleVersions.importedAt,
  length: bodyLength,
  sourceFormat: articleVersions.sourceFormat,
}

// The same columns without the length, which a new version's insert knows without reading the body.
const { length: _length, ...insertedVersionColumns } = versionInfoColumns

export async function insertVersion(
  tx: Tx,
  actor: Author,
  articleId: string,
  number: number,
  text: PreparedText,
) {
  const [row] = await tx
    .insert(articleVersions)
    .values({
      articleId,
      number,
      body: text.body,
      sha256: text.sha256,
      sourceFormat: text.sourceFormat,
      importedBy: actor.id,
    })
    // Not the body: returned, the text just written would cross back from the engine whole (on
    // PGlite, decoded on its thread and copied to this one: a 2 MiB text is 4 MiB of heap each).
    .returning(insertedVersionColumns)
  if (!row) throw new Error('article version insert returned nothing')
  const info = toVersionInfo({ ...row, length: text.body.length })
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'article_version.imported',
    subjectType: 'article_version',
    subjectId: row.id,
    after: { articleId, ...info, ...(text.fetchedUrl ? { fetchedUrl: text.fetchedUrl } : {}) },
    requestId: actor.requestId,
  })
  return info
}

export async function listOrphans(db: Db, articleId: string): Promise<OrphanList> {
  await requireArticle(db, articleId)
  const [current] = await db
    .select({ number: articleVersions.number })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number))
    .limit(1)
  const rows = await db
    .select({ claim: claims, anchorVersionNumber: articleVersions.number })
    .from(claims)
    .innerJoin(articleVersions, eq(articleVersions.id, claims.articleVersionId))
    .where(and(eq(claims.articleId, articleId), eq(claims.orphaned, true)))
    .orderBy(asc(articleVersions.number), asc(claims.anchorStart), asc(claims.id))
  return {
    currentVersionNumber: current?.number ?? 1,
    items: rows.map(({ claim: c, anchorVersionNumber }) => ({
      id: c.id,
      version: c.version,
      status: c.status,
      headline: c.headline,
      statement: c.statement,
      anchor: anchorOf(c),
      anchorVersionNumber,
    })),
  }
}

export async function currentVersion(db: DbOrTx, articleId: string) {
  const [current] = await db
    .select(versionInfoColumns)
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number))
    .limit(1)
  return current
}

export async function requireArticle(db: DbOrTx, articleId: string): Promise<void> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId))
  if (!row) throw new NotFoundError('Article')
}

export function toVersionInfo(row: {
  id: string
  number: number
  sha256: string
  importedAt: Date
  length: number
  sourceFormat: string
}): ArticleVersionInfo {
  return {
    id: row.id,
    number: row.number,
    sha256: row.sha256,
    importedAt: row.importedAt.toISOString(),
    length: Number(row.length),
    sourceFormat: row.sourceFormat as ArticleVersionInfo['sourceFormat'],
  }
}
