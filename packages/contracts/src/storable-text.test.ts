import { describe, expect, it } from 'vitest'
import { nulPaths } from './storable-text.ts'

describe('nulPaths', () => {
  it('finds NUL in strings and keys at any depth, and nothing in clean values', () => {
    expect(nulPaths({ a: 'ok', b: ['x', 'y\u0000'], c: { 'k\u0000': 1, d: { e: '\u0000' } } })).toEqual([
      ['b', 1],
      ['c', 'k\u0000'],
      ['c', 'd', 'e'],
    ])
    expect(nulPaths({ a: 'ok', n: 1, t: true, z: null, list: [1, 'two'] })).toEqual([])
    expect(nulPaths('\u0000')).toEqual([[]])
  })

  it('walks a very deep value without overflowing the stack, and stops at the limit', () => {
    let deep: unknown = 'bottom\u0000'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(nulPaths(deep)[0]).toHaveLength(100_000)
    expect(
      nulPaths(
        Array.from({ length: 50 }, () => '\u0000'),
        3,
      ),
    ).toHaveLength(3)
  })
})
