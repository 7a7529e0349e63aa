import { type KeyboardEvent, type RefObject, useRef } from 'react'
import { domPoint, moveSelection, selectionMoveFor, sentencesOf } from './keyboard-selection.ts'
import type { Span } from './selection-offsets.ts'

/** Where the reader is: the first paragraph in view (below the selection bar), for a first sentence move. */
function caretOffset(root: HTMLElement | null): number {
  if (!root) return 0
  const top =
    root.closest('.reader-text')?.querySelector('.selection-bar')?.getBoundingClientRect().bottom ?? 0
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
    if (p.getBoundingClientRect().bottom > Math.max(top, 0)) return Number(p.dataset.start)
  }
  return 0
}

/** Draws `span` as the page's text selection (which the workspace then reads back) and scrolls to it. */
function showSelection(root: HTMLElement | null, span: Span) {
  const current = window.getSelection()
  if (!root || !current) return
  const from = domPoint(root, span.start)
  const to = domPoint(root, span.end)
  if (!from || !to) return
  current.setBaseAndExtent(from.node, from.offset, to.node, to.offset)
  const focusElement = to.node.parentElement
  focusElement?.scrollIntoView({ block: 'nearest' })
}

/** Keys pressed on the selection bar's button or a claim's highlight are theirs. */
function isControlKey(event: KeyboardEvent<HTMLElement>): boolean {
  const target = event.target as HTMLElement
  return target !== event.currentTarget && target.closest('button, [role="button"], a') !== null
}

interface ArticleKeyboard {
  bodyRef: RefObject<HTMLElement | null>
  body: string
  selection: Span | null
  /** An old version is shown: nothing is selected in it. */
  disabled: boolean
  onNewClaim: () => void
}

/**
 * The key handler of the article text (keyboard-selection.ts): the arrow keys select sentences and
 * words, Enter marks a claim. The sentences are found on the first key press, not on every render
 * of a long article.
 */
export function useArticleKeyboard({ bodyRef, body, selection, disabled, onNewClaim }: ArticleKeyboard) {
  const sentences = useRef<{ body: string; spans: ReturnType<typeof sentencesOf> } | null>(null)
  function move(event: KeyboardEvent<HTMLElement>): boolean {
    const move = selectionMoveFor(event)
    if (!move) return false
    event.preventDefault()
    if (sentences.current?.body !== body) sentences.current = { body, spans: sentencesOf(body) }
    const next = moveSelection(body, sentences.current.spans, selection, move, caretOffset(bodyRef.current))
    if (next) showSelection(bodyRef.current, next)
    return true
  }
  return (event: KeyboardEvent<HTMLElement>) => {
    if (disabled || event.defaultPrevented || isControlKey(event)) return
    if (move(event)) return
    if (event.key === 'Enter' && event.target === event.currentTarget && selection) {
      event.preventDefault()
      onNewClaim()
    }
  }
}
