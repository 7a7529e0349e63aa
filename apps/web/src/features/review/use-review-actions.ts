import { useState } from 'react'
import { ACTION_DONE, ACTION_LABELS, isPageProblem, type Problem, problemOf } from './review-problem.ts'
import { type ReviewAction, type ReviewWrite, useReloadClaim, useReviewWrite } from './review-queries.ts'

/**
 * The review page's writes: `send` saves a part of the claim (its forms show what it answers),
 * `act` moves it through the workflow. Either reports success in `done` and page-level refusals in
 * `problem`; after a conflict the claim is read again.
 */
export function useReviewActions(claimId: string, etag: string | null) {
  const write = useReviewWrite(claimId)
  const reload = useReloadClaim(claimId)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [done, setDone] = useState('')

  async function send(w: ReviewWrite, success = 'Saved.'): Promise<string | null> {
    setDone('')
    setProblem(null)
    try {
      await write.mutateAsync({ write: w, etag })
      setDone(success)
      return null
    } catch (error) {
      const p = problemOf(error)
      if (p.conflict) await reload()
      // Conflicts and publish blockers are page-level news; a form keeps its own other errors.
      if (!isPageProblem(p)) return p.message
      setProblem(p)
      return p.conflict ? 'Not saved: the claim had changed. It has been reloaded.' : p.message
    }
  }

  async function act(action: ReviewAction, comment?: string): Promise<boolean> {
    setDone('')
    setProblem(null)
    try {
      await write.mutateAsync({
        write: { kind: 'transition', action, ...(comment ? { comment } : {}) },
        etag,
      })
      setDone(ACTION_DONE[action])
      return true
    } catch (error) {
      const p = problemOf(error)
      if (p.conflict) await reload()
      setProblem(isPageProblem(p) ? p : { ...p, title: `${ACTION_LABELS[action]} did not work` })
      return false
    }
  }

  return { write, reload, send, act, problem, setProblem, done }
}
