import { Button } from 'react-aria-components'

interface FormActionsProps {
  /** The last save's error, announced to screen readers. */
  error: string | null | undefined
  pending: boolean
  saveLabel: string
  onSave: () => void
  onCancel: () => void
}

/** The end of an inline editor: its error, then Save (showing progress) and Cancel. */
export function FormActions({ error, pending, saveLabel, onSave, onCancel }: FormActionsProps) {
  return (
    <>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <Button className="button" onPress={onSave} isPending={pending}>
          {pending ? 'Saving…' : saveLabel}
        </Button>
        <Button className="button button-secondary" onPress={onCancel} isDisabled={pending}>
          Cancel
        </Button>
      </div>
    </>
  )
}
