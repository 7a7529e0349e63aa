import { Button } from 'react-aria-components'
import type { Problem } from './review-problem.ts'

/** A refused write the editor has to know about, with its reasons, until dismissed. */
export function ReviewProblemAlert({ problem, onDismiss }: { problem: Problem; onDismiss: () => void }) {
  return (
    <div className="form-alert review-problem" role="alert">
      <p>
        <strong>{problem.title}.</strong> {problem.message}
      </p>
      {problem.reasons && (
        <ul>
          {problem.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <Button className="button button-secondary" onPress={onDismiss}>
        Dismiss
      </Button>
    </div>
  )
}
