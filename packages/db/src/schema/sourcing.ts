import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core'
import { claims } from './claims.ts'
import { createdAt, id, updatedAt, version } from './columns.ts'
import { entities } from './entities.ts'
import {
  hopAccessEnum,
  hopRoleEnum,
  informationCredibilityEnum,
  sourceReliabilityEnum,
  sourcingGradeEnum,
} from './enums.ts'
import { users } from './users.ts'

/** One independent line of sourcing behind a claim; a claim may have several. */
export const attributionChains = pgTable(
  'attribution_chains',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('attribution_chains_position_key').on(t.claimId, t.position),
    check('attribution_chains_position_nonnegative', sql`${t.position} >= 0`),
  ],
)

/** The hops of a chain, origin first (position 0): e.g. unnamed sources → Global News → article. */
export const chainHops = pgTable(
  'chain_hops',
  {
    id: id(),
    chainId: uuid()
      .notNull()
      .references(() => attributionChains.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: 'restrict' }),
    role: hopRoleEnum().notNull(),
    named: boolean().notNull(),
    onRecord: boolean().notNull(),
    access: hopAccessEnum().notNull().default('unknown'),
    anonymityReasonGiven: boolean().notNull().default(false),
    // Cue words ("citing", "reported") and their anchor in the claim's article version.
    cue: text(),
    cueStart: integer(),
    cueEnd: integer(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('chain_hops_position_key').on(t.chainId, t.position),
    check('chain_hops_position_nonnegative', sql`${t.position} >= 0`),
    check(
      'chain_hops_cue_anchor',
      sql`(${t.cueStart} IS NULL AND ${t.cueEnd} IS NULL) OR (${t.cueStart} >= 0 AND ${t.cueEnd} > ${t.cueStart})`,
    ),
    index('chain_hops_entity_idx').on(t.entityId),
  ],
)

/**
 * The editor's judgement of how well a claim is sourced, kept apart from the verdict.
 * Information credibility is the NATO STANAG 2511 (Admiralty) scale 1–6.
 */
export const sourcingAssessments = pgTable(
  'sourcing_assessments',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .unique()
      .references(() => claims.id, { onDelete: 'cascade' }),
    informationCredibility: informationCredibilityEnum(),
    computedGrade: sourcingGradeEnum(),
    overrideGrade: sourcingGradeEnum(),
    overrideReason: text(),
    assessedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // An override always carries its reason (docs/design.md).
    check(
      'sourcing_assessments_override_reason',
      sql`${t.overrideGrade} IS NULL OR (${t.overrideReason} IS NOT NULL AND btrim(${t.overrideReason}) <> '')`,
    ),
  ],
)

/** Per origin source, the Admiralty (NATO STANAG 2511) source reliability A–F. */
export const sourceReliabilityRatings = pgTable(
  'source_reliability_ratings',
  {
    id: id(),
    assessmentId: uuid()
      .notNull()
      .references(() => sourcingAssessments.id, { onDelete: 'cascade' }),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: 'restrict' }),
    reliability: sourceReliabilityEnum().notNull(),
    note: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('source_reliability_ratings_key').on(t.assessmentId, t.entityId)],
)
