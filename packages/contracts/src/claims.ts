import { z } from 'zod'
import { AnchorSchema } from './anchors.ts'
import { EntityRefSchema } from './entities.ts'
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  HOP_ACCESS,
  HOP_ROLES,
  RESPONSE_STANCES,
  SOURCING_GRADES,
} from './enums.ts'

export const ClaimStatusSchema = z.enum(CLAIM_STATUSES)
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>
export const ClaimKindSchema = z.enum(CLAIM_KINDS)
export const SourcingGradeSchema = z.enum(SOURCING_GRADES)

export const HopSchema = z.object({
  id: z.uuid(),
  position: z.number().int().nonnegative(),
  entity: EntityRefSchema,
  role: z.enum(HOP_ROLES),
  named: z.boolean(),
  onRecord: z.boolean(),
  access: z.enum(HOP_ACCESS),
  anonymityReasonGiven: z.boolean(),
  cue: z.string().nullable(),
  cueStart: z.number().int().nullable(),
  cueEnd: z.number().int().nullable(),
})
export type Hop = z.infer<typeof HopSchema>

export const ChainSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  position: z.number().int().nonnegative(),
  hops: z.array(HopSchema),
})
export type Chain = z.infer<typeof ChainSchema>

export const ResponseSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  entity: EntityRefSchema,
  stance: z.enum(RESPONSE_STANCES),
  words: z.string().nullable(),
  addressesPart: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
})
export type ClaimResponse = z.infer<typeof ResponseSchema>

export const RatingSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  colour: z.string(),
  ratingValue: z.number().int().nullable(),
})
export type Rating = z.infer<typeof RatingSchema>

/** A claim as the article reader shows it: anchor, sourcing and verdict. */
export const ClaimInArticleSchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  status: ClaimStatusSchema,
  kind: ClaimKindSchema,
  headline: z.string(),
  statement: z.string(),
  claimant: EntityRefSchema.nullable(),
  subjects: z.array(EntityRefSchema),
  hedges: z.array(z.string()),
  anchor: AnchorSchema,
  chains: z.array(ChainSchema),
  responses: z.array(ResponseSchema),
  verdict: RatingSchema.nullable(),
  rationale: z.string().nullable(),
  sourcingGrade: SourcingGradeSchema.nullable(),
})
export type ClaimInArticle = z.infer<typeof ClaimInArticleSchema>
