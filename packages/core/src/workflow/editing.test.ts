import { describe, expect, it } from 'vitest'
import { canEditClaim, readOnlyReason } from './editing.ts'

describe('who edits a claim when', () => {
  it('lets checkers edit drafts and claims sent back, and nothing else', () => {
    expect(canEditClaim('checker', 'draft')).toBe(true)
    expect(canEditClaim('checker', 'changes_requested')).toBe(true)
    expect(canEditClaim('checker', 'in_review')).toBe(false)
    expect(canEditClaim('checker', 'approved')).toBe(false)
  })

  it('lets editors edit up to publication, never after', () => {
    for (const status of ['draft', 'in_review', 'changes_requested', 'approved'] as const) {
      expect(canEditClaim('editor', status)).toBe(true)
      expect(canEditClaim('admin', status)).toBe(true)
    }
    for (const status of ['published', 'corrected', 'retracted'] as const) {
      expect(canEditClaim('editor', status)).toBe(false)
    }
  })

  it('says why in words, naming who acts next', () => {
    expect(readOnlyReason('checker', 'draft')).toBeNull()
    expect(readOnlyReason('checker', 'in_review')).toEqual({
      kind: 'checker-waits',
      message: 'The claim is in review: the editor acts next',
    })
    expect(readOnlyReason('editor', 'published')?.message).toBe(
      'The claim is published: it is never edited in place; editors issue a correction instead',
    )
  })
})
