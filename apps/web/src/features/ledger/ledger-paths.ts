import type { EntityRef } from '@claimtrail/contracts'

export const claimPath = (claimId: string) => `/ledger/claims/${encodeURIComponent(claimId)}`

/** Outlets have their own address; people, organisations and groups share /ledger/people. */
export const entityPath = (entity: Pick<EntityRef, 'id' | 'kind'>) =>
  `/ledger/${entity.kind === 'outlet' ? 'outlets' : 'people'}/${encodeURIComponent(entity.id)}`
