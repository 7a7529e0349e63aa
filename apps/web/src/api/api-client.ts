import { type ApiError, CsrfSchema, ErrorSchema } from '@claimtrail/contracts'
import type { z } from 'zod'

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

export const API_BASE = '/api/v1'
const CSRF_HEADER = 'x-csrf-token'

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000))
}

type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE'

interface CallOptions<T> {
  schema?: z.ZodType<T>
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal | undefined
  /** Receives the answer's ETag (optimistic concurrency: the next write sends it back in If-Match). */
  onEtag?: ((etag: string | null) => void) | undefined
}

async function call<T>(method: 'GET' | WriteMethod, path: string, options: CallOptions<T>): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    })
  } catch (cause) {
    // Aborts are TanStack Query cancelling a stale request: let them through untouched.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiRequestError(0, {
      code: 'NETWORK_ERROR',
      message: 'Could not reach the Claimtrail server. Check your connection and try again.',
    })
  }

  const requestIdHeader = response.headers.get('x-request-id')
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined)

  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
    const parsed = ErrorSchema.safeParse(body)
    if (parsed.success) throw new ApiRequestError(response.status, parsed.data, retryAfter)
    throw new ApiRequestError(
      response.status,
      {
        code: `HTTP_${response.status}`,
        message: `The server answered ${response.status} ${response.statusText}`.trim(),
        requestId: requestIdHeader,
      },
      retryAfter,
    )
  }

  options.onEtag?.(response.headers.get('etag'))
  if (!options.schema) return undefined as T
  const parsed = options.schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiRequestError(response.status, {
      code: 'INVALID_RESPONSE',
      message: 'The server sent data this page does not understand.',
      requestId: requestIdHeader,
      details: parsed.error.issues,
    })
  }
  return parsed.data
}

/** GET a JSON resource and parse it with the contract's schema; anything else is an ApiRequestError. */
export function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return call('GET', path, { schema, signal })
}

/** A resource with the ETag it was read at. */
export interface Tagged<T> {
  data: T
  etag: string | null
}

/** GET a resource with its ETag, for a later write to send back in If-Match. */
export async function getTagged<T>(
  path: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<Tagged<T>> {
  let etag: string | null = null
  const data = await call('GET', path, { schema, signal, onEtag: (value) => (etag = value) })
  return { data, etag }
}

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
  const request = getJson('/auth/csrf', CsrfSchema)
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

interface SendOptions {
  body?: unknown
  signal?: AbortSignal
  /** Send the CSRF token (default). Only login, which starts a session, goes without. */
  csrf?: boolean
  /** The ETag of the version read: a stale one is refused with 409 instead of overwriting. */
  ifMatch?: string | null
  onEtag?: (etag: string | null) => void
}

/**
 * POST/PUT/PATCH/DELETE a JSON body, with the CSRF token. A 403 CSRF answer means the token is stale
 * (the session changed in another tab): the token is fetched again and the request retried once.
 */
export function sendJson<T>(
  method: WriteMethod,
  path: string,
  options: SendOptions & { schema: z.ZodType<T> },
): Promise<T>
export function sendJson(method: WriteMethod, path: string, options?: SendOptions): Promise<void>
export async function sendJson<T>(
  method: WriteMethod,
  path: string,
  { csrf = true, ifMatch, ...options }: SendOptions & { schema?: z.ZodType<T> } = {},
): Promise<T | undefined> {
  const attempt = async (token: Promise<string> | null) =>
    call<T>(method, path, {
      ...options,
      headers: {
        ...(token ? { [CSRF_HEADER]: await token } : {}),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
    })
  if (!csrf) return attempt(null)
  try {
    return await attempt(currentCsrfToken())
  } catch (error) {
    if (!(error instanceof ApiRequestError && error.status === 403 && error.code === 'CSRF')) throw error
    csrfToken = null
    return attempt(fetchCsrfToken())
  }
}

/** A write whose answer comes back with its ETag (the new version to send on the next write). */
export async function sendTagged<T>(
  method: WriteMethod,
  path: string,
  options: SendOptions & { schema: z.ZodType<T> },
): Promise<Tagged<T>> {
  let etag: string | null = null
  const data = await sendJson(method, path, { ...options, onEtag: (value) => (etag = value) })
  return { data, etag }
}
