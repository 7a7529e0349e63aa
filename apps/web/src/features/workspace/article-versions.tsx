import type { ArticleDetail } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { ArticleBody } from '../articles/article-body.tsx'
import { textOrder } from '../articles/article-loader.tsx'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { formatDate } from '../articles/claim-labels.ts'
import { isPlaceable } from '../articles/segment-text.ts'
import { type AnchorFate, anchorFate, countFates, FATE_LABELS } from './anchor-changes.ts'
import { versionBodyQuery, versionsQuery } from './workspace-queries.ts'

// The workspace's earlier versions of an article: choosing one, reading it, and how each claim
// fared from it to the current text.

/** The article's versions, newest first; choosing an earlier one shows it read-only. */
export function VersionSwitcher({
  articleId,
  current,
  value,
  onChange,
}: {
  articleId: string
  current: number
  value: number
  onChange: (number: number) => void
}) {
  const versions = useQuery(versionsQuery(articleId))
  const items = versions.data?.items ?? [{ number: current, importedAt: '' }]
  return (
    <Select
      className="field select version-select"
      selectedKey={value}
      onSelectionChange={(key) => onChange(Number(key))}
      isDisabled={items.length < 2}
    >
      <Label>Version</Label>
      <Button className="select-button">
        <SelectValue />
        <span className="select-arrow" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox">
          {[...items].reverse().map((v) => (
            <ListBoxItem key={v.number} id={v.number} className="listbox-item">
              {`Version ${v.number}${v.number === current ? ' (current)' : ''}${v.importedAt ? ` · ${formatDate(v.importedAt)}` : ''}`}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}

/** An earlier text, read-only, with the claims still anchored in it (orphans left behind there). */
export function OldVersion({ article, number }: { article: ArticleDetail; number: number }) {
  const version = useQuery(versionBodyQuery(article.id, number))
  if (version.isPending) return <LoadingState label={`Loading version ${number}…`} />
  if (version.isError) {
    return (
      <ErrorState
        title={`Version ${number} could not be loaded`}
        error={version.error}
        onRetry={() => void version.refetch()}
        isRetrying={version.isFetching}
      />
    )
  }
  const left = article.claims
    .filter(
      (c) => c.anchor.articleVersionId === version.data.id && isPlaceable(c.anchor, version.data.body.length),
    )
    .sort(textOrder)
  return (
    <>
      <p className="notice">Version {number}, read only. Claims are marked on the current version.</p>
      <ArticleBody
        title={article.title}
        body={version.data.body}
        claims={left}
        selectedId={null}
        onSelect={() => {}}
      />
    </>
  )
}

/** How each claim fared from an earlier version to the current one. */
export function VersionComparison({
  article,
  number,
  onBack,
}: {
  article: ArticleDetail
  number: number
  onBack: () => void
}) {
  const version = useQuery(versionBodyQuery(article.id, number))
  const rows = useMemo(() => {
    if (!version.data) return []
    const previous = version.data.body
    return [...article.claims]
      .sort(textOrder)
      .map((claim) => ({ claim, fate: anchorFate(previous, claim.anchor) as AnchorFate }))
  }, [article.claims, version.data])
  const counts = countFates(rows.map((r) => r.fate))
  return (
    <div className="version-comparison">
      <Button className="link-button back-button" onPress={onBack}>
        <span aria-hidden="true">← </span>Back to the current version
      </Button>
      <h2 tabIndex={-1} data-panel-heading>
        From version {number} to version {article.version.number}
      </h2>
      {version.isPending ? (
        <LoadingState label="Comparing…" />
      ) : (
        <>
          <p>
            {counts.same} at the same place, {counts.moved} moved, {counts.changed} with changed words,{' '}
            {counts.orphaned} orphaned.
          </p>
          <ul className="plain-list fate-list" aria-label="Claims and what happened to them">
            {rows.map(({ claim, fate }) => (
              <li key={claim.id} className="fate-row">
                <span className="badge fate-badge" data-fate={fate}>
                  {FATE_LABELS[fate]}
                </span>
                <span>{claim.headline}</span>
                <StatusBadge status={claim.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
