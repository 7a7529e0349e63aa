import type { Job } from '@claimtrail/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { Button } from 'react-aria-components'
import { JobProgress } from '../jobs/job-progress.tsx'
import { suggestionKeys } from './suggestions-queries.ts'

/**
 * The suggestions of a long article are computed by a job on the server (ADR 014): its progress
 * here, then its result in the place of the job, as if the request had answered it.
 */
export function SuggestionsJobProgress({
  articleId,
  versionId,
  jobId,
  onRetry,
}: {
  articleId: string
  versionId: string
  jobId: string
  /** Asks again (a new job). */
  onRetry: () => void
}) {
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  const onFinished = useCallback(
    (job: Job) => {
      if (job.kind === 'article.suggestions' && job.status === 'succeeded' && job.result) {
        queryClient.setQueryData(suggestionKeys.article(articleId, versionId), job.result)
      } else {
        setFailure(job.error?.message ?? 'the job failed')
      }
    },
    [articleId, versionId, queryClient],
  )
  if (failure) {
    return (
      <div className="form-alert" role="alert">
        <p>Suggestions could not be computed: {failure}</p>
        <Button className="button button-secondary" onPress={onRetry}>
          Try again
        </Button>
      </div>
    )
  }
  return <JobProgress jobId={jobId} kind="article.suggestions" onFinished={onFinished} />
}
