import { createHash } from 'node:crypto'
import { AppError } from '../../errors.ts'
import type { WorkerPool } from '../../workers/worker-pool.ts'
import {
  decodeBody,
  type FetchedBody,
  type FetchPolicy,
  fetchBody,
  isHtml,
} from '../article-import/fetch-article.ts'

/** What a capture stores when the address answered. */
export interface CapturedBody {
  httpStatus: number
  contentType: string
  finalUrl: string
  sha256: string
  bytes: Buffer
  extractedText: string | null
}

/** What a capture stores when it did not: the reason, and the HTTP status if there was one. */
export interface CaptureFailure {
  reason: string
  httpStatus: number | null
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

// Bodies read as text as they are; anything else (PDF, images) is kept as bytes only.
const TEXT_TYPES = new Set(['text/plain', 'text/csv', 'text/markdown', 'application/json'])

/**
 * Fetches an evidence address under the article import's rules (ADR 005: address policy, redirects
 * checked, one deadline, a byte cap) and extracts its text in the worker pool (ADR 014). A page
 * whose text cannot be extracted is still captured: the bytes are the evidence.
 */
export async function captureAddress(
  url: string,
  policy: FetchPolicy,
  workers: Pick<WorkerPool, 'htmlToText'>,
  extractTimeoutMs: number,
): Promise<CapturedBody> {
  const body = await fetchBody(url, policy)
  return {
    httpStatus: body.status,
    contentType: body.mediaType || 'application/octet-stream',
    finalUrl: body.url,
    sha256: sha256Hex(body.bytes),
    bytes: body.bytes,
    extractedText: await extractText(body, workers, extractTimeoutMs),
  }
}

async function extractText(
  body: FetchedBody,
  workers: Pick<WorkerPool, 'htmlToText'>,
  timeoutMs: number,
): Promise<string | null> {
  if (body.bytes.length === 0) return null
  if (TEXT_TYPES.has(body.mediaType)) return decodeBody(body)
  if (!isHtml(body)) return null
  try {
    const text = await workers.htmlToText(decodeBody(body), timeoutMs)
    return text.trim() === '' ? null : text
  } catch (error) {
    // No main text, or markup too complex: the capture keeps the bytes without a text.
    if (error instanceof AppError && error.statusCode === 422) return null
    throw error
  }
}

/** A failed fetch as the reason a desk reads ("… answered HTTP 404"), never a stack. */
export function failureOf(error: unknown): CaptureFailure {
  if (error instanceof AppError) {
    const details = error.details as { status?: unknown } | undefined
    return {
      // The import's messages name its form field; a capture has none.
      reason: error.message.replace(/^source\.url: /, ''),
      httpStatus: typeof details?.status === 'number' ? details.status : null,
    }
  }
  return { reason: 'The capture failed unexpectedly', httpStatus: null }
}
