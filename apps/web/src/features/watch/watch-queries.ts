import { JobSchema, SourceWatchChangeSchema, WatchListSchema } from '@claimtrail/contracts'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, read } from '../../api/api-client.ts'

// Sources watched (docs/decisions/021-source-watching.md), for editors.
export const watchKeys = {
  all: ['watch'] as const,
  list: () => [...watchKeys.all, 'list'] as const,
}

export const watchListQuery = () =>
  queryOptions({
    queryKey: watchKeys.list(),
    queryFn: ({ signal }) => read(api.GET('/api/v1/watch', { signal }), WatchListSchema),
  })

/** "Check now": answers the job that runs the check (followed with jobQuery). */
export function useCheckNow() {
  return useMutation({
    mutationFn: (watchId: string) =>
      read(api.POST('/api/v1/watch/{watchId}/check', { params: { path: { watchId } } }), JobSchema),
  })
}

export function useAcknowledgeChange() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (changeId: string) =>
      read(
        api.POST('/api/v1/watch/changes/{changeId}/acknowledge', { params: { path: { changeId } } }),
        SourceWatchChangeSchema,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: watchKeys.all }),
  })
}
