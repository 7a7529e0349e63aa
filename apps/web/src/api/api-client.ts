import { type ApiError, ErrorSchema } from '@claimtrail/contracts'
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

  constructor(
    status: number,
    body: Pick<ApiError, 'code' | 'message'> & { requestId?: string | null; details?: unknown },
  ) {
    super(body.message)
    this.status = status
    this.code = body.code
    this.requestId = body.requestId ?? null
    this.details = body.details
  }

  get isNotFound(): boolean {
    return this.status === 404
  }
}

export const API_BASE = '/api/v1'

/** GET a JSON resource and parse it with the contract's schema; anything else is an ApiRequestError. */
export async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${API_BASE}${path}`, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal,
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
  const body: unknown = await response.json().catch(() => undefined)

  if (!response.ok) {
    const parsed = ErrorSchema.safeParse(body)
    if (parsed.success) throw new ApiRequestError(response.status, parsed.data)
    throw new ApiRequestError(response.status, {
      code: `HTTP_${response.status}`,
      message: `The server answered ${response.status} ${response.statusText}`.trim(),
      requestId: requestIdHeader,
    })
  }

  const parsed = schema.safeParse(body)
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
