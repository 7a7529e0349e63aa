import type { Job } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { changeWords, checkOutcomeWords, diffLineKind } from './watch-words.ts'

const change = {
  id: 'c',
  detectedAt: '',
  diff: null,
  summary: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
}

describe('watch words', () => {
  it('says what a change was', () => {
    expect(changeWords({ ...change, kind: 'dead', httpStatus: 404, articleVersionNumber: null })).toBe(
      'Gone (HTTP 404)',
    )
    expect(changeWords({ ...change, kind: 'changed', httpStatus: null, articleVersionNumber: 3 })).toBe(
      'Text changed: now version 3',
    )
    expect(changeWords({ ...change, kind: 'recovered', httpStatus: null, articleVersionNumber: null })).toBe(
      'Answers again',
    )
  })

  it('says what a check found, or why it failed', () => {
    const job = {
      status: 'succeeded',
      error: null,
      result: { watchedSourceId: 'w', outcome: 'dead', changeId: 'c' },
    }
    expect(checkOutcomeWords(job as Job)).toBe('Checked: the page is gone.')
    const failed = { status: 'failed', result: null, error: { code: 'FETCH_FAILED', message: 'HTTP 503' } }
    expect(checkOutcomeWords(failed as Job)).toBe('The check failed: HTTP 503')
  })

  it('reads a unified diff line by line', () => {
    expect(['@@ -1 +1 @@', '+new', '-old', ' same'].map(diffLineKind)).toEqual([
      'hunk',
      'added',
      'removed',
      'context',
    ])
  })
})
