import { useEffect } from 'react'
import { type Location, useBlocker } from 'react-router'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { LOGIN_PATH } from '../auth/next-path.ts'
import { discardUnsavedEdits, hasUnsavedEdits, useUnsavedCount } from './unsaved-drafts.ts'

const claimOf = (location: Location) => new URLSearchParams(location.search).get('claim')

/**
 * Asks before a navigation closes a form with unsaved edits: another claim (the `claim` parameter),
 * "All claims", another page, or leaving the site (the browser's own beforeunload prompt). A session
 * that ended is not asked about: the way to the login page is not a choice, and the edit is kept
 * as a draft on this device for when the user is back.
 */
export function UnsavedChangesGuard() {
  const count = useUnsavedCount()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedEdits() &&
      nextLocation.pathname !== LOGIN_PATH &&
      (nextLocation.pathname !== currentLocation.pathname ||
        claimOf(nextLocation) !== claimOf(currentLocation)),
  )

  useEffect(() => {
    if (count === 0) return
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers show the prompt only when a value is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [count])

  return (
    <ConfirmDialog
      isOpen={blocker.state === 'blocked'}
      onOpenChange={(isOpen) => {
        if (!isOpen && blocker.state === 'blocked') blocker.reset()
      }}
      title="Discard your unsaved edit?"
      confirmLabel="Discard and leave"
      cancelLabel="Stay"
      tone="danger"
      onConfirm={() => {
        discardUnsavedEdits()
        if (blocker.state === 'blocked') blocker.proceed()
      }}
    >
      <p>
        A form on this claim has changes that are not saved. Stay to save them, or discard them and leave.
      </p>
    </ConfirmDialog>
  )
}
