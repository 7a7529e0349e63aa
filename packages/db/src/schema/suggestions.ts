import { SUGGESTION_OUTCOMES, SUGGESTION_TYPES } from '@claimtrail/contracts'
import { sql } from 'drizzle-orm'
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { articles, articleVersions } from './articles.ts'
import { claims } from './claims.ts'
import { id } from './columns.ts'
import { users } from './users.ts'

export const suggestionOutcomeEnum = pgEnum('suggestion_outcome', SUGGESTION_OUTCOMES)

const typeList = sql.raw(`array[${SUGGESTION_TYPES.map((t) => `'${t}'`).join(',')}]::text[]`)

/**
 * Every checker's decision on a suggestion (docs/decisions/017-suggestion-quality-loop.md): what it
 * proposed, what was wrong, and which extractor version made it. Append-only in practice: a
 * decision is never edited, and a dismissal hides the suggestion of that version for everyone.
 */
export const suggestionDecisions = pgTable(
  'suggestion_decisions',
  {
    id: id(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'restrict' }),
    articleVersionId: uuid()
      .notNull()
      .references(() => articleVersions.id, { onDelete: 'restrict' }),
    suggestionId: text().notNull(),
    outcome: suggestionOutcomeEnum().notNull(),
    types: text().array().notNull(),
    wrongTypes: text().array().notNull().default(sql`'{}'::text[]`),
    extractorVersion: text().notNull(),
    claimId: uuid().references(() => claims.id, { onDelete: 'restrict' }),
    note: text(),
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('suggestion_decisions_types_known', sql`${t.types} <@ ${typeList}`),
    check('suggestion_decisions_wrong_within_types', sql`${t.wrongTypes} <@ ${t.types}`),
    // An accepted suggestion became a claim; a dismissed one did not.
    check(
      'suggestion_decisions_claim_iff_accepted',
      sql`(${t.outcome} = 'dismissed') = (${t.claimId} IS NULL)`,
    ),
    check(
      'suggestion_decisions_accepted_not_wrong',
      sql`${t.outcome} <> 'accepted' OR cardinality(${t.wrongTypes}) = 0`,
    ),
    // One dismissal per suggestion of a version: a second checker sees it gone.
    uniqueIndex('suggestion_decisions_one_dismissal')
      .on(t.articleVersionId, t.suggestionId)
      .where(sql`${t.outcome} = 'dismissed'`),
    index('suggestion_decisions_decided_idx').on(t.decidedAt),
  ],
)
