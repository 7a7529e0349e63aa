import type { ArticleSummary, CreateArticle } from '@claimtrail/contracts'
import { appendEvent, schema, type Tx } from '@claimtrail/db'
import { eq } from 'drizzle-orm'
import { InvalidError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import type { PreparedText } from './article-versions.ts'

// The article row a creation writes, with its audit event; its first version is written by
// insertVersion in the same transaction (article-import-service.ts).

const { articles, entities } = schema

type Outlet = typeof entities.$inferSelect
type ArticleRow = typeof articles.$inferSelect

export async function findOutlet(tx: Tx, outletId: string) {
  const [outlet] = await tx.select().from(entities).where(eq(entities.id, outletId))
  if (!outlet) throw new InvalidError('outlet: no entity has this id', { field: 'outlet' })
  if (outlet.kind !== 'outlet') {
    throw new InvalidError(`outlet: ${outlet.name} is a ${outlet.kind.replace('_', ' ')}, not an outlet`, {
      field: 'outlet',
    })
  }
  if (outlet.mergedIntoId) {
    throw new InvalidError(`outlet: ${outlet.name} was merged into another entity; use that one`, {
      field: 'outlet',
      mergedIntoId: outlet.mergedIntoId,
    })
  }
  return outlet
}

/** The columns of a new article: a page fetched for its text is where the article lives, unless told otherwise. */
export function articleValues(
  actor: Actor,
  input: CreateArticle,
  text: PreparedText,
  outlet: Outlet | null,
): typeof articles.$inferInsert {
  return {
    title: input.title,
    outletId: outlet?.id ?? null,
    url: input.url ?? (input.source.format === 'url' ? (text.fetchedUrl ?? input.source.url) : null),
    byline: input.byline ?? null,
    publishedOn: input.publishedOn ?? null,
    language: input.language ?? 'en',
    createdBy: actor.id,
  }
}

export async function insertArticle(
  tx: Tx,
  actor: Actor,
  values: typeof articles.$inferInsert,
): Promise<ArticleRow> {
  const [article] = await tx.insert(articles).values(values).returning()
  if (!article) throw new Error('article insert returned nothing')
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'article.created',
    subjectType: 'article',
    subjectId: article.id,
    after: article,
    requestId: actor.requestId,
  })
  return article
}

export function toSummary(article: ArticleRow, outlet: Outlet | null): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    outlet: outlet?.name ?? null,
    url: article.url,
    byline: article.byline,
    publishedAt: article.publishedOn,
    language: article.language,
    claimCount: 0,
  }
}
