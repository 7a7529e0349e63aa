import type { RatingScale } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../../api/api-client.ts'
import { isPageProblem, problemOf, reviewActionsAllowed, verdictScale } from './review-problem.ts'

describe('problemOf', () => {
  it('lists what blocks publication', () => {
    const error = new ApiRequestError(422, {
      code: 'PUBLISH_BLOCKED',
      message: 'Blocked',
      details: { reasons: ['No rationale', 'No sources'] },
    })
    const problem = problemOf(error)
    expect(problem).toEqual({
      title: 'This claim cannot be published yet',
      message: 'Fix these first:',
      reasons: ['No rationale', 'No sources'],
    })
    expect(isPageProblem(problem)).toBe(true)
  })

  it('falls back to the message when the blockers are not listed', () => {
    const error = new ApiRequestError(422, { code: 'PUBLISH_BLOCKED', message: 'Blocked' })
    expect(problemOf(error).reasons).toEqual(['Blocked'])
  })

  it('says the claim was reloaded after a conflict', () => {
    const problem = problemOf(new ApiRequestError(409, { code: 'CONFLICT', message: 'Version 3 is stale' }))
    expect(problem.conflict).toBe(true)
    expect(problem.message).toBe(
      'Version 3 is stale. The claim has been reloaded with their changes: check what changed, then do it again.',
    )
    expect(isPageProblem(problem)).toBe(true)
  })

  it('passes any other error’s message on', () => {
    const problem = problemOf(new Error('Network down'))
    expect(problem).toEqual({ title: 'That did not work', message: 'Network down' })
    expect(isPageProblem(problem)).toBe(false)
    expect(problemOf('?').message).toBe('Something went wrong.')
  })
})

describe('reviewActionsAllowed', () => {
  it('reads the workflow actions the API allows', () => {
    expect(reviewActionsAllowed({ allowedActions: ['approve', 'request_changes'] } as never)).toEqual({
      approve: true,
      'request-changes': true,
      publish: false,
    })
    expect(reviewActionsAllowed(undefined)).toEqual({
      approve: false,
      'request-changes': false,
      publish: false,
    })
  })
})

describe('verdictScale', () => {
  it('takes the default scale, else the first, else none', () => {
    const a = { id: 'a', isDefault: false } as RatingScale
    const b = { id: 'b', isDefault: true } as RatingScale
    expect(verdictScale([a, b])).toBe(b)
    expect(verdictScale([a])).toBe(a)
    expect(verdictScale([])).toBeNull()
    expect(verdictScale(undefined)).toBeNull()
  })
})
