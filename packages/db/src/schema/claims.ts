import { type SQL, sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { articles, articleVersions } from './articles.ts'
import { createdAt, id, updatedAt, version } from './columns.ts'
import { entities } from './entities.ts'
import { claimKindEnum, claimStatusEnum } from './enums.ts'
import { ratings } from './ratings.ts'
import { users } from './users.ts'

export const claims = pgTable(
  'claims',
  {
    id: id(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'restrict' }),
    // The anchor, stored the W3C Web Annotation way: TextPositionSelector (start, end: UTF-16 code
    // units, end exclusive) and TextQuoteSelector (exact, prefix, suffix) on one article version.
    articleVersionId: uuid()
      .notNull()
      .references(() => articleVersions.id, { onDelete: 'restrict' }),
    anchorStart: integer().notNull(),
    anchorEnd: integer().notNull(),
    anchorExact: text().notNull(),
    anchorPrefix: text().notNull().default(''),
    anchorSuffix: text().notNull().default(''),
    // An orphan could not be re-anchored in the current version: kept and shown to a human.
    orphaned: boolean().notNull().default(false),
    statement: text().notNull(),
    headline: text().notNull(),
    claimantId: uuid().references(() => entities.id, { onDelete: 'restrict' }),
    kind: claimKindEnum().notNull(),
    hedges: text().array().notNull().default(sql`'{}'::text[]`),
    status: claimStatusEnum().notNull().default('draft'),
    verdictRatingId: uuid().references(() => ratings.id, { onDelete: 'restrict' }),
    rationale: text(),
    // docs/design.md, "Workflow": checkers propose a verdict and rationale, editors decide, and both are
    // kept. The verdict above is the decision (it starts as the proposal); these keep what the
    // checker last proposed, by whom and when, beside it.
    proposedVerdictRatingId: uuid().references(() => ratings.id, { onDelete: 'restrict' }),
    proposedRationale: text(),
    proposedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    proposedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp({ withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('claims_anchor_range', sql`${t.anchorStart} >= 0 AND ${t.anchorEnd} > ${t.anchorStart}`),
    check('claims_anchor_exact_length', sql`char_length(${t.anchorExact}) > 0`),
    check(
      'claims_anchor_context_length',
      sql`char_length(${t.anchorPrefix}) <= 64 AND char_length(${t.anchorSuffix}) <= 64`,
    ),
    // ClaimReview's claimReviewed carries the headline: short, and never empty.
    check('claims_headline_length', sql`char_length(${t.headline}) BETWEEN 1 AND 75`),
    check('claims_statement_not_blank', sql`btrim(${t.statement}) <> ''`),
    // A reader-visible claim always has a verdict (docs/design.md: publishing needs one).
    check(
      'claims_public_has_verdict',
      sql`${t.status} NOT IN ('published', 'corrected', 'retracted') OR (${t.verdictRatingId} IS NOT NULL AND ${t.publishedAt} IS NOT NULL)`,
    ),
    index('claims_article_idx').on(t.articleId),
    // Work queues filter by status and show the newest change first (keyset on updated_at, id);
    // with status leading, the index also serves plain status lookups.
    index('claims_status_updated_idx').on(
      t.status,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('claims_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // NULLS FIRST is what ORDER BY … DESC means; drizzle's .desc() alone emits DESC NULLS LAST, an
    // order no query asks for, which leaves the index unusable for sorting (bench/README.md).
    index('claims_published_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id)
      .where(sql`${t.publishedAt} IS NOT NULL`),
    // The public ledger filters on status (publicClaimsOnly), not on published_at, so it needs an
    // index whose predicate is that filter to read newest-first without sorting (bench/README.md).
    index('claims_public_published_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id)
      .where(sql`${t.status} IN ('published', 'corrected', 'retracted')`),
    // "The same claim elsewhere" on the public claim page compares these keys by equality. Not
    // partial: the planner ignores the statistics of a partial expression index, and without them
    // it guessed thousands of matches and walked every public claim newest first (bench/README.md,
    // finding 3b).
    index('claims_headline_key_idx').on(claimTextKey(t.headline)),
    index('claims_statement_key_idx').on(claimTextKey(t.statement)),
  ],
)

/**
 * The text the public ledger searches (headline, statement, the quote and the rationale, stemmed as
 * English) is the stored generated column `claims.search_vector`, with a GIN index on public claims
 * (migration 0007). It is not declared above, so no `select()` of claims carries it: only searches
 * name it, through this expression. Stored rather than computed in the query because at a million
 * claims the planner may walk the newest-first index and test every row it passes, and stemming
 * each one took seconds (bench/README.md, finding 3).
 */
export const claimSearchVector: SQL = sql`${claims}."search_vector"`

/** A claim text's key for "the same claim": lower case, punctuation and spacing folded. */
export function claimTextKey(text: AnyPgColumn | SQL | string): SQL {
  return sql`btrim(regexp_replace(lower(${text}), '[^[:alnum:]]+', ' ', 'g'))`
}

/** The people or organisations a claim is about. */
export const claimSubjects = pgTable(
  'claim_subjects',
  {
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.entityId] }),
    index('claim_subjects_entity_idx').on(t.entityId),
  ],
)

/** Working notes of the desk; never public. */
export const claimNotes = pgTable(
  'claim_notes',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('claim_notes_body_not_blank', sql`btrim(${t.body}) <> ''`),
    index('claim_notes_claim_idx').on(t.claimId),
  ],
)

/** Corrections and retractions of published claims, shown in the public changelog. */
export const claimCorrections = pgTable(
  'claim_corrections',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'restrict' }),
    kind: text().notNull(),
    whatChanged: text().notNull(),
    reason: text().notNull(),
    issuedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('claim_corrections_kind', sql`${t.kind} IN ('correction', 'retraction')`),
    check('claim_corrections_reason_not_blank', sql`btrim(${t.reason}) <> ''`),
    index('claim_corrections_claim_idx').on(t.claimId),
  ],
)
