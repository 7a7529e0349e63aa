import type { ArticleDetail, ClaimInArticle, ImportedVersion } from '@claimtrail/contracts'
import {
  type KeyboardEvent as ReactKeyboardEvent,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
} from 'react'
import { Button } from 'react-aria-components'
import { Link, useSearchParams } from 'react-router'
import { ArticleBody, findHighlight } from '../articles/article-body.tsx'
import { ArticleLoader, isNarrow, textOrder } from '../articles/article-loader.tsx'
import { ClaimIndex } from '../articles/claim-index.tsx'
import { formatDate } from '../articles/claim-labels.ts'
import { isPlaceable } from '../articles/segment-text.ts'
import { SuggestionsPanel } from '../suggestions/suggestions-panel.tsx'
import { OldVersion, VersionComparison, VersionSwitcher } from './article-versions.tsx'
import { ClaimEditor, type ClaimEditorHandle } from './claim-editor.tsx'
import { ImportVersionForm } from './import-forms.tsx'
import {
  domPoint,
  moveSelection,
  type SelectionMove,
  selectionMoveFor,
  sentencesOf,
} from './keyboard-selection.ts'
import { NewClaimForm } from './new-claim-form.tsx'
import { type Span, selectionSpan, trimSpan } from './selection-offsets.ts'
import { ShortcutHelp } from './shortcut-help.tsx'
import { isTypingTarget, resolveShortcut, stepIndex } from './shortcuts.ts'
import { UnsavedChangesGuard } from './unsaved-changes-guard.tsx'
import { hasUnsavedEdits } from './unsaved-drafts.ts'

export function WorkspacePage() {
  return (
    <ArticleLoader back={{ to: '/desk', label: 'Back to my queue' }} loadingLabel="Loading the article…">
      {(article) => <Workspace article={article} />}
    </ArticleLoader>
  )
}

type PanelMode = { kind: 'list' } | { kind: 'new'; span: Span | null }

function Workspace({ article }: { article: ArticleDetail }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const bodyRef = useRef<HTMLDivElement>(null)
  const panelRef = useRef<HTMLElement>(null)
  const editorRef = useRef<ClaimEditorHandle>(null)
  const [mode, setMode] = useState<PanelMode>({ kind: 'list' })
  const [selection, setSelection] = useState<Span | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [importing, setImporting] = useState(false)
  const [imported, setImported] = useState<ImportedVersion | null>(null)
  const [viewNumber, setViewNumber] = useState<number | null>(null)
  const focusPanelHeading = useRef(false)

  const body = article.version.body
  const viewingOld = viewNumber !== null && viewNumber !== article.version.number

  const { placed, unplaced } = useMemo(() => {
    const sorted = [...article.claims].sort(textOrder)
    const fits = (c: ClaimInArticle) =>
      !c.anchor.orphaned &&
      c.anchor.articleVersionId === article.version.id &&
      isPlaceable(c.anchor, body.length)
    return { placed: sorted.filter(fits), unplaced: sorted.filter((c) => !fits(c)) }
  }, [article, body.length])

  const selectedId = searchParams.get('claim')
  const selected = selectedId ? article.claims.find((c) => c.id === selectedId) : undefined

  function setSelected(claimId: string | null) {
    setMode({ kind: 'list' })
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        if (claimId) next.set('claim', claimId)
        else next.delete('claim')
        return next
      },
      { replace: true },
    )
  }

  function reveal(claimId: string, focus: boolean) {
    const highlight = findHighlight(bodyRef.current, claimId)
    if (!highlight) return
    highlight.scrollIntoView({
      block: 'nearest',
      behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    })
    if (focus) highlight.focus({ preventScroll: true })
  }

  function selectFromPanel(claimId: string) {
    focusPanelHeading.current = true
    setSelected(claimId)
    reveal(claimId, false)
  }

  function openNewClaim() {
    if (viewingOld) return
    // Leaving a claim with unsaved edits asks first (UnsavedChangesGuard); the form opens afterwards.
    if (selectedId && hasUnsavedEdits()) {
      setSelected(null)
      return
    }
    // The form puts focus in its first field to fill itself.
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        next.delete('claim')
        return next
      },
      { replace: true },
    )
    setMode({ kind: 'new', span: selection })
  }

  function backToList() {
    focusPanelHeading.current = true
    setSelected(null)
  }

  useEffect(() => {
    if (!focusPanelHeading.current) return
    focusPanelHeading.current = false
    panelRef.current?.querySelector<HTMLElement>('[data-panel-heading]')?.focus({ preventScroll: true })
  })

  // The text selected in the article, kept as body offsets: pressing a button elsewhere (New claim,
  // Use selected text) must not lose it, while a click in the text that clears it does.
  const onSelectionChange = useEffectEvent(() => {
    const root = bodyRef.current
    const current = window.getSelection()
    if (!root || !current || viewingOld) return
    const span = selectionSpan(root, current)
    const trimmed = span && trimSpan(body, span)
    if (trimmed) setSelection(trimmed)
    else if (current.isCollapsed && current.anchorNode && root.contains(current.anchorNode))
      setSelection(null)
  })
  useEffect(() => {
    document.addEventListener('selectionchange', onSelectionChange)
    return () => document.removeEventListener('selectionchange', onSelectionChange)
  }, [])

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // The help overlay handles its own Escape.
    if (helpOpen) return
    if (event.key === 'Escape' && !event.defaultPrevented && !isTypingTarget(event.target as Element)) {
      if (mode.kind === 'new' || selectedId) backToList()
      return
    }
    const action = resolveShortcut({
      key: event.key,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      defaultPrevented: event.defaultPrevented,
      typing: helpOpen || isTypingTarget(event.target as Element | null),
    })
    if (!action) return
    event.preventDefault()
    switch (action) {
      case 'help':
        setHelpOpen(true)
        return
      case 'new-claim':
        openNewClaim()
        return
      case 'submit':
        editorRef.current?.submit()
        return
      case 'next-claim':
      case 'previous-claim': {
        const at = stepIndex(
          placed.length,
          placed.findIndex((c) => c.id === selectedId),
          action,
        )
        const next = placed[at]
        if (!next) return
        setSelected(next.id)
        reveal(next.id, true)
      }
    }
  })
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  // Keyboard selection in the article text (keyboard-selection.ts): the sentences are found on the
  // first key press, not on every render of a long article.
  const sentences = useRef<{ body: string; spans: ReturnType<typeof sentencesOf> } | null>(null)

  /** Where the reader is: the first paragraph in view, for a first sentence move. */
  function caretOffset(): number {
    const root = bodyRef.current
    if (!root) return 0
    const top =
      root.closest('.reader-text')?.querySelector('.selection-bar')?.getBoundingClientRect().bottom ?? 0
    for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
      if (p.getBoundingClientRect().bottom > Math.max(top, 0)) return Number(p.dataset.start)
    }
    return 0
  }

  function showSelection(span: Span) {
    const root = bodyRef.current
    const current = window.getSelection()
    if (!root || !current) return
    const from = domPoint(root, span.start)
    const to = domPoint(root, span.end)
    if (!from || !to) return
    current.setBaseAndExtent(from.node, from.offset, to.node, to.offset)
    const focusElement = to.node.parentElement
    focusElement?.scrollIntoView({ block: 'nearest' })
  }

  function onArticleKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    if (viewingOld || event.defaultPrevented) return
    // Keys pressed on the selection bar's button or a claim's highlight are theirs.
    const target = event.target as HTMLElement
    if (target !== event.currentTarget && target.closest('button, [role="button"], a')) return
    const move: SelectionMove | null = selectionMoveFor(event)
    if (move) {
      event.preventDefault()
      if (sentences.current?.body !== body) sentences.current = { body, spans: sentencesOf(body) }
      const next = moveSelection(body, sentences.current.spans, selection, move, caretOffset())
      if (next) showSelection(next)
      return
    }
    if (event.key === 'Enter' && event.target === event.currentTarget && selection) {
      event.preventDefault()
      openNewClaim()
    }
  }

  const meta = [article.outlet, article.byline].filter(Boolean).join(' · ')
  const selectedText = selection ? body.slice(selection.start, selection.end) : ''

  return (
    <div className="reader workspace">
      <title>{`${article.title} · Workspace · Claimtrail`}</title>
      <header className="reader-header workspace-header">
        <p className="breadcrumb">
          <Link to="/desk">My queue</Link>
          {' · '}
          <Link to={`/articles/${article.id}`}>Reader view</Link>
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
        <div className="workspace-toolbar">
          <VersionSwitcher
            articleId={article.id}
            current={article.version.number}
            value={viewNumber ?? article.version.number}
            onChange={(n) => setViewNumber(n === article.version.number ? null : n)}
          />
          <Button
            className="button button-secondary"
            onPress={() => setImporting(true)}
            isDisabled={importing}
          >
            Import new text
          </Button>
          <Button className="button button-secondary" onPress={() => setHelpOpen(true)}>
            Shortcuts (?)
          </Button>
        </div>
        {!viewingOld && (
          <SuggestionsPanel
            articleId={article.id}
            versionId={article.version.id}
            bodyElement={() => bodyRef.current}
            onAccepted={setSelected}
          />
        )}
        {imported && (
          <p className="status-line" role="status">
            {imported.created
              ? `Version ${imported.version.number} imported. Claims: ${imported.reanchored.position} at the same place, ${imported.reanchored.moved} moved, ${imported.reanchored.fuzzy} matched approximately, ${imported.reanchored.orphaned} orphaned.`
              : `The text is the same as version ${imported.version.number}: nothing changed.`}
          </p>
        )}
        {importing && (
          <div className="import-panel">
            <ImportVersionForm
              articleId={article.id}
              onCancel={() => setImporting(false)}
              onImported={(result) => {
                setImporting(false)
                setImported(result)
                setViewNumber(null)
              }}
            />
          </div>
        )}
      </header>

      <div
        className="reader-columns"
        data-has-selection={selected !== undefined || mode.kind === 'new' || undefined}
      >
        {/* The text is a tab stop: from there the arrow keys select sentences and words. */}
        <section
          className="reader-text"
          aria-label="Article text"
          aria-describedby="keyboard-select-help"
          tabIndex={viewingOld ? undefined : 0}
          onKeyDown={onArticleKeyDown}
        >
          <p id="keyboard-select-help" className="visually-hidden">
            Arrow keys select sentences, Shift with the arrows adjusts the selection, Enter marks a claim.
          </p>
          {viewingOld && viewNumber !== null ? (
            <OldVersion article={article} number={viewNumber} />
          ) : (
            <>
              <div className="selection-bar" aria-live="polite">
                {selection ? (
                  <>
                    <span className="selection-text">
                      Selected:{' '}
                      <q>{selectedText.length > 80 ? `${selectedText.slice(0, 80)}…` : selectedText}</q>
                    </span>
                    <Button className="button" onPress={openNewClaim}>
                      New claim from selection
                    </Button>
                  </>
                ) : (
                  <span className="muted">
                    Select words in the text (with the mouse, or Tab to the text and use the arrow keys) to
                    mark a claim (<kbd>n</kbd>); <kbd>?</kbd> for shortcuts.
                  </span>
                )}
              </div>
              <ArticleBody
                ref={bodyRef}
                title={article.title}
                body={body}
                claims={placed}
                selectedId={selected && placed.includes(selected) ? selected.id : null}
                onSelect={(id) => {
                  setSelected(id)
                  if (isNarrow()) reveal(id, false)
                }}
              />
            </>
          )}
        </section>

        <aside ref={panelRef} className="claim-panel" aria-label="Claims">
          {viewingOld && viewNumber !== null ? (
            <VersionComparison article={article} number={viewNumber} onBack={() => setViewNumber(null)} />
          ) : mode.kind === 'new' ? (
            <NewClaimForm
              article={article}
              initialSpan={mode.span}
              selection={selection}
              onCancel={backToList}
              onCreated={(id) => {
                window.getSelection()?.removeAllRanges()
                setSelection(null)
                focusPanelHeading.current = true
                setSelected(id)
              }}
            />
          ) : selected ? (
            <ClaimEditor
              key={selected.id}
              ref={editorRef}
              claimId={selected.id}
              article={article}
              selection={selection}
              onClose={backToList}
            />
          ) : (
            <>
              <div className="panel-actions">
                <Button className="button" onPress={openNewClaim}>
                  New claim
                </Button>
              </div>
              <ClaimIndex placed={placed} unplaced={unplaced} onSelect={selectFromPanel} />
              {unplaced.length > 0 && (
                <p className="hint">
                  Open an orphaned claim, select its new place in the text and re-anchor it.
                </p>
              )}
            </>
          )}
        </aside>
      </div>
      <ShortcutHelp isOpen={helpOpen} onOpenChange={setHelpOpen} />
      <UnsavedChangesGuard />
    </div>
  )
}
