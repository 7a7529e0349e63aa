import { sql } from 'drizzle-orm'
import { boolean, check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, updatedAt, version } from './columns.ts'

/** Rating scales are data, not code: an admin edits them (docs/design.md, "Rating scale"). */
export const ratingScales = pgTable(
  'rating_scales',
  {
    id: id(),
    name: text().notNull().unique(),
    description: text(),
    isDefault: boolean().notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // At most one default scale.
  (t) => [uniqueIndex('rating_scales_one_default').on(t.isDefault).where(sql`${t.isDefault}`)],
)

export const ratings = pgTable(
  'ratings',
  {
    id: id(),
    scaleId: uuid()
      .notNull()
      .references(() => ratingScales.id, { onDelete: 'restrict' }),
    position: integer().notNull(),
    label: text().notNull(),
    description: text().notNull().default(''),
    colour: text().notNull(),
    // schema.org ClaimReview reviewRating.ratingValue; null for "Not rated" (opinions).
    ratingValue: integer(),
    // A rating that published verdicts used is never rewritten: editing its label or value retires
    // it (kept for those verdicts) and adds a new one.
    retiredAt: timestamp({ withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Order and labels are unique among the ratings in use; retired ones keep theirs for history.
    uniqueIndex('ratings_scale_position_active').on(t.scaleId, t.position).where(sql`${t.retiredAt} IS NULL`),
    uniqueIndex('ratings_scale_label_active').on(t.scaleId, t.label).where(sql`${t.retiredAt} IS NULL`),
    check('ratings_colour_hex', sql`${t.colour} ~ '^#[0-9a-fA-F]{6}$'`),
    check('ratings_label_not_blank', sql`btrim(${t.label}) <> ''`),
  ],
)
