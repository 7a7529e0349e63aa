import type { ClaimInArticle } from '@claimtrail/contracts'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ArticleBody, findHighlight } from './article-body.tsx'
import { SLICE_CHARS } from './progressive-paragraphs.ts'
import { useRevealClaim } from './use-reveal-claim.ts'

// Sixty paragraphs of 1,000 characters: three slices' worth of text.
const PARAGRAPH = `${'word '.repeat(199)}end.`
const BODY = Array.from({ length: 60 }, () => PARAGRAPH).join('\n\n')
const paragraphStart = (index: number) => index * (PARAGRAPH.length + 2)

/** What ArticleBody reads of a claim: its id, anchor and headline. */
const claimAt = (id: string, paragraph: number) =>
  ({
    id,
    headline: `Claim ${id}`,
    anchor: { start: paragraphStart(paragraph) + 5, end: paragraphStart(paragraph) + 20 },
  }) as unknown as ClaimInArticle

const drawnParagraphs = (container: HTMLElement) => container.querySelectorAll('p[data-start]').length
const body = (container: HTMLElement) => container.querySelector('.article-body') as HTMLElement

describe('ArticleBody on a long text', () => {
  it('draws the first slice at once and the rest a slice per task', async () => {
    const { container } = render(
      <ArticleBody title="T" body={BODY} claims={[]} selectedId={null} onSelect={() => {}} />,
    )
    const first = drawnParagraphs(container)
    expect(first).toBe(Math.ceil(SLICE_CHARS / (PARAGRAPH.length + 2)))
    expect(body(container).getAttribute('aria-busy')).toBe('true')
    await waitFor(() => expect(body(container).dataset.complete).toBe('true'))
    expect(drawnParagraphs(container)).toBe(60)
    expect(body(container).hasAttribute('aria-busy')).toBe(false)
  })

  it('draws the selected claim at once, wherever it is', () => {
    const far = claimAt('far', 55)
    const { container } = render(
      <ArticleBody title="T" body={BODY} claims={[far]} selectedId="far" onSelect={() => {}} />,
    )
    expect(findHighlight(container, 'far')).not.toBeNull()
    expect(drawnParagraphs(container)).toBe(56)
  })

  it('keeps what is drawn when the claims change, and starts again on a new text', async () => {
    const { container, rerender } = render(
      <ArticleBody title="T" body={BODY} claims={[]} selectedId={null} onSelect={() => {}} />,
    )
    await waitFor(() => expect(body(container).dataset.complete).toBe('true'))
    rerender(
      <ArticleBody title="T" body={BODY} claims={[claimAt('a', 3)]} selectedId={null} onSelect={() => {}} />,
    )
    expect(drawnParagraphs(container)).toBe(60)
    rerender(
      <ArticleBody title="T" body={`${BODY}\n\nMore.`} claims={[]} selectedId={null} onSelect={() => {}} />,
    )
    expect(drawnParagraphs(container)).toBeLessThan(60)
  })
})

function Reader({ claims }: { claims: ClaimInArticle[] }) {
  const ref = useRef<HTMLDivElement>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const reveal = useRevealClaim(ref)
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setSelectedId('far')
          reveal('far', { focus: true, block: 'center' })
        }}
      >
        Open far
      </button>
      <ArticleBody
        ref={ref}
        title="T"
        body={BODY}
        claims={claims}
        selectedId={selectedId}
        onSelect={() => {}}
      />
    </>
  )
}

describe('useRevealClaim', () => {
  it('reveals a claim whose paragraph is not drawn yet once its selection draws it', async () => {
    const scrollIntoView = vi.fn()
    Element.prototype.scrollIntoView = scrollIntoView
    const { container } = render(<Reader claims={[claimAt('far', 58)]} />)
    expect(findHighlight(container, 'far')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Open far' }))
    const highlight = findHighlight(container, 'far')
    expect(highlight).not.toBeNull()
    expect(scrollIntoView).toHaveBeenCalledOnce()
    expect(scrollIntoView.mock.contexts[0]).toBe(highlight)
    expect(document.activeElement).toBe(highlight)
    // Nothing left pending: later commits (the remaining slices) do not scroll again.
    await act(async () => {
      await waitFor(() => expect(body(container).dataset.complete).toBe('true'))
    })
    expect(scrollIntoView).toHaveBeenCalledOnce()
  })
})
