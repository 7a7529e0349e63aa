// Text composition: sentences built from parts, tagged parts reporting where they landed.

/** A piece of a sentence; tagged pieces report where they landed, so anchors are exact by construction. */
export type Part = string | { tag: string; parts: Part[] }
export const tagged = (tag: string, ...parts: Part[]): Part => ({ tag, parts })

export interface Composed {
  text: string
  spans: Map<string, { start: number; end: number }>
}

export function compose(
  parts: Part[],
  offset: number,
  spans = new Map<string, { start: number; end: number }>(),
): Composed {
  let text = ''
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part
      continue
    }
    const inner = compose(part.parts, offset + text.length, spans)
    spans.set(part.tag, { start: offset + text.length, end: offset + text.length + inner.text.length })
    text += inner.text
  }
  return { text, spans }
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** A headline of at most 75 characters (ClaimReview claimReviewed), cut at a word. */
export function shorten(text: string, max = 75): string {
  const plain = text.replace(/\.$/, '')
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`
}
