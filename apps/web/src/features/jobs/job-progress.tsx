import type { Job } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { ProgressBar } from 'react-aria-components'
import { isFinished, jobQuery } from './jobs-queries.ts'

const PHASES: Record<Job['kind'], Record<Job['phase'], string>> = {
  'article_version.import': {
    queued: 'Waiting for its turn…',
    computing: 'Re-anchoring the claims in the new text…',
    writing: 'Saving the new version…',
    done: 'Done',
  },
  'article.suggestions': {
    queued: 'Waiting for its turn…',
    computing: 'Reading the long article for claims…',
    writing: 'Reading the long article for claims…',
    done: 'Done',
  },
  'evidence.capture': {
    queued: 'Waiting for its turn…',
    computing: 'Capturing the evidence page…',
    writing: 'Saving the capture…',
    done: 'Done',
  },
  'source_watch.check': {
    queued: 'Waiting for its turn…',
    computing: 'Checking the source…',
    writing: 'Saving what changed…',
    done: 'Done',
  },
}
const WHAT: Record<Job['kind'], string> = {
  'article_version.import': 'Long import',
  'article.suggestions': 'Suggestions for a long article',
  'evidence.capture': 'Evidence capture',
  'source_watch.check': 'Source check',
}
const STEP: Record<Job['phase'], number> = { queued: 0, computing: 1, writing: 2, done: 3 }

/**
 * Progress of a long job the server runs (a long new version's import, a long article's
 * suggestions), polled until it ends; `onFinished` gets the finished job once, whether it
 * succeeded or failed.
 */
export function JobProgress({
  jobId,
  kind,
  onFinished,
}: {
  jobId: string
  kind: Job['kind']
  onFinished: (job: Job) => void
}) {
  const { data: job, error } = useQuery(jobQuery(jobId))
  const reported = useRef(false)
  useEffect(() => {
    if (job && isFinished(job) && !reported.current) {
      reported.current = true
      onFinished(job)
    }
  }, [job, onFinished])

  if (error) {
    return (
      <div className="form-alert" role="alert">
        Could not follow the job: {error.message}
      </div>
    )
  }
  const phase = job?.phase ?? 'queued'
  const label = `${WHAT[kind]} in progress, step ${STEP[phase] + 1} of 3: ${PHASES[kind][phase]}`
  return (
    <div className="progress">
      <p className="progress-label" role="status">
        {PHASES[kind][phase]}
      </p>
      <ProgressBar className="progress" value={STEP[phase]} minValue={0} maxValue={3} aria-label={label}>
        <span className="progress-track" aria-hidden="true">
          {/* A share of the steps, not an animation: the server says which step it is at. */}
          <span
            className="progress-fill progress-fill-steps"
            style={{ width: `${(STEP[phase] / 3) * 100}%` }}
          />
        </span>
      </ProgressBar>
    </div>
  )
}
