import { type ClaimDetail, ClaimDetailSchema, CreatedArticleSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { eq } from 'drizzle-orm'
import { expect } from 'vitest'
import type { TestApp } from './helpers.ts'
import type { LoggedIn } from './session.ts'

// Builds ledger data the way the desk does, through the API: an article, claims marked in it with
// their records, and the workflow moves that take them to a status.

export interface Desk {
  t: TestApp
  checker: LoggedIn
  editor: LoggedIn
}

export async function createArticle(
  { t, editor }: Desk,
  input: { title: string; text: string; url?: string; publishedOn?: string; outlet?: string },
): Promise<{ id: string; text: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/articles',
    headers: editor.headers,
    payload: {
      title: input.title,
      url: input.url ?? null,
      publishedOn: input.publishedOn ?? null,
      outlet: input.outlet ?? null,
      source: { format: 'text', text: input.text },
    },
  })
  expect(res.statusCode, res.body).toBe(201)
  const { article } = CreatedArticleSchema.parse(res.json())
  return { id: article.id, text: input.text }
}

export interface ClaimInput {
  quote: string
  headline: string
  statement: string
  kind?: ClaimDetail['kind']
  claimantId?: string | null
  subjectIds?: string[]
}

export async function createClaim(
  { t, checker }: Desk,
  article: { id: string; text: string },
  input: ClaimInput,
): Promise<ClaimDetail> {
  const start = article.text.indexOf(input.quote)
  expect(start, `"${input.quote}" is in the article`).toBeGreaterThanOrEqual(0)
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/articles/${article.id}/claims`,
    headers: checker.headers,
    payload: {
      start,
      end: start + input.quote.length,
      exact: input.quote,
      statement: input.statement,
      headline: input.headline,
      kind: input.kind ?? 'statement_of_fact',
      claimantId: input.claimantId ?? null,
      subjectIds: input.subjectIds ?? [],
    },
  })
  expect(res.statusCode, res.body).toBe(201)
  return ClaimDetailSchema.parse(res.json())
}

export async function ratingId({ t }: Desk, label: string): Promise<string> {
  const [row] = await t.db.handle.db.select().from(schema.ratings).where(eq(schema.ratings.label, label))
  if (!row) throw new Error(`no rating ${label}`)
  return row.id
}

/** A write as `who` on a claim; the claim's current version is read first. */
export async function act(
  { t }: Desk,
  who: LoggedIn,
  claimId: string,
  method: 'POST' | 'PATCH',
  path: string,
  payload: Record<string, unknown> = {},
): Promise<ClaimDetail> {
  const current = await t.app.inject({
    method: 'GET',
    url: `/api/v1/claims/${claimId}`,
    headers: who.headers,
  })
  const { version } = ClaimDetailSchema.parse(current.json())
  const res = await t.app.inject({
    method,
    url: `/api/v1/claims/${claimId}${path}`,
    headers: who.headers,
    // Notes are appended, not versioned: their body takes no version.
    payload: path === '/notes' ? payload : { version, ...payload },
  })
  expect(res.statusCode, `${method} ${path}: ${res.body}`).toBeLessThan(300)
  return ClaimDetailSchema.parse(res.json())
}

const PATHS = {
  draft: [],
  in_review: ['submit'],
  changes_requested: ['submit', 'request-changes'],
  approved: ['submit', 'approve'],
  published: ['submit', 'approve', 'publish'],
} as const

/** Takes a draft along the workflow to `status`. */
export async function moveTo(desk: Desk, claimId: string, status: keyof typeof PATHS): Promise<void> {
  for (const action of PATHS[status]) {
    const who = action === 'submit' ? desk.checker : desk.editor
    await act(
      desk,
      who,
      claimId,
      'POST',
      `/${action}`,
      action === 'request-changes' ? { comment: 'Check the dates' } : {},
    )
  }
}

/** A claim with a verdict and a rationale, published. */
export async function publishClaim(
  desk: Desk,
  article: { id: string; text: string },
  input: ClaimInput & { verdict: string; rationale: string },
): Promise<ClaimDetail> {
  const claim = await createClaim(desk, article, input)
  await act(desk, desk.editor, claim.id, 'PATCH', '', {
    verdictRatingId: await ratingId(desk, input.verdict),
    rationale: input.rationale,
  })
  await moveTo(desk, claim.id, 'published')
  return claim
}
