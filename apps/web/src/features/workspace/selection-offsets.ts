/**
 * Maps a DOM text selection in the rendered article body back to offsets into the body text.
 *
 * Anchors are UTF-16 code-unit offsets into the version's body (W3C Web Annotation
 * TextPositionSelector, end exclusive). The rendered text is not the body: paragraph breaks are not
 * drawn and a repeated headline may be dropped. Each rendered paragraph carries the offsets of the
 * body span it draws (`data-start`, `data-end`), and draws exactly that span, so an offset is the
 * paragraph's start plus the characters of text before the boundary inside it. JavaScript string
 * lengths count UTF-16 code units, as the anchors do.
 */

/** The parts of a DOM node the mapping reads; browser nodes have them all. */
export interface NodeLike {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly parentNode: NodeLike | null
  readonly childNodes: ArrayLike<NodeLike>
  getAttribute?(name: string): string | null
}

/** A selection's two ends, as `window.getSelection()` reports them. */
export interface SelectionLike {
  readonly anchorNode: NodeLike | null
  readonly anchorOffset: number
  readonly focusNode: NodeLike | null
  readonly focusOffset: number
}

export interface Span {
  start: number
  end: number
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

function spanOf(node: NodeLike): Span | null {
  if (node.nodeType !== ELEMENT_NODE || !node.getAttribute) return null
  const start = node.getAttribute('data-start')
  const end = node.getAttribute('data-end')
  if (start === null || end === null) return null
  return { start: Number(start), end: Number(end) }
}

function textLength(node: NodeLike): number {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0
  let length = 0
  for (let i = 0; i < node.childNodes.length; i++) length += textLength(node.childNodes[i] as NodeLike)
  return length
}

/** Characters of text inside the boundary point's own node before its offset (DOM Range offsets). */
function textBeforeOffset(node: NodeLike, offset: number): number {
  if (node.nodeType === TEXT_NODE) return Math.min(offset, node.nodeValue?.length ?? 0)
  let count = 0
  for (let i = 0; i < offset && i < node.childNodes.length; i++) {
    count += textLength(node.childNodes[i] as NodeLike)
  }
  return count
}

/** Characters of text inside `container` before the boundary point (node, offset). */
function textBefore(container: NodeLike, node: NodeLike, offset: number): number {
  let count = 0
  const walk = (current: NodeLike): boolean => {
    if (current === node) {
      count += textBeforeOffset(current, offset)
      return true
    }
    if (current.nodeType === TEXT_NODE) {
      count += current.nodeValue?.length ?? 0
      return false
    }
    for (let i = 0; i < current.childNodes.length; i++) {
      if (walk(current.childNodes[i] as NodeLike)) return true
    }
    return false
  }
  walk(container)
  return count
}

/**
 * The body offset of one boundary point of a selection, or null when the point is not inside
 * `root` (the rendered body).
 */
export function boundaryOffset(root: NodeLike, node: NodeLike | null, offset: number): number | null {
  if (!node) return null
  let paragraph: NodeLike | null = null
  let span: Span | null = null
  let current: NodeLike | null = node
  while (current && current !== root) {
    span ??= spanOf(current)
    if (span && !paragraph) paragraph = current
    current = current.parentNode
  }
  if (current !== root) return null
  if (paragraph && span) return Math.min(span.start + textBefore(paragraph, node, offset), span.end)

  // A point between paragraphs (a triple click selects up to the start of the next one).
  if (node !== root) return null
  const children = Array.from({ length: root.childNodes.length }, (_, i) => root.childNodes[i] as NodeLike)
  const after = children
    .slice(offset)
    .map(spanOf)
    .find((s) => s !== null)
  if (after) return after.start
  const before = children
    .slice(0, offset)
    .map(spanOf)
    .filter((s) => s !== null)
    .at(-1)
  return before ? before.end : null
}

/** The body span a selection covers (either direction), or null if it is empty or leaves `root`. */
export function selectionSpan(root: NodeLike, selection: SelectionLike): Span | null {
  const a = boundaryOffset(root, selection.anchorNode, selection.anchorOffset)
  const b = boundaryOffset(root, selection.focusNode, selection.focusOffset)
  if (a === null || b === null || a === b) return null
  return { start: Math.min(a, b), end: Math.max(a, b) }
}

/** Drops the white space a double or triple click takes along at either end. */
export function trimSpan(body: string, span: Span): Span | null {
  let { start, end } = span
  while (start < end && /\s/.test(body[start] ?? '')) start++
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--
  return start < end ? { start, end } : null
}

export interface LocatedQuote extends Span {
  /** How many times the words occur in the text. */
  count: number
}

/**
 * Where typed words (a quote, cue words) occur in the text: the occurrence nearest to `near` (the
 * claim's own position, so "reported" finds the cue next to the claim), or the first one.
 */
export function locateQuote(body: string, words: string, near?: number): LocatedQuote | null {
  const quote = words.trim()
  if (quote === '') return null
  const starts: number[] = []
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) starts.push(at)
  if (starts.length === 0) return null
  const best =
    near === undefined
      ? (starts[0] as number)
      : starts.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a))
  return { start: best, end: best + quote.length, count: starts.length }
}
