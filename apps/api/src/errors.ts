/**
 * Typed errors thrown by services. One handler (plugins/error-handler.ts) turns them into
 * `{ code, message, requestId }` with the right status; nothing else formats errors.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = new.target.name
  }

  /** Extra response headers (e.g. Retry-After). */
  headers(): Record<string, string> {
    return {}
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, details?: unknown) {
    super(404, 'NOT_FOUND', `${what} not found`, details)
  }
}

/** 410: the thing existed and was withdrawn on purpose (a retracted claim review's markup). */
export class GoneError extends AppError {
  constructor(message: string) {
    super(410, 'GONE', message)
  }
}

export class ConflictError extends AppError {
  /** 409 for a stale version or an illegal transition; 428 when the precondition is missing. */
  constructor(message: string, details?: unknown, status: 409 | 428 = 409) {
    super(status, status === 428 ? 'PRECONDITION_REQUIRED' : 'CONFLICT', message, details)
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this', details?: unknown, code = 'FORBIDDEN') {
    super(403, code, message, details)
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Log in to do this', code = 'UNAUTHORIZED') {
    super(401, code, message)
  }
}

export class InvalidError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'INVALID', message, details)
  }
}

/** 422: the request was understood, but what it points at cannot be used (e.g. a page with no text). */
export class UnprocessableError extends AppError {
  constructor(message: string, details?: unknown, code = 'UNPROCESSABLE') {
    super(422, code, message, details)
  }
}

/** 502: a server we called on the caller's behalf failed (unreachable, timed out, answered an error). */
export class UpstreamError extends AppError {
  constructor(message: string, details?: unknown) {
    super(502, 'FETCH_FAILED', message, details)
  }
}

/** 429: the login throttle refused the attempt (services/auth/login-throttle.ts). */
export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'TOO_MANY_ATTEMPTS',
      `Too many login attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    )
  }

  override headers() {
    return { 'retry-after': String(this.retryAfterSeconds) }
  }
}

export class UnavailableError extends AppError {
  constructor(
    message = 'The service is temporarily unavailable; try again shortly',
    private readonly retryAfterSeconds = 5,
  ) {
    super(503, 'UNAVAILABLE', message)
  }

  override headers() {
    return { 'retry-after': String(this.retryAfterSeconds) }
  }
}

/** 429: a limit on how much work one desk may have waiting (JOBS_MAX_PENDING) is reached. */
export class TooManyJobsError extends AppError {
  constructor(message: string) {
    super(429, 'TOO_MANY_JOBS', message)
  }

  override headers() {
    return { 'retry-after': '30' }
  }
}

/** 413: the request or the text in it is larger than the configuration allows. */
export class TooLargeError extends AppError {
  constructor(message: string, details?: unknown) {
    super(413, 'TOO_LARGE', message, details)
  }
}
