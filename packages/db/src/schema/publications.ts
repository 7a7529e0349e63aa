import { type SQL, sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { articles, articleVersions } from './articles.ts'
import { claims } from './claims.ts'
import { createdAt, id, version } from './columns.ts'
import { users } from './users.ts'

/**
 * What readers see of a public claim, frozen when an editor publishes, corrects or retracts it
 * (docs/decisions/019-publication-snapshots.md). Every public route reads from here, never
 * from the working rows of claims, entities or articles, so nothing but an editor's act changes
 * what a reader sees. One row per claim, rewritten only by those acts (each one audited).
 * The filter columns are copies of the record's own fields so the ledger can filter and search
 * without reaching into the working tables.
 */
export const publishedClaims = pgTable(
  'published_claims',
  {
    claimId: uuid()
      .primaryKey()
      .references(() => claims.id, { onDelete: 'restrict' }),
    /** 1 at publication, +1 at every correction or retraction. */
    revision: integer().notNull(),
    status: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    /** When this revision was taken (the editor's act). */
    recordedAt: timestamp({ withTimezone: true }).notNull(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'restrict' }),
    /** The article version the claim was checked against, as published. */
    articleVersionId: uuid()
      .notNull()
      .references(() => articleVersions.id, { onDelete: 'restrict' }),
    outletId: uuid(),
    headline: text().notNull(),
    statement: text().notNull(),
    quote: text().notNull(),
    rationale: text(),
    verdictLabel: text().notNull(),
    grade: text(),
    subjectIds: uuid().array().notNull(),
    /** Claimant and outlet: whose claims these are ("by" on an entity page). */
    byIds: uuid().array().notNull(),
    /** Every entity the record names (subjects, claimant, outlet, hops, responders). */
    mentionIds: uuid().array().notNull(),
    /** Who responded in the record (the responses on an entity page). */
    responderIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    /** The frozen record itself (PublicationRecord in apps/api/src/services/public). */
    record: jsonb().notNull(),
  },
  (t) => [
    check('published_claims_status', sql`${t.status} IN ('published', 'corrected', 'retracted')`),
    check('published_claims_revision_positive', sql`${t.revision} > 0`),
    index('published_claims_order_idx').on(t.publishedAt.desc().nullsFirst(), t.claimId),
    index('published_claims_article_idx').on(t.articleId),
    index('published_claims_subjects_idx').using('gin', t.subjectIds),
    index('published_claims_by_idx').using('gin', t.byIds),
    index('published_claims_mentions_idx').using('gin', t.mentionIds),
    index('published_claims_responders_idx').using('gin', t.responderIds),
  ],
)

/**
 * The text the public ledger searches, as of publication: the stored generated column
 * `published_claims.search_vector` (custom migration), not declared above so no select carries it.
 */
export const publishedSearchVector: SQL = sql`${publishedClaims}."search_vector"`

/**
 * "The article changed after publication" (design.md, Workflow): one flag per published claim
 * per new article version, for editors to resolve by a correction or dismiss with a note.
 */
export const articleChangeFlags = pgTable(
  'article_change_flags',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'restrict' }),
    /** The version the public record quotes, and the version that arrived. */
    fromVersionId: uuid()
      .notNull()
      .references(() => articleVersions.id, { onDelete: 'restrict' }),
    toVersionId: uuid()
      .notNull()
      .references(() => articleVersions.id, { onDelete: 'restrict' }),
    /** unchanged | changed | gone (core: compareQuotedPassage). */
    kind: text().notNull(),
    /** The passage before and after: { quote, text, start, end } or null when gone. */
    before: jsonb().notNull(),
    after: jsonb(),
    /** null while open; corrected or dismissed by an editor, or superseded by a newer flag. */
    resolution: text(),
    resolutionNote: text(),
    resolvedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp({ withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    check('article_change_flags_kind', sql`${t.kind} IN ('unchanged', 'changed', 'gone')`),
    check(
      'article_change_flags_resolution',
      sql`${t.resolution} IS NULL OR ${t.resolution} IN ('corrected', 'dismissed', 'superseded')`,
    ),
    check(
      'article_change_flags_dismissal_note',
      sql`${t.resolution} IS DISTINCT FROM 'dismissed' OR btrim(coalesce(${t.resolutionNote}, '')) <> ''`,
    ),
    index('article_change_flags_claim_idx').on(t.claimId, t.createdAt),
    index('article_change_flags_open_idx').on(t.createdAt).where(sql`${t.resolution} IS NULL`),
  ],
)
