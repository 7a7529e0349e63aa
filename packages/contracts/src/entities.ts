import { z } from 'zod'
import { ENTITY_KINDS } from './enums.ts'

export const EntityKindSchema = z.enum(ENTITY_KINDS)
export const EntityRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: EntityKindSchema,
})
export type EntityRef = z.infer<typeof EntityRefSchema>
