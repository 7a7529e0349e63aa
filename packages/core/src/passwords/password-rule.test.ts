import { describe, expect, it } from 'vitest'
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-rule.ts'

describe('passwordProblem', () => {
  it.each(['aaaaaaaaaaaa', '123456789012', 'password1234', 'qwertyuiop12', 'claimtrail-demo'])(
    'refuses the guessable %s',
    (password) => {
      expect(passwordProblem(password)).toMatch(/too easy to guess|at least/)
    },
  )

  it('refuses a short password whatever its strength', () => {
    expect(passwordProblem('x7#Qp!9z')).toBe(`must be at least ${PASSWORD_MIN_LENGTH} characters`)
  })

  it('refuses a password built from the account’s own email', () => {
    const account = ['maria.dobrzynski@example.org', 'Maria Dobrzynski']
    expect(passwordProblem('dobrzynski!2024')).toBeNull()
    expect(passwordProblem('dobrzynski!2024', account)).toMatch(/personal/)
  })

  it('accepts a passphrase of unrelated words', () => {
    expect(passwordProblem('staple orbit lantern gravy')).toBeNull()
    expect(passwordProblem('vN4#t8Lq!2pZr')).toBeNull()
  })

  it('decides in a few milliseconds even on a maximal input', () => {
    const started = performance.now()
    passwordProblem('a'.repeat(1024))
    passwordProblem('Zx9!'.repeat(256))
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
