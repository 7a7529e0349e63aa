import { ClaimDetailSchema, ErrorSchema, ReviewQueueSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { articleVersions, claims, entities } = schema

describe.each(await testDatabases())('the review queue on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let editor: LoggedIn
  let text: string
  let articleId: string

  const queue = async (who: LoggedIn = editor) => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/review/queue',
      headers: { cookie: who.cookie },
    })
    expect(res.statusCode).toBe(200)
    return ReviewQueueSchema.parse(res.json()).items
  }
  const post = async (who: LoggedIn, url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who.headers, payload })
    expect(res.statusCode, res.body).toBeLessThan(300)
    return ClaimDetailSchema.parse(res.json())
  }
  /** A new draft on the demo article, submitted by the checker. */
  const submitted = async (quote: string, headline: string) => {
    const start = text.indexOf(quote)
    const draft = await post(checker, `/articles/${articleId}/claims`, {
      start,
      end: start + quote.length,
      statement: `${headline}.`,
      headline,
      kind: 'statement_of_fact',
    })
    // One named, on-record, first-hand origin: S1, stored with the claim for lists like this one.
    const [dong] = await t.db.handle.db.select().from(entities).where(eq(entities.name, 'Han Dong'))
    const sourced = await post(checker, `/claims/${draft.id}/chains`, {
      hops: [{ entityId: dong?.id, role: 'origin', named: true, onRecord: true, access: 'direct' }],
    })
    return post(checker, `/claims/${draft.id}/submit`, { version: sourced.version })
  }

  beforeAll(async () => {
    t = await createTestApp(testDb)
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
    const [version] = await t.db.handle.db.select().from(articleVersions)
    text = version?.body ?? ''
    articleId = version?.articleId ?? ''
  })
  afterAll(async () => {
    await t?.close()
  })

  it('is for editors only', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/review/queue',
      headers: { cookie: checker.cookie },
    })
    expect(res.statusCode).toBe(403)
    expect(ErrorSchema.parse(res.json()).code).toBe('FORBIDDEN')
  })

  it('lists the claims in review, oldest submission first, with checker, verdict and grade', async () => {
    const seeded = await t.db.handle.db.select().from(claims).where(eq(claims.status, 'in_review'))
    const before = await queue()
    expect(before.map((c) => c.id).sort()).toEqual(seeded.map((c) => c.id).sort())
    // The demo's claim in review: Ke's alleged involvement, with a proposed verdict.
    const ke = before.find((c) => c.headline.startsWith('Vincent Ke'))
    expect(ke?.verdict?.label).toBe('Unsubstantiated')
    expect(ke?.articleTitle).toMatch(/Dong/)
    // The grade the claim itself carries (the override, else the stored computed grade).
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/claims/${ke?.id}`,
      headers: { cookie: editor.cookie },
    })
    expect(ke?.sourcingGrade).toBe(ClaimDetailSchema.parse(detail.json()).sourcingGrade)

    const claim = await submitted(
      'Dong received the applause of some liberal MPs present in the hall',
      'Liberal MPs applauded Dong',
    )
    const after = await queue()
    expect(after.at(-1)).toMatchObject({
      id: claim.id,
      headline: 'Liberal MPs applauded Dong',
      statement: 'Liberal MPs applauded Dong.',
      checker: { id: checker.user.id, displayName: checker.user.displayName },
      verdict: null,
      sourcingGrade: 'S1',
    })
    const times = after.map((c) => c.submittedAt)
    expect([...times].sort()).toEqual(times)
  })

  it('drops a claim sent back, leaves the checker the comment, and takes it back at the end', async () => {
    const claim = await submitted('pending an investigation', 'An investigation is pending')
    const comment = 'Name who says an investigation is pending.'
    const sent = await post(editor, `/claims/${claim.id}/request-changes`, {
      version: claim.version,
      comment,
    })
    expect(sent.status).toBe('changes_requested')
    expect((await queue()).some((c) => c.id === claim.id)).toBe(false)

    // The checker's desk shows the latest note of a claim sent back: the editor's comment.
    const seen = ClaimDetailSchema.parse(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/claims/${claim.id}`,
          headers: { cookie: checker.cookie },
        })
      ).json(),
    )
    expect(seen.notes.at(-1)).toMatchObject({ body: comment, authorId: editor.user.id })

    const back = await post(checker, `/claims/${claim.id}/resubmit`, { version: sent.version })
    const items = await queue()
    expect(items.at(-1)?.id).toBe(back.id)
    expect(Date.parse(items.at(-1)?.submittedAt ?? '')).toBeGreaterThan(Date.parse(claim.updatedAt) - 1)
  })
})
