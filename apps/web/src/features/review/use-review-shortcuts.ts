import { useEffect, useRef } from 'react'
import { isTypingTarget } from '../workspace/shortcuts.ts'
import type { ReviewActionsAllowed } from './review-problem.ts'

/** The review actions the keys start, each only when the claim allows it (`can`). */
export interface ReviewShortcuts {
  can: ReviewActionsAllowed
  onApprove: () => void
  onRequestChanges: () => void
  onPublish: () => void
  /** A write is out or the comment dialog is open: the keys do nothing. */
  busy: boolean
}

/** Whether a key press is for a field, a dialog, the browser, or a control that already took it. */
function isOthers(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true
  return (
    isTypingTarget(event.target as Element | null) ||
    document.querySelector('[role="dialog"],[role="alertdialog"]') !== null
  )
}

/** The action a key starts: a approve, c request changes, p publish. */
function actionFor(key: string, { can, ...on }: ReviewShortcuts): (() => void) | null {
  if (key === 'a' && can.approve) return on.onApprove
  if (key === 'c' && can['request-changes']) return on.onRequestChanges
  if (key === 'p' && can.publish) return on.onPublish
  return null
}

/** The review page's keys (a, c, p); never while typing in a field or with a dialog open. */
export function useReviewShortcuts(shortcuts: ReviewShortcuts) {
  const latest = useRef(shortcuts)
  latest.current = shortcuts
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (latest.current.busy || isOthers(event)) return
      const action = actionFor(event.key, latest.current)
      if (!action) return
      action()
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
