import { type RefObject, useEffect, useEffectEvent, useState } from 'react'
import { type Span, selectionSpan, trimSpan } from './selection-offsets.ts'

/**
 * The text selected in the article, kept as body offsets: pressing a button elsewhere (New claim,
 * Use selected text) must not lose it, while a click in the text that clears it does. Not tracked
 * while an old version is shown (`paused`).
 */
export function useTextSelection(bodyRef: RefObject<HTMLElement | null>, body: string, paused: boolean) {
  const [selection, setSelection] = useState<Span | null>(null)
  const onSelectionChange = useEffectEvent(() => {
    const root = bodyRef.current
    const current = window.getSelection()
    if (!root || !current || paused) return
    const span = selectionSpan(root, current)
    const trimmed = span && trimSpan(body, span)
    if (trimmed) setSelection(trimmed)
    else if (current.isCollapsed && current.anchorNode && root.contains(current.anchorNode))
      setSelection(null)
  })
  useEffect(() => {
    document.addEventListener('selectionchange', onSelectionChange)
    return () => document.removeEventListener('selectionchange', onSelectionChange)
  }, [])
  return [selection, setSelection] as const
}
