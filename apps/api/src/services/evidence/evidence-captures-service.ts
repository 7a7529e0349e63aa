import type { EvidenceCapture } from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { AppError, ConflictError, NotFoundError } from '../../errors.ts'
import type { WorkerPool } from '../../workers/worker-pool.ts'
import type { Actor } from '../actor.ts'
import type { FetchPolicy } from '../article-import/fetch-article.ts'
import type { JobContext } from '../jobs/job-runner.ts'
import type { JobRow, JobsService } from '../jobs/jobs-service.ts'
import {
  type CapturedBody,
  type CaptureFailure,
  captureAddress,
  failureOf,
  sha256Hex,
} from './evidence-capture-fetch.ts'

const { evidence, evidenceCaptures } = schema

export interface EvidenceCapturesDeps {
  db: Db
  jobs: Pick<JobsService, 'enqueueIfRoom' | 'notify'>
  workers: Pick<WorkerPool, 'htmlToText'>
  /** The article import's policy, with EVIDENCE_CAPTURE_MAX_BYTES as its byte cap. */
  fetchPolicy: FetchPolicy
  extractTimeoutMs: number
}

/** A stored snapshot, checked against its hash: the extracted text, or the bytes as fetched. */
export type Snapshot =
  | { kind: 'text'; text: string }
  | { kind: 'raw'; bytes: Buffer; contentType: string; sha256: string }

interface CaptureJobInput {
  captureId: string
}

// Everything but the bytes and the text: what the claim view lists.
const SUMMARY = {
  id: evidenceCaptures.id,
  evidenceId: evidenceCaptures.evidenceId,
  status: evidenceCaptures.status,
  url: evidenceCaptures.url,
  failureReason: evidenceCaptures.failureReason,
  httpStatus: evidenceCaptures.httpStatus,
  contentType: evidenceCaptures.contentType,
  finalUrl: evidenceCaptures.finalUrl,
  capturedAt: evidenceCaptures.capturedAt,
  sha256: evidenceCaptures.sha256,
  byteSize: evidenceCaptures.byteSize,
  hasText: sql<boolean>`${evidenceCaptures.extractedText} IS NOT NULL`,
  createdAt: evidenceCaptures.createdAt,
}
type SummaryRow = Omit<typeof evidenceCaptures.$inferSelect, 'bytes' | 'extractedText' | 'requestedBy'> & {
  hasText: boolean
}

/**
 * Evidence captures (docs/decisions/020-evidence-captures.md): adding evidence with an address
 * asks for a capture in the same transaction (a pending row and its job), and the job runner
 * fetches it later, never in the request. The snapshot is served only after its SHA-256 matches.
 */
export function createEvidenceCapturesService(deps: EvidenceCapturesDeps) {
  const { db } = deps

  /**
   * Asks for a capture inside the caller's transaction. With the job queue full the capture is
   * recorded as failed at once: adding evidence must never be refused for it.
   */
  async function request(tx: Tx, actor: Actor, item: { id: string; url: string; claimId: string }) {
    const [capture] = await tx
      .insert(evidenceCaptures)
      .values({ evidenceId: item.id, url: item.url, requestedBy: actor.id })
      .returning({ id: evidenceCaptures.id })
    if (!capture) throw new Error('capture insert returned nothing')
    const job = await deps.jobs.enqueueIfRoom(tx, actor, {
      kind: 'evidence.capture',
      input: { captureId: capture.id } satisfies CaptureJobInput,
      summary: { evidenceId: item.id, captureId: capture.id },
    })
    if (!job) {
      const reason = 'Too many long jobs were waiting (JOBS_MAX_PENDING); capture again later'
      await recordFailure(tx, capture.id, { reason, httpStatus: null }, actor.id, actor.requestId)
    }
    return capture.id
  }

  /** "Capture again": a new capture of the evidence's address, the older ones kept. */
  async function recapture(actor: Actor, evidenceId: string): Promise<EvidenceCapture> {
    const captureId = await db.transaction(async (tx) => {
      const [item] = await tx.select().from(evidence).where(eq(evidence.id, evidenceId))
      if (!item) throw new NotFoundError('Evidence')
      if (!item.url) throw new ConflictError('This evidence has no web address to capture')
      return request(tx, actor, { id: item.id, url: item.url, claimId: item.claimId })
    })
    deps.jobs.notify()
    const [row] = await db.select(SUMMARY).from(evidenceCaptures).where(eq(evidenceCaptures.id, captureId))
    if (!row) throw new NotFoundError('Capture')
    return toCapture(row)
  }

  /** The job (ADR 014): fetch, hash, extract, then one short transaction with its audit event. */
  async function runCaptureJob(job: JobRow, context: JobContext): Promise<null> {
    const { captureId } = job.input as CaptureJobInput
    const [capture] = await db
      .select(SUMMARY)
      .from(evidenceCaptures)
      .where(eq(evidenceCaptures.id, captureId))
    if (capture?.status !== 'pending') return null // evidence removed, or done already
    let outcome: CapturedBody | CaptureFailure
    try {
      const timeoutMs = Math.min(deps.extractTimeoutMs, Math.max(100, context.remainingMs()))
      outcome = await captureAddress(capture.url, deps.fetchPolicy, deps.workers, timeoutMs)
    } catch (error) {
      outcome = failureOf(error)
    }
    await context.phase('writing')
    await db.transaction(async (tx) => {
      if ('reason' in outcome) await recordFailure(tx, captureId, outcome, job.ownerId, job.requestId)
      else await recordSuccess(tx, capture, outcome, job)
    })
    return null
  }

  async function recordSuccess(tx: Tx, capture: SummaryRow, body: CapturedBody, job: JobRow) {
    const [row] = await tx
      .update(evidenceCaptures)
      .set({
        status: 'ok',
        httpStatus: body.httpStatus,
        contentType: body.contentType,
        finalUrl: body.finalUrl,
        capturedAt: sql`now()`,
        sha256: body.sha256,
        byteSize: body.bytes.length,
        bytes: body.bytes,
        extractedText: body.extractedText,
      })
      .where(and(eq(evidenceCaptures.id, capture.id), eq(evidenceCaptures.status, 'pending')))
      .returning(SUMMARY)
    if (!row) return
    await appendEvent(tx, {
      actorId: job.ownerId,
      action: 'evidence.captured',
      subjectType: 'evidence_capture',
      subjectId: row.id,
      claimId: await claimOf(tx, row.evidenceId),
      after: { ...toCapture(row), evidenceId: row.evidenceId },
      requestId: job.requestId,
    })
  }

  async function recordFailure(
    tx: Tx,
    captureId: string,
    failure: CaptureFailure,
    actorId: string | null,
    requestId: string | null,
  ) {
    const [row] = await tx
      .update(evidenceCaptures)
      .set({ status: 'failed', failureReason: failure.reason, httpStatus: failure.httpStatus })
      .where(and(eq(evidenceCaptures.id, captureId), eq(evidenceCaptures.status, 'pending')))
      .returning(SUMMARY)
    if (!row) return
    await appendEvent(tx, {
      actorId,
      action: 'evidence.capture_failed',
      subjectType: 'evidence_capture',
      subjectId: row.id,
      claimId: await claimOf(tx, row.evidenceId),
      after: { ...toCapture(row), evidenceId: row.evidenceId },
      requestId,
    })
  }

  /** The snapshot, served only when its bytes still hash to the SHA-256 recorded at capture. */
  async function snapshot(evidenceId: string, captureId: string, raw: boolean): Promise<Snapshot> {
    const [row] = await db
      .select()
      .from(evidenceCaptures)
      .where(and(eq(evidenceCaptures.id, captureId), eq(evidenceCaptures.evidenceId, evidenceId)))
    if (!row) throw new NotFoundError('Capture')
    const { bytes, sha256 } = verified(row)
    if (raw) return { kind: 'raw', bytes, contentType: row.contentType ?? '', sha256 }
    if (row.extractedText === null) throw new NotFoundError('Text of this capture (download it with ?raw=1)')
    return { kind: 'text', text: row.extractedText }
  }

  return { request, recapture, runCaptureJob, snapshot, notify: () => deps.jobs.notify() }
}

export type EvidenceCapturesService = ReturnType<typeof createEvidenceCapturesService>

const corrupted = (sha256: string) =>
  new AppError(
    409,
    'SNAPSHOT_CORRUPTED',
    `snapshot corrupted: its bytes no longer match the SHA-256 recorded at capture (${sha256.slice(0, 12)}…); it is not served`,
  )

/** The capture's bytes and hash, once they are known to match; a mismatch is never served as valid. */
function verified(row: typeof evidenceCaptures.$inferSelect): { bytes: Buffer; sha256: string } {
  if (row.status !== 'ok' || !row.bytes || !row.sha256) {
    throw new ConflictError(
      row.status === 'failed'
        ? `This capture failed: ${row.failureReason ?? 'no reason recorded'}`
        : 'This capture has not been fetched yet',
    )
  }
  if (sha256Hex(row.bytes) !== row.sha256) {
    throw corrupted(row.sha256)
  }
  return { bytes: row.bytes, sha256: row.sha256 }
}

async function claimOf(tx: DbOrTx, evidenceId: string): Promise<string | null> {
  const [row] = await tx
    .select({ claimId: evidence.claimId })
    .from(evidence)
    .where(eq(evidence.id, evidenceId))
  return row?.claimId ?? null
}

/** The newest capture of each evidence item, for the claim view (never the bytes). */
export async function latestCaptures(
  db: DbOrTx,
  evidenceIds: string[],
): Promise<Map<string, EvidenceCapture>> {
  const latest = new Map<string, EvidenceCapture>()
  if (evidenceIds.length === 0) return latest
  const rows = await db
    .selectDistinctOn([evidenceCaptures.evidenceId], SUMMARY)
    .from(evidenceCaptures)
    .where(inArray(evidenceCaptures.evidenceId, evidenceIds))
    .orderBy(evidenceCaptures.evidenceId, desc(evidenceCaptures.createdAt), desc(evidenceCaptures.id))
  for (const row of rows) latest.set(row.evidenceId, toCapture(row))
  return latest
}

/** A capture as a publication record freezes it: which one, its date and hash, whether it has text. */
export interface FrozenCapture {
  id: string
  capturedAt: string
  sha256: string
  hasText: boolean
}

/**
 * The newest successful capture of each evidence item, as a publication record freezes it (ADR 019,
 * ADR 020): which capture, its date and hash; readers may read its text (PUBLIC_SNAPSHOTS) only
 * through the record, so a capture made after publication stays unseen until a correction.
 */
export async function latestGoodCaptures(
  db: DbOrTx,
  evidenceIds: string[],
): Promise<Map<string, FrozenCapture>> {
  const latest = new Map<string, FrozenCapture>()
  if (evidenceIds.length === 0) return latest
  const rows = await db
    .selectDistinctOn([evidenceCaptures.evidenceId], {
      id: evidenceCaptures.id,
      evidenceId: evidenceCaptures.evidenceId,
      capturedAt: evidenceCaptures.capturedAt,
      sha256: evidenceCaptures.sha256,
      hasText: sql<boolean>`${evidenceCaptures.extractedText} IS NOT NULL`,
    })
    .from(evidenceCaptures)
    .where(and(inArray(evidenceCaptures.evidenceId, evidenceIds), eq(evidenceCaptures.status, 'ok')))
    .orderBy(evidenceCaptures.evidenceId, desc(evidenceCaptures.createdAt), desc(evidenceCaptures.id))
  for (const row of rows) {
    if (row.capturedAt && row.sha256) {
      latest.set(row.evidenceId, {
        id: row.id,
        capturedAt: row.capturedAt.toISOString(),
        sha256: row.sha256,
        hasText: Boolean(row.hasText),
      })
    }
  }
  return latest
}

/**
 * The text of a capture a publication record froze, for readers (PUBLIC_SNAPSHOTS=text): found by
 * the record's capture id (older records carry only the hash, so by evidence and hash), and served
 * only when its bytes still hash to what the record published.
 */
export async function frozenSnapshotText(
  db: DbOrTx,
  evidenceId: string,
  frozen: { id?: string | undefined; sha256: string },
): Promise<string> {
  const [row] = await db
    .select()
    .from(evidenceCaptures)
    .where(
      and(
        eq(evidenceCaptures.evidenceId, evidenceId),
        eq(evidenceCaptures.status, 'ok'),
        frozen.id ? eq(evidenceCaptures.id, frozen.id) : eq(evidenceCaptures.sha256, frozen.sha256),
      ),
    )
    .orderBy(desc(evidenceCaptures.createdAt), desc(evidenceCaptures.id))
    .limit(1)
  if (!row) throw new NotFoundError('Snapshot')
  const { sha256 } = verified(row)
  if (sha256 !== frozen.sha256) throw corrupted(frozen.sha256)
  if (row.extractedText === null) throw new NotFoundError('Text of this snapshot')
  return row.extractedText
}

function toCapture(row: SummaryRow): EvidenceCapture {
  return {
    id: row.id,
    status: row.status as EvidenceCapture['status'],
    url: row.url,
    failureReason: row.failureReason,
    httpStatus: row.httpStatus,
    contentType: row.contentType,
    finalUrl: row.finalUrl,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    sha256: row.sha256,
    byteSize: row.byteSize,
    hasText: Boolean(row.hasText),
    createdAt: row.createdAt.toISOString(),
  }
}
