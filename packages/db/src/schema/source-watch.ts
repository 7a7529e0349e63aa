import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { articles, articleVersions } from './articles.ts'
import { createdAt, id, updatedAt } from './columns.ts'
import { evidence } from './responses.ts'
import { users } from './users.ts'

/**
 * Web addresses the desk watches (docs/decisions/021-source-watching.md): articles imported from
 * a URL and evidence links. Each process's scheduler claims due rows by moving next_check_at
 * forward with FOR UPDATE SKIP LOCKED, so a source is checked once per period however many
 * processes share the database. last_* hold the last good state: a failed check only sets
 * last_error.
 */
export const watchedSources = pgTable(
  'watched_sources',
  {
    id: id(),
    kind: text().notNull(),
    articleId: uuid()
      .unique()
      .references(() => articles.id, { onDelete: 'cascade' }),
    evidenceId: uuid()
      .unique()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    nextCheckAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastCheckedAt: timestamp({ withTimezone: true }),
    /** alive | dead, after the last check that got an answer; null before the first one. */
    lastStatus: text(),
    lastHttpStatus: integer(),
    /** sha256 of the extracted text last seen, and (evidence only) the text, for the next diff. */
    lastSha256: text(),
    lastText: text(),
    /**
     * Evidence that is not text (a PDF, an image): lastSha256 is then the hash of its bytes, and
     * this their size, for the next change's summary; null when the last body seen was text.
     */
    lastByteSize: integer(),
    /** Why the last check failed (its state above is the last good one); null when it succeeded. */
    lastError: text(),
    lastChangeAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('watched_sources_kind', sql`${t.kind} IN ('article', 'evidence')`),
    check(
      'watched_sources_subject',
      sql`(${t.kind} = 'article' AND ${t.articleId} IS NOT NULL AND ${t.evidenceId} IS NULL) OR (${t.kind} = 'evidence' AND ${t.evidenceId} IS NOT NULL AND ${t.articleId} IS NULL)`,
    ),
    check('watched_sources_url_scheme', sql`${t.url} ~* '^https?://'`),
    check(
      'watched_sources_last_status',
      sql`${t.lastStatus} IS NULL OR ${t.lastStatus} IN ('alive', 'dead')`,
    ),
    check('watched_sources_sha256_shape', sql`${t.lastSha256} IS NULL OR ${t.lastSha256} ~ '^[0-9a-f]{64}$'`),
    // The scheduler's claim: due sources, soonest first.
    index('watched_sources_due_idx').on(t.nextCheckAt, t.id),
  ],
)

/** What a check found: a changed text, a dead link, or one that answers again. Editors acknowledge them. */
export const sourceWatchChanges = pgTable(
  'source_watch_changes',
  {
    id: id(),
    watchedSourceId: uuid()
      .notNull()
      .references(() => watchedSources.id, { onDelete: 'cascade' }),
    detectedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    kind: text().notNull(),
    httpStatus: integer(),
    /** A unified diff of the extracted texts (evidence); null when too large to show or not a text change. */
    diff: text(),
    /** What changed in a body that is not text: "bytes changed: sha256 a→b, size x→y" (no diff). */
    summary: text(),
    /** The version a changed article became (its change flags hang on it). */
    articleVersionId: uuid().references(() => articleVersions.id, { onDelete: 'set null' }),
    acknowledgedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    acknowledgedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('source_watch_changes_kind', sql`${t.kind} IN ('changed', 'dead', 'recovered')`),
    index('source_watch_changes_source_idx').on(t.watchedSourceId, t.detectedAt),
  ],
)
