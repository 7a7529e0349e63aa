import { sql } from 'drizzle-orm'
import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, updatedAt, version } from './columns.ts'
import { entities } from './entities.ts'
import { users } from './users.ts'

export const articles = pgTable(
  'articles',
  {
    id: id(),
    title: text().notNull(),
    outletId: uuid().references(() => entities.id, { onDelete: 'restrict' }),
    url: text(),
    byline: text(),
    publishedOn: date({ mode: 'string' }),
    language: text().notNull().default('en'),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('articles_title_not_blank', sql`btrim(${t.title}) <> ''`),
    check('articles_url_scheme', sql`${t.url} IS NULL OR ${t.url} ~* '^https?://'`),
    check('articles_language_tag', sql`${t.language} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`),
    index('articles_outlet_idx').on(t.outletId),
    // The articles list pages newest first, ties by id: keyset on exactly this order.
    index('articles_created_idx').on(t.createdAt.desc().nullsFirst(), t.id),
  ],
)

/** Immutable texts of an article: a changed import appends a version, nothing is overwritten. */
export const articleVersions = pgTable(
  'article_versions',
  {
    id: id(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'restrict' }),
    number: integer().notNull(),
    body: text().notNull(),
    sha256: text().notNull(),
    sourceFormat: text().notNull().default('text'),
    importedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('article_versions_number_key').on(t.articleId, t.number),
    check('article_versions_number_positive', sql`${t.number} > 0`),
    check('article_versions_sha256_shape', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('article_versions_source_format', sql`${t.sourceFormat} IN ('text', 'html', 'url')`),
  ],
)
