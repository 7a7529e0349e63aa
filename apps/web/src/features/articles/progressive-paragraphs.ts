import { startTransition, useEffect, useState } from 'react'
import type { Paragraph } from './segment-text.ts'

/**
 * Characters of article text drawn per commit. A 250 KB article drawn in one commit was the
 * workspace's longest task after loading (about 120 ms on the CI machine: rendering and mounting
 * every paragraph at once); a slice of this size renders, mounts and lays out in well under the
 * 50 ms a task may take (RAIL), and the first one already fills any screen.
 */
export const SLICE_CHARS = 20_000

interface Progress {
  body: string
  /** Paragraphs starting before this offset are drawn. */
  through: number
}

/**
 * How many of `paragraphs` to draw: the first slice at once, then one more slice per task, each
 * as a transition so the user's input goes first. `mustDraw` (the selected claim's offset) is
 * always drawn, so a claim opened from the panel or the address is there to scroll to. A new body
 * starts again from the first slice; the same body with new claims (new paragraphs objects) keeps
 * what is drawn.
 */
export function useProgressiveCount(
  body: string,
  paragraphs: readonly Paragraph[],
  mustDraw: number | null,
): number {
  const [progress, setProgress] = useState<Progress>({ body, through: SLICE_CHARS })
  const through = progress.body === body ? progress.through : SLICE_CHARS
  const done = through >= body.length

  useEffect(() => {
    if (done) return
    // A task of its own per slice (not a microtask): the browser paints and handles input between.
    const timer = setTimeout(() =>
      startTransition(() => setProgress({ body, through: through + SLICE_CHARS })),
    )
    return () => clearTimeout(timer)
  }, [body, through, done])

  const limit = Math.max(through, mustDraw === null ? 0 : mustDraw + 1)
  const count = paragraphs.findIndex((p) => p.start >= limit)
  return count === -1 ? paragraphs.length : count
}
