import { describe, expect, it } from 'vitest'
import { hasRole } from './roles.ts'

describe('hasRole', () => {
  it('orders the roles checker < editor < admin', () => {
    expect(hasRole({ role: 'admin' }, 'checker')).toBe(true)
    expect(hasRole({ role: 'admin' }, 'admin')).toBe(true)
    expect(hasRole({ role: 'editor' }, 'checker')).toBe(true)
    expect(hasRole({ role: 'editor' }, 'admin')).toBe(false)
    expect(hasRole({ role: 'checker' }, 'editor')).toBe(false)
  })

  it('gives an anonymous reader no role', () => {
    expect(hasRole(null, 'checker')).toBe(false)
    expect(hasRole(undefined, 'checker')).toBe(false)
  })
})
