import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { count, eq } from 'drizzle-orm'
import { appendEvent } from '../audit.ts'
import type { Db, Tx } from '../client.ts'
import { articles, articleVersions, entities, ratingScales, ratings, users } from '../schema/index.ts'
import { insertClaim } from './demo-claim.ts'
import { demoClaims } from './demo-claims.ts'
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
