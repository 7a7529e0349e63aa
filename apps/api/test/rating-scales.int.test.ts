import {
  ArticleDetailSchema,
  ErrorSchema,
  RatingScaleListSchema,
  RatingScaleSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

describe.each(await testDatabases())('rating scales on $driver', (testDb) => {
  let t: TestApp
  let admin: LoggedIn
  beforeAll(async () => {
    t = await createTestApp(testDb)
    admin = await login(t.app, 'admin@example.com')
  })
  afterAll(async () => {
    await t?.close()
  })

  const scale = async () =>
    RatingScaleListSchema.parse(
      (
        await t.app.inject({ method: 'GET', url: '/api/v1/rating-scales', headers: { cookie: admin.cookie } })
      ).json(),
    ).items[0]

  it('edits the scale as data without rewriting published verdicts', async () => {
    const before = await scale()
    if (!before) throw new Error('no scale')
    expect(before.ratings.map((r) => r.label)).toEqual([
      'Accurate',
      'Mostly accurate',
      'Mixed',
      'Unsubstantiated',
      'Misleading',
      'False',
      'Not rated',
    ])
    const falseRating = before.ratings.find((r) => r.label === 'False')
    const misleading = before.ratings.find((r) => r.label === 'Misleading')
    const ratings = before.ratings
      .filter((r) => r.label !== 'Mixed') // unused: deleted
      .map(({ id, label, description, colour, ratingValue }) => ({
        id,
        description,
        colour,
        // "False" is on a published verdict: relabelling it must not change that verdict.
        label:
          label === 'False' ? 'Incorrect' : label === 'Misleading' ? 'Misleading (needs context)' : label,
        ratingValue,
      }))
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/rating-scales/${before.id}`,
      headers: { ...admin.headers, 'if-match': `"rating_scale-${before.id}-v${before.version}"` },
      payload: { ratings },
    })
    expect(res.statusCode).toBe(200)
    const after = RatingScaleSchema.parse(res.json())
    const active = after.ratings.filter((r) => !r.retired)
    expect(active.map((r) => r.label)).toEqual([
      'Accurate',
      'Mostly accurate',
      'Unsubstantiated',
      'Misleading (needs context)',
      'Incorrect',
      'Not rated',
    ])
    expect(active.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5])
    // Unused by published verdicts: edited in place. Used: retired and replaced.
    expect(active.find((r) => r.label.startsWith('Misleading'))?.id).toBe(misleading?.id)
    expect(active.find((r) => r.label === 'Incorrect')?.id).not.toBe(falseRating?.id)
    expect(after.ratings.find((r) => r.id === falseRating?.id)).toMatchObject({
      label: 'False',
      retired: true,
    })
    expect(after.ratings.some((r) => r.label === 'Mixed')).toBe(false)

    // The published verdict still reads "False" on the article page.
    const [article] = await t.db.handle.db.select().from(schema.articles)
    const page = ArticleDetailSchema.parse(
      (await t.app.inject({ method: 'GET', url: `/api/v1/articles/${article?.id}` })).json(),
    )
    const firstElected = page.claims.find((c) => c.anchor.exact.includes('first elected'))
    expect(firstElected?.verdict?.label).toBe('False')

    const [event] = await t.db.handle.db
      .select()
      .from(schema.events)
      .where(eq(schema.events.action, 'rating_scale.updated'))
    expect(event?.actorId).toBe(admin.user.id)
  })

  it('refuses a stale version, duplicate labels, and non-admins', async () => {
    const current = await scale()
    if (!current) throw new Error('no scale')
    const ratings = current.ratings
      .filter((r) => !r.retired)
      .map(({ id, label, description, colour, ratingValue }) => ({
        id,
        label,
        description,
        colour,
        ratingValue,
      }))
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/rating-scales/${current.id}`,
      headers: admin.headers,
      payload: { version: current.version - 1, ratings },
    })
    expect(stale.statusCode).toBe(409)
    const dup = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/rating-scales/${current.id}`,
      headers: admin.headers,
      payload: { version: current.version, ratings: [...ratings, { ...ratings[0], id: undefined }] },
    })
    expect(dup.statusCode).toBe(400)
    expect(ErrorSchema.parse(dup.json()).message).toMatch(/labels must be unique/)
    const editor = await login(t.app, 'editor@example.com')
    const forbidden = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/rating-scales/${current.id}`,
      headers: editor.headers,
      payload: { version: current.version, ratings },
    })
    expect(forbidden.statusCode).toBe(403)
  })
})
