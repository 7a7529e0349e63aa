import { describe, expect, it } from 'vitest'
import { loginPath, safeNextPath } from './next-path.ts'

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNextPath('/admin/users')).toBe('/admin/users')
    expect(safeNextPath('/articles/abc?claim=1#x')).toBe('/articles/abc?claim=1#x')
  })

  it('falls back to the home page when there is nothing usable', () => {
    expect(safeNextPath(null)).toBe('/')
    expect(safeNextPath(undefined)).toBe('/')
    expect(safeNextPath('')).toBe('/')
    expect(safeNextPath('articles')).toBe('/')
  })

  it.each([
    'https://evil.example/phish',
    '//evil.example/phish',
    '/\\evil.example/phish',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    ' /articles',
    'http:/evil.example',
  ])('refuses %j, which would leave the site', (raw) => {
    expect(safeNextPath(raw)).toBe('/')
  })

  it('never sends the user back to the login page', () => {
    expect(safeNextPath('/login')).toBe('/')
    expect(safeNextPath('/login?next=/admin/users')).toBe('/')
  })

  it('normalises dot segments instead of trusting them', () => {
    expect(safeNextPath('/articles/../admin/users')).toBe('/admin/users')
    expect(safeNextPath('/../../etc')).toBe('/etc')
  })
})

describe('loginPath', () => {
  it('carries the current location as next', () => {
    expect(loginPath({ pathname: '/admin/users', search: '?q=a', hash: '' })).toBe(
      '/login?next=%2Fadmin%2Fusers%3Fq%3Da',
    )
    expect(loginPath('/articles/1')).toBe('/login?next=%2Farticles%2F1')
  })

  it('leaves next out when it would be the home page or unsafe', () => {
    expect(loginPath()).toBe('/login')
    expect(loginPath('/')).toBe('/login')
    expect(loginPath('//evil.example')).toBe('/login')
  })
})
