import { ClaimDetailSchema, UserListSchema, UserSchema } from '@claimtrail/contracts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiRequestError, api, ifMatch, read, readTagged, setCsrfToken, succeed } from './api-client.ts'

// The server is the outside world here: fetch is replaced by a scripted one that sees the Request
// the typed client built.
type Handler = (request: Request) => Response | Promise<Response>
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
const userPath = { params: { path: { userId: user.id } } }

let calls: Array<{ method: string; path: string; csrf: string | null; body: string }>
function serve(handler: Handler) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url)
      calls.push({
        method: request.method,
        path: url.pathname + url.search,
        csrf: request.headers.get('x-csrf-token'),
        body: await request.clone().text(),
      })
      return handler(request)
    }),
  )
}

beforeEach(() => {
  calls = []
  setCsrfToken(null)
})
afterEach(() => vi.unstubAllGlobals())

describe('the typed client', () => {
  it('fills path and query parameters from the OpenAPI operation, and parses with the contract', async () => {
    serve(() => json(200, { items: [user] }))
    await expect(read(api.GET('/api/v1/users', {}), UserListSchema)).resolves.toEqual({ items: [user] })
    serve(() => json(204, undefined))
    setCsrfToken('t')
    await succeed(
      api.DELETE('/api/v1/evidence/{evidenceId}', {
        params: { path: { evidenceId: 'e/1' }, query: { version: 3 } },
      }),
    )
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/v1/users',
      'DELETE /api/v1/evidence/e%2F1?version=3',
    ])
  })

  it('turns an answer the contract does not describe into INVALID_RESPONSE', async () => {
    serve(() => json(200, { items: [{ id: 'x' }] }))
    await expect(read(api.GET('/api/v1/users', {}), UserListSchema)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
    })
  })

  it('turns a network failure into NETWORK_ERROR and lets aborts through', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('failed to fetch'))),
    )
    await expect(read(api.GET('/api/v1/users', {}), UserListSchema)).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    })
    const abort = new DOMException('aborted', 'AbortError')
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(abort)),
    )
    await expect(read(api.GET('/api/v1/users', {}), UserListSchema)).rejects.toBe(abort)
  })
})

describe('CSRF', () => {
  it('sends the token from login without asking the server for one', async () => {
    setCsrfToken('from-login')
    serve(() => json(200, user))
    await expect(
      read(api.PATCH('/api/v1/users/{userId}', { ...userPath, body: { version: 1 } }), UserSchema),
    ).resolves.toEqual(user)
    expect(calls).toMatchObject([{ method: 'PATCH', path: `/api/v1/users/${user.id}`, csrf: 'from-login' }])
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ version: 1 })
  })

  it('after a reload fetches the token once, however many writes start together', async () => {
    serve((r) => (r.url.endsWith('/auth/csrf') ? json(200, { token: 'fetched' }) : json(204, undefined)))
    await Promise.all([
      succeed(api.POST('/api/v1/auth/logout')),
      succeed(
        api.DELETE('/api/v1/chains/{chainId}', { params: { path: { chainId: 'c' }, query: { version: 1 } } }),
      ),
      succeed(api.POST('/api/v1/auth/logout')),
    ])
    expect(calls.filter((c) => c.path.endsWith('/auth/csrf'))).toHaveLength(1)
    expect(calls.filter((c) => c.method !== 'GET').map((c) => c.csrf)).toEqual([
      'fetched',
      'fetched',
      'fetched',
    ])
  })

  it('renews a stale token once on 403 CSRF and retries with the same body', async () => {
    setCsrfToken('stale')
    serve((r) => {
      if (r.url.endsWith('/auth/csrf')) return json(200, { token: 'fresh' })
      return r.headers.get('x-csrf-token') === 'fresh'
        ? json(200, user)
        : json(403, { code: 'CSRF', message: 'Missing or invalid x-csrf-token', requestId: 'r1' })
    })
    await read(
      api.PATCH('/api/v1/users/{userId}', { ...userPath, body: { version: 2, role: 'editor' } }),
      UserSchema,
    )
    expect(calls.map((c) => [c.method, c.csrf])).toEqual([
      ['PATCH', 'stale'],
      ['GET', null],
      ['PATCH', 'fresh'],
    ])
    expect(calls[2]?.body).toBe(calls[0]?.body)
  })

  it('gives up after one renewal', async () => {
    setCsrfToken('stale')
    serve((r) =>
      r.url.endsWith('/auth/csrf')
        ? json(200, { token: 'also-refused' })
        : json(403, { code: 'CSRF', message: 'refused', requestId: 'r1' }),
    )
    await expect(succeed(api.POST('/api/v1/auth/logout'))).rejects.toMatchObject({
      status: 403,
      code: 'CSRF',
    })
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2)
  })

  it('does not retry other refusals, and sends no token with login', async () => {
    serve(() => json(401, { code: 'INVALID_CREDENTIALS', message: 'no', requestId: 'r2' }))
    const error = await succeed(
      api.POST('/api/v1/auth/login', { body: { email: 'a@example.com', password: 'x' } }),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', requestId: 'r2' })
    expect(calls).toMatchObject([{ method: 'POST', path: '/api/v1/auth/login', csrf: null }])
  })

  it('reads Retry-After into the error', async () => {
    serve(() =>
      json(429, { code: 'TOO_MANY_ATTEMPTS', message: 'wait', requestId: 'r3' }, { 'retry-after': '540' }),
    )
    await expect(
      succeed(api.POST('/api/v1/auth/login', { body: { email: 'a@example.com', password: 'x' } })),
    ).rejects.toMatchObject({ status: 429, retryAfterSeconds: 540 })
  })
})

describe('ETags (optimistic concurrency)', () => {
  it('reads the ETag of a GET and sends it back in If-Match with the CSRF token', async () => {
    setCsrfToken('token-1')
    const etag = `"claim-v2"`
    let sentIfMatch: string | null = null
    const claimPath = { params: { path: { claimId: user.id } } }
    serve((r) => {
      if (r.method === 'GET') return json(200, { not: 'a claim' }, { etag })
      sentIfMatch = r.headers.get('if-match')
      return json(200, user, { etag: '"user-v3"' })
    })
    await expect(
      readTagged(api.GET('/api/v1/claims/{claimId}', claimPath), ClaimDetailSchema),
    ).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
    })
    const written = await readTagged(
      api.PATCH('/api/v1/users/{userId}', {
        ...userPath,
        headers: ifMatch(etag),
        body: { version: 2, role: 'editor' },
      }),
      UserSchema,
    )
    expect(sentIfMatch).toBe(etag)
    expect(calls.at(-1)?.csrf).toBe('token-1')
    expect(written).toEqual({ data: user, etag: '"user-v3"' })
  })

  it('sends no If-Match when no ETag was read', async () => {
    setCsrfToken('token-1')
    let sent: string | null = 'unset'
    serve((r) => {
      sent = r.headers.get('if-match')
      return json(200, user)
    })
    await read(
      api.PATCH('/api/v1/users/{userId}', { ...userPath, headers: ifMatch(null), body: { version: 2 } }),
      UserSchema,
    )
    expect(sent).toBeNull()
  })
})
