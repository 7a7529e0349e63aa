import type { RatingScale } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { ApiRequestError } from '../../api/api-client.ts'
import {
  changesHistory,
  type DraftRating,
  draftsOf,
  errorsFromApi,
  fieldName,
  isDirty,
  moveRating,
  newRating,
  SCALE_ERROR,
  toRatings,
} from './scale-draft.ts'

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`

const scale: RatingScale = {
  id: id(9),
  name: 'Default',
  description: null,
  isDefault: true,
  version: 3,
  ratings: [
    {
      id: id(2),
      position: 1,
      label: 'False',
      description: 'Wrong',
      colour: '#aa0000',
      ratingValue: 1,
      retired: false,
    },
    {
      id: id(1),
      position: 0,
      label: 'Accurate',
      description: 'Right',
      colour: '#00aa00',
      ratingValue: 5,
      retired: false,
    },
    {
      id: id(3),
      position: 10_000,
      label: 'Old',
      description: '',
      colour: '#777777',
      ratingValue: 2,
      retired: true,
    },
  ],
}

const drafts = () => draftsOf(scale) as [DraftRating, DraftRating]

describe('draftsOf', () => {
  it('keeps the ratings in use, in position order, and leaves retired ones out', () => {
    expect(drafts().map((d) => d.label)).toEqual(['Accurate', 'False'])
    expect(drafts()[0]).toEqual({
      key: id(1),
      id: id(1),
      label: 'Accurate',
      description: 'Right',
      colour: '#00aa00',
      ratingValue: '5',
    })
  })
})

describe('moveRating', () => {
  const list = ['a', 'b', 'c'].map((key) => ({ ...newRating(), key }))
  const keys = (l: DraftRating[]) => l.map((d) => d.key)
  it('moves one place up or down', () => {
    expect(keys(moveRating(list, 1, -1))).toEqual(['b', 'a', 'c'])
    expect(keys(moveRating(list, 1, 1))).toEqual(['a', 'c', 'b'])
  })
  it('leaves the first up and the last down where they are, without touching the input', () => {
    expect(keys(moveRating(list, 0, -1))).toEqual(['a', 'b', 'c'])
    expect(keys(moveRating(list, 2, 1))).toEqual(['a', 'b', 'c'])
    expect(keys(list)).toEqual(['a', 'b', 'c'])
  })
})

describe('newRating', () => {
  it('gets a fresh key every time and no id', () => {
    const a = newRating()
    const b = newRating()
    expect(a.key).not.toBe(b.key)
    expect(a.id).toBeUndefined()
  })
})

describe('isDirty', () => {
  it('is false for the scale as read, true after an edit or a move', () => {
    expect(isDirty(scale, drafts())).toBe(false)
    expect(isDirty(scale, moveRating(drafts(), 0, 1))).toBe(true)
    const edited = drafts()
    edited[0] = { ...edited[0], description: 'Right, checked' }
    expect(isDirty(scale, edited)).toBe(true)
  })
})

describe('changesHistory', () => {
  it('is true when an existing rating’s label or value changes, not for its description or colour', () => {
    const [accurate] = drafts()
    expect(changesHistory(scale, { ...accurate, description: 'x', colour: '#000000' })).toBe(false)
    expect(changesHistory(scale, { ...accurate, label: 'Correct' })).toBe(true)
    expect(changesHistory(scale, { ...accurate, ratingValue: '4' })).toBe(true)
    expect(changesHistory(scale, { ...accurate, ratingValue: '' })).toBe(true)
    expect(changesHistory(scale, newRating())).toBe(false)
  })
})

describe('toRatings', () => {
  it('turns valid drafts into the PUT body’s ratings, in order, with ids kept', () => {
    const added = { ...newRating(), label: ' Mixed ', colour: '#123456' }
    const result = toRatings([...drafts(), added])
    expect(result).toEqual({
      ok: true,
      ratings: [
        { id: id(1), label: 'Accurate', description: 'Right', colour: '#00aa00', ratingValue: 5 },
        { id: id(2), label: 'False', description: 'Wrong', colour: '#aa0000', ratingValue: 1 },
        { label: 'Mixed', description: '', colour: '#123456', ratingValue: null },
      ],
    })
  })

  it('names each bad field of each rating', () => {
    const bad = { ...newRating(), key: 'k', label: '  ', colour: 'red', ratingValue: '4.5' }
    const result = toRatings([...drafts(), bad])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      [fieldName('k', 'label')]: 'Enter a label',
      [fieldName('k', 'colour')]: 'Choose a colour as #rrggbb',
      [fieldName('k', 'ratingValue')]: 'Enter a whole number from 0 to 100, or leave it empty',
    })
  })

  it('refuses a value over 100, a duplicate label (any case) and a scale of one', () => {
    const list = drafts()
    const high = { ...list[0], ratingValue: '101' }
    const dup = { ...newRating(), key: 'dup', label: 'accurate', colour: '#000000' }
    const result = toRatings([high, list[1], dup])
    expect(result.ok || result.errors).toEqual({
      [fieldName(id(1), 'ratingValue')]: 'Enter a whole number from 0 to 100, or leave it empty',
      [fieldName('dup', 'label')]: 'Another rating has this label',
    })
    const one = toRatings([list[0]])
    expect(one.ok || one.errors[SCALE_ERROR]).toBe('A scale needs at least 2 ratings')
  })
})

describe('errorsFromApi', () => {
  const list = drafts()
  it('puts a 400’s named fields next to the rating they belong to', () => {
    const error = new ApiRequestError(400, {
      code: 'VALIDATION',
      message: 'body.ratings.1.colour: must be a #rrggbb colour',
      details: {
        issues: [
          { field: 'body.ratings.1.colour', message: 'must be a #rrggbb colour' },
          { field: 'body.ratings', message: 'labels must be unique' },
        ],
      },
    })
    expect(errorsFromApi(error, list)).toEqual({
      [fieldName(id(2), 'colour')]: 'Must be a #rrggbb colour',
      [SCALE_ERROR]: 'Labels must be unique',
    })
  })

  it('reads the service’s "ratings.N.field: message" answers, and says the rest scale-wide', () => {
    const error = new ApiRequestError(400, {
      code: 'INVALID',
      message: 'ratings.0.id: not a rating in use on this scale',
    })
    expect(errorsFromApi(error, list)).toEqual({
      [SCALE_ERROR]: 'Rating 1: not a rating in use on this scale',
    })
    const plain = new ApiRequestError(400, { code: 'INVALID', message: 'something else' })
    expect(errorsFromApi(plain, list)).toEqual({ [SCALE_ERROR]: 'Something else' })
  })

  it('ignores anything that is not a 400', () => {
    expect(errorsFromApi(new ApiRequestError(409, { code: 'CONFLICT', message: 'stale' }), list)).toEqual({})
    expect(errorsFromApi(new Error('boom'), list)).toEqual({})
  })
})
