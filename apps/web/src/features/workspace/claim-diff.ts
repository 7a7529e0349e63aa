import type { ClaimInArticle, EntityRef, UpdateClaim } from '@claimtrail/contracts'
import { KIND_LABELS } from '../articles/claim-labels.ts'

/** The fields of a claim the checker edits in the workspace. */
export interface ClaimFields {
  statement: string
  headline: string
  kind: ClaimInArticle['kind']
  claimant: EntityRef | null
  subjects: EntityRef[]
  hedges: string[]
}

export type ClaimField = keyof ClaimFields

export const FIELD_LABELS: Record<ClaimField, string> = {
  statement: 'Statement',
  headline: 'Headline',
  kind: 'Kind',
  claimant: 'Claimant',
  subjects: 'About',
  hedges: 'Hedges',
}

const FIELDS = Object.keys(FIELD_LABELS) as ClaimField[]

export function fieldsOf(claim: Pick<ClaimInArticle, ClaimField>): ClaimFields {
  return {
    statement: claim.statement,
    headline: claim.headline,
    kind: claim.kind,
    claimant: claim.claimant,
    subjects: claim.subjects,
    hedges: claim.hedges,
  }
}

/** A comparable form of a field's value: entities by id, lists regardless of order for subjects. */
function key(field: ClaimField, value: ClaimFields[ClaimField]): string {
  switch (field) {
    case 'claimant':
      return (value as EntityRef | null)?.id ?? ''
    case 'subjects':
      return (value as EntityRef[])
        .map((e) => e.id)
        .sort()
        .join(' ')
    case 'hedges':
      return JSON.stringify(value)
    default:
      return String(value)
  }
}

export function sameField<F extends ClaimField>(field: F, a: ClaimFields[F], b: ClaimFields[F]): boolean {
  return key(field, a) === key(field, b)
}

/** A field's value in words, for the conflict view. */
export function describeField<F extends ClaimField>(field: F, value: ClaimFields[F]): string {
  switch (field) {
    case 'kind':
      return KIND_LABELS[value as ClaimFields['kind']]
    case 'claimant':
      return (value as EntityRef | null)?.name ?? '(none)'
    case 'subjects': {
      const names = (value as EntityRef[]).map((e) => e.name)
      return names.length ? names.join(', ') : '(none)'
    }
    case 'hedges': {
      const hedges = value as string[]
      return hedges.length ? hedges.map((h) => `“${h}”`).join(', ') : '(none)'
    }
    default:
      return String(value)
  }
}

/** The fields the user changed from what they read. */
export function changedFields(base: ClaimFields, mine: ClaimFields): Partial<ClaimFields> {
  const changes: Partial<Record<ClaimField, unknown>> = {}
  for (const field of FIELDS) {
    if (!sameField(field, base[field], mine[field])) changes[field] = mine[field]
  }
  return changes as Partial<ClaimFields>
}

/** The PATCH body of a set of changes (without the version: that goes in If-Match). */
export function updateBody(changes: Partial<ClaimFields>): UpdateClaim {
  const body: UpdateClaim = {}
  if (changes.statement !== undefined) body.statement = changes.statement.trim()
  if (changes.headline !== undefined) body.headline = changes.headline.trim()
  if (changes.kind !== undefined) body.kind = changes.kind
  if (changes.claimant !== undefined) body.claimantId = changes.claimant?.id ?? null
  if (changes.subjects !== undefined) body.subjectIds = changes.subjects.map((e) => e.id)
  if (changes.hedges !== undefined) body.hedges = changes.hedges
  return body
}

export interface FieldConflict {
  field: ClaimField
  label: string
  /** What the user read when they started editing. */
  read: string
  /** What they tried to save. */
  mine: string
  /** What the claim says now, after someone else's change. */
  theirs: string
  changedByMe: boolean
  changedByThem: boolean
  /** Both changed it, to different values: re-applying overwrites theirs on this field. */
  clash: boolean
}

/**
 * What a 409 means field by field: for every field either side changed since the user read the
 * claim, what they read, what they wrote and what is there now.
 */
export function diffConflict(read: ClaimFields, mine: ClaimFields, theirs: ClaimFields): FieldConflict[] {
  return FIELDS.flatMap((field) => {
    const changedByMe = !sameField(field, read[field], mine[field])
    const changedByThem = !sameField(field, read[field], theirs[field])
    if (!changedByMe && !changedByThem) return []
    return [
      {
        field,
        label: FIELD_LABELS[field],
        read: describeField(field, read[field]),
        mine: describeField(field, mine[field]),
        theirs: describeField(field, theirs[field]),
        changedByMe,
        changedByThem,
        clash: changedByMe && changedByThem && !sameField(field, mine[field], theirs[field]),
      },
    ]
  })
}

/**
 * Re-applying after a conflict: the current claim with the user's own changes laid over it, so
 * fields only the other person changed keep their new value.
 */
export function reapply(read: ClaimFields, mine: ClaimFields, theirs: ClaimFields): ClaimFields {
  return { ...theirs, ...changedFields(read, mine) }
}
