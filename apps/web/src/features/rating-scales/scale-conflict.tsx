import type { RatingScale } from '@claimtrail/contracts'
import { Button } from 'react-aria-components'
import { draftsOf } from './scale-draft.ts'

interface ScaleConflictProps {
  /** The scale as someone else saved it since this editor opened it. */
  theirs: RatingScale
  pending: boolean
  onReload: () => void
  onSaveMine: () => void
}

/** Someone else saved the scale first: show theirs, and let the admin choose (ADR 006). */
export function ScaleConflict({ theirs, pending, onReload, onSaveMine }: ScaleConflictProps) {
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>Someone else saved this scale</strong> since you opened it (it is now version {theirs.version}
        ). Your changes are not saved.
      </p>
      <p>
        Their ratings:{' '}
        {draftsOf(theirs)
          .map((r) => r.label)
          .join(', ')}
        .
      </p>
      <div className="button-row">
        <Button className="button button-secondary" onPress={onReload} isDisabled={pending}>
          Reload their version
        </Button>
        <Button className="button" onPress={onSaveMine} isPending={pending}>
          Save mine over theirs
        </Button>
      </div>
    </div>
  )
}
