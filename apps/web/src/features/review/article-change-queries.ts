import {
  ArticleChangeFlagListSchema,
  ArticleChangeFlagSchema,
  type DismissArticleChange,
} from '@claimtrail/contracts'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { getJson, sendJson } from '../../api/api-client.ts'
import { ledgerKeys } from '../ledger/ledger-queries.ts'

// "The article changed after publication" flags (design.md, Workflow), for editors.
export const articleChangeKeys = {
  all: ['article-changes'] as const,
  open: () => [...articleChangeKeys.all, 'open'] as const,
  ofClaim: (claimId: string) => [...articleChangeKeys.all, 'claim', claimId] as const,
}

export const openArticleChangesQuery = () =>
  queryOptions({
    queryKey: articleChangeKeys.open(),
    queryFn: ({ signal }) => getJson('/review/article-changes', ArticleChangeFlagListSchema, signal),
  })

export const claimArticleChangesQuery = (claimId: string) =>
  queryOptions({
    queryKey: articleChangeKeys.ofClaim(claimId),
    queryFn: ({ signal }) =>
      getJson(`/claims/${encodeURIComponent(claimId)}/article-changes`, ArticleChangeFlagListSchema, signal),
  })

/** Dismisses a flag with the editor's note; the flag lists and (if readers are told) the ledger go stale. */
export function useDismissArticleChange() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ flagId, body }: { flagId: string; body: DismissArticleChange }) =>
      sendJson('POST', `/article-changes/${encodeURIComponent(flagId)}/dismiss`, {
        body,
        schema: ArticleChangeFlagSchema,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: articleChangeKeys.all }),
        queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
      ]),
  })
}
