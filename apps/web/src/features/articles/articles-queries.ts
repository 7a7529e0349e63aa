import { ArticleDetailSchema, ArticleListSchema } from '@claimtrail/contracts'
import { queryOptions } from '@tanstack/react-query'
import { getJson } from '../../api/api-client.ts'

export const articleKeys = {
  all: ['articles'] as const,
  list: () => [...articleKeys.all, 'list'] as const,
  detail: (articleId: string) => [...articleKeys.all, 'detail', articleId] as const,
}

export const articleListQuery = () =>
  queryOptions({
    queryKey: articleKeys.list(),
    queryFn: ({ signal }) => getJson('/articles', ArticleListSchema, signal),
  })

export const articleDetailQuery = (articleId: string) =>
  queryOptions({
    queryKey: articleKeys.detail(articleId),
    queryFn: ({ signal }) =>
      getJson(`/articles/${encodeURIComponent(articleId)}`, ArticleDetailSchema, signal),
  })
