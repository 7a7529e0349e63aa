import { type ApiError, CSRF_EXEMPT_PATHS, CsrfSchema, ErrorSchema } from '@claimtrail/contracts'
import createClient from 'openapi-fetch'
import type { z } from 'zod'
import type { paths } from './openapi.gen.ts'

/**
 * A failed call to the Claimtrail API. Carries the API's error body ({ code, message, requestId })
 * so the UI can show the message and the request id a desk member can quote when reporting it.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError'
  readonly status: number
  readonly code: string
  readonly requestId: string | null
  readonly details: unknown
  /** From Retry-After (429, 503): how long to wait before trying again. */
  readonly retryAfterSeconds: number | null

  constructor(
    status: number,
    body: Pick<ApiError, 'code' | 'message'> & { requestId?: string | null; details?: unknown },
    retryAfterSeconds: number | null = null,
  ) {
    super(body.message)
    this.status = status
    this.code = body.code
    this.requestId = body.requestId ?? null
    this.details = body.details
    this.retryAfterSeconds = retryAfterSeconds
  }

  get isNotFound(): boolean {
    return this.status === 404
  }

  get isUnauthorized(): boolean {
    return this.status === 401
  }

  /** A stale version: someone else changed the record since it was read. */
  get isConflict(): boolean {
    return this.status === 409
  }
}

const CSRF_HEADER = 'x-csrf-token'

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000))
}

// ---- The typed client ----------------------------------------------------------------------------
// Every call names an operation of the API's OpenAPI document (openapi.gen.ts, generated from the
// zod contracts by `pnpm generate:client`): a path, parameter or body the API does not have fails
// the typecheck. Answers are still parsed with the contract's zod schema at run time.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The API, typed from its OpenAPI document. Wrap each call in `read`, `readTagged` or `succeed`. */
export const api = createClient<paths>({
  // Requests are built with absolute URLs (a Request cannot hold a relative one outside a page).
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  fetch: (request) => transport(request),
})

/** fetch, with the CSRF token on writes, one renewal of a stale token, and network failures as ApiRequestError. */
async function transport(request: Request): Promise<Response> {
  if (SAFE_METHODS.has(request.method) || CSRF_EXEMPT_PATHS.includes(new URL(request.url).pathname)) {
    return send(request)
  }
  const retry = request.clone()
  const first = await send(withCsrf(request, await currentCsrfToken()))
  if (first.status !== 403 || !(await isCsrfRefusal(first.clone()))) return first
  // The token is stale (the session changed in another tab): fetch a new one and retry once.
  csrfToken = null
  return send(withCsrf(retry, await fetchCsrfToken()))
}

function withCsrf(request: Request, token: string): Request {
  const headers = new Headers(request.headers)
  headers.set(CSRF_HEADER, token)
  return new Request(request, { headers })
}

async function isCsrfRefusal(response: Response): Promise<boolean> {
  const body: unknown = await response.json().catch(() => undefined)
  return ErrorSchema.safeParse(body).data?.code === 'CSRF'
}

async function send(request: Request): Promise<Response> {
  try {
    return await fetch(request)
  } catch (cause) {
    // Aborts are TanStack Query cancelling a stale request: let them through untouched.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiRequestError(0, {
      code: 'NETWORK_ERROR',
      message: 'Could not reach the Claimtrail server. Check your connection and try again.',
    })
  }
}

/** What an `api.GET/POST/…` call resolves to. */
export interface Answer {
  data?: unknown
  error?: unknown
  response: Response
}

/** The answer if it succeeded; otherwise its error body (or a description of the status) as ApiRequestError. */
async function succeeded(call: Promise<Answer>): Promise<Answer> {
  const answer = await call
  const { response } = answer
  if (response.ok) return answer
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
  const parsed = ErrorSchema.safeParse(answer.error)
  if (parsed.success) throw new ApiRequestError(response.status, parsed.data, retryAfter)
  throw new ApiRequestError(
    response.status,
    {
      code: `HTTP_${response.status}`,
      message: `The server answered ${response.status} ${response.statusText}`.trim(),
      requestId: response.headers.get('x-request-id'),
    },
    retryAfter,
  )
}

/** A call's answer, parsed with the contract's schema; anything else is an ApiRequestError. */
export async function read<T>(call: Promise<Answer>, schema: z.ZodType<T>): Promise<T> {
  const { data, response } = await succeeded(call)
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    throw new ApiRequestError(response.status, {
      code: 'INVALID_RESPONSE',
      message: 'The server sent data this page does not understand.',
      requestId: response.headers.get('x-request-id'),
      details: parsed.error.issues,
    })
  }
  return parsed.data
}

/** A resource with the ETag it was read at. */
export interface Tagged<T> {
  data: T
  etag: string | null
}

/** A call's answer with its ETag: the version a later write sends back in If-Match. */
export async function readTagged<T>(call: Promise<Answer>, schema: z.ZodType<T>): Promise<Tagged<T>> {
  let etag: string | null = null
  const data = await read(
    call.then((answer) => {
      etag = answer.response.headers.get('etag')
      return answer
    }),
    schema,
  )
  return { data, etag }
}

/** A call answered without a body (204): succeeds or throws ApiRequestError. */
export async function succeed(call: Promise<Answer>): Promise<void> {
  await succeeded(call)
}

/** The If-Match header for a write on the version read (a stale one is refused with 409, never overwritten). */
export const ifMatch = (etag: string | null | undefined): Record<string, string> =>
  etag ? { 'if-match': etag } : {}
// ---- CSRF ----------------------------------------------------------------------------------------
// The API wants the session's CSRF token in x-csrf-token on every write made with the cookie. It is
// kept in memory only (never in storage a script could read later): login hands it over; after a
// reload it is fetched once, on the first write.

let csrfToken: string | null = null
let csrfRequest: Promise<string> | null = null
// Bumped whenever the session changes, so a token fetched for the previous session is not kept.
let csrfGeneration = 0

/** Called with the token from the login response, and with null when the session ends. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
  csrfRequest = null
  csrfGeneration++
}

function fetchCsrfToken(): Promise<string> {
  const generation = csrfGeneration
  const request = read(api.GET('/api/v1/auth/csrf'), CsrfSchema)
    .then(({ token }) => {
      if (generation === csrfGeneration) csrfToken = token
      return token
    })
    .finally(() => {
      if (csrfRequest === request) csrfRequest = null
    })
  csrfRequest = request
  return request
}

function currentCsrfToken(): Promise<string> {
  if (csrfToken) return Promise.resolve(csrfToken)
  // Several writes starting together after a reload share one fetch.
  return csrfRequest ?? fetchCsrfToken()
}

/**
 * The address of an API path for a link a reader follows (CSV, JSON-LD, an annotation) rather than
 * a call the page makes: the path is one of the document's, its `{parameters}` filled in.
 */
export function apiHref<P extends keyof paths>(
  path: P,
  params: Record<string, string> = {},
  query?: URLSearchParams,
): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))
  const search = query?.toString()
  return search ? `${filled}?${search}` : filled
}
