import { type Job, JobSchema } from '@claimtrail/contracts'
import { queryOptions } from '@tanstack/react-query'
import { api, read } from '../../api/api-client.ts'

export const jobKeys = {
  all: ['jobs'] as const,
  job: (jobId: string) => [...jobKeys.all, jobId] as const,
}

export const isFinished = (job: Job | undefined) => job?.status === 'succeeded' || job?.status === 'failed'

/** A job, polled until it has succeeded or failed (the server runs it; ADR 014). */
export const jobQuery = (jobId: string) =>
  queryOptions({
    queryKey: jobKeys.job(jobId),
    queryFn: ({ signal }) =>
      read(api.GET('/api/v1/jobs/{jobId}', { params: { path: { jobId } }, signal }), JobSchema),
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 500),
    refetchIntervalInBackground: true,
  })
