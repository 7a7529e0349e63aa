import type { ArticleDetail } from '@claimtrail/contracts'
import { useEffect, useMemo, useRef, useState } from 'react'
import { ArticleBody } from '../articles/article-body.tsx'
import { ArticleLoader, isNarrow } from '../articles/article-loader.tsx'
import { useRevealClaim } from '../articles/use-reveal-claim.ts'
import { OldVersion } from './article-versions.tsx'
import type { ClaimEditorHandle } from './claim-editor.tsx'
import { placeClaims } from './placed-claims.ts'
import { SelectionBar } from './selection-bar.tsx'
import { ShortcutHelp } from './shortcut-help.tsx'
import { type ShortcutAction, stepIndex } from './shortcuts.ts'
import { UnsavedChangesGuard } from './unsaved-changes-guard.tsx'
import { hasUnsavedEdits } from './unsaved-drafts.ts'
import { useArticleKeyboard } from './use-article-keyboard.ts'
import { useSelectedClaimId } from './use-selected-claim.ts'
import { useTextSelection } from './use-text-selection.ts'
import { useWorkspaceShortcuts } from './use-workspace-shortcuts.ts'
import { WorkspaceHeader } from './workspace-header.tsx'
import { type PanelMode, WorkspacePanel } from './workspace-panel.tsx'

export function WorkspacePage() {
  return (
    <ArticleLoader back={{ to: '/desk', label: 'Back to my queue' }} loadingLabel="Loading the article…">
      {(article) => <Workspace article={article} />}
    </ArticleLoader>
  )
}

function Workspace({ article }: { article: ArticleDetail }) {
  const bodyRef = useRef<HTMLDivElement>(null)
  const panelRef = useRef<HTMLElement>(null)
  const editorRef = useRef<ClaimEditorHandle>(null)
  const [selectedId, setSelectedId] = useSelectedClaimId()
  const [mode, setMode] = useState<PanelMode>({ kind: 'list' })
  const [helpOpen, setHelpOpen] = useState(false)
  const [viewNumber, setViewNumber] = useState<number | null>(null)
  const focusPanelHeading = useRef(false)

  const body = article.version.body
  const oldVersion = viewNumber !== null && viewNumber !== article.version.number ? viewNumber : null
  const viewingOld = oldVersion !== null
  const [selection, setSelection] = useTextSelection(bodyRef, body, viewingOld)

  const { placed, unplaced } = useMemo(() => placeClaims(article), [article])
  const selected = selectedId ? article.claims.find((c) => c.id === selectedId) : undefined

  function setSelected(claimId: string | null) {
    setMode({ kind: 'list' })
    setSelectedId(claimId)
  }

  const revealClaim = useRevealClaim(bodyRef)
  const reveal = (claimId: string, focus: boolean) => revealClaim(claimId, { focus, block: 'nearest' })

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
    setSelectedId(null)
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

  function stepClaim(action: 'next-claim' | 'previous-claim') {
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

  function runShortcut(action: ShortcutAction) {
    if (action === 'help') setHelpOpen(true)
    else if (action === 'new-claim') openNewClaim()
    else if (action === 'submit') editorRef.current?.submit()
    else stepClaim(action)
  }

  useWorkspaceShortcuts({
    helpOpen,
    onEscape: () => {
      if (mode.kind === 'new' || selectedId) backToList()
    },
    onShortcut: runShortcut,
  })

  const onArticleKeyDown = useArticleKeyboard({
    bodyRef,
    body,
    selection,
    disabled: viewingOld,
    onNewClaim: openNewClaim,
  })

  return (
    <div className="reader workspace">
      <title>{`${article.title} · Workspace · Claimtrail`}</title>
      <WorkspaceHeader
        article={article}
        viewNumber={viewNumber}
        onViewNumberChange={setViewNumber}
        onShowShortcuts={() => setHelpOpen(true)}
        bodyElement={() => bodyRef.current}
        onSuggestionAccepted={setSelected}
      />

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
          {oldVersion !== null ? (
            <OldVersion article={article} number={oldVersion} />
          ) : (
            <>
              <SelectionBar body={body} selection={selection} onNewClaim={openNewClaim} />
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
          <WorkspacePanel
            article={article}
            oldVersion={oldVersion}
            mode={mode}
            selection={selection}
            selected={selected}
            placed={placed}
            unplaced={unplaced}
            editorRef={editorRef}
            onBackToCurrentVersion={() => setViewNumber(null)}
            onNewClaim={openNewClaim}
            onBackToList={backToList}
            onCreated={(id) => {
              window.getSelection()?.removeAllRanges()
              setSelection(null)
              focusPanelHeading.current = true
              setSelected(id)
            }}
            onSelect={selectFromPanel}
          />
        </aside>
      </div>
      <ShortcutHelp isOpen={helpOpen} onOpenChange={setHelpOpen} />
      <UnsavedChangesGuard />
    </div>
  )
}
