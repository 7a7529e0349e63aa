import { type RefObject, useEffect, useRef } from 'react'
import { findHighlight } from './article-body.tsx'

export interface RevealOptions {
  /** Keyboard moves (j / k) put focus on the highlight; choosing from the panel does not. */
  focus: boolean
  block: ScrollLogicalPosition
}

function revealNow(body: HTMLElement | null, claimId: string, { focus, block }: RevealOptions): boolean {
  const highlight = findHighlight(body, claimId)
  if (!highlight) return false
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  highlight.scrollIntoView({ block, behavior: smooth ? 'smooth' : 'auto' })
  if (focus) highlight.focus({ preventScroll: true })
  return true
}

/**
 * Scrolls a claim's highlight in the text into view. A long article is drawn a slice at a time
 * (progressive-paragraphs.ts) and the claim's paragraph may not be drawn yet when it is chosen;
 * selecting it draws it, so the request waits for the commit that does, and is dropped once the
 * whole text is drawn without it (a claim not placed in this version) or no text is shown.
 */
export function useRevealClaim(bodyRef: RefObject<HTMLElement | null>) {
  const pending = useRef<{ claimId: string; options: RevealOptions } | null>(null)

  // After every commit: the selection's render may have drawn the pending claim.
  useEffect(() => {
    const request = pending.current
    if (!request) return
    const body = bodyRef.current
    if (!body || revealNow(body, request.claimId, request.options) || body.dataset.complete !== undefined) {
      pending.current = null
    }
  })

  return (claimId: string, options: RevealOptions) => {
    pending.current = revealNow(bodyRef.current, claimId, options) ? null : { claimId, options }
  }
}
