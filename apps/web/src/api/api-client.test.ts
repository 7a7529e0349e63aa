import { UserSchema } from '@claimtrail/contracts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiRequestError, getTagged, sendJson, sendTagged, setCsrfToken } from './api-client.ts'

// The server is the outside world here: fetch is replaced by a scripted one.
type Handler = (url: string, init: RequestInit) => Response
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })

const user = {
  id: '6f1f8a52-4b1e-4d5b-9a57-0f5f0f0f0f0f',
  email: 'a@example.com',
  displayName: 'A',
  role: 'checker',
  active: true,
  version: 2,
}

let calls: Array<{ method: string; url: string; csrf: string | null }>
function serve(handler: Handler) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const csrf = new Headers(init.headers).get('x-csrf-token')
      calls.push({ method: init.method ?? 'GET', url, csrf })
      return handler(url, init)
    }),
  )
}

beforeEach(() => {
  calls = []
  setCsrfToken(null)
})
afterEach(() => vi.unstubAllGlobals())

describe('sendJson', () => {
  it('sends the token from login without asking the server for one', async () => {
    setCsrfToken('from-login')
    serve(() => json(200, user))
    await expect(
      sendJson('PATCH', '/users/x', { body: { version: 1 }, schema: UserSchema }),
    ).resolves.toEqual(user)
    expect(calls).toEqual([{ method: 'PATCH', url: '/api/v1/users/x', csrf: 'from-login' }])
  })

  it('after a reload fetches the token once, however many writes start together', async () => {
    serve((url) => (url.endsWith('/auth/csrf') ? json(200, { token: 'fetched' }) : json(204, undefined)))
    await Promise.all([sendJson('POST', '/a'), sendJson('POST', '/b'), sendJson('DELETE', '/c')])
    expect(calls.filter((c) => c.url.endsWith('/auth/csrf'))).toHaveLength(1)
    expect(calls.filter((c) => c.method !== 'GET').map((c) => c.csrf)).toEqual([
      'fetched',
      'fetched',
      'fetched',
    ])
  })

  it('renews a stale token once on 403 CSRF and retries', async () => {
    setCsrfToken('stale')
    serve((url, init) => {
      if (url.endsWith('/auth/csrf')) return json(200, { token: 'fresh' })
      const sent = new Headers(init.headers).get('x-csrf-token')
      return sent === 'fresh'
        ? json(204, undefined)
        : json(403, { code: 'CSRF', message: 'Missing or invalid x-csrf-token', requestId: 'r1' })
    })
    await sendJson('POST', '/auth/logout')
    expect(calls.map((c) => [c.method, c.csrf])).toEqual([
      ['POST', 'stale'],
      ['GET', null],
      ['POST', 'fresh'],
    ])
  })

  it('gives up after one renewal', async () => {
    setCsrfToken('stale')
    serve((url) =>
      url.endsWith('/auth/csrf')
        ? json(200, { token: 'also-refused' })
        : json(403, { code: 'CSRF', message: 'refused', requestId: 'r1' }),
    )
    await expect(sendJson('POST', '/x')).rejects.toMatchObject({ status: 403, code: 'CSRF' })
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2)
  })

  it('does not retry other refusals, and sends no token when told not to', async () => {
    serve(() => json(401, { code: 'INVALID_CREDENTIALS', message: 'no', requestId: 'r2' }))
    const error = await sendJson('POST', '/auth/login', { body: {}, csrf: false }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect(calls).toEqual([{ method: 'POST', url: '/api/v1/auth/login', csrf: null }])
  })

  it('reads Retry-After into the error', async () => {
    serve(() =>
      json(429, { code: 'TOO_MANY_ATTEMPTS', message: 'wait', requestId: 'r3' }, { 'retry-after': '540' }),
    )
    await expect(sendJson('POST', '/auth/login', { csrf: false })).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 540,
    })
  })
})

describe('ETags (optimistic concurrency)', () => {
  it('reads the ETag of a GET and sends it back in If-Match with the CSRF token', async () => {
    setCsrfToken('token-1')
    const etag = `"user-${user.id}-v2"`
    let ifMatch: string | null = null
    serve((_url, init) => {
      if ((init.method ?? 'GET') === 'GET') return json(200, user, { etag })
      ifMatch = new Headers(init.headers).get('if-match')
      return json(200, { ...user, version: 3 }, { etag: `"user-${user.id}-v3"` })
    })
    const read = await getTagged(`/users/${user.id}`, UserSchema)
    expect(read).toEqual({ data: user, etag })
    const written = await sendTagged('PATCH', `/users/${user.id}`, {
      body: { role: 'editor' },
      ifMatch: read.etag,
      schema: UserSchema,
    })
    expect(ifMatch).toBe(etag)
    expect(calls.at(-1)?.csrf).toBe('token-1')
    expect(written.etag).toBe(`"user-${user.id}-v3"`)
    expect(written.data.version).toBe(3)
  })

  it('sends no If-Match when none is given', async () => {
    setCsrfToken('token-1')
    let sent: string | null = 'unset'
    serve((_url, init) => {
      sent = new Headers(init.headers).get('if-match')
      return json(200, user)
    })
    await sendTagged('PATCH', `/users/${user.id}`, { body: { version: 2 }, schema: UserSchema })
    expect(sent).toBeNull()
  })
})
