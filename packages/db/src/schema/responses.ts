import { sql } from 'drizzle-orm'
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { claims } from './claims.ts'
import { createdAt, id, updatedAt, version } from './columns.ts'
import { entities } from './entities.ts'
import { evidenceRelationEnum, replyChannelEnum, responseStanceEnum } from './enums.ts'
import { users } from './users.ts'

/** The reply of a party a claim concerns; it may address only part of the claim. */
export const responses = pgTable(
  'responses',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: 'restrict' }),
    stance: responseStanceEnum().notNull(),
    words: text(),
    // Anchor of the words in the claim's article version (UTF-16 offsets, end exclusive), if quoted there.
    wordsStart: integer(),
    wordsEnd: integer(),
    addressesPart: text(),
    channel: replyChannelEnum(),
    respondedOn: date({ mode: 'string' }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'responses_words_anchor',
      sql`(${t.wordsStart} IS NULL AND ${t.wordsEnd} IS NULL) OR (${t.wordsStart} >= 0 AND ${t.wordsEnd} > ${t.wordsStart})`,
    ),
    index('responses_claim_idx').on(t.claimId),
    index('responses_entity_idx').on(t.entityId),
  ],
)

/** Right-of-reply requests: asked whom, when, by what channel, by which deadline. */
export const replyRequests = pgTable(
  'reply_requests',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: 'restrict' }),
    channel: replyChannelEnum().notNull(),
    requestedAt: timestamp({ withTimezone: true }).notNull(),
    deadline: timestamp({ withTimezone: true }).notNull(),
    note: text(),
    responseId: uuid().references(() => responses.id, { onDelete: 'set null' }),
    requestedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('reply_requests_deadline_after_request', sql`${t.deadline} >= ${t.requestedAt}`),
    index('reply_requests_claim_idx').on(t.claimId),
    index('reply_requests_open_deadline_idx').on(t.deadline).where(sql`${t.responseId} IS NULL`),
  ],
)

/** A document or link that supports, refutes or gives context to a claim. */
export const evidence = pgTable(
  'evidence',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    relation: evidenceRelationEnum().notNull(),
    url: text(),
    title: text().notNull(),
    note: text(),
    addedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('evidence_url_scheme', sql`${t.url} IS NULL OR ${t.url} ~* '^https?://'`),
    check('evidence_title_not_blank', sql`btrim(${t.title}) <> ''`),
    index('evidence_claim_idx').on(t.claimId),
  ],
)
