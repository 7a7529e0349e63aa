import { useEffect } from 'react'

/**
 * Draws suggestions as dashed underlines over the article text with the CSS Custom Highlight API,
 * without touching the article's DOM (the claims' <mark>s stay the only elements in it). Offsets are
 * body offsets (UTF-16, end exclusive); each rendered paragraph carries the body span it draws
 * (data-start, data-end), as selection-offsets.ts describes.
 *
 * A 200 KB article with 1,000 suggestions must not freeze the page: paragraphs are indexed once per
 * drawing (binary search, not a scan per suggestion), ranges are StaticRanges (a live Range is
 * updated by the browser on every DOM change), and the ranges are added in slices of a few
 * milliseconds, yielding to the main thread in between (RAIL: no task over 50 ms).
 */
export interface OffsetSpan {
  start: number
  end: number
}

const ALL = 'claimtrail-suggestion'
const ACTIVE = 'claimtrail-suggestion-active'
/** Work per slice before yielding, in milliseconds. */
const SLICE_MS = 8

interface Paragraph {
  start: number
  end: number
  element: HTMLElement
  /** Its text nodes with the offset (within the paragraph) each starts at; read on first use. */
  texts?: { node: Text; at: number }[]
}

/** The rendered paragraphs of the body, in text order, for offset lookups. */
export function indexParagraphs(container: HTMLElement): Paragraph[] {
  return Array.from(container.querySelectorAll<HTMLElement>('[data-start][data-end]'), (element) => ({
    start: Number(element.dataset.start),
    end: Number(element.dataset.end),
    element,
  }))
}

function textsOf(paragraph: Paragraph) {
  if (!paragraph.texts) {
    const texts: { node: Text; at: number }[] = []
    const walker = document.createTreeWalker(paragraph.element, NodeFilter.SHOW_TEXT)
    let at = 0
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      texts.push({ node: n as Text, at })
      at += (n as Text).data.length
    }
    paragraph.texts = texts
  }
  return paragraph.texts
}

/** The DOM position `rest` characters into a paragraph: in the last text node starting at or before it. */
function pointInParagraph(paragraph: Paragraph, rest: number): { node: Text; offset: number } | null {
  const texts = textsOf(paragraph)
  let a = 0
  let b = texts.length - 1
  while (a < b) {
    const m = (a + b + 1) >> 1
    if ((texts[m] as { at: number }).at <= rest) a = m
    else b = m - 1
  }
  const found = texts[a]
  if (!found) return null
  return { node: found.node, offset: Math.min(rest - found.at, found.node.data.length) }
}

/** The DOM position of a body offset inside the paragraph that draws it, or null. */
function pointAt(paragraphs: Paragraph[], offset: number): { node: Text; offset: number } | null {
  let lo = 0
  let hi = paragraphs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = paragraphs[mid] as Paragraph
    if (offset < p.start) hi = mid - 1
    else if (offset > p.end) lo = mid + 1
    else return pointInParagraph(p, offset - p.start)
  }
  return null
}

function staticRange(paragraphs: Paragraph[], span: OffsetSpan): StaticRange | null {
  const a = pointAt(paragraphs, span.start)
  const b = pointAt(paragraphs, span.end)
  if (!a || !b) return null
  return new StaticRange({
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: b.offset,
  })
}

/** A live Range for one span (to scroll to it), or null when it is not drawn. */
export function rangeFor(container: HTMLElement, span: OffsetSpan): Range | null {
  const paragraphs = indexParagraphs(container)
  const a = pointAt(paragraphs, span.start)
  const b = pointAt(paragraphs, span.end)
  if (!a || !b) return null
  const range = document.createRange()
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  return range
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

/** Lets the browser paint and answer input before the next slice (scheduler.yield where there is one). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Adds the spans' ranges to `highlight` a slice at a time, yielding in between, until `stale()`. */
async function addInSlices(
  highlight: Highlight,
  paragraphs: Paragraph[],
  spans: readonly OffsetSpan[],
  stale: () => boolean,
) {
  let sliceStart = performance.now()
  for (const span of spans) {
    const range = staticRange(paragraphs, span)
    if (range) highlight.add(range)
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain()
      if (stale()) return
      sliceStart = performance.now()
    }
  }
}

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
      return
    }
    let run = 0
    const draw = async () => {
      const mine = ++run
      const paragraphs = indexParagraphs(root)
      const highlight = new Highlight()
      CSS.highlights.set(ALL, highlight)
      // A newer drawing (the text changed again) or the end of this one stops this one.
      await addInSlices(highlight, paragraphs, spans, () => mine !== run)
    }
    void draw()
    // The article re-renders (a claim added): ranges point at replaced nodes. Once per frame at most.
    let frame = 0
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => void draw())
    })
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      run++
      cancelAnimationFrame(frame)
      observer.disconnect()
      CSS.highlights.delete(ALL)
    }
  }, [container, spans, enabled])

  // The active one alone: choosing another suggestion does not redraw the thousand others.
  useEffect(() => {
    if (!supported()) return
    const root = container()
    if (!enabled || !root || !active) {
      CSS.highlights.delete(ACTIVE)
      return
    }
    const draw = () => {
      const range = staticRange(indexParagraphs(root), active)
      if (range) CSS.highlights.set(ACTIVE, new Highlight(range))
      else CSS.highlights.delete(ACTIVE)
    }
    draw()
    const observer = new MutationObserver(draw)
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      CSS.highlights.delete(ACTIVE)
    }
  }, [container, active, enabled])
}
