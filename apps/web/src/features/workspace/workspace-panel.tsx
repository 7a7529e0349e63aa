import type { ArticleDetail, ClaimInArticle } from '@claimtrail/contracts'
import type { Ref } from 'react'
import { Button } from 'react-aria-components'
import { ClaimIndex } from '../articles/claim-index.tsx'
import { VersionComparison } from './article-versions.tsx'
import { ClaimEditor, type ClaimEditorHandle } from './claim-editor.tsx'
import { NewClaimForm } from './new-claim-form.tsx'
import type { Span } from './selection-offsets.ts'

/** What the claim panel shows when no old version is compared: the claims, or a new claim's form. */
export type PanelMode = { kind: 'list' } | { kind: 'new'; span: Span | null }

interface WorkspacePanelProps {
  article: ArticleDetail
  /** An old version shown in the text, compared here; null for the current one. */
  oldVersion: number | null
  mode: PanelMode
  selection: Span | null
  selected: ClaimInArticle | undefined
  placed: ClaimInArticle[]
  unplaced: ClaimInArticle[]
  editorRef: Ref<ClaimEditorHandle>
  onBackToCurrentVersion: () => void
  onNewClaim: () => void
  onBackToList: () => void
  onCreated: (claimId: string) => void
  onSelect: (claimId: string) => void
}

/** The claim panel's content: a version comparison, the new claim form, one claim's editor, or the list. */
export function WorkspacePanel(props: WorkspacePanelProps) {
  const { article, oldVersion, mode, selected } = props
  if (oldVersion !== null) {
    return <VersionComparison article={article} number={oldVersion} onBack={props.onBackToCurrentVersion} />
  }
  if (mode.kind === 'new') {
    return (
      <NewClaimForm
        article={article}
        initialSpan={mode.span}
        selection={props.selection}
        onCancel={props.onBackToList}
        onCreated={props.onCreated}
      />
    )
  }
  if (selected) {
    return (
      <ClaimEditor
        key={selected.id}
        ref={props.editorRef}
        claimId={selected.id}
        article={article}
        selection={props.selection}
        onClose={props.onBackToList}
      />
    )
  }
  return (
    <>
      <div className="panel-actions">
        <Button className="button" onPress={props.onNewClaim}>
          New claim
        </Button>
      </div>
      <ClaimIndex placed={props.placed} unplaced={props.unplaced} onSelect={props.onSelect} />
      {props.unplaced.length > 0 && (
        <p className="hint">Open an orphaned claim, select its new place in the text and re-anchor it.</p>
      )}
    </>
  )
}
