import { Button, Toolbar } from 'react-aria-components'

interface ReviewToolbarProps {
  can: { approve: boolean; 'request-changes': boolean; publish: boolean }
  writing: boolean
  reloading: boolean
  onApprove: () => void
  onRequestChanges: () => void
  onPublish: () => void
  onReload: () => void
}

/** The editor's actions on the claim, with their keys (use-review-shortcuts.ts). */
export function ReviewToolbar({
  can,
  writing,
  reloading,
  onApprove,
  onRequestChanges,
  onPublish,
  onReload,
}: ReviewToolbarProps) {
  return (
    <>
      <Toolbar className="review-actions" aria-label="Review actions">
        <Button
          className="button"
          aria-keyshortcuts="a"
          isDisabled={!can.approve}
          isPending={writing}
          onPress={onApprove}
        >
          Approve{' '}
          <span className="kbd" aria-hidden="true">
            a
          </span>
        </Button>
        <Button
          className="button button-secondary"
          aria-keyshortcuts="c"
          isDisabled={!can['request-changes'] || writing}
          onPress={onRequestChanges}
        >
          Request changes…{' '}
          <span className="kbd" aria-hidden="true">
            c
          </span>
        </Button>
        <Button
          className="button"
          aria-keyshortcuts="p"
          isDisabled={!can.publish}
          isPending={writing}
          onPress={onPublish}
        >
          Publish{' '}
          <span className="kbd" aria-hidden="true">
            p
          </span>
        </Button>
        <Button className="button button-secondary" onPress={onReload} isPending={reloading}>
          Reload
        </Button>
      </Toolbar>
      <p className="muted review-hint">
        Shortcuts (outside text fields): a approve · c request changes · p publish.
      </p>
    </>
  )
}
