import { describe, expect, it } from 'vitest'
import { allowedActions, findTransition, findTransitionBetween, isPublicStatus } from './transitions.ts'

describe('claim workflow', () => {
  it('follows the design: draft → in_review → approved → published', () => {
    expect(findTransition('draft', 'submit')?.to).toBe('in_review')
    expect(findTransition('in_review', 'approve')?.to).toBe('approved')
    expect(findTransition('approved', 'publish')?.to).toBe('published')
  })

  it('sends back and resubmits', () => {
    expect(findTransition('in_review', 'request_changes')?.to).toBe('changes_requested')
    expect(findTransition('changes_requested', 'resubmit')?.to).toBe('in_review')
  })

  it('never edits a published claim in place: only correct or retract', () => {
    expect(allowedActions('published').sort()).toEqual(['correct', 'retract'])
    expect(findTransitionBetween('published', 'draft')).toBeUndefined()
  })

  it('refuses illegal moves', () => {
    expect(findTransition('draft', 'publish')).toBeUndefined()
    expect(findTransition('retracted', 'correct')).toBeUndefined()
    expect(allowedActions('retracted')).toEqual([])
  })

  it('lets checkers only submit and resubmit', () => {
    expect(allowedActions('draft', 'checker')).toEqual(['submit'])
    expect(allowedActions('in_review', 'checker')).toEqual([])
    expect(allowedActions('in_review', 'editor').sort()).toEqual(['approve', 'request_changes'])
  })

  it('knows what a reader may see', () => {
    expect(['published', 'corrected', 'retracted'].every((s) => isPublicStatus(s as never))).toBe(true)
    expect(isPublicStatus('approved')).toBe(false)
    expect(isPublicStatus('draft')).toBe(false)
  })
})
