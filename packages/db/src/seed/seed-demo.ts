import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import {
  computeSourcingGrade,
  describeSelection,
  findTransitionBetween,
  isPublicStatus,
} from '@claimtrail/core'
import { count, eq } from 'drizzle-orm'
import { appendEvent } from '../audit.ts'
import type { Db, Tx } from '../client.ts'
import {
  articles,
  articleVersions,
  attributionChains,
  chainHops,
  claimCorrections,
  claimNotes,
  claimSubjects,
  claims,
  entities,
  evidence,
  ratingScales,
  ratings,
  replyRequests,
  responses,
  sourceReliabilityRatings,
  sourcingAssessments,
  users,
} from '../schema/index.ts'
import { type DemoClaim, demoClaims } from './demo-claims.ts'
import { type DemoEntityKey, demoEntities } from './demo-entities.ts'

export const DEMO_PASSWORD = 'claimtrail-demo'
export const DEMO_USERS = [
  { email: 'admin@example.com', displayName: 'Ada Admin', role: 'admin' },
  { email: 'editor@example.com', displayName: 'Eddie Editor', role: 'editor' },
  { email: 'checker@example.com', displayName: 'Chris Checker', role: 'checker' },
] as const

export const DEMO_ARTICLE_TEXT = readFileSync(new URL('../../seed/article.txt', import.meta.url), 'utf8')

export interface SeedDemoOptions {
  /** Password hasher of the auth layer (argon2id); the data layer does not pick the algorithm. */
  hashPassword: (password: string) => Promise<string>
}

/** True when the database holds no users and no articles: a fresh installation. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [u] = await db.select({ n: count() }).from(users)
  const [a] = await db.select({ n: count() }).from(articles)
  return (u?.n ?? 0) === 0 && (a?.n ?? 0) === 0
}

/**
 * Seeds the demo: three accounts, the Han Dong article with its outlet and entities, and ten
 * claims in every workflow state, each with its audit trail. One transaction: all or nothing.
 * Returns false (and writes nothing) when the database is not empty, so a second start never
 * seeds twice.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<boolean> {
  const passwordHash = await options.hashPassword(DEMO_PASSWORD)
  return db.transaction(async (tx) => {
    // Serialise concurrent seeders on PostgreSQL; a no-op cost on PGlite.
    await tx.execute('lock table users in exclusive mode')
    if (!(await isEmptyDatabase(tx as unknown as Db))) return false

    const userRows = await tx
      .insert(users)
      .values(DEMO_USERS.map((u) => ({ ...u, passwordHash })))
      .returning()
    const userId = (role: string) => userRows.find((u) => u.role === role)?.id ?? null
    const [checker, editor, admin] = [userId('checker'), userId('editor'), userId('admin')]
    for (const u of userRows) {
      const { passwordHash: _omit, ...after } = u
      await appendEvent(tx, {
        actorId: admin,
        action: 'user.created',
        subjectType: 'user',
        subjectId: u.id,
        after,
      })
    }

    const entityIds = await insertEntities(tx, admin)
    const text = DEMO_ARTICLE_TEXT
    const title = text.slice(0, text.indexOf('\n')).trim()
    const [article] = await tx
      .insert(articles)
      .values({
        title,
        outletId: entityIds.outlet,
        publishedOn: '2023-03-23',
        language: 'en',
        createdBy: checker,
      })
      .returning()
    if (!article) throw new Error('article insert returned nothing')
    const [version] = await tx
      .insert(articleVersions)
      .values({
        articleId: article.id,
        number: 1,
        body: text,
        sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
        importedBy: checker,
      })
      .returning()
    if (!version) throw new Error('article version insert returned nothing')
    await appendEvent(tx, {
      actorId: checker,
      action: 'article.created',
      subjectType: 'article',
      subjectId: article.id,
      after: article,
    })
    await appendEvent(tx, {
      actorId: checker,
      action: 'article_version.imported',
      subjectType: 'article_version',
      subjectId: version.id,
      after: { id: version.id, articleId: article.id, number: 1, sha256: version.sha256 },
    })

    const ratingIds = await defaultRatingIds(tx)
    for (const demo of demoClaims) {
      await insertClaim(tx, demo, {
        text,
        articleId: article.id,
        versionId: version.id,
        entityIds,
        ratingIds,
        checker,
        editor,
      })
    }
    return true
  })
}

async function insertEntities(tx: Tx, actorId: string | null): Promise<Record<DemoEntityKey, string>> {
  const keys = Object.keys(demoEntities) as DemoEntityKey[]
  const rows = await tx
    .insert(entities)
    .values(keys.map((k) => ({ ...demoEntities[k] })))
    .returning()
  const ids = {} as Record<DemoEntityKey, string>
  for (const [i, key] of keys.entries()) {
    const row = rows[i]
    if (!row) throw new Error(`entity ${key} was not inserted`)
    ids[key] = row.id
    await appendEvent(tx, {
      actorId,
      action: 'entity.created',
      subjectType: 'entity',
      subjectId: row.id,
      after: row,
    })
  }
  return ids
}

async function defaultRatingIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: ratings.id, label: ratings.label })
    .from(ratings)
    .innerJoin(ratingScales, eq(ratings.scaleId, ratingScales.id))
    .where(eq(ratingScales.isDefault, true))
  return new Map(rows.map((r) => [r.label, r.id]))
}

/** Offsets of `needle`, which must occur exactly once in `text`. */
function locateOnce(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle)
  if (start < 0 || text.indexOf(needle, start + 1) >= 0) {
    throw new Error(`demo seed: expected exactly one occurrence of ${JSON.stringify(needle)}`)
  }
  return { start, end: start + needle.length }
}

/** Offsets of the occurrence of `needle` nearest to `near` (cue words repeat in an article). */
function locateNearest(text: string, needle: string, near: number): { start: number; end: number } {
  let best = -1
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i
  }
  if (best < 0) throw new Error(`demo seed: ${JSON.stringify(needle)} is not in the article`)
  return { start: best, end: best + needle.length }
}

function gradeOf(demo: DemoClaim, ids: Record<DemoEntityKey, string>) {
  const entity = (key: DemoEntityKey) => ({
    id: ids[key],
    name: demoEntities[key].name,
    kind: demoEntities[key].kind,
  })
  return computeSourcingGrade({
    chains: demo.chains.map((hops) => ({ hops: hops.map((h) => ({ ...h, entity: entity(h.entity) })) })),
    responses: (demo.responses ?? []).map((r) => ({ ...r, entity: entity(r.entity) })),
    hedges: demo.hedges ?? [],
    evidence: demo.evidence ?? [],
  })
}

interface ClaimContext {
  text: string
  articleId: string
  versionId: string
  entityIds: Record<DemoEntityKey, string>
  ratingIds: Map<string, string>
  checker: string | null
  editor: string | null
}

async function insertClaim(tx: Tx, demo: DemoClaim, ctx: ClaimContext): Promise<void> {
  const { start, end } = locateOnce(ctx.text, demo.quote)
  const selector = describeSelection(ctx.text, start, end)
  const status = demo.path.at(-1) ?? 'draft'
  const verdictRatingId = demo.verdict ? ctx.ratingIds.get(demo.verdict) : undefined
  if (demo.verdict && !verdictRatingId) throw new Error(`demo seed: unknown rating ${demo.verdict}`)

  const [claim] = await tx
    .insert(claims)
    .values({
      articleId: ctx.articleId,
      articleVersionId: ctx.versionId,
      anchorStart: selector.start,
      anchorEnd: selector.end,
      anchorExact: selector.exact,
      anchorPrefix: selector.prefix,
      anchorSuffix: selector.suffix,
      statement: demo.statement,
      headline: demo.headline,
      claimantId: ctx.entityIds[demo.claimant],
      kind: demo.kind,
      hedges: demo.hedges ?? [],
      status,
      verdictRatingId: verdictRatingId ?? null,
      rationale: demo.rationale ?? null,
      createdBy: ctx.checker,
      assigneeId: ctx.checker,
      publishedAt: demo.path.some(isPublicStatus) ? new Date() : null,
      version: demo.path.length,
    })
    .returning()
  if (!claim) throw new Error('claim insert returned nothing')
  const event = { subjectType: 'claim' as const, subjectId: claim.id, claimId: claim.id }
  await appendEvent(tx, {
    ...event,
    actorId: ctx.checker,
    action: 'claim.created',
    after: { ...claim, status: 'draft', version: 1 },
  })

  if (demo.subjects.length > 0) {
    await tx
      .insert(claimSubjects)
      .values(demo.subjects.map((key) => ({ claimId: claim.id, entityId: ctx.entityIds[key] })))
  }

  for (const [position, hops] of demo.chains.entries()) {
    const [chain] = await tx.insert(attributionChains).values({ claimId: claim.id, position }).returning()
    if (!chain) throw new Error('chain insert returned nothing')
    const hopRows = await tx
      .insert(chainHops)
      .values(
        hops.map((hop, hopPosition) => {
          const cue = hop.cue ? locateNearest(ctx.text, hop.cue, start) : null
          return {
            chainId: chain.id,
            position: hopPosition,
            entityId: ctx.entityIds[hop.entity],
            role: hop.role,
            named: hop.named,
            onRecord: hop.onRecord,
            access: hop.access,
            anonymityReasonGiven: hop.anonymityReasonGiven ?? false,
            cue: hop.cue ?? null,
            cueStart: cue?.start ?? null,
            cueEnd: cue?.end ?? null,
          }
        }),
      )
      .returning()
    await appendEvent(tx, {
      ...event,
      actorId: ctx.checker,
      action: 'claim.chain_added',
      subjectType: 'attribution_chain',
      subjectId: chain.id,
      after: { ...chain, hops: hopRows },
    })
  }

  for (const r of demo.responses ?? []) {
    const words = locateNearest(ctx.text, r.words, start)
    const [row] = await tx
      .insert(responses)
      .values({
        claimId: claim.id,
        entityId: ctx.entityIds[r.entity],
        stance: r.stance,
        words: r.words,
        wordsStart: words.start,
        wordsEnd: words.end,
        addressesPart: r.addressesPart ?? null,
        respondedOn: r.respondedOn ?? null,
        createdBy: ctx.checker,
      })
      .returning()
    if (row) {
      await appendEvent(tx, {
        ...event,
        actorId: ctx.checker,
        action: 'claim.response_added',
        subjectType: 'response',
        subjectId: row.id,
        after: row,
      })
    }
  }

  for (const e of demo.evidence ?? []) {
    const [row] = await tx
      .insert(evidence)
      .values({ claimId: claim.id, ...e, addedBy: ctx.checker })
      .returning()
    if (row) {
      await appendEvent(tx, {
        ...event,
        actorId: ctx.checker,
        action: 'claim.evidence_added',
        subjectType: 'evidence',
        subjectId: row.id,
        after: row,
      })
    }
  }

  const day = 86_400_000
  for (const rr of demo.replyRequests ?? []) {
    const requestedAt = new Date(Date.now() - rr.daysAgo * day)
    const [row] = await tx
      .insert(replyRequests)
      .values({
        claimId: claim.id,
        entityId: ctx.entityIds[rr.entity],
        channel: rr.channel,
        requestedAt,
        deadline: new Date(Date.now() + rr.deadlineInDays * day),
        requestedBy: ctx.checker,
      })
      .returning()
    if (row) {
      await appendEvent(tx, {
        ...event,
        actorId: ctx.checker,
        action: 'claim.reply_request_added',
        subjectType: 'reply_request',
        subjectId: row.id,
        after: row,
      })
    }
  }

  // Every claim carries its computed grade, as the API keeps it after any write (grade-sync): the
  // queue, the dashboard and the ledger filter read the stored grade.
  const computedGrade = gradeOf(demo, ctx.entityIds).grade
  if (!demo.assessment) {
    await tx.insert(sourcingAssessments).values({ claimId: claim.id, computedGrade })
  } else {
    const [assessment] = await tx
      .insert(sourcingAssessments)
      .values({
        claimId: claim.id,
        informationCredibility: demo.assessment.credibility ?? null,
        // The grade comes from the same pure rules the API uses, never typed in by hand.
        computedGrade,
        assessedBy: ctx.editor,
      })
      .returning()
    if (!assessment) throw new Error('assessment insert returned nothing')
    const reliability = demo.assessment.reliability ?? []
    if (reliability.length > 0) {
      await tx.insert(sourceReliabilityRatings).values(
        reliability.map((r) => ({
          assessmentId: assessment.id,
          entityId: ctx.entityIds[r.entity],
          reliability: r.level,
        })),
      )
    }
    await appendEvent(tx, {
      ...event,
      actorId: ctx.editor,
      action: 'claim.sourcing_assessed',
      subjectType: 'sourcing_assessment',
      subjectId: assessment.id,
      after: { ...assessment, reliability },
    })
  }

  // Replay the workflow path so the claim's history reads as it happened.
  for (let i = 1; i < demo.path.length; i++) {
    const from = demo.path[i - 1] ?? 'draft'
    const to = demo.path[i] ?? 'draft'
    const transition = findTransitionBetween(from, to)
    if (!transition) throw new Error(`demo seed: no transition ${from} → ${to}`)
    const actorId = transition.roles.includes('checker') ? ctx.checker : ctx.editor
    let comment: string | undefined
    if (transition.action === 'request_changes' && demo.changesRequestedComment) {
      comment = demo.changesRequestedComment
      await tx.insert(claimNotes).values({ claimId: claim.id, authorId: ctx.editor, body: comment })
    }
    if (transition.action === 'correct' && demo.correction) {
      await tx.insert(claimCorrections).values({
        claimId: claim.id,
        kind: 'correction',
        ...demo.correction,
        issuedBy: ctx.editor,
      })
    }
    await appendEvent(tx, {
      ...event,
      actorId,
      action: `claim.${transition.action}`,
      before: { status: from, version: i },
      after: {
        status: to,
        version: i + 1,
        ...(comment ? { comment } : {}),
        ...(transition.action === 'correct' ? demo.correction : {}),
      },
    })
  }
}
