import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../../api/api-client.ts'
import { failureText } from './issue-failure.ts'

describe('failureText', () => {
  it('says a stale claim was reloaded', () => {
    const conflict = new ApiRequestError(409, { code: 'CONFLICT', message: 'Stale' })
    expect(failureText(conflict, 'correction')).toBe(
      'The claim was changed by someone else since you opened it, so the correction was not issued. It has been reloaded: check it, then issue the correction again.',
    )
  })

  it('passes the API’s words on, or says something went wrong', () => {
    expect(failureText(new Error('Reason is too long'), 'retraction')).toBe(
      'The retraction was not issued: Reason is too long',
    )
    expect(failureText(null, 'retraction')).toBe('The retraction was not issued: something went wrong')
  })
})
