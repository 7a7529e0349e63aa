import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { articles } from './articles.ts'
import { createdAt, id, updatedAt } from './columns.ts'
import { users } from './users.ts'

/**
 * Long work the desk asked for and watches (ADR 014): enqueued in the transaction of the request
 * that asks for it, leased by one runner at a time (FOR UPDATE SKIP LOCKED), with a deadline.
 * A job whose runner died (lease passed) is taken up again after a restart; one past its deadline
 * fails with the reason and writes nothing else.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    kind: text().notNull(),
    /** Who asked; null for the server's own scheduled work (source watching, ADR 021). */
    ownerId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    articleId: uuid().references(() => articles.id, { onDelete: 'restrict' }),
    status: text().notNull().default('queued'),
    /** What the step in progress is (queued, computing, writing, done), for the workspace to show. */
    phase: text().notNull().default('queued'),
    input: jsonb().notNull(),
    result: jsonb(),
    /** Why it failed: { code, message }, as an API error. */
    error: jsonb(),
    attempts: integer().notNull().default(0),
    leaseUntil: timestamp({ withTimezone: true }),
    deadlineAt: timestamp({ withTimezone: true }).notNull(),
    requestId: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('jobs_status', sql`${t.status} IN ('queued', 'running', 'succeeded', 'failed')`),
    check(
      'jobs_kind',
      sql`${t.kind} IN ('article_version.import', 'article.suggestions', 'evidence.capture', 'source_watch.check')`,
    ),
    check('jobs_attempts_nonnegative', sql`${t.attempts} >= 0`),
    // The runner's lease query: waiting or abandoned jobs, oldest first.
    index('jobs_pending_idx').on(t.createdAt, t.id).where(sql`${t.status} IN ('queued', 'running')`),
    index('jobs_owner_idx').on(t.ownerId),
    index('jobs_article_idx').on(t.articleId),
  ],
)
