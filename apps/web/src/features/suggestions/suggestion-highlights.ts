import { useEffect } from 'react'

/**
 * Draws suggestions as dashed underlines over the article text with the CSS Custom Highlight API,
 * without touching the article's DOM (the claims' <mark>s stay the only elements in it). Offsets are
 * body offsets (UTF-16, end exclusive); each rendered paragraph carries the body span it draws
 * (data-start, data-end), as selection-offsets.ts describes.
 */
export interface OffsetSpan {
  start: number
  end: number
}

const ALL = 'claimtrail-suggestion'
const ACTIVE = 'claimtrail-suggestion-active'

/** The DOM position of a body offset inside a paragraph that draws it, or null. */
function pointAt(container: HTMLElement, offset: number): { node: Text; offset: number } | null {
  for (const p of container.querySelectorAll<HTMLElement>('[data-start][data-end]')) {
    const start = Number(p.dataset.start)
    const end = Number(p.dataset.end)
    if (offset < start || offset > end) continue
    let rest = offset - start
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    let last: Text | null = null
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text
      if (rest <= text.data.length) return { node: text, offset: rest }
      rest -= text.data.length
      last = text
    }
    if (last) return { node: last, offset: last.data.length }
  }
  return null
}

export function rangeFor(container: HTMLElement, span: OffsetSpan): Range | null {
  const a = pointAt(container, span.start)
  const b = pointAt(container, span.end)
  if (!a || !b) return null
  const range = document.createRange()
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  return range
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

/** Keeps the dashed highlights in step with the spans; `active` is drawn stronger. */
export function useSuggestionHighlights(
  container: () => HTMLElement | null,
  spans: readonly OffsetSpan[],
  active: OffsetSpan | null,
  enabled: boolean,
) {
  useEffect(() => {
    if (!supported()) return
    const root = container()
    if (!enabled || !root) {
      CSS.highlights.delete(ALL)
      CSS.highlights.delete(ACTIVE)
      return
    }
    const draw = () => {
      const ranges = spans.map((s) => rangeFor(root, s)).filter((r): r is Range => r !== null)
      CSS.highlights.set(ALL, new Highlight(...ranges))
      const activeRange = active ? rangeFor(root, active) : null
      if (activeRange) CSS.highlights.set(ACTIVE, new Highlight(activeRange))
      else CSS.highlights.delete(ACTIVE)
    }
    draw()
    // The article re-renders (a claim added, a mark selected): ranges point at replaced nodes.
    const observer = new MutationObserver(draw)
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      CSS.highlights.delete(ALL)
      CSS.highlights.delete(ACTIVE)
    }
  }, [container, spans, active, enabled])
}
