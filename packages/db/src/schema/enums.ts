import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  ENTITY_KINDS,
  EVIDENCE_RELATIONS,
  HOP_ACCESS,
  HOP_ROLES,
  INFORMATION_CREDIBILITY,
  REPLY_CHANNELS,
  RESPONSE_STANCES,
  ROLES,
  SOURCE_RELIABILITY,
  SOURCING_GRADES,
} from '@claimtrail/contracts'
import { pgEnum } from 'drizzle-orm/pg-core'

// The vocabularies come from @claimtrail/contracts so the database refuses exactly what the API
// refuses.
export const roleEnum = pgEnum('role', ROLES)
export const claimStatusEnum = pgEnum('claim_status', CLAIM_STATUSES)
export const claimKindEnum = pgEnum('claim_kind', CLAIM_KINDS)
export const entityKindEnum = pgEnum('entity_kind', ENTITY_KINDS)
export const hopRoleEnum = pgEnum('hop_role', HOP_ROLES)
export const hopAccessEnum = pgEnum('hop_access', HOP_ACCESS)
export const responseStanceEnum = pgEnum('response_stance', RESPONSE_STANCES)
export const evidenceRelationEnum = pgEnum('evidence_relation', EVIDENCE_RELATIONS)
export const sourceReliabilityEnum = pgEnum('source_reliability', SOURCE_RELIABILITY)
export const informationCredibilityEnum = pgEnum('information_credibility', INFORMATION_CREDIBILITY)
export const sourcingGradeEnum = pgEnum('sourcing_grade', SOURCING_GRADES)
export const replyChannelEnum = pgEnum('reply_channel', REPLY_CHANNELS)
