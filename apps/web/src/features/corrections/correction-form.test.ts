import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../../api/api-client.ts'
import {
  buildCorrection,
  buildRetraction,
  correctionErrorsFromApi,
  initialCorrection,
  KEEP_VERDICT,
} from './correction-form.ts'

const claim = {
  headline: 'Ke left the PC caucus',
  statement: 'Vincent Ke left the Ontario PC caucus in March 2023.',
  rationale: 'He sits as an independent.',
  version: 7,
}
const RATING = '00000000-0000-4000-8000-000000000001'

describe('buildCorrection', () => {
  it('sends what changed, why and the version read, and no changes when the claim is untouched', () => {
    const values = { ...initialCorrection(claim), whatChanged: ' Fixed the date ', reason: 'Typo ' }
    expect(buildCorrection(claim, values)).toEqual({
      ok: true,
      body: { version: 7, whatChanged: 'Fixed the date', reason: 'Typo' },
    })
  })

  it('sends only the published fields that were changed, and a new verdict', () => {
    const values = {
      ...initialCorrection(claim),
      whatChanged: 'New headline and verdict',
      reason: 'The date was wrong',
      headline: 'Ke left the PC caucus on 10 March',
      rationale: ` ${claim.rationale} `,
      verdictRatingId: RATING,
    }
    const result = buildCorrection(claim, values)
    expect(result).toEqual({
      ok: true,
      body: {
        version: 7,
        whatChanged: 'New headline and verdict',
        reason: 'The date was wrong',
        changes: { headline: 'Ke left the PC caucus on 10 March', verdictRatingId: RATING },
      },
    })
  })

  it('asks for what changed and why, and refuses to empty a published field', () => {
    const values = { ...initialCorrection(claim), headline: '  ' }
    const result = buildCorrection(claim, values)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['headline', 'reason', 'whatChanged'])
    expect(result.errors.whatChanged).toBe('Say what changed')
  })

  it('accepts an empty rationale on a claim that had none, and names a headline over 75 characters', () => {
    const bare = { ...claim, rationale: null }
    const values = { ...initialCorrection(bare), whatChanged: 'x', reason: 'y', headline: 'h'.repeat(76) }
    expect(values.verdictRatingId).toBe(KEEP_VERDICT)
    const result = buildCorrection(bare, values)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors)).toEqual(['headline'])
  })
})

describe('buildRetraction', () => {
  it('needs a reason and sends it with the version', () => {
    expect(buildRetraction(claim, '  ')).toEqual({
      ok: false,
      errors: { reason: 'Say why the claim review is retracted' },
    })
    expect(buildRetraction(claim, ' Sources withdrew ')).toEqual({
      ok: true,
      body: { version: 7, reason: 'Sources withdrew' },
    })
  })
})

describe('correctionErrorsFromApi', () => {
  it('names fields from a VALIDATION answer, changes.* by their own name', () => {
    const error = new ApiRequestError(400, {
      code: 'VALIDATION',
      message: 'body.reason: too long',
      details: {
        issues: [
          { field: 'body.reason', message: 'too long' },
          { field: 'body.changes.headline', message: 'too long' },
        ],
      },
    })
    expect(correctionErrorsFromApi(error)).toEqual({ reason: 'Too long', headline: 'Too long' })
  })

  it('reads the service’s "changes.verdictRatingId: …" message, and ignores other statuses', () => {
    const error = new ApiRequestError(400, {
      code: 'INVALID',
      message: `changes.verdictRatingId: unknown or retired rating ${RATING}`,
    })
    expect(correctionErrorsFromApi(error)).toEqual({
      verdictRatingId: `Unknown or retired rating ${RATING}`,
    })
    expect(correctionErrorsFromApi(new ApiRequestError(409, { code: 'CONFLICT', message: 'x' }))).toEqual({})
  })
})
