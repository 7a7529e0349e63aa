/**
 * Splits an article body into the runs of text the reader highlights.
 *
 * Claims anchor on UTF-16 code-unit offsets (W3C Web Annotation TextPositionSelector, end
 * exclusive) and may overlap or nest. Cutting the text at every anchor boundary yields segments
 * that are each covered by one fixed set of claims, so overlapping claims stay distinguishable
 * without nesting interactive elements.
 */

export interface TextRange {
  id: string
  start: number
  end: number
}

export interface TextSegment {
  start: number
  end: number
  text: string
  /** Claims covering this segment, outermost first (earlier start, then longer). */
  claimIds: string[]
}

export interface TextPiece extends TextSegment {
  /** Claims whose first rendered piece this is: where the claim's highlight takes focus. */
  opensIds: string[]
}

export interface Paragraph {
  start: number
  end: number
  pieces: TextPiece[]
}

/** A range that can be drawn in a text of this length; anything else is shown as unplaced. */
export function isPlaceable(range: Pick<TextRange, 'start' | 'end'>, textLength: number): boolean {
  return (
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.start < range.end &&
    range.end <= textLength
  )
}

const outermostFirst = (a: TextRange, b: TextRange) =>
  a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function segmentText(text: string, ranges: readonly TextRange[]): TextSegment[] {
  if (text.length === 0) return []
  const placed = ranges.filter((r) => isPlaceable(r, text.length)).sort(outermostFirst)

  const cuts = new Set<number>([0, text.length])
  for (const r of placed) {
    cuts.add(r.start)
    cuts.add(r.end)
  }
  const points = [...cuts].sort((a, b) => a - b)

  const segments: TextSegment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      claimIds: placed.filter((r) => r.start <= start && r.end >= end).map((r) => r.id),
    })
  }
  return segments
}

// A paragraph break is any run of line breaks, with the blank lines' stray spaces.
const PARAGRAPH_BREAK = /[^\S\n]*\n\s*/g

/**
 * Groups segments into paragraphs (the body separates them with `\n` or blank lines). A highlight
 * that crosses a paragraph break is drawn as one piece per paragraph; the break itself is not drawn.
 */
export function layoutParagraphs(text: string, segments: readonly TextSegment[]): Paragraph[] {
  const spans: Array<{ start: number; end: number }> = []
  let from = 0
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    spans.push({ start: from, end: match.index })
    from = match.index + match[0].length
  }
  spans.push({ start: from, end: text.length })

  const seen = new Set<string>()
  const paragraphs: Paragraph[] = []
  for (const span of spans) {
    if (text.slice(span.start, span.end).trim() === '') continue
    const pieces: TextPiece[] = []
    for (const segment of segments) {
      const start = Math.max(segment.start, span.start)
      const end = Math.min(segment.end, span.end)
      if (start >= end) continue
      const opensIds = segment.claimIds.filter((id) => !seen.has(id))
      for (const id of opensIds) seen.add(id)
      pieces.push({ start, end, text: text.slice(start, end), claimIds: segment.claimIds, opensIds })
    }
    paragraphs.push({ ...span, pieces })
  }
  return paragraphs
}

/**
 * The order in which repeated activation of one piece steps through the claims covering it: the
 * claims it opens first (so a highlight named "Claim: X" selects X), then the others; within each
 * group the innermost (shortest) claim first, as it is the most specific.
 */
export function activationOrder(
  piece: Pick<TextPiece, 'claimIds' | 'opensIds'>,
  ranges: readonly TextRange[],
) {
  const length = new Map(ranges.map((r) => [r.id, r.end - r.start]))
  const innermostFirst = (a: string, b: string) => (length.get(a) ?? 0) - (length.get(b) ?? 0)
  const opens = [...piece.opensIds].sort(innermostFirst)
  const others = piece.claimIds.filter((id) => !piece.opensIds.includes(id)).sort(innermostFirst)
  return [...opens, ...others]
}

/** The claim to select when a piece is activated: the next one after the current selection. */
export function nextInCycle(order: readonly string[], selectedId: string | null): string | undefined {
  const at = selectedId === null ? -1 : order.indexOf(selectedId)
  return at === -1 ? order[0] : order[(at + 1) % order.length]
}
