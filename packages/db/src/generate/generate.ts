import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db, Tx } from '../client.ts'
import { ratingScales, ratings, users } from '../schema/index.ts'
import { insertRows } from './bulk-insert.ts'
import { createRandom } from './random.ts'
import {
  buildArticle,
  buildEntityPool,
  emptyRows,
  entityRow,
  GENERATED_TABLES,
  type GeneratorContext,
  type Row,
  type Rows,
} from './synthetic.ts'

export interface GenerateOptions {
  articles: number
  claimsPerArticle: number
  seed: number
  /** About this many claims go into one transaction (rounded to whole articles). */
  claimsPerBatch?: number
  onProgress?: (progress: GenerateProgress) => void
  /**
   * Writes the publication records (`published_claims`, ADR 019) of a batch's public claims, in the
   * batch's transaction after its rows: the API's own record builder, which this package cannot
   * import. Returns how many it wrote. Without it, the API backfills the records at its next start.
   */
  publications?: (tx: Tx, claimIds: string[]) => Promise<number>
}

export interface GenerateProgress {
  articlesDone: number
  articlesTotal: number
  rows: number
  elapsedMs: number
}

export interface GenerateResult {
  rowsByTable: Record<string, number>
  rows: number
  elapsedMs: number
}

export class GenerateConflictError extends Error {
  override name = 'GenerateConflictError'
}

/**
 * Fills `db` with synthetic articles, entities, claims and everything hanging off them, each record
 * with its audit event, as the API would have written them. Batches are built and inserted one at a
 * time, each in its own transaction, so memory stays flat whatever the size; the next batch is built
 * while the previous one is being written.
 */
export async function generateDataset(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now()
  const { articles, claimsPerArticle, seed } = options
  const rowsByTable: Record<string, number> = {}
  let total = 0
  const count = (table: string, n: number) => {
    rowsByTable[table] = (rowsByTable[table] ?? 0) + n
    total += n
  }
  const tally = (rows: Rows | Record<string, Row[]>) => {
    for (const [table, list] of Object.entries(rows)) count(table, list.length)
  }

  const ratingIds = await defaultRatings(db)
  const actors = await deskActors(db, seed, tally)
  const pool = buildEntityPool(seed, articles)
  const [first] = pool.all
  if (first) {
    const existing = await db.execute(sql`select 1 from entities where id = ${first.id}`)
    if ((existing as unknown as { rows: unknown[] }).rows.length > 0) {
      throw new GenerateConflictError(
        `seed ${seed} was already generated into this database; choose another --seed`,
      )
    }
  }
  const now = new Date().toISOString()
  for (let from = 0; from < pool.all.length; from += 5_000) {
    const slice = pool.all.slice(from, from + 5_000)
    const entities = slice.map((e) => entityRow(e, now))
    const events = slice.map((e) => ({
      occurredAt: now,
      actorId: actors.editor,
      action: 'entity.created',
      subjectType: 'entity',
      subjectId: e.id,
      claimId: null,
      before: null,
      after: { id: e.id, name: e.name, kind: e.kind },
    }))
    await db.transaction(async (tx) => {
      await insertRows(tx, 'entities', entities)
      await insertRows(tx, 'events', events)
    })
    tally({ entities, events })
  }

  const ctx: GeneratorContext = { seed, claimsPerArticle, pool, ratingIds, actors }
  const perBatch = Math.max(1, Math.floor((options.claimsPerBatch ?? 2_000) / Math.max(1, claimsPerArticle)))
  let done = 0
  let pending: Promise<void> | undefined
  for (let from = 0; from < articles; from += perBatch) {
    const to = Math.min(articles, from + perBatch)
    const rows = emptyRows()
    for (let i = from; i < to; i++) {
      buildArticle(ctx, i, rows)
      // Let the previous batch's statements go out while this one is being built.
      if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve))
    }
    if (pending) await pending
    const inserting = db
      .transaction(async (tx) => {
        for (const table of GENERATED_TABLES) await insertRows(tx, table, rows[table])
        return options.publications ? await options.publications(tx, publicClaimIds(rows)) : 0
      })
      .then((records) => {
        tally(rows)
        if (options.publications) count('publishedClaims', records)
        done = to
        options.onProgress?.({
          articlesDone: done,
          articlesTotal: articles,
          rows: total,
          elapsedMs: performance.now() - started,
        })
      })
    // Awaited on the next turn; this only keeps a failure from being reported as unhandled meanwhile.
    inserting.catch(() => {})
    pending = inserting
  }
  if (pending) await pending
  // Fresh statistics, so the planner sees the new sizes before autovacuum gets round to it.
  await db.execute(sql`analyze`)
  return { rowsByTable, rows: total, elapsedMs: performance.now() - started }
}

const PUBLIC_STATUSES = new Set(['published', 'corrected', 'retracted'])

function publicClaimIds(rows: Rows): string[] {
  return rows.claims.filter((c) => PUBLIC_STATUSES.has(String(c.status))).map((c) => String(c.id))
}

async function defaultRatings(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: ratings.id, label: ratings.label })
    .from(ratings)
    .innerJoin(ratingScales, eq(ratings.scaleId, ratingScales.id))
    .where(and(eq(ratingScales.isDefault, true), isNull(ratings.retiredAt)))
  return new Map(rows.map((r) => [r.label, r.id]))
}

/**
 * The accounts the generated work is attributed to: the first active checker and editor, or, in a
 * database without them, two generated accounts that cannot log in (their password hash is not a
 * hash, so every verification fails).
 */
async function deskActors(
  db: Db,
  seed: number,
  tally: (rows: Record<string, Row[]>) => void,
): Promise<{ checker: string | null; editor: string | null }> {
  const existing = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['checker', 'editor'])))
    .orderBy(users.createdAt, users.id)
  let checker = existing.find((u) => u.role === 'checker')?.id ?? null
  let editor = existing.find((u) => u.role === 'editor')?.id ?? null
  const rng = createRandom(seed, 'users')
  const created: Row[] = []
  for (const role of ['checker', 'editor'] as const) {
    if ((role === 'checker' ? checker : editor) !== null) continue
    const id = rng.uuid()
    created.push({
      id,
      email: `generated-${role}-${id.slice(0, 8)}@claimtrail.invalid`,
      displayName: `Generated ${role}`,
      role,
      passwordHash: '!generated-account-no-login',
      active: true,
    })
    if (role === 'checker') checker = id
    else editor = id
  }
  if (created.length > 0) {
    const events = created.map((u) => ({
      occurredAt: new Date().toISOString(),
      actorId: null,
      action: 'user.created',
      subjectType: 'user',
      subjectId: String(u.id),
      claimId: null,
      before: null,
      after: { id: u.id, email: u.email, role: u.role },
    }))
    await db.transaction(async (tx) => {
      await insertRows(tx, 'users', created)
      await insertRows(tx, 'events', events)
    })
    tally({ users: created, events })
  }
  return { checker, editor }
}
