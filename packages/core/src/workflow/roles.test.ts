import { ROLES } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { ROLE_LABELS, ROLE_RANK, roleAtLeast } from './roles.ts'

describe('role ranks', () => {
  it('orders the roles as listed in the contract: each may do what the one before it may', () => {
    const ranks = ROLES.map((role) => ROLE_RANK[role])
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(new Set(ranks).size).toBe(ROLES.length)
    for (const [i, role] of ROLES.entries()) {
      for (const [j, minimum] of ROLES.entries()) expect(roleAtLeast(role, minimum)).toBe(i >= j)
    }
  })

  it('gives an anonymous reader no role, and every role a label', () => {
    expect(roleAtLeast(null, 'checker')).toBe(false)
    expect(roleAtLeast(undefined, 'checker')).toBe(false)
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/\w/)
  })
})
