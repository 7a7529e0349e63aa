import type { ArticleDetail, ClaimInArticle } from '@claimtrail/contracts'
import { useEffect, useEffectEvent, useMemo, useRef } from 'react'
import { Link, useSearchParams } from 'react-router'
import { stepIndex } from '../workspace/shortcuts.ts'
import { ArticleBody, findHighlight } from './article-body.tsx'
import { ArticleLoader, isNarrow, textOrder } from './article-loader.tsx'
import { ClaimDetail } from './claim-detail.tsx'
import { ClaimIndex } from './claim-index.tsx'
import { formatDate } from './claim-labels.ts'
import { isPlaceable } from './segment-text.ts'
import { useRevealClaim } from './use-reveal-claim.ts'

export function ArticleReaderPage() {
  return (
    <ArticleLoader back={{ to: '/articles', label: 'Back to the articles' }} loadingLabel="Loading article…">
      {(article) => <Reader article={article} />}
    </ArticleLoader>
  )
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.closest('input, textarea, select, [role="listbox"], [role="combobox"]') !== null)
  )
}

/** A key pressed with a modifier, in a field, or already handled: not the reader's shortcut. */
function isForOthers(event: KeyboardEvent): boolean {
  return event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)
}

function Reader({ article }: { article: ArticleDetail }) {
  const { body } = article.version
  const [searchParams, setSearchParams] = useSearchParams()
  const bodyRef = useRef<HTMLDivElement>(null)
  const panelRef = useRef<HTMLElement>(null)
  // Set when the panel's content is replaced under the user's focus (list item, back button).
  const focusPanelHeading = useRef(false)

  const { placed, unplaced } = useMemo(() => {
    const sorted = [...article.claims].sort(textOrder)
    const canPlace = (c: ClaimInArticle) => !c.anchor.orphaned && isPlaceable(c.anchor, body.length)
    return { placed: sorted.filter(canPlace), unplaced: sorted.filter((c) => !canPlace(c)) }
  }, [article.claims, body.length])

  const selectedId = searchParams.get('claim')
  const selected = article.claims.find((c) => c.id === selectedId) ?? null
  const selectedIsPlaced = selected !== null && placed.includes(selected)
  const overlapping = useMemo(
    () =>
      selected && selectedIsPlaced
        ? placed.filter(
            (c) =>
              c.id !== selected.id &&
              c.anchor.start < selected.anchor.end &&
              selected.anchor.start < c.anchor.end,
          )
        : [],
    [placed, selected, selectedIsPlaced],
  )

  // The selection lives in the URL (?claim=…) so a selected claim can be linked to.
  function setSelected(claimId: string | null) {
    setSearchParams(
      (params) => {
        if (claimId === null) params.delete('claim')
        else params.set('claim', claimId)
        return params
      },
      { replace: true, preventScrollReset: true },
    )
  }

  // Scrolls a claim's highlight into view. On a narrow screen the selected claim opens as a sheet
  // over the lower part of the text; the highlight's scroll-margin-bottom (styles.css) keeps it
  // above the sheet.
  const revealClaim = useRevealClaim(bodyRef)
  function reveal(claimId: string, { focus }: { focus: boolean }) {
    revealClaim(claimId, { focus, block: isNarrow() ? 'nearest' : 'center' })
  }

  function selectFromText(claimId: string) {
    setSelected(claimId)
    if (isNarrow()) reveal(claimId, { focus: false })
  }

  function selectFromPanel(claimId: string) {
    focusPanelHeading.current = true
    setSelected(claimId)
    reveal(claimId, { focus: false })
  }

  function closeDetail() {
    // On a narrow screen closing the sheet returns to the text, where the claim's highlight is.
    if (selectedId && isNarrow() && findHighlight(bodyRef.current, selectedId)) {
      findHighlight(bodyRef.current, selectedId)?.focus()
    } else {
      focusPanelHeading.current = true
    }
    setSelected(null)
  }

  // Runs when the panel's content changes (selectedId), after the new content is in the DOM.
  useEffect(() => {
    if (!focusPanelHeading.current) return
    focusPanelHeading.current = false
    panelRef.current?.querySelector<HTMLElement>('[data-panel-heading]')?.focus({ preventScroll: true })
  }, [selectedId])

  // j / k step through the claims in text order; Escape goes back to the list.
  const onKeyDown = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (isForOthers(event)) return
    if (event.key === 'Escape' && selectedId !== null) {
      if (panelRef.current?.contains(document.activeElement)) closeDetail()
      else setSelected(null)
      return
    }
    if (event.key !== 'j' && event.key !== 'k') return
    const at = placed.findIndex((c) => c.id === selectedId)
    const next = placed[stepIndex(placed.length, at, event.key === 'j' ? 'next-claim' : 'previous-claim')]
    if (!next) return
    event.preventDefault()
    setSelected(next.id)
    reveal(next.id, { focus: true })
  })
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const meta = [article.outlet, article.byline].filter(Boolean).join(' · ')

  return (
    <div className="reader">
      <title>{`${article.title} · Claimtrail`}</title>
      <header className="reader-header">
        <p className="breadcrumb">
          <Link to="/articles">Articles</Link>
        </p>
        <h1>{article.title}</h1>
        <p className="article-meta">
          {meta}
          {article.publishedAt && (
            <>
              {meta && ' · '}
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </>
          )}
        </p>
        <p className="article-meta muted">
          Version {article.version.number}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                Original article<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </>
          )}
        </p>
      </header>

      <div className="reader-columns" data-has-selection={selected !== null || undefined}>
        <section className="reader-text" aria-label="Article text">
          <ArticleBody
            ref={bodyRef}
            title={article.title}
            body={body}
            claims={placed}
            selectedId={selectedIsPlaced ? selectedId : null}
            onSelect={selectFromText}
          />
        </section>

        <aside ref={panelRef} className="claim-panel" aria-label="Claims">
          {selected ? (
            <ClaimDetail
              claim={selected}
              placed={selectedIsPlaced}
              overlapping={overlapping}
              onSelect={selectFromPanel}
              onClose={closeDetail}
            />
          ) : (
            <ClaimIndex placed={placed} unplaced={unplaced} onSelect={selectFromPanel} />
          )}
        </aside>
      </div>
    </div>
  )
}
