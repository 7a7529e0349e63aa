import {
  AUDIT_EVENT_SUBJECTS,
  type AuditAction,
  type AuditEventKey,
  type ClaimHistory,
} from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { diffSinceLastSeen, hasChanges } from './changes-since.ts'

type HistoryEvent = ClaimHistory['items'][number]

const EDITOR = '00000000-0000-4000-8000-000000000001'
const CHECKER = '00000000-0000-4000-8000-000000000002'
const NAMES: Record<string, string> = {
  dong: 'Han Dong',
  gn: 'Global News',
  r1: 'Unsubstantiated',
  r2: 'False',
}
const lookups = { entity: (id: string) => NAMES[id], rating: (id: string) => NAMES[id] }

let nextId = 1
function event(actorId: string, action: AuditAction, fields: Partial<HistoryEvent> = {}): HistoryEvent {
  const id = nextId++
  return {
    id,
    occurredAt: new Date(Date.UTC(2024, 0, 1, 0, id)).toISOString(),
    actorId,
    actorName: actorId === EDITOR ? 'Erin Editor' : 'Chris Checker',
    ...({ action, subjectType: AUDIT_EVENT_SUBJECTS[action] } as AuditEventKey),
    subjectId: 'claim-1',
    before: null,
    after: null,
    requestId: null,
    ...fields,
  } as HistoryEvent
}

describe('diffSinceLastSeen', () => {
  it('is a first review when the viewer never acted on the claim', () => {
    const diff = diffSinceLastSeen(
      [event(CHECKER, 'claim.created'), event(CHECKER, 'claim.submit')],
      EDITOR,
      lookups,
    )
    expect(diff.lastSeen).toBeNull()
    expect(hasChanges(diff)).toBe(false)
  })

  it('lists the net field changes, records and steps after the viewer’s latest event', () => {
    const history = [
      event(CHECKER, 'claim.created'),
      event(CHECKER, 'claim.updated', {
        before: { headline: 'Old', rationale: null },
        after: { headline: 'Before review', rationale: null },
      }),
      event(CHECKER, 'claim.submit'),
      event(EDITOR, 'claim.request_changes', {
        after: { status: 'changes_requested', comment: 'Add the origin' },
      }),
      event(CHECKER, 'claim.updated', {
        before: { headline: 'Before review', verdictRatingId: 'r1', subjectIds: ['dong'], rationale: 'x' },
        after: { headline: 'Interim', verdictRatingId: 'r2', subjectIds: ['dong'], rationale: 'x' },
      }),
      event(CHECKER, 'claim.updated', {
        before: { headline: 'Interim', verdictRatingId: 'r2', rationale: 'x' },
        after: { headline: 'After review', verdictRatingId: 'r2', rationale: 'x' },
      }),
      event(CHECKER, 'claim.chain_added', {
        subjectId: 'chain-1',
        after: { id: 'chain-1', hops: [{ entityId: 'unknown' }, { entityId: 'gn' }] },
      }),
      event(CHECKER, 'claim.evidence_added', {
        subjectId: 'ev-1',
        after: { title: 'Scratch', relation: 'context' },
      }),
      event(CHECKER, 'claim.evidence_removed', { subjectId: 'ev-1', before: { title: 'Scratch' } }),
      event(CHECKER, 'claim.response_removed', {
        subjectId: 'resp-1',
        before: { entityId: 'dong', stance: 'denies', words: 'false' },
      }),
      event(CHECKER, 'claim.resubmit', { after: { status: 'in_review', comment: 'Origin added' } }),
    ]
    const diff = diffSinceLastSeen(history, EDITOR, lookups)
    expect(diff.lastSeen).toEqual({ at: history[3]?.occurredAt, action: 'claim.request_changes' })
    expect(diff.fields).toEqual([
      { field: 'headline', label: 'Headline', before: 'Before review', after: 'After review' },
      { field: 'verdictRatingId', label: 'Verdict', before: 'Unsubstantiated', after: 'False' },
    ])
    // Added then removed within the window: nothing to review.
    expect(diff.added).toEqual([
      { kind: 'chain', id: 'chain-1', summary: 'Chain: a source → Global News', by: 'Chris Checker' },
    ])
    expect(diff.removed).toEqual([
      { kind: 'response', id: 'resp-1', summary: 'Han Dong denies: “false”', by: 'Chris Checker' },
    ])
    expect(diff.steps).toEqual([
      { action: 'resubmit', at: history[10]?.occurredAt, by: 'Chris Checker', comment: 'Origin added' },
    ])
    expect(hasChanges(diff)).toBe(true)
  })

  it('reports nothing when the viewer acted last', () => {
    const diff = diffSinceLastSeen(
      [
        event(CHECKER, 'claim.updated', { before: { headline: 'a' }, after: { headline: 'b' } }),
        event(EDITOR, 'claim.approve'),
      ],
      EDITOR,
      lookups,
    )
    expect(diff.lastSeen?.action).toBe('claim.approve')
    expect(hasChanges(diff)).toBe(false)
    expect(diff.steps).toEqual([])
  })

  it('notes a field changed and changed back as no change, and updated records once', () => {
    const diff = diffSinceLastSeen(
      [
        event(EDITOR, 'claim.request_changes'),
        event(CHECKER, 'claim.updated', { before: { hedges: ['allegedly'] }, after: { hedges: [] } }),
        event(CHECKER, 'claim.updated', { before: { hedges: [] }, after: { hedges: ['allegedly'] } }),
        event(CHECKER, 'claim.evidence_updated', {
          subjectId: 'ev-2',
          after: { title: 'Report', relation: 'supports' },
        }),
        event(CHECKER, 'claim.evidence_updated', {
          subjectId: 'ev-2',
          after: { title: 'Report v2', relation: 'supports' },
        }),
        event(CHECKER, 'claim.sourcing_assessed'),
      ],
      EDITOR,
      lookups,
    )
    expect(diff.fields).toEqual([])
    expect(diff.updated).toEqual([
      { kind: 'evidence', id: 'ev-2', summary: 'Evidence: Report v2 (supports)', by: 'Chris Checker' },
    ])
    expect(diff.other).toEqual(['The sourcing assessment was changed'])
  })
})
