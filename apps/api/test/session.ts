import type { LoginResponse } from '@claimtrail/contracts'
import type { App } from '../src/app.ts'

export interface LoggedIn {
  cookie: string
  csrf: string
  user: LoginResponse['user']
  /** Headers for a state-changing request as this user. */
  headers: Record<string, string>
}

/** Logs in through the real route and returns the cookie and CSRF token a browser would hold. */
export async function login(
  app: App,
  email: string,
  password = 'claimtrail-demo',
  ip = '10.0.0.1',
): Promise<LoggedIn> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  })
  if (res.statusCode !== 200) throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`)
  const set = res.cookies.find((c) => c.name === 'claimtrail_session')
  if (!set) throw new Error('no session cookie')
  const body = res.json() as LoginResponse
  const cookie = `claimtrail_session=${set.value}`
  return {
    cookie,
    csrf: body.csrfToken,
    user: body.user,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  }
}
