import type { ClaimHistory } from '@claimtrail/contracts'

type HistoryEvent = ClaimHistory['items'][number]

/** Names for the ids the audit log records (entities, ratings), from what the page has loaded. */
export interface DiffLookups {
  entity: (id: string) => string | undefined
  rating: (id: string) => string | undefined
}

export interface FieldChange {
  field: string
  label: string
  before: string
  after: string
}

export type RecordKind = 'chain' | 'response' | 'evidence' | 'reply_request' | 'note'

export interface RecordChange {
  kind: RecordKind
  id: string
  /** A one-line description of the record (as it was when added, or when removed). */
  summary: string
  by: string | null
}

export interface WorkflowStep {
  action: string
  at: string
  by: string | null
  comment: string | null
}

export interface ReviewDiff {
  /** The viewer's own latest event on the claim; null when they have never acted on it. */
  lastSeen: { at: string; action: string } | null
  fields: FieldChange[]
  added: RecordChange[]
  removed: RecordChange[]
  updated: RecordChange[]
  steps: WorkflowStep[]
  /** Other changes worth a line (re-anchoring, chain order, the sourcing assessment). */
  other: string[]
}

// The claim fields an audit snapshot (claim.updated, claim.reanchored) carries that a reviewer reads.
const FIELD_LABELS: Record<string, string> = {
  headline: 'Headline',
  statement: 'Statement',
  kind: 'Kind',
  claimantId: 'Claimant',
  subjectIds: 'About',
  hedges: 'Hedges',
  verdictRatingId: 'Verdict',
  rationale: 'Rationale',
  anchorExact: 'Quoted text',
}

const RECORD_ACTION = /^claim\.(chain|response|evidence|reply_request|note)_(added|updated|removed)$/
const WORKFLOW_ACTIONS = new Set([
  'claim.submit',
  'claim.resubmit',
  'claim.approve',
  'claim.request_changes',
  'claim.publish',
  'claim.correct',
  'claim.retract',
])

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)

function describeValue(field: string, value: unknown, lookups: DiffLookups): string {
  if (value === null || value === undefined || value === '') return '—'
  if (field === 'claimantId') return lookups.entity(String(value)) ?? 'another entity'
  if (field === 'verdictRatingId') return lookups.rating(String(value)) ?? 'another rating'
  if (field === 'subjectIds' && Array.isArray(value)) {
    return value.length === 0
      ? '—'
      : value.map((id) => lookups.entity(String(id)) ?? 'another entity').join(', ')
  }
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(String).join(', ')
  return String(value)
}

const comparable = (field: string, value: unknown) =>
  JSON.stringify(
    field === 'subjectIds' && Array.isArray(value) ? [...value].map(String).sort() : (value ?? null),
  )

function describeRecord(kind: RecordKind, row: Record<string, unknown>, lookups: DiffLookups): string {
  const entity = typeof row.entityId === 'string' ? lookups.entity(row.entityId) : undefined
  switch (kind) {
    case 'chain': {
      const hops = Array.isArray(row.hops) ? row.hops.map(asRecord) : []
      const names = hops.map(
        (h) => (typeof h.entityId === 'string' && lookups.entity(h.entityId)) || 'a source',
      )
      return names.length > 0 ? `Chain: ${names.join(' → ')}` : 'A chain'
    }
    case 'response': {
      const stance = typeof row.stance === 'string' ? row.stance.replaceAll('_', ' ') : 'responds'
      const words = text(row.words)
      return `${entity ?? 'Someone'} ${stance}${words ? `: “${words}”` : ''}`
    }
    case 'evidence':
      return `Evidence: ${text(row.title) ?? 'untitled'}${typeof row.relation === 'string' ? ` (${row.relation})` : ''}`
    case 'reply_request':
      return `Reply request to ${entity ?? 'someone'}`
    case 'note':
      return `Note: ${text(row.body) ?? ''}`
  }
}

/**
 * What changed on a claim since the viewer last acted on it ("last saw" = their most recent event
 * in the audit log, e.g. their previous request for changes). Field changes are net: a field
 * changed and changed back is not listed; a record added and removed again is not listed either.
 */
export function diffSinceLastSeen(
  events: readonly HistoryEvent[],
  viewerId: string,
  lookups: DiffLookups,
): ReviewDiff {
  let seenAt = -1
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i]?.actorId === viewerId) {
      seenAt = i
      break
    }
  }
  const seen = events[seenAt]
  const diff: ReviewDiff = {
    lastSeen: seen ? { at: seen.occurredAt, action: seen.action } : null,
    fields: [],
    added: [],
    removed: [],
    updated: [],
    steps: [],
    other: [],
  }
  if (!seen) return diff
  const since = events.slice(seenAt + 1)

  const firstBefore = new Map<string, unknown>()
  const lastAfter = new Map<string, unknown>()
  const records = new Map<
    string,
    { change: RecordChange; added: boolean; removed: boolean; updated: boolean }
  >()
  const other = new Set<string>()

  for (const event of since) {
    const before = asRecord(event.before)
    const after = asRecord(event.after)
    if (event.action === 'claim.updated' || event.action === 'claim.reanchored') {
      for (const field of Object.keys(FIELD_LABELS)) {
        if (!(field in after)) continue
        if (!firstBefore.has(field)) firstBefore.set(field, before[field])
        lastAfter.set(field, after[field])
      }
      if (event.action === 'claim.reanchored')
        other.add('The claim was placed on a new selection of the text')
      continue
    }
    if (WORKFLOW_ACTIONS.has(event.action)) {
      diff.steps.push({
        action: event.action.slice('claim.'.length),
        at: event.occurredAt,
        by: event.actorName,
        comment: text(after.comment),
      })
      continue
    }
    const match = RECORD_ACTION.exec(event.action)
    if (match) {
      const kind = match[1] as RecordKind
      const op = match[2]
      const row = op === 'removed' ? before : after
      const entry = records.get(event.subjectId) ?? {
        change: { kind, id: event.subjectId, summary: '', by: event.actorName },
        added: false,
        removed: false,
        updated: false,
      }
      entry.change = { ...entry.change, summary: describeRecord(kind, row, lookups), by: event.actorName }
      if (op === 'added') entry.added = true
      else if (op === 'removed') entry.removed = true
      else entry.updated = true
      records.set(event.subjectId, entry)
      continue
    }
    if (event.action === 'claim.chains_reordered') other.add('The chains were put in a new order')
    else if (event.action === 'claim.sourcing_assessed') other.add('The sourcing assessment was changed')
  }

  for (const [field, after] of lastAfter) {
    const before = firstBefore.get(field)
    if (comparable(field, before) === comparable(field, after)) continue
    diff.fields.push({
      field,
      label: FIELD_LABELS[field] ?? field,
      before: describeValue(field, before, lookups),
      after: describeValue(field, after, lookups),
    })
  }
  for (const { change, added, removed, updated } of records.values()) {
    if (added && removed) continue
    if (added) diff.added.push(change)
    else if (removed) diff.removed.push(change)
    else if (updated) diff.updated.push(change)
  }
  diff.other = [...other]
  return diff
}

/** Whether anything at all changed since the viewer last acted. */
export function hasChanges(diff: ReviewDiff): boolean {
  return (
    diff.fields.length + diff.added.length + diff.removed.length + diff.updated.length + diff.other.length > 0
  )
}
