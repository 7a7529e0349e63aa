import { ArticleDetailSchema, ClaimDetailSchema } from '@claimtrail/contracts'
import { generateDataset } from '@claimtrail/db/generate'
import { testDatabases } from '@claimtrail/db/testing'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { login } from './session.ts'

async function rows<T>(t: TestApp, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await t.db.handle.db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

describe.each(await testDatabases())('pnpm claimtrail generate on $driver', (testDb) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(testDb)
    const result = await generateDataset(t.db.handle.db, {
      articles: 20,
      claimsPerArticle: 10,
      seed: 42,
      claimsPerBatch: 60,
    })
    expect(result.rows).toBeGreaterThan(2_000)
  })
  afterAll(async () => {
    await t?.close()
  })

  const count = async (table: string) => {
    const [row] = await rows<{ n: number }>(t, sql`select count(*)::int as n from ${sql.identifier(table)}`)
    return row?.n ?? 0
  }

  it('writes the requested articles and claims next to the demo, with their records', async () => {
    expect(await count('articles')).toBe(1 + 20)
    expect(await count('article_versions')).toBe(1 + 20)
    expect(await count('claims')).toBe(10 + 200)
    for (const table of [
      'claim_subjects',
      'attribution_chains',
      'chain_hops',
      'responses',
      'evidence',
      'sourcing_assessments',
    ]) {
      expect(await count(table), table).toBeGreaterThan(10)
    }
    const [statuses] = await rows<{ public: number }>(
      t,
      sql`select count(*) filter (where status in ('published', 'corrected'))::float / count(*) as public from claims`,
    )
    expect(statuses?.public).toBeGreaterThan(0.2)
    expect(statuses?.public).toBeLessThan(0.5)
  })

  it('keeps the invariants: every record has its audit event, every anchor matches its text', async () => {
    const missing = await rows(
      t,
      sql`
      select 'claim' as kind, c.id::text from claims c
        where not exists (select 1 from events e where e.subject_id = c.id::text and e.action = 'claim.created')
      union all
      select 'article', a.id::text from articles a
        where not exists (select 1 from events e where e.subject_id = a.id::text and e.action = 'article.created')
      union all
      select 'entity', n.id::text from entities n
        where not exists (select 1 from events e where e.subject_id = n.id::text and e.action = 'entity.created')
      union all
      select 'chain', ch.id::text from attribution_chains ch
        where not exists (select 1 from events e where e.subject_id = ch.id::text and e.action = 'claim.chain_added')
      union all
      select 'published', c.id::text from claims c
        where c.published_at is not null
          and not exists (select 1 from events e where e.claim_id = c.id and e.action = 'claim.publish')`,
    )
    expect(missing).toEqual([])
    // The generated text is all in the Basic Multilingual Plane, so SQL characters are UTF-16 units.
    const misanchored = await rows(
      t,
      sql`select c.id from claims c join article_versions v on v.id = c.article_version_id
          where substr(v.body, c.anchor_start + 1, c.anchor_end - c.anchor_start) <> c.anchor_exact`,
    )
    expect(misanchored).toEqual([])
    const orphanHops = await rows(
      t,
      sql`select h.id from chain_hops h left join attribution_chains ch on ch.id = h.chain_id where ch.id is null`,
    )
    expect(orphanHops).toEqual([])
  })

  it('serves the generated data through the API like any other', async () => {
    const checker = await login(t.app, 'checker@example.com')
    const [article] = await rows<{ id: string }>(
      t,
      sql`select a.id from articles a join claims c on c.article_id = a.id group by a.id having count(*) = 10 limit 1`,
    )
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/articles/${article?.id}`,
      headers: checker.headers,
    })
    expect(res.statusCode).toBe(200)
    const detail = ArticleDetailSchema.parse(res.json())
    expect(detail.claims).toHaveLength(10)
    for (const claim of detail.claims) {
      expect(detail.version.body.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.anchor.exact)
    }
    const one = await t.app.inject({
      method: 'GET',
      url: `/api/v1/claims/${detail.claims[0]?.id}`,
      headers: checker.headers,
    })
    expect(one.statusCode).toBe(200)
    expect(ClaimDetailSchema.parse(one.json()).chains.length).toBeGreaterThan(0)
  })

  it('refuses to generate the same seed twice into one database', async () => {
    await expect(
      generateDataset(t.db.handle.db, { articles: 1, claimsPerArticle: 1, seed: 42 }),
    ).rejects.toThrow(/seed 42 was already generated/)
  })
})
