import {
  type AcceptSuggestion,
  type ArticleSuggestions,
  type ClaimDetail,
  ClaimDetailSchema,
  type ComputeSuggestionsAnswer,
  ComputeSuggestionsAnswerSchema,
  type DismissSuggestion,
  type SuggestionDecision,
  SuggestionDecisionSchema,
} from '@claimtrail/contracts'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, read } from '../../api/api-client.ts'
import { articleKeys } from '../articles/articles-queries.ts'

export const suggestionKeys = {
  all: ['suggestions'] as const,
  article: (articleId: string, versionId: string) => [...suggestionKeys.all, articleId, versionId] as const,
}

/** Whether the server answered with a job to watch (a long article, ADR 014) rather than the suggestions. */
export const isSuggestionsJob = (
  answer: ComputeSuggestionsAnswer | undefined,
): answer is Extract<ComputeSuggestionsAnswer, { kind: string }> => !!answer && 'kind' in answer

/**
 * Computed on the server from one article version: keyed by the version, so a new text recomputes.
 * For a long article the answer is a job; when it lands its result takes the job's place here.
 */
export const suggestionsQuery = (articleId: string, versionId: string) =>
  queryOptions({
    queryKey: suggestionKeys.article(articleId, versionId),
    queryFn: ({ signal }) =>
      read(
        api.POST('/api/v1/articles/{articleId}/suggestions', {
          params: { path: { articleId } },
          body: {},
          signal,
        }),
        ComputeSuggestionsAnswerSchema,
      ),
    // The same text always gives the same suggestions.
    staleTime: Number.POSITIVE_INFINITY,
  })

/** Accepting makes a draft claim: the article (and its claims) and the desk's queues change. */
export function useAcceptSuggestion(articleId: string) {
  const queryClient = useQueryClient()
  return useMutation<ClaimDetail, Error, AcceptSuggestion>({
    mutationFn: (input) =>
      read(
        api.POST('/api/v1/articles/{articleId}/suggestions/accept', {
          params: { path: { articleId } },
          body: input,
        }),
        ClaimDetailSchema,
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) }),
        queryClient.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  })
}

/**
 * Dismissing is recorded on the server for every checker (and counts against the extractor's
 * precision on the dashboard): the suggestion leaves the list at once and comes back on error.
 */
export function useDismissSuggestion(articleId: string, versionId: string) {
  const queryClient = useQueryClient()
  const key = suggestionKeys.article(articleId, versionId)
  return useMutation<SuggestionDecision, Error, DismissSuggestion, { previous?: ArticleSuggestions }>({
    mutationFn: (input) =>
      read(
        api.POST('/api/v1/articles/{articleId}/suggestions/dismiss', {
          params: { path: { articleId } },
          body: input,
        }),
        SuggestionDecisionSchema,
      ),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key })
      const answer = queryClient.getQueryData<ComputeSuggestionsAnswer>(key)
      const previous = isSuggestionsJob(answer) ? undefined : answer
      if (previous) {
        queryClient.setQueryData<ArticleSuggestions>(key, {
          ...previous,
          dismissed: previous.dismissed + 1,
          suggestions: previous.suggestions.filter((s) => s.id !== input.suggestionId),
        })
      }
      return { previous }
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  })
}

const DISMISSED_KEY = (articleId: string, versionId: string) =>
  `claimtrail:dismissed:${articleId}:${versionId}`

/** Suggestions this checker accepted: out of the list for the browser session (the claim shows instead). */
export function loadDismissed(articleId: string, versionId: string): Set<string> {
  try {
    const raw = sessionStorage.getItem(DISMISSED_KEY(articleId, versionId))
    return new Set(raw ? (JSON.parse(raw) as string[]) : [])
  } catch {
    return new Set()
  }
}

export function saveDismissed(articleId: string, versionId: string, ids: ReadonlySet<string>) {
  try {
    sessionStorage.setItem(DISMISSED_KEY(articleId, versionId), JSON.stringify([...ids]))
  } catch {
    // Storage may be full or disabled: dismissing still works for this page.
  }
}
