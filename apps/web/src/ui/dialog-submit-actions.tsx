import { Button } from 'react-aria-components'

interface DialogSubmitActionsProps {
  /** The last attempt's error, announced to screen readers. */
  failure?: string | null | undefined
  pending: boolean
  submitLabel: string
  /** Shown on the submit button while the request runs (default: the submit label). */
  pendingLabel?: string
}

/** The end of a form in a dialog: its error, then Cancel (closes the dialog) and the submit button. */
export function DialogSubmitActions({
  failure,
  pending,
  submitLabel,
  pendingLabel,
}: DialogSubmitActionsProps) {
  return (
    <>
      {failure && (
        <div className="form-alert" role="alert">
          {failure}
        </div>
      )}
      <div className="dialog-actions">
        <Button className="button button-secondary" slot="close" isDisabled={pending}>
          Cancel
        </Button>
        <Button type="submit" className="button" isPending={pending}>
          {pending ? (pendingLabel ?? submitLabel) : submitLabel}
        </Button>
      </div>
    </>
  )
}
