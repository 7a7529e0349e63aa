// Gold hedges are written as phrases, not offsets, so an article can be edited without recounting:
// each phrase is placed at its first occurrence after the previous phrase of the list, which is in
// text order. A phrase that occurs twice as a hedge is listed twice.

/** The spans of `phrases` in `text`, in order; throws when one does not occur where expected. */
export function hedgeSpans(text: string, phrases: readonly string[], id = ''): [number, number][] {
  const out: [number, number][] = []
  let from = 0
  for (const p of phrases) {
    const at = text.indexOf(p, from)
    if (at === -1) throw new Error(`${id}: hedge "${p}" does not occur (in order) in the article`)
    out.push([at, at + p.length])
    from = at + p.length
  }
  return out
}
