import type { EVIDENCE_RELATIONS, REPLY_CHANNELS, RESPONSE_STANCES } from '@claimtrail/contracts'

export type Stance = (typeof RESPONSE_STANCES)[number]
export type Channel = (typeof REPLY_CHANNELS)[number]
export type Relation = (typeof EVIDENCE_RELATIONS)[number]

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone',
  in_person: 'In person',
  social_media: 'Social media',
  letter: 'Letter',
  other: 'Other',
}

export const RELATION_LABELS: Record<Relation, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
}
