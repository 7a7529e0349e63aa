import { ClaimDetailSchema, PublicClaimDetailSchema } from '@claimtrail/contracts'
import { testDatabases } from '@claimtrail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { createArticle, type Desk, publishClaim } from './ledger-fixtures.ts'
import { login } from './session.ts'

// Consistent reads: a public answer assembled from several statements reads them in one snapshot,
// so a claim page read while an editor corrects it never shows the headline of one version beside
// the changelog of another.

const CORRECTIONS = 60

describe.each(await testDatabases())('consistent public reads on $driver', (testDb) => {
  let t: TestApp
  let desk: Desk
  let claimId: string

  beforeAll(async () => {
    // No response cache: every read goes to the database.
    t = await createTestApp(testDb, { env: { PUBLIC_CACHE_MB: '0' } })
    desk = {
      t,
      checker: await login(t.app, 'checker@example.com'),
      editor: await login(t.app, 'editor@example.com'),
    }
    const article = await createArticle(desk, {
      title: 'Budget',
      text: 'The minister said the budget would be balanced by 2027.',
    })
    const claim = await publishClaim(desk, article, {
      quote: 'the budget would be balanced by 2027',
      headline: 'Headline 0',
      statement: 'The budget will be balanced by 2027.',
      verdict: 'Accurate',
      rationale: 'The plan says so.',
    })
    claimId = claim.id
  }, 600_000)

  afterAll(async () => {
    await t?.close()
  })

  it(`never mixes two versions in a page read during ${CORRECTIONS} rapid corrections`, async () => {
    let done = false
    const writer = (async () => {
      try {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/v1/claims/${claimId}`,
          headers: desk.editor.headers,
        })
        let { version } = ClaimDetailSchema.parse(res.json())
        for (let i = 1; i <= CORRECTIONS; i++) {
          const corrected = await t.app.inject({
            method: 'POST',
            url: `/api/v1/claims/${claimId}/correct`,
            headers: desk.editor.headers,
            payload: {
              version,
              whatChanged: `Headline ${i}`,
              reason: `Correction number ${i}`,
              changes: { headline: `Headline ${i}` },
            },
          })
          expect(corrected.statusCode, corrected.body).toBe(200)
          version = ClaimDetailSchema.parse(corrected.json()).version
        }
      } finally {
        done = true
      }
    })()
    const seen: number[] = []
    const reader = async () => {
      while (!done) {
        const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/claims/${claimId}` })
        expect(res.statusCode, res.body).toBe(200)
        const page = PublicClaimDetailSchema.parse(res.json())
        const headline = Number(page.headline.replace('Headline ', ''))
        const corrections = page.changelog.filter((e) => e.kind === 'corrected')
        // The headline is the one the last correction in the same page's changelog set.
        expect(corrections.length, `headline ${page.headline} beside ${corrections.length} corrections`).toBe(
          headline,
        )
        if (headline > 0) expect(corrections.at(-1)?.whatChanged).toBe(page.headline)
        seen.push(headline)
      }
    }
    await Promise.all([writer, reader(), reader(), reader()])
    expect(seen.length).toBeGreaterThan(CORRECTIONS / 2)
    // The readers saw the claim move while it was being corrected.
    expect(new Set(seen).size).toBeGreaterThan(5)
  }, 300_000)
})
