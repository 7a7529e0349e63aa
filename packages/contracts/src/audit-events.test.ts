import { describe, expect, it } from 'vitest'
import { AUDIT_ACTIONS, AUDIT_EVENT_SUBJECTS, AuditEventKeySchema, recordEventKey } from './audit-events.ts'

describe('the audit-event contract', () => {
  it('gives every action one subject type, and the schema holds each action to it', () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(50)
    for (const action of AUDIT_ACTIONS) {
      const subjectType = AUDIT_EVENT_SUBJECTS[action]
      expect(AuditEventKeySchema.safeParse({ action, subjectType }).success, action).toBe(true)
    }
  })

  it('refuses an action with another subject type, and an action it does not know', () => {
    expect(AuditEventKeySchema.safeParse({ action: 'entity.merged', subjectType: 'user' }).success).toBe(
      false,
    )
    expect(AuditEventKeySchema.safeParse({ action: 'claim.publish', subjectType: 'entity' }).success).toBe(
      false,
    )
    expect(
      AuditEventKeySchema.safeParse({ action: 'claim.reply_requested', subjectType: 'claim' }).success,
    ).toBe(false)
  })

  it('names a record event and its subject from the record kind', () => {
    expect(recordEventKey('chain', 'added')).toEqual({
      action: 'claim.chain_added',
      subjectType: 'attribution_chain',
    })
    expect(recordEventKey('note', 'removed')).toEqual({
      action: 'claim.note_removed',
      subjectType: 'claim_note',
    })
    expect(recordEventKey('reply_request', 'updated')).toEqual({
      action: 'claim.reply_request_updated',
      subjectType: 'reply_request',
    })
  })
})
