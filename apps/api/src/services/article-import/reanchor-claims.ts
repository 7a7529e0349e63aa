import type { Anchor, ReanchorCounts } from '@claimtrail/contracts'
import type { ClaimReanchorPlan, ReanchorInput, SubSpan, SubSpanChange } from '@claimtrail/core'
import { appendEvent, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { asc, eq, inArray } from 'drizzle-orm'
import type { Author } from '../actor.ts'
import { anchorColumns, anchorOf } from '../claims/selection.ts'

const { articleVersions, attributionChains, chainHops, claims, responses } = schema

type ClaimRow = typeof claims.$inferSelect

export interface NewVersion {
  id: string
  body: string
}

/** A cue or response span as read, with the row's version (bumped when it moves). */
interface VersionedSpan extends SubSpan {
  version: number
}

/**
 * What re-anchoring an article's claims depends on, read before any transaction opens: the
 * claims' anchors, the texts they point into, and their cue and response spans (ADR 014).
 */
export interface ReanchorSnapshot {
  claims: ClaimRow[]
  cues: Map<string, VersionedSpan[]>
  words: Map<string, VersionedSpan[]>
  bodies: Map<string, string>
}

/** Thrown inside the write transaction when what the plan was computed from has changed. */
export class StaleReanchorPlan extends Error {
  override name = 'StaleReanchorPlan'
}

export async function readReanchorSnapshot(db: DbOrTx, articleId: string): Promise<ReanchorSnapshot> {
  const rows = await loadClaims(db, articleId, false)
  if (rows.length === 0) return { claims: [], cues: new Map(), words: new Map(), bodies: new Map() }
  const ids = rows.map((c) => c.id)
  return {
    claims: rows,
    bodies: await loadBodies(db, [...new Set(rows.map((c) => c.articleVersionId))]),
    cues: await loadCues(db, ids, false),
    words: await loadResponseWords(db, ids, false),
  }
}

/** The plain-data input of planReanchoring (run in the worker pool) for a snapshot. */
export function reanchorInput(snapshot: ReanchorSnapshot, newBody: string): ReanchorInput {
  return {
    newBody,
    bodies: Object.fromEntries(snapshot.bodies),
    claims: snapshot.claims.map((claim) => ({
      id: claim.id,
      articleVersionId: claim.articleVersionId,
      anchor: anchorOf(claim),
      orphaned: claim.orphaned,
      cues: snapshot.cues.get(claim.id) ?? [],
      responseWords: snapshot.words.get(claim.id) ?? [],
    })),
  }
}

/**
 * Writes a re-anchoring plan computed outside the transaction (docs/design.md, "Claim"): position,
 * else quote, else fuzzy quote; a claim that cannot be placed becomes an orphan, left pointing at
 * the version it was marked in, never deleted; an orphan gets another chance in every new version.
 * Cue words of hops and words of responses move with their claim or lose their offsets.
 *
 * The rows are locked and compared with the snapshot the plan came from: a claim added, removed
 * or re-anchored meanwhile, or a span moved, makes the plan stale (StaleReanchorPlan) and nothing
 * is written. Each claim whose anchor changed gets its version bumped and one `claim.reanchored`
 * event. Only writes happen here, O(claims + spans) statements.
 */
export async function applyReanchorPlan(
  tx: Tx,
  articleId: string,
  snapshot: ReanchorSnapshot,
  plan: ClaimReanchorPlan[],
  next: NewVersion,
  actor: Author,
): Promise<ReanchorCounts> {
  const counts: ReanchorCounts = { position: 0, moved: 0, fuzzy: 0, orphaned: 0 }
  const rows = await loadClaims(tx, articleId, true)
  const ids = rows.map((c) => c.id)
  const cues = ids.length > 0 ? await loadCues(tx, ids, true) : new Map<string, VersionedSpan[]>()
  const words = ids.length > 0 ? await loadResponseWords(tx, ids, true) : new Map<string, VersionedSpan[]>()
  assertUnchanged(snapshot, rows, cues, words)
  const planned = new Map(plan.map((p) => [p.id, p]))
  const now = new Date()

  for (const claim of rows) {
    const step = planned.get(claim.id)
    if (!step) throw new StaleReanchorPlan(`no plan for claim ${claim.id}`)
    const before = anchorOf(claim)
    const { result } = step
    if (result.status === 'orphan') {
      counts.orphaned++
      // Still an orphan from an earlier version: nothing changed, nothing to record.
      if (claim.orphaned) continue
      await tx
        .update(claims)
        .set({ orphaned: true, version: claim.version + 1, updatedAt: now })
        .where(eq(claims.id, claim.id))
      await record(tx, actor, claim, { ...before, orphaned: true }, step)
      continue
    }

    counts[result.status]++
    const after: Anchor = {
      articleVersionId: next.id,
      start: result.start,
      end: result.end,
      exact: result.exact,
      prefix: result.prefix,
      suffix: result.suffix,
      orphaned: false,
    }
    await tx
      .update(claims)
      .set({
        articleVersionId: after.articleVersionId,
        ...anchorColumns(after),
        orphaned: false,
        version: claim.version + 1,
        updatedAt: now,
      })
      .where(eq(claims.id, claim.id))
    await moveSubSpans(tx, step, { cues: cues.get(claim.id), words: words.get(claim.id), now })
    await record(tx, actor, claim, after, step)
  }
  return counts
}

/** Cue words of hops and words of responses follow their claim's new anchor, or lose their offsets. */
async function moveSubSpans(
  tx: Tx,
  step: ClaimReanchorPlan,
  { cues, words, now }: { cues: VersionedSpan[] | undefined; words: VersionedSpan[] | undefined; now: Date },
): Promise<void> {
  for (const change of step.cues) {
    const hop = cues?.find((h) => h.id === change.id)
    await tx
      .update(chainHops)
      .set({
        cueStart: change.after?.start ?? null,
        cueEnd: change.after?.end ?? null,
        version: (hop?.version ?? 0) + 1,
        updatedAt: now,
      })
      .where(eq(chainHops.id, change.id))
  }
  for (const change of step.responseWords) {
    const response = words?.find((r) => r.id === change.id)
    await tx
      .update(responses)
      .set({
        wordsStart: change.after?.start ?? null,
        wordsEnd: change.after?.end ?? null,
        version: (response?.version ?? 0) + 1,
        updatedAt: now,
      })
      .where(eq(responses.id, change.id))
  }
}

/** The plan depends on anchors and spans only: those must be as they were read. */
function assertUnchanged(
  snapshot: ReanchorSnapshot,
  rows: ClaimRow[],
  cues: Map<string, VersionedSpan[]>,
  words: Map<string, VersionedSpan[]>,
) {
  const read = new Map(snapshot.claims.map((c) => [c.id, c]))
  if (read.size !== rows.length) throw new StaleReanchorPlan('claims were added or removed')
  for (const row of rows) {
    const before = read.get(row.id)
    if (!before || JSON.stringify(anchorOf(before)) !== JSON.stringify(anchorOf(row)))
      throw new StaleReanchorPlan(`claim ${row.id} moved`)
    if (
      !sameSpans(snapshot.cues.get(row.id), cues.get(row.id)) ||
      !sameSpans(snapshot.words.get(row.id), words.get(row.id))
    )
      throw new StaleReanchorPlan(`the spans of claim ${row.id} changed`)
  }
}

function sameSpans(a: VersionedSpan[] = [], b: VersionedSpan[] = []): boolean {
  const key = (spans: VersionedSpan[]) =>
    spans
      .map((s) => `${s.id}:${s.start}:${s.end}`)
      .sort()
      .join(',')
  return key(a) === key(b)
}

async function record(tx: Tx, actor: Author, claim: ClaimRow, after: Anchor, step: ClaimReanchorPlan) {
  const { result } = step
  const cues: SubSpanChange[] = step.cues
  const responseWords: SubSpanChange[] = step.responseWords
  await appendEvent(tx, {
    actorId: actor.id,
    action: 'claim.reanchored',
    subjectType: 'claim',
    subjectId: claim.id,
    claimId: claim.id,
    before: { anchor: anchorOf(claim), version: claim.version },
    after: {
      anchor: after,
      version: claim.version + 1,
      status: result.status,
      ...(result.status === 'fuzzy' ? { errors: result.errors } : {}),
      ...(cues.length > 0 ? { cues } : {}),
      ...(responseWords.length > 0 ? { responseWords } : {}),
    },
    requestId: actor.requestId,
  })
}

async function loadClaims(db: DbOrTx, articleId: string, lock: boolean): Promise<ClaimRow[]> {
  const query = db
    .select()
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.anchorStart), asc(claims.id))
  return lock ? query.for('update') : query
}

async function loadBodies(db: DbOrTx, versionIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: articleVersions.id, body: articleVersions.body })
    .from(articleVersions)
    .where(inArray(articleVersions.id, versionIds))
  return new Map(rows.map((r) => [r.id, r.body]))
}

async function loadCues(
  db: DbOrTx,
  claimIds: string[],
  lock: boolean,
): Promise<Map<string, VersionedSpan[]>> {
  const query = db
    .select({
      claimId: attributionChains.claimId,
      id: chainHops.id,
      version: chainHops.version,
      start: chainHops.cueStart,
      end: chainHops.cueEnd,
    })
    .from(chainHops)
    .innerJoin(attributionChains, eq(attributionChains.id, chainHops.chainId))
    .where(inArray(attributionChains.claimId, claimIds))
  return groupByClaim(await (lock ? query.for('update') : query))
}

async function loadResponseWords(
  db: DbOrTx,
  claimIds: string[],
  lock: boolean,
): Promise<Map<string, VersionedSpan[]>> {
  const query = db
    .select({
      claimId: responses.claimId,
      id: responses.id,
      version: responses.version,
      start: responses.wordsStart,
      end: responses.wordsEnd,
    })
    .from(responses)
    .where(inArray(responses.claimId, claimIds))
  return groupByClaim(await (lock ? query.for('update') : query))
}

function groupByClaim(rows: (VersionedSpan & { claimId: string })[]): Map<string, VersionedSpan[]> {
  const byClaim = new Map<string, VersionedSpan[]>()
  for (const { claimId, ...span } of rows) {
    const list = byClaim.get(claimId) ?? []
    list.push(span)
    byClaim.set(claimId, list)
  }
  return byClaim
}
