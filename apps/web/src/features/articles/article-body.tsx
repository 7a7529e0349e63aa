import type { ClaimInArticle } from '@claimtrail/contracts'
import { type KeyboardEvent, type MouseEvent, memo, type Ref, useMemo } from 'react'
import { useProgressiveCount } from './progressive-paragraphs.ts'
import {
  activationOrder,
  layoutParagraphs,
  nextInCycle,
  type Paragraph,
  segmentText,
  type TextPiece,
  type TextRange,
} from './segment-text.ts'

const draws = (paragraph: Paragraph, claimId: string) =>
  paragraph.pieces.some((piece) => piece.claimIds.includes(claimId))

interface ParagraphProps {
  paragraph: Paragraph
  ranges: readonly TextRange[]
  headlines: ReadonlyMap<string, string>
  selectedId: string | null
}

/**
 * One paragraph, memoised: a long article is hundreds of them, and a render of the page (a claim
 * selected, a key pressed in the text) re-renders only those whose props changed.
 */
const ArticleParagraph = memo(function ArticleParagraph({
  paragraph,
  ranges,
  headlines,
  selectedId,
}: ParagraphProps) {
  return (
    // The body span each paragraph draws: the workspace maps a text selection back to offsets.
    <p data-start={paragraph.start} data-end={paragraph.end}>
      {paragraph.pieces.map((piece) => (
        <Piece
          key={piece.start}
          piece={piece}
          ranges={ranges}
          headlines={headlines}
          selectedId={selectedId}
        />
      ))}
    </p>
  )
})

function Piece({
  piece,
  ranges,
  headlines,
  selectedId,
}: { piece: TextPiece } & Omit<ParagraphProps, 'paragraph'>) {
  if (piece.claimIds.length === 0) return piece.text
  const order = activationOrder(piece, ranges)
  const opens = order.filter((id) => piece.opensIds.includes(id))
  const names = opens.map((id) => headlines.get(id) ?? '')
  const isSelected = selectedId !== null && piece.claimIds.includes(selectedId)
  return (
    <mark
      className="claim-mark"
      data-depth={Math.min(piece.claimIds.length, 3)}
      data-claim-ids={piece.claimIds.join(' ')}
      data-opens={opens.join(' ') || undefined}
      data-order={order.join(' ')}
      data-selected={isSelected || undefined}
    >
      {opens.length === 0 ? (
        piece.text
      ) : (
        // A <button> cannot wrap across lines inside a paragraph; an inline span can.
        // biome-ignore lint/a11y/useSemanticElements: see above
        <span
          className="claim-handle"
          role="button"
          tabIndex={0}
          aria-label={`${opens.length === 1 ? 'Claim' : 'Claims'}: ${names.join('; ')}`}
          aria-current={selectedId !== null && opens.includes(selectedId) ? 'true' : undefined}
          title={names.join('\n')}
        >
          {piece.text}
        </span>
      )}
    </mark>
  )
}

/** The focusable highlight of a claim (in its first piece), if it is drawn in `container`. */
export function findHighlight(container: ParentNode | null | undefined, claimId: string): HTMLElement | null {
  const selector = `mark[data-opens~="${CSS.escape(claimId)}"] > [role="button"]`
  return container?.querySelector<HTMLElement>(selector) ?? null
}

interface ArticleBodyProps {
  ref?: Ref<HTMLDivElement>
  title: string
  body: string
  /** Claims to highlight: placed (not orphaned) and inside the body. */
  claims: readonly ClaimInArticle[]
  selectedId: string | null
  onSelect: (claimId: string) => void
}

/**
 * The article text with every placed claim highlighted in place. Each run of text covered by the
 * same claims is one <mark>; the first run of each claim holds a focusable button named after it.
 * Activating a run covered by several claims steps through them, innermost first.
 */
export function ArticleBody({ ref, title, body, claims, selectedId, onSelect }: ArticleBodyProps) {
  const ranges = useMemo(
    () => claims.map((c) => ({ id: c.id, start: c.anchor.start, end: c.anchor.end })),
    [claims],
  )
  const paragraphs = useMemo(() => {
    const laid = layoutParagraphs(body, segmentText(body, ranges))
    // Imported bodies often repeat the headline as their first line; it is already the page's <h1>.
    const [first] = laid
    const repeatsTitle =
      first?.pieces.every((p) => p.claimIds.length === 0) &&
      body.slice(first.start, first.end).trim() === title.trim()
    return repeatsTitle ? laid.slice(1) : laid
  }, [body, ranges, title])
  const headlines = useMemo(() => new Map(claims.map((c) => [c.id, c.headline])), [claims])
  const selectedStart = selectedId === null ? null : (ranges.find((r) => r.id === selectedId)?.start ?? null)
  // A long article is drawn a slice per task (progressive-paragraphs.ts), the selected claim at once.
  const drawn = useProgressiveCount(body, paragraphs, selectedStart)
  const complete = drawn === paragraphs.length

  function activate(mark: HTMLElement) {
    const order = mark.dataset.order?.split(' ').filter(Boolean) ?? []
    const next = nextInCycle(order, selectedId)
    if (next) onSelect(next)
  }

  // One listener for all highlights: continuation runs are clickable too, but only the first run of
  // each claim is a tab stop, so a long claim is one stop and not one per run.
  function handleClick(event: MouseEvent<HTMLDivElement>) {
    // A drag that selects text to copy is not a request to open the claim.
    if (window.getSelection()?.isCollapsed === false) return
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-order]')
    if (mark && event.currentTarget.contains(mark)) activate(mark)
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' && event.key !== ' ') return
    const handle = event.target as HTMLElement
    const mark = handle.matches('[role="button"]') ? handle.closest<HTMLElement>('mark[data-order]') : null
    if (mark) {
      event.preventDefault()
      activate(mark)
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated handler for the marks inside; each claim's keyboard stop is the role="button" span in its first mark
    <div
      ref={ref}
      className="article-body"
      // Still drawing the rest of a long text: assistive technology waits, tests and effects can tell.
      aria-busy={!complete || undefined}
      data-complete={complete || undefined}
      onClick={handleClick}
      onKeyDown={handleKeyDown}
    >
      {(complete ? paragraphs : paragraphs.slice(0, drawn)).map((paragraph) => (
        <ArticleParagraph
          key={paragraph.start}
          paragraph={paragraph}
          ranges={ranges}
          headlines={headlines}
          // Only the paragraphs that draw the selected claim hear of it: selecting another claim
          // re-renders those two, not the article.
          selectedId={selectedId !== null && draws(paragraph, selectedId) ? selectedId : null}
        />
      ))}
    </div>
  )
}
