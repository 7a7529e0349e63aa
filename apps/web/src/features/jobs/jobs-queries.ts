import { type Job, JobSchema } from '@claimtrail/contracts'
import { queryOptions } from '@tanstack/react-query'
import { getJson } from '../../api/api-client.ts'

export const jobKeys = {
  all: ['jobs'] as const,
  job: (jobId: string) => [...jobKeys.all, jobId] as const,
}

export const isFinished = (job: Job | undefined) => job?.status === 'succeeded' || job?.status === 'failed'

/** A job, polled until it has succeeded or failed (the server runs it; ADR 014). */
export const jobQuery = (jobId: string) =>
  queryOptions({
    queryKey: jobKeys.job(jobId),
    queryFn: ({ signal }) => getJson(`/jobs/${encodeURIComponent(jobId)}`, JobSchema, signal),
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 500),
    refetchIntervalInBackground: true,
  })
