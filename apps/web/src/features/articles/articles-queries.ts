import { ArticleDetailSchema, ArticleListSchema } from '@claimtrail/contracts'
import { queryOptions } from '@tanstack/react-query'
import { api, read } from '../../api/api-client.ts'

export const articleKeys = {
  all: ['articles'] as const,
  list: () => [...articleKeys.all, 'list'] as const,
  detail: (articleId: string) => [...articleKeys.all, 'detail', articleId] as const,
}

export const articleListQuery = () =>
  queryOptions({
    queryKey: articleKeys.list(),
    queryFn: ({ signal }) => read(api.GET('/api/v1/articles', { signal }), ArticleListSchema),
  })

export const articleDetailQuery = (articleId: string) =>
  queryOptions({
    queryKey: articleKeys.detail(articleId),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/articles/{articleId}', { params: { path: { articleId } }, signal }),
        ArticleDetailSchema,
      ),
  })
