import {
  type ChangesSince,
  CLAIM_TRANSITION_EVENTS,
  type ClaimHistory,
  type ClaimRecordKind,
  type RecordChange,
} from '@claimtrail/contracts'

type HistoryEvent = ClaimHistory['items'][number]

/** Names for the ids the audit log records (entities, ratings), from what the page has loaded. */
export interface DiffLookups {
  entity: (id: string) => string | undefined
  rating: (id: string) => string | undefined
}

/** "What changed since you last saw it" (contracts' ChangesSinceSchema). */
export type ReviewDiff = ChangesSince

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
const WORKFLOW_ACTIONS: ReadonlySet<string> = new Set(CLAIM_TRANSITION_EVENTS)

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

function describeChain(row: Record<string, unknown>, lookups: DiffLookups): string {
  const hops = Array.isArray(row.hops) ? row.hops.map(asRecord) : []
  const names = hops.map((h) => (typeof h.entityId === 'string' && lookups.entity(h.entityId)) || 'a source')
  return names.length > 0 ? `Chain: ${names.join(' → ')}` : 'A chain'
}

function describeResponse(row: Record<string, unknown>, entity: string | undefined): string {
  const stance = typeof row.stance === 'string' ? row.stance.replaceAll('_', ' ') : 'responds'
  const words = text(row.words)
  return `${entity ?? 'Someone'} ${stance}${words ? `: “${words}”` : ''}`
}

function describeRecord(kind: ClaimRecordKind, row: Record<string, unknown>, lookups: DiffLookups): string {
  const entity = typeof row.entityId === 'string' ? lookups.entity(row.entityId) : undefined
  switch (kind) {
    case 'chain':
      return describeChain(row, lookups)
    case 'response':
      return describeResponse(row, entity)
    case 'evidence':
      return `Evidence: ${text(row.title) ?? 'untitled'}${typeof row.relation === 'string' ? ` (${row.relation})` : ''}`
    case 'reply_request':
      return `Reply request to ${entity ?? 'someone'}`
    case 'note':
      return `Note: ${text(row.body) ?? ''}`
  }
}

interface RecordState {
  change: RecordChange
  added: boolean
  removed: boolean
  updated: boolean
}

/** The events after the viewer's last one, folded into net changes. */
class Accumulator {
  readonly firstBefore = new Map<string, unknown>()
  readonly lastAfter = new Map<string, unknown>()
  readonly records = new Map<string, RecordState>()
  readonly other = new Set<string>()
  readonly steps: ChangesSince['steps'] = []

  constructor(private readonly lookups: DiffLookups) {}

  add(event: HistoryEvent): void {
    const match = RECORD_ACTION.exec(event.action)
    const other = OTHER_ACTIONS[event.action]
    if (event.action === 'claim.updated' || event.action === 'claim.reanchored') this.fields(event)
    else if (WORKFLOW_ACTIONS.has(event.action)) this.step(event)
    else if (match)
      this.record(event, match[1] as ClaimRecordKind, match[2] as 'added' | 'updated' | 'removed')
    else if (other) this.other.add(other)
  }

  private fields(event: HistoryEvent): void {
    const before = asRecord(event.before)
    const after = asRecord(event.after)
    for (const field of Object.keys(FIELD_LABELS)) {
      if (!(field in after)) continue
      if (!this.firstBefore.has(field)) this.firstBefore.set(field, before[field])
      this.lastAfter.set(field, after[field])
    }
    if (event.action === 'claim.reanchored')
      this.other.add('The claim was placed on a new selection of the text')
  }

  private step(event: HistoryEvent): void {
    this.steps.push({
      action: event.action.slice('claim.'.length),
      at: event.occurredAt,
      by: event.actorName,
      comment: text(asRecord(event.after).comment),
    })
  }

  private record(event: HistoryEvent, kind: ClaimRecordKind, op: 'added' | 'updated' | 'removed'): void {
    const row = asRecord(op === 'removed' ? event.before : event.after)
    const entry = this.records.get(event.subjectId) ?? {
      change: { kind, id: event.subjectId, summary: '', by: event.actorName },
      added: false,
      removed: false,
      updated: false,
    }
    entry.change = { ...entry.change, summary: describeRecord(kind, row, this.lookups), by: event.actorName }
    entry[op] = true
    this.records.set(event.subjectId, entry)
  }

  /** Net field changes: a field changed and changed back is not listed. */
  fieldChanges(): ChangesSince['fields'] {
    return [...this.lastAfter]
      .filter(([field, after]) => comparable(field, this.firstBefore.get(field)) !== comparable(field, after))
      .map(([field, after]) => ({
        field,
        label: FIELD_LABELS[field] ?? field,
        before: describeValue(field, this.firstBefore.get(field), this.lookups),
        after: describeValue(field, after, this.lookups),
      }))
  }

  /** Net record changes: a record added and removed again is not listed. */
  recordChanges(which: 'added' | 'removed' | 'updated'): RecordChange[] {
    const net = (r: RecordState) =>
      r.added && r.removed ? null : r.added ? 'added' : r.removed ? 'removed' : r.updated ? 'updated' : null
    return [...this.records.values()].filter((r) => net(r) === which).map((r) => r.change)
  }
}

const OTHER_ACTIONS: Partial<Record<string, string>> = {
  'claim.chains_reordered': 'The chains were put in a new order',
  'claim.sourcing_assessed': 'The sourcing assessment was changed',
}

/**
 * docs/design.md, "Workflow": the editor's review shows what changed since they last acted. The
 * server computes it (GET /claims/:claimId/changes-since) with the names of entities and ratings.
 *
 * What changed on a claim since the viewer last acted on it ("last saw" = their most recent event
 * in the audit log, e.g. their previous request for changes). Field changes are net: a field
 * changed and changed back is not listed; a record added and removed again is not listed either.
 */
export function diffSinceLastSeen(
  events: readonly HistoryEvent[],
  viewerId: string,
  lookups: DiffLookups,
): ReviewDiff {
  const seenAt = events.findLastIndex((event) => event.actorId === viewerId)
  const seen = events[seenAt]
  if (!seen) return { lastSeen: null, fields: [], added: [], removed: [], updated: [], steps: [], other: [] }
  const changes = new Accumulator(lookups)
  for (const event of events.slice(seenAt + 1)) changes.add(event)
  return {
    lastSeen: { at: seen.occurredAt, action: seen.action },
    fields: changes.fieldChanges(),
    added: changes.recordChanges('added'),
    removed: changes.recordChanges('removed'),
    updated: changes.recordChanges('updated'),
    steps: changes.steps,
    other: [...changes.other],
  }
}

/** Whether anything at all changed since the viewer last acted. */
export function hasChanges(diff: ReviewDiff): boolean {
  return (
    diff.fields.length + diff.added.length + diff.removed.length + diff.updated.length + diff.other.length > 0
  )
}
