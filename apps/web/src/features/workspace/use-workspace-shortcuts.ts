import { useEffect, useEffectEvent } from 'react'
import { isTypingTarget, resolveShortcut, type ShortcutAction } from './shortcuts.ts'

interface WorkspaceShortcuts {
  /** The help overlay is open: it handles its own keys, Escape included. */
  helpOpen: boolean
  /** Escape outside a text field. */
  onEscape: () => void
  onShortcut: (action: ShortcutAction) => void
}

/** The workspace's keyboard shortcuts (shortcuts.ts), listened to on the whole document. */
export function useWorkspaceShortcuts({ helpOpen, onEscape, onShortcut }: WorkspaceShortcuts) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (helpOpen) return
    const typing = isTypingTarget(event.target as Element | null)
    if (event.key === 'Escape' && !event.defaultPrevented && !typing) {
      onEscape()
      return
    }
    const action = resolveShortcut({
      key: event.key,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      defaultPrevented: event.defaultPrevented,
      typing,
    })
    if (!action) return
    event.preventDefault()
    onShortcut(action)
  })
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
