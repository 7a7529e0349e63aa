import { z } from 'zod'
import { CursorSchema, IdSchema } from './common.ts'
import { ENTITY_KINDS } from './enums.ts'

export const EntityKindSchema = z.enum(ENTITY_KINDS)
export type EntityKind = z.infer<typeof EntityKindSchema>
export const EntityRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: EntityKindSchema,
})
export type EntityRef = z.infer<typeof EntityRefSchema>

const Version = z.number().int().positive()
const EntityName = z.string().trim().min(1).max(200)
const Aliases = z
  .array(z.string().trim().min(1).max(200))
  .max(50)
  .meta({ description: 'Other names the entity goes by; duplicates (ignoring case) are dropped' })
const WikidataId = z
  .string()
  .regex(/^Q\d+$/, 'must be a Wikidata item id such as Q42')
  .max(20)
  .meta({ description: 'Wikidata item id, e.g. Q42; unique across entities' })
const Description = z.string().trim().max(2000)

/** A person, organisation, outlet, government body or anonymous group of sources. */
export const EntitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: EntityKindSchema,
  aliases: z.array(z.string()),
  wikidataId: z.string().nullable(),
  description: z.string().nullable(),
  mergedIntoId: z
    .uuid()
    .nullable()
    .meta({ description: 'Set when this entity was merged into another: follow it to the surviving entity' }),
  version: Version,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Entity = z.infer<typeof EntitySchema>

export const CreateEntitySchema = z.strictObject({
  name: EntityName,
  kind: EntityKindSchema,
  aliases: Aliases.optional(),
  wikidataId: WikidataId.nullish(),
  description: Description.nullish(),
})
export type CreateEntity = z.infer<typeof CreateEntitySchema>

/** A partial update; the version comes from `If-Match` or the `version` field. `null` clears a field. */
export const UpdateEntitySchema = z
  .strictObject({
    version: Version.optional(),
    name: EntityName.optional(),
    kind: EntityKindSchema.optional(),
    aliases: Aliases.optional(),
    wikidataId: WikidataId.nullable().optional(),
    description: Description.nullable().optional(),
  })
  .refine(
    (body) => Object.keys(body).some((key) => key !== 'version'),
    'must change at least one of name, kind, aliases, wikidataId, description',
  )
export type UpdateEntity = z.infer<typeof UpdateEntitySchema>

/** Merges the entity in the path (a duplicate) into `intoId`; `version` is the duplicate's. */
export const MergeEntitySchema = z.strictObject({
  intoId: IdSchema.meta({ description: 'The entity that absorbs the duplicate and its references' }),
  version: Version.optional().meta({
    description: 'Version of the duplicate you read (or send If-Match)',
  }),
})
export type MergeEntity = z.infer<typeof MergeEntitySchema>

/** How many references a merge moved from the duplicate to the surviving entity, per table. */
export const EntityMergeCountsSchema = z.object({
  claimants: z.number().int().nonnegative(),
  claimSubjects: z.number().int().nonnegative(),
  claimSubjectsAlreadyPresent: z.number().int().nonnegative(),
  chainHops: z.number().int().nonnegative(),
  responses: z.number().int().nonnegative(),
  replyRequests: z.number().int().nonnegative(),
  sourceReliabilityRatings: z.number().int().nonnegative(),
  sourceReliabilityRatingsDropped: z.number().int().nonnegative(),
  articleOutlets: z.number().int().nonnegative(),
  mergedEntities: z
    .number()
    .int()
    .nonnegative()
    .meta({ description: 'Entities merged earlier into the duplicate, now pointing at the survivor' }),
})
export type EntityMergeCounts = z.infer<typeof EntityMergeCountsSchema>

export const EntityMergeResultSchema = z.object({
  entity: EntitySchema.meta({ description: 'The surviving entity, with the duplicate’s names as aliases' }),
  merged: EntitySchema.meta({ description: 'The duplicate, now pointing at the surviving entity' }),
  moved: EntityMergeCountsSchema,
})
export type EntityMergeResult = z.infer<typeof EntityMergeResultSchema>

export const EntityParamsSchema = z.strictObject({ entityId: IdSchema })

export const EntitySearchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Matches names and aliases, ignoring case and common accents; best matches first' }),
  kind: EntityKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: CursorSchema.optional(),
})
export type EntitySearchQuery = z.infer<typeof EntitySearchQuerySchema>

export const EntityListSchema = z.object({
  items: z.array(EntitySchema),
  nextCursor: z.string().nullable(),
})
export type EntityList = z.infer<typeof EntityListSchema>
