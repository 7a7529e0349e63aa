import { type ArticleDetail, ArticleDetailSchema, CreatedArticleSchema } from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT } from '@claimtrail/db'
import { type APIRequestContext, expect, type TestInfo } from '@playwright/test'

/** Setting up a test through the API, as the signed-in user of `request`. */
export async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/v1/auth/csrf')).json()) as { token: string }).token
}

/** Imports `text` (the demo article by default) as a new article of its own and reads it back. */
export async function importArticle(
  request: APIRequestContext,
  testInfo: TestInfo,
  text = DEMO_ARTICLE_TEXT,
): Promise<ArticleDetail> {
  const created = await request.post('/api/v1/articles', {
    headers: { 'x-csrf-token': await csrf(request) },
    data: { title: `Desk day ${testInfo.workerIndex}-${Date.now()}`, source: { format: 'text', text } },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  return ArticleDetailSchema.parse(await (await request.get(`/api/v1/articles/${article.id}`)).json())
}
