import { PUBLIC_CLAIM_STATUSES } from '@claimtrail/contracts'
import { describeSelection } from '@claimtrail/core'
import { describe, expect, it } from 'vitest'
import { createRandom } from './random.ts'
import {
  buildArticle,
  buildEntityPool,
  emptyRows,
  type GeneratorContext,
  type Row,
  shorten,
} from './synthetic.ts'

const LABELS = ['Accurate', 'Mostly accurate', 'Mixed', 'Unsubstantiated', 'Misleading', 'False', 'Not rated']

function context(seed = 7, claimsPerArticle = 10, articles = 500): GeneratorContext {
  return {
    seed,
    claimsPerArticle,
    pool: buildEntityPool(seed, articles),
    ratingIds: new Map(LABELS.map((l, i) => [l, `00000000-0000-4000-8000-00000000000${i}`])),
    actors: {
      checker: '11111111-1111-4111-8111-111111111111',
      editor: '22222222-2222-4222-8222-222222222222',
    },
  }
}

function build(ctx: GeneratorContext, count: number) {
  const rows = emptyRows()
  for (let i = 0; i < count; i++) buildArticle(ctx, i, rows)
  return rows
}

const str = (row: Row, key: string) => row[key] as string
const num = (row: Row, key: string) => row[key] as number

describe('synthetic data generator', () => {
  const ctx = context()
  const rows = build(ctx, 200)
  const bodies = new Map(rows.articleVersions.map((v) => [str(v, 'id'), str(v, 'body')]))

  it('is deterministic: the same seed and index give the same rows, another seed other rows', () => {
    expect(buildArticle(context(), 41)).toEqual(buildArticle(context(), 41))
    const other = buildArticle(context(8), 41)
    expect(other.articles[0]?.id).not.toBe(buildArticle(context(), 41).articles[0]?.id)
  })

  it('writes the requested number of claims per article, each anchored on the exact text (W3C selectors)', () => {
    expect(rows.articles).toHaveLength(200)
    expect(rows.claims).toHaveLength(2_000)
    for (const claim of rows.claims) {
      const body = bodies.get(str(claim, 'articleVersionId'))
      if (body === undefined) throw new Error('claim without its article version')
      const start = num(claim, 'anchorStart')
      const end = num(claim, 'anchorEnd')
      expect(body.slice(start, end)).toBe(claim.anchorExact)
      expect(describeSelection(body, start, end)).toEqual({
        start,
        end,
        exact: claim.anchorExact,
        prefix: claim.anchorPrefix,
        suffix: claim.anchorSuffix,
      })
      expect(str(claim, 'headline').length).toBeGreaterThan(0)
      expect(str(claim, 'headline').length).toBeLessThanOrEqual(75)
    }
  })

  it('anchors cue words and response words where they are in the text', () => {
    const versionOfClaim = new Map(rows.claims.map((c) => [str(c, 'id'), str(c, 'articleVersionId')]))
    const claimOfChain = new Map(rows.attributionChains.map((c) => [str(c, 'id'), str(c, 'claimId')]))
    let cues = 0
    for (const hop of rows.chainHops) {
      if (hop.cue === null) continue
      const body = bodies.get(versionOfClaim.get(claimOfChain.get(str(hop, 'chainId')) ?? '') ?? '') ?? ''
      expect(body.slice(num(hop, 'cueStart'), num(hop, 'cueEnd'))).toBe(hop.cue)
      cues++
    }
    expect(cues).toBeGreaterThan(1_000)
    expect(rows.responses.length).toBeGreaterThan(50)
    for (const r of rows.responses) {
      const body = bodies.get(versionOfClaim.get(str(r, 'claimId')) ?? '') ?? ''
      expect(body.slice(num(r, 'wordsStart'), num(r, 'wordsEnd'))).toBe(r.words)
    }
  })

  it('builds chains of one to three hops, some relayed from anonymous sources', () => {
    const hopsPerChain = new Map<string, Row[]>()
    for (const hop of rows.chainHops)
      hopsPerChain.set(str(hop, 'chainId'), [...(hopsPerChain.get(str(hop, 'chainId')) ?? []), hop])
    expect(hopsPerChain.size).toBe(rows.attributionChains.length)
    for (const hops of hopsPerChain.values()) {
      expect(hops.length).toBeGreaterThanOrEqual(1)
      expect(hops.length).toBeLessThanOrEqual(3)
      expect(hops.map((h) => h.position)).toEqual(hops.map((_, i) => i))
    }
    const relayedAnonymous = [...hopsPerChain.values()].filter(
      (hops) => hops.length === 3 && hops[0]?.named === false && hops[1]?.role === 'relay',
    )
    expect(relayedAnonymous.length).toBeGreaterThan(100)
  })

  it('publishes about a third of the claims, each with a verdict and a publication date spread over years', () => {
    const isPublic = (c: Row) => (PUBLIC_CLAIM_STATUSES as readonly unknown[]).includes(c.status)
    const publicClaims = rows.claims.filter(isPublic)
    const share = publicClaims.filter((c) => c.status !== 'retracted').length / rows.claims.length
    expect(share).toBeGreaterThan(0.25)
    expect(share).toBeLessThan(0.42)
    for (const c of publicClaims) {
      expect(c.verdictRatingId).not.toBeNull()
      expect(c.publishedAt).not.toBeNull()
    }
    const years = new Set(publicClaims.map((c) => str(c, 'publishedAt').slice(0, 4)))
    expect(years.size).toBeGreaterThanOrEqual(5)
    const notRated = ctx.ratingIds.get('Not rated')
    for (const c of publicClaims.filter((c) => c.kind === 'opinion')) expect(c.verdictRatingId).toBe(notRated)
  })

  it('writes an audit event for every record it creates', () => {
    const subjects = (action: string) =>
      new Set(rows.events.filter((e) => e.action === action).map((e) => e.subjectId))
    const check = (action: string, records: Row[]) => {
      const seen = subjects(action)
      expect(records.every((r) => seen.has(r.id))).toBe(true)
    }
    check('article.created', rows.articles)
    check('article_version.imported', rows.articleVersions)
    check('claim.created', rows.claims)
    check('claim.chain_added', rows.attributionChains)
    check('claim.response_added', rows.responses)
    check('claim.evidence_added', rows.evidence)
    check('claim.reply_request_added', rows.replyRequests)
    check('claim.sourcing_assessed', rows.sourcingAssessments)
    const published = subjects('claim.publish')
    for (const c of rows.claims) expect(published.has(c.id)).toBe(c.publishedAt !== null)
    for (const e of rows.events) expect(e.action).toMatch(/^[a-z_]+(\.[a-z_]+)+$/)
  })

  it('reuses entities across articles, of every kind, with unique ids', () => {
    const pool = ctx.pool
    expect(new Set(pool.all.map((e) => e.id)).size).toBe(pool.all.length)
    expect(new Set(pool.all.map((e) => e.kind))).toEqual(
      new Set(['person', 'outlet', 'government_body', 'organisation', 'anonymous_group']),
    )
    const outlets = new Set(rows.articles.map((a) => a.outletId))
    expect(outlets.size).toBeLessThan(rows.articles.length)
    const ids = [rows.articles, rows.claims, rows.attributionChains, rows.chainHops, rows.evidence]
      .flat()
      .map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('varies the text', () => {
    const titles = new Set(rows.articles.map((a) => a.title))
    expect(titles.size).toBeGreaterThan(150)
    const body = [...bodies.values()][0] ?? ''
    expect(body).toMatch(/\d/)
    expect(body).toMatch(/“/)
  })
})

describe('helpers', () => {
  it('shortens at a word, within 75 characters', () => {
    const long =
      'Amara Dubois pressured officials at the Ministry of Health to delay the harbour expansion review.'
    const short = shorten(long)
    expect(short.length).toBeLessThanOrEqual(75)
    expect(short.endsWith('…')).toBe(true)
    expect(long.startsWith(short.slice(0, -1))).toBe(true)
    expect(shorten('Short one.')).toBe('Short one')
  })

  it('draws distinct version-4 UUIDs from distinct streams', () => {
    const ids = new Set<string>()
    for (let s = 0; s < 2_000; s++) {
      const rng = createRandom(1, `article:${s}`)
      for (let i = 0; i < 20; i++) ids.add(rng.uuid())
    }
    expect(ids.size).toBe(40_000)
    for (const id of [...ids].slice(0, 50))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
