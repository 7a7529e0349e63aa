import { ErrorSchema } from '@claimtrail/contracts'
import { testDatabases } from '@claimtrail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'

const loginAs = (t: TestApp, email: string, password: string, remoteAddress: string, headers = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress,
    headers,
  })

describe.each(await testDatabases())('the login throttle under concurrency on $driver', (testDb) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(testDb, {
      env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '10', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' },
    })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('verifies at most the limit of 40 simultaneous wrong passwords for one account', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => loginAs(t, 'editor@example.com', `wrong-${i}`, `10.40.0.${i}`)),
    )
    const statuses = answers.map((a) => a.statusCode)
    // 401 = the password was checked; 429 = refused before any check.
    expect(statuses.filter((s) => s === 401)).toHaveLength(10)
    expect(statuses.filter((s) => s === 429)).toHaveLength(30)
    const refused = answers.find((a) => a.statusCode === 429)
    expect(ErrorSchema.parse(refused?.json())).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' })
    // The right password is refused too until the window ends.
    expect((await loginAs(t, 'editor@example.com', 'claimtrail-demo', '10.40.1.1')).statusCode).toBe(429)
  })

  it('does not count successful logins against a shared address', async () => {
    for (let i = 0; i < 15; i++) {
      expect((await loginAs(t, 'checker@example.com', 'claimtrail-demo', '10.41.0.1')).statusCode).toBe(200)
    }
  })
})

describe.each(await testDatabases())('the per-address throttle behind a proxy on $driver', (testDb) => {
  const apps: TestApp[] = []
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()))
  })
  const behind = async (trustProxy: string) => {
    // Unknown accounts are enough here: no demo data to seed.
    const t = await createTestApp(testDb, {
      seed: false,
      env: {
        TRUST_PROXY: trustProxy,
        LOGIN_MAX_FAILURES_PER_ADDRESS: '5',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '100',
      },
    })
    apps.push(t)
    return t
  }

  it.each([
    ['a hop count', '1'],
    ['the proxies’ addresses and ranges', '127.0.0.1, 10.50.0.0/16'],
  ])(
    'keys on the address the trusted proxy saw, whatever the client puts left of it: %s',
    async (_name, trust) => {
      const t = await behind(trust)
      const statuses: number[] = []
      for (let i = 0; i < 7; i++) {
        // The client forges a fresh left-most entry each time; the proxy (10.50.0.1) appends the
        // address it really saw.
        const res = await loginAs(t, `nobody${i}@example.com`, 'wrong', '10.50.0.1', {
          'x-forwarded-for': `198.51.100.${i}, 203.0.113.7`,
        })
        statuses.push(res.statusCode)
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
      // Another client behind the same proxy is not blocked.
      const other = await loginAs(t, 'nobody@example.com', 'wrong', '10.50.0.1', {
        'x-forwarded-for': '203.0.113.8',
      })
      expect(other.statusCode).toBe(401)
    },
  )

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const t = apps[1] ?? (await behind('10.50.0.0/16'))
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const res = await loginAs(t, `nobody${i}@example.com`, 'wrong', '192.0.2.99', {
        'x-forwarded-for': `203.0.113.${i}`,
      })
      statuses.push(res.statusCode)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })
})
