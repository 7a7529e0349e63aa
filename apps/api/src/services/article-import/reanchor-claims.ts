import type { Anchor, ReanchorCounts } from '@claimtrail/contracts'
import { describeSelection, type ReanchorResult, reanchor, type TextAnchor } from '@claimtrail/core'
import { appendEvent, schema, type Tx } from '@claimtrail/db'
import { asc, eq, inArray } from 'drizzle-orm'
import type { Actor } from '../actor.ts'

const { articleVersions, attributionChains, chainHops, claims, responses } = schema

type ClaimRow = typeof claims.$inferSelect

export interface NewVersion {
  id: string
  body: string
}

/** A span anchored inside a claim's article version (a hop's cue words, a response's words). */
interface SubAnchor {
  id: string
  version: number
  start: number | null
  end: number | null
}

interface SubAnchorChange {
  id: string
  before: { start: number; end: number }
  after: { start: number; end: number } | null
}

/**
 * Re-anchors every claim of an article in a newly imported version, inside the import's
 * transaction (docs/design.md, "Claim"): position, else quote, else fuzzy quote; a claim that cannot be
 * placed becomes an orphan, left pointing at the version it was marked in, never deleted. A claim
 * that was already an orphan gets another chance in every new version.
 *
 * The cue words of its hops and the words of its responses are anchored in the claim's version
 * too, so they move with it, or lose their offsets (their words are kept) when they cannot be
 * found. Each claim whose anchor changed gets its version bumped and one `claim.reanchored` event.
 */
export async function reanchorClaims(
  tx: Tx,
  articleId: string,
  next: NewVersion,
  actor: Actor,
): Promise<ReanchorCounts> {
  const counts: ReanchorCounts = { position: 0, moved: 0, fuzzy: 0, orphaned: 0 }
  const rows = await tx
    .select()
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.anchorStart), asc(claims.id))
    .for('update')
  if (rows.length === 0) return counts

  const bodies = await loadBodies(tx, [...new Set(rows.map((c) => c.articleVersionId))])
  const cues = await loadCues(
    tx,
    rows.map((c) => c.id),
  )
  const words = await loadResponseWords(
    tx,
    rows.map((c) => c.id),
  )
  const now = new Date()

  for (const claim of rows) {
    const before = anchorOf(claim)
    const result = reanchor(next.body, before)
    if (result.status === 'orphan') {
      counts.orphaned++
      // Still an orphan from an earlier version: nothing changed, nothing to record.
      if (claim.orphaned) continue
      await tx
        .update(claims)
        .set({ orphaned: true, version: claim.version + 1, updatedAt: now })
        .where(eq(claims.id, claim.id))
      await record(tx, actor, claim, { ...before, orphaned: true }, result, [], [])
      continue
    }

    counts[result.status === 'position' ? 'position' : result.status === 'moved' ? 'moved' : 'fuzzy']++
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
        anchorStart: after.start,
        anchorEnd: after.end,
        anchorExact: after.exact,
        anchorPrefix: after.prefix,
        anchorSuffix: after.suffix,
        orphaned: false,
        version: claim.version + 1,
        updatedAt: now,
      })
      .where(eq(claims.id, claim.id))

    const oldBody = bodies.get(claim.articleVersionId) ?? ''
    const cueChanges = moveSubAnchors(oldBody, next.body, cues.get(claim.id) ?? [])
    for (const change of cueChanges) {
      const hop = cues.get(claim.id)?.find((h) => h.id === change.id)
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
    const wordChanges = moveSubAnchors(oldBody, next.body, words.get(claim.id) ?? [])
    for (const change of wordChanges) {
      const response = words.get(claim.id)?.find((r) => r.id === change.id)
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
    await record(tx, actor, claim, after, result, cueChanges, wordChanges)
  }
  return counts
}

function anchorOf(claim: ClaimRow): Anchor {
  return {
    articleVersionId: claim.articleVersionId,
    start: claim.anchorStart,
    end: claim.anchorEnd,
    exact: claim.anchorExact,
    prefix: claim.anchorPrefix,
    suffix: claim.anchorSuffix,
    orphaned: claim.orphaned,
  }
}

async function record(
  tx: Tx,
  actor: Actor,
  claim: ClaimRow,
  after: Anchor,
  result: ReanchorResult,
  cues: SubAnchorChange[],
  responseWords: SubAnchorChange[],
) {
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

/**
 * New offsets for spans of the old text. Cue words are short and repeat ("reported", "said"), so
 * a span is only kept where the text right beside it still agrees with what was there; otherwise
 * it would latch onto another "said" three paragraphs away.
 */
function moveSubAnchors(oldBody: string, newBody: string, spans: SubAnchor[]): SubAnchorChange[] {
  const changes: SubAnchorChange[] = []
  for (const span of spans) {
    if (span.start === null || span.end === null) continue
    const before = { start: span.start, end: span.end }
    const old = selectionIn(oldBody, span.start, span.end)
    const result = old ? reanchor(newBody, old) : ({ status: 'orphan' } as const)
    const after = result.status !== 'orphan' && old && contextAgrees(old, result) ? result : null
    if (after?.start === before.start && after.end === before.end) continue
    changes.push({ id: span.id, before, after: after ? { start: after.start, end: after.end } : null })
  }
  return changes
}

function selectionIn(text: string, start: number, end: number): TextAnchor | undefined {
  try {
    return describeSelection(text, start, end)
  } catch {
    return undefined // offsets that never fitted the text: nothing to follow
  }
}

const CONTEXT = 8

function contextAgrees(old: TextAnchor, found: TextAnchor): boolean {
  if (old.prefix === '' && old.suffix === '') return true
  const prefix = old.prefix.slice(-CONTEXT)
  const suffix = old.suffix.slice(0, CONTEXT)
  return (
    (prefix !== '' && found.prefix.endsWith(prefix)) || (suffix !== '' && found.suffix.startsWith(suffix))
  )
}

async function loadBodies(tx: Tx, versionIds: string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: articleVersions.id, body: articleVersions.body })
    .from(articleVersions)
    .where(inArray(articleVersions.id, versionIds))
  return new Map(rows.map((r) => [r.id, r.body]))
}

async function loadCues(tx: Tx, claimIds: string[]): Promise<Map<string, SubAnchor[]>> {
  const rows = await tx
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
    .for('update')
  return groupByClaim(rows)
}

async function loadResponseWords(tx: Tx, claimIds: string[]): Promise<Map<string, SubAnchor[]>> {
  const rows = await tx
    .select({
      claimId: responses.claimId,
      id: responses.id,
      version: responses.version,
      start: responses.wordsStart,
      end: responses.wordsEnd,
    })
    .from(responses)
    .where(inArray(responses.claimId, claimIds))
    .for('update')
  return groupByClaim(rows)
}

function groupByClaim(rows: (SubAnchor & { claimId: string })[]): Map<string, SubAnchor[]> {
  const byClaim = new Map<string, SubAnchor[]>()
  for (const { claimId, ...span } of rows) {
    const list = byClaim.get(claimId) ?? []
    list.push(span)
    byClaim.set(claimId, list)
  }
  return byClaim
}
