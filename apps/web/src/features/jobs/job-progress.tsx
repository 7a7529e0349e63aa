import type { Job } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { ProgressBar } from 'react-aria-components'
import { isFinished, jobQuery } from './jobs-queries.ts'

const PHASES: Record<Job['phase'], string> = {
  queued: 'Waiting for its turn…',
  computing: 'Re-anchoring the claims in the new text…',
  writing: 'Saving the new version…',
  done: 'Done',
}
const STEP: Record<Job['phase'], number> = { queued: 0, computing: 1, writing: 2, done: 3 }

/**
 * Progress of a long job the server runs (a long new version's import), polled until it ends;
 * `onFinished` gets the finished job once, whether it succeeded or failed.
 */
export function JobProgress({ jobId, onFinished }: { jobId: string; onFinished: (job: Job) => void }) {
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
        Could not follow the import: {error.message}
      </div>
    )
  }
  const phase = job?.phase ?? 'queued'
  const label = `Long import in progress, step ${STEP[phase] + 1} of 3: ${PHASES[phase]}`
  return (
    <div className="progress">
      <p className="progress-label" role="status">
        {PHASES[phase]}
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
