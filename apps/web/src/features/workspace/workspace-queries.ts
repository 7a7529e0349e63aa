import {
  type ArticleDetail,
  ArticleListSchema,
  ArticleVersionBodySchema,
  ArticleVersionListSchema,
  type ClaimDetail,
  ClaimDetailSchema,
  type ClaimListQuery,
  ClaimListSchema,
  type CreateArticle,
  type CreateClaim,
  CreatedArticleSchema,
  type CreateEntity,
  EntityListSchema,
  EntitySchema,
  type ImportArticleVersion,
  ImportVersionAnswerSchema,
} from '@claimtrail/contracts'
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { type Answer, api, ifMatch, read, readTagged, type Tagged } from '../../api/api-client.ts'
import { articleKeys } from '../articles/articles-queries.ts'
import { type ClaimFields, updateBody } from './claim-diff.ts'

/** Filters of a work queue (GET /claims): all optional, as the API takes them. */
export type QueueFilter = Partial<Pick<ClaimListQuery, 'status' | 'assignee' | 'articleId' | 'orphaned'>>

// The article itself (text and claims) lives under the articles feature's key, shared with the
// reader, so a claim saved here shows there too. Everything only the desk reads is keyed here.
export const workspaceKeys = {
  all: ['workspace'] as const,
  claims: () => [...workspaceKeys.all, 'claim'] as const,
  claim: (claimId: string) => [...workspaceKeys.claims(), claimId] as const,
  queues: () => [...workspaceKeys.all, 'queue'] as const,
  queue: (filter: QueueFilter) => [...workspaceKeys.queues(), filter] as const,
  articles: (q: string) => [...workspaceKeys.all, 'articles', q] as const,
  versions: (articleId: string) => [...workspaceKeys.all, 'versions', articleId] as const,
  version: (articleId: string, number: number) => [...workspaceKeys.versions(articleId), number] as const,
  entities: (q: string) => [...workspaceKeys.all, 'entities', q] as const,
}

export type TaggedClaim = Tagged<ClaimDetail>

/** While an evidence capture is pending, the claim is read again every few seconds to show its outcome. */
const POLL_WHILE_CAPTURING_MS = 2_000
const capturing = (evidence: readonly ClaimDetail['evidence'][number][] | undefined) =>
  evidence?.some((e) => e.capture?.status === 'pending') ?? false

export const claimQuery = (claimId: string) =>
  queryOptions({
    queryKey: workspaceKeys.claim(claimId),
    queryFn: ({ signal }) =>
      readTagged(
        api.GET('/api/v1/claims/{claimId}', { params: { path: { claimId } }, signal }),
        ClaimDetailSchema,
      ),
    // An evidence capture runs in the background (ADR 020): its outcome shows without a reload.
    refetchInterval: (query) =>
      capturing(query.state.data?.data.evidence) ? POLL_WHILE_CAPTURING_MS : false,
  })

export const queueQuery = (filter: QueueFilter) =>
  queryOptions({
    queryKey: workspaceKeys.queue(filter),
    queryFn: ({ signal }) => {
      return read(api.GET('/api/v1/claims', { params: { query: filter }, signal }), ClaimListSchema)
    },
  })

export const deskArticlesQuery = (q: string) =>
  queryOptions({
    queryKey: workspaceKeys.articles(q),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/articles', { params: { query: q ? { q, limit: 50 } : { limit: 50 } }, signal }),
        ArticleListSchema,
      ),
  })

export const versionsQuery = (articleId: string) =>
  queryOptions({
    queryKey: workspaceKeys.versions(articleId),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/articles/{articleId}/versions', { params: { path: { articleId } }, signal }),
        ArticleVersionListSchema,
      ),
  })

export const versionBodyQuery = (articleId: string, number: number) =>
  queryOptions({
    queryKey: workspaceKeys.version(articleId, number),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/articles/{articleId}/versions/{number}', {
          params: { path: { articleId, number } },
          signal,
        }),
        ArticleVersionBodySchema,
      ),
    // A version's text never changes.
    staleTime: Number.POSITIVE_INFINITY,
  })

export const entitySearchQuery = (q: string) =>
  queryOptions({
    queryKey: workspaceKeys.entities(q),
    queryFn: ({ signal }) =>
      read(api.GET('/api/v1/entities', { params: { query: { q, limit: 12 } }, signal }), EntityListSchema),
    staleTime: 60_000,
  })

/** Puts a claim as the API answered it into every cache that shows it, and marks the lists stale. */
export function putClaim(queryClient: QueryClient, tagged: TaggedClaim) {
  const claim = tagged.data
  queryClient.setQueryData(workspaceKeys.claim(claim.id), tagged)
  queryClient.setQueryData(articleKeys.detail(claim.articleId), (article: ArticleDetail | undefined) => {
    if (!article) return article
    const others = article.claims.filter((c) => c.id !== claim.id)
    return { ...article, claims: [...others, claim] }
  })
  void queryClient.invalidateQueries({ queryKey: workspaceKeys.queues() })
  void queryClient.invalidateQueries({ queryKey: articleKeys.list() })
}

export function useCreateClaim(articleId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateClaim) =>
      readTagged(
        api.POST('/api/v1/articles/{articleId}/claims', { params: { path: { articleId } }, body: input }),
        ClaimDetailSchema,
      ),
    onSuccess: (tagged) => {
      putClaim(queryClient, tagged)
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.articles('') })
    },
  })
}

export interface SaveClaim {
  /** The fields changed from what the user read. */
  changes: Partial<ClaimFields>
  /** The version read, as its ETag (or the number when no ETag came with it). */
  etag: string | null
  version: number
}

/**
 * Saves claim fields. The change shows at once (cache updated before the API answers) and is
 * rolled back if the API refuses it; a 409 leaves the form as typed for the conflict view.
 */
export function useSaveClaim(claimId: string, articleId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ changes, etag, version }: SaveClaim) =>
      readTagged(
        api.PATCH('/api/v1/claims/{claimId}', {
          params: { path: { claimId } },
          headers: ifMatch(etag),
          body: etag ? updateBody(changes) : { ...updateBody(changes), version },
        }),
        ClaimDetailSchema,
      ),
    onMutate: async ({ changes }) => {
      await queryClient.cancelQueries({ queryKey: workspaceKeys.claim(claimId) })
      await queryClient.cancelQueries({ queryKey: articleKeys.detail(articleId) })
      const previousClaim = queryClient.getQueryData<TaggedClaim>(workspaceKeys.claim(claimId))
      const previousArticle = queryClient.getQueryData<ArticleDetail>(articleKeys.detail(articleId))
      if (previousClaim) {
        queryClient.setQueryData<TaggedClaim>(workspaceKeys.claim(claimId), {
          ...previousClaim,
          data: { ...previousClaim.data, ...changes },
        })
      }
      if (previousArticle) {
        queryClient.setQueryData<ArticleDetail>(articleKeys.detail(articleId), {
          ...previousArticle,
          claims: previousArticle.claims.map((c) => (c.id === claimId ? { ...c, ...changes } : c)),
        })
      }
      return { previousClaim, previousArticle }
    },
    onError: (_error, _variables, context) => {
      if (context?.previousClaim)
        queryClient.setQueryData(workspaceKeys.claim(claimId), context.previousClaim)
      if (context?.previousArticle) {
        queryClient.setQueryData(articleKeys.detail(articleId), context.previousArticle)
      }
    },
    onSuccess: (tagged) => putClaim(queryClient, tagged),
  })
}

/** A write to a claim or one of its records, as a call of the typed client (`() => api.POST(…)`). */
export type ClaimWrite = () => Promise<Answer>

/**
 * Every other write to a claim (workflow transitions, re-anchoring, chains, responses, reply
 * requests, evidence) answers the whole claim: it replaces the cached one. A refusal (409: stale)
 * refetches the claim, so what is shown next is what is there.
 */
export function useClaimWrite(claimId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (call: ClaimWrite) => readTagged(call(), ClaimDetailSchema),
    onSuccess: (tagged) => putClaim(queryClient, tagged),
    onError: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.claim(claimId) }),
  })
}

export function useImportArticle() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateArticle) =>
      read(api.POST('/api/v1/articles', { body: input }), CreatedArticleSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: articleKeys.list() })
      await queryClient.invalidateQueries({ queryKey: [...workspaceKeys.all, 'articles'] })
    },
  })
}

export function useImportVersion(articleId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ImportArticleVersion) =>
      read(
        api.POST('/api/v1/articles/{articleId}/versions', { params: { path: { articleId } }, body: input }),
        ImportVersionAnswerSchema,
      ),
    // Every claim of the article may have moved: the article, its versions and its claims go stale.
    // A long text comes back as a job (202): nothing has changed yet, see invalidateImported.
    onSuccess: async (answer) => {
      if (answer && 'status' in answer) return
      await invalidateImported(queryClient, articleId)
    },
  })
}

/** After a new version landed (at once, or when its job finished). */
export async function invalidateImported(queryClient: QueryClient, articleId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) }),
    queryClient.invalidateQueries({ queryKey: workspaceKeys.versions(articleId) }),
    queryClient.invalidateQueries({ queryKey: workspaceKeys.claims() }),
    queryClient.invalidateQueries({ queryKey: workspaceKeys.queues() }),
  ])
}

export function useCreateEntity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateEntity) => read(api.POST('/api/v1/entities', { body: input }), EntitySchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...workspaceKeys.all, 'entities'] }),
  })
}
