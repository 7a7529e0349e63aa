// Domain vocabularies, written once. The database (pgEnum), the API (zod) and the web app all use
// these arrays, so a new value is added in exactly one place.

export const ROLES = ['checker', 'editor', 'admin'] as const
export const CLAIM_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'corrected',
  'retracted',
] as const
/** Statuses a reader may see (docs/design.md: published, corrected and retracted only). */
export const PUBLIC_CLAIM_STATUSES = ['published', 'corrected', 'retracted'] as const
export const CLAIM_KINDS = ['allegation', 'statement_of_fact', 'quotation', 'prediction', 'opinion'] as const
export const ENTITY_KINDS = [
  'person',
  'organisation',
  'outlet',
  'government_body',
  'anonymous_group',
] as const
export const HOP_ROLES = ['origin', 'relay', 'publisher'] as const
export const HOP_ACCESS = ['direct', 'second_hand', 'unknown'] as const
export const RESPONSE_STANCES = [
  'denies',
  'admits',
  'partially_admits',
  'confirms',
  'declines_to_comment',
  'did_not_respond',
] as const
export const EVIDENCE_RELATIONS = ['supports', 'refutes', 'context'] as const
/** NATO STANAG 2511 / Admiralty code: source reliability. */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const
/** NATO STANAG 2511 / Admiralty code: information credibility. */
export const INFORMATION_CREDIBILITY = ['1', '2', '3', '4', '5', '6'] as const
export const SOURCING_GRADES = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'] as const
export const REPLY_CHANNELS = ['email', 'phone', 'in_person', 'social_media', 'letter', 'other'] as const
