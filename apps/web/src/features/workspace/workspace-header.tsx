import type { ArticleDetail, ImportedVersion } from '@claimtrail/contracts'
import { useState } from 'react'
import { Button } from 'react-aria-components'
import { Link } from 'react-router'
import { formatDate } from '../articles/claim-labels.ts'
import { SuggestionsPanel } from '../suggestions/suggestions-panel.tsx'
import { VersionSwitcher } from './article-versions.tsx'
import { ImportVersionForm } from './import-forms.tsx'
import { importedSummary } from './imported-summary.ts'

interface WorkspaceHeaderProps {
  article: ArticleDetail
  /** The version shown, null for the current one. */
  viewNumber: number | null
  onViewNumberChange: (number: number | null) => void
  onShowShortcuts: () => void
  /** The rendered article body, where suggestions are drawn. */
  bodyElement: () => HTMLElement | null
  onSuggestionAccepted: (claimId: string) => void
}

/** The article's title and details, the version and import tools, and the suggestions. */
export function WorkspaceHeader({
  article,
  viewNumber,
  onViewNumberChange,
  onShowShortcuts,
  bodyElement,
  onSuggestionAccepted,
}: WorkspaceHeaderProps) {
  const [importing, setImporting] = useState(false)
  const [imported, setImported] = useState<ImportedVersion | null>(null)
  const current = article.version.number
  const viewingOld = viewNumber !== null && viewNumber !== current
  return (
    <header className="reader-header workspace-header">
      <p className="breadcrumb">
        <Link to="/desk">My queue</Link>
        {' · '}
        <Link to={`/articles/${article.id}`}>Reader view</Link>
      </p>
      <h1>{article.title}</h1>
      <ArticleMeta article={article} />
      <div className="workspace-toolbar">
        <VersionSwitcher
          articleId={article.id}
          current={current}
          value={viewNumber ?? current}
          onChange={(n) => onViewNumberChange(n === current ? null : n)}
        />
        <Button className="button button-secondary" onPress={() => setImporting(true)} isDisabled={importing}>
          Import new text
        </Button>
        <Button className="button button-secondary" onPress={onShowShortcuts}>
          Shortcuts (?)
        </Button>
      </div>
      {!viewingOld && (
        <SuggestionsPanel
          articleId={article.id}
          versionId={article.version.id}
          bodyElement={bodyElement}
          onAccepted={onSuggestionAccepted}
        />
      )}
      {imported && (
        <p className="status-line" role="status">
          {importedSummary(imported)}
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
              onViewNumberChange(null)
            }}
          />
        </div>
      )}
    </header>
  )
}

function ArticleMeta({ article }: { article: ArticleDetail }) {
  const meta = [article.outlet, article.byline].filter(Boolean).join(' · ')
  return (
    <p className="article-meta">
      {meta}
      {article.publishedAt && (
        <>
          {meta && ' · '}
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </>
      )}
    </p>
  )
}
