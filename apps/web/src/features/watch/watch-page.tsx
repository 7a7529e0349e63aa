import type { Job, SourceWatchChange, WatchedSource } from '@claimtrail/contracts'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { Link } from 'react-router'
import { ListQueryStates } from '../../ui/query-states.tsx'
import { formatDateTime } from '../articles/claim-labels.ts'
import { isFinished, jobQuery } from '../jobs/jobs-queries.ts'
import { useAcknowledgeChange, useCheckNow, watchKeys, watchListQuery } from './watch-queries.ts'
import { changeWords, checkOutcomeWords, diffLineKind, statusWords } from './watch-words.ts'
import './watch.css'

/** Sources watched: imported articles and evidence links, re-checked on a schedule (ADR 021). */
export function WatchPage() {
  const watch = useQuery(watchListQuery())
  return (
    <section className="page page-wide watch" aria-labelledby="watch-heading">
      <title>Watch · Claimtrail</title>
      <div className="page-heading">
        <h1 id="watch-heading">Watch</h1>
        {watch.isSuccess && (
          <Button
            className="button button-secondary"
            onPress={() => void watch.refetch()}
            isPending={watch.isFetching}
          >
            {watch.isFetching ? 'Refreshing…' : 'Refresh'}
          </Button>
        )}
      </div>
      <p className="muted">
        Articles imported from a web address and evidence links are checked again on a schedule: a changed
        article becomes a new version, a changed or dead link is listed here.
      </p>
      <ListQueryStates
        query={watch}
        loading="Loading the watched sources…"
        errorTitle="The watched sources could not be loaded"
        emptyTitle="Nothing is watched yet"
        empty={
          <p>
            Articles imported from a web address and evidence with a link are watched once they are added.
          </p>
        }
      >
        {(items) => <WatchTable items={items} />}
      </ListQueryStates>
    </section>
  )
}

function WatchTable({ items }: { items: WatchedSource[] }) {
  return (
    <table className="watch-table">
      <caption className="visually-hidden">Watched sources</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Status</th>
          <th scope="col">Last checked</th>
          <th scope="col">Latest change</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((source) => (
          <WatchRow key={source.id} source={source} />
        ))}
      </tbody>
    </table>
  )
}

function SourceCell({ source }: { source: WatchedSource }) {
  const to = source.articleId
    ? `/articles/${source.articleId}`
    : source.claimId
      ? `/claims/${source.claimId}`
      : null
  return (
    <th scope="row">
      <span className="watch-kind">{source.kind === 'article' ? 'Article' : 'Evidence'}</span>{' '}
      {to ? <Link to={to}>{source.title}</Link> : source.title}
      <br />
      <a className="watch-url" href={source.url} target="_blank" rel="noreferrer noopener">
        {source.url}
      </a>
    </th>
  )
}

function WatchRow({ source }: { source: WatchedSource }) {
  return (
    <tr data-status={source.lastStatus ?? 'unchecked'}>
      <SourceCell source={source} />
      <td>
        {statusWords(source)}
        {source.lastError && <p className="watch-error">Last check failed: {source.lastError}</p>}
      </td>
      <td>{source.lastCheckedAt ? formatDateTime(source.lastCheckedAt) : 'Never'}</td>
      <td>{source.latestChange ? <ChangeCell change={source.latestChange} source={source} /> : 'None'}</td>
      <td>
        <CheckNow source={source} />
      </td>
    </tr>
  )
}

function ChangeCell({ change, source }: { change: SourceWatchChange; source: WatchedSource }) {
  const acknowledge = useAcknowledgeChange()
  return (
    <div className="watch-change">
      <p>
        <strong>{changeWords(change)}</strong> · {formatDateTime(change.detectedAt)}
        {source.unacknowledged > 1 && <> · {source.unacknowledged} changes not acknowledged</>}
      </p>
      {change.summary && <p className="muted watch-summary">{change.summary}</p>}
      {change.diff && <Diff diff={change.diff} title={source.title} />}
      {change.acknowledgedAt ? (
        <p className="muted">
          Acknowledged by {change.acknowledgedBy ?? 'a former user'}, {formatDateTime(change.acknowledgedAt)}
        </p>
      ) : (
        <Button
          className="button button-secondary"
          onPress={() => acknowledge.mutate(change.id)}
          isPending={acknowledge.isPending}
          aria-label={`Acknowledge the change to ${source.title}`}
        >
          Acknowledge
        </Button>
      )}
      {acknowledge.isError && (
        <p className="form-alert" role="alert">
          Could not acknowledge: {acknowledge.error.message}
        </p>
      )}
    </div>
  )
}

function Diff({ diff, title }: { diff: string; title: string }) {
  return (
    <details className="watch-diff">
      <summary>Show what changed in {title}</summary>
      <pre>
        {diff.split('\n').map((line, i) => (
          // Lines of one diff never move: the index is their identity.
          <span key={i} className={`diff-line diff-${diffLineKind(line)}`}>
            {line}
            {'\n'}
          </span>
        ))}
      </pre>
    </details>
  )
}

/** "Check now", then the job followed until it says what it found. */
function CheckNow({ source }: { source: WatchedSource }) {
  const check = useCheckNow()
  const [jobId, setJobId] = useState<string | null>(null)
  return (
    <div className="watch-check">
      <Button
        className="button"
        isPending={check.isPending || jobId !== null}
        onPress={() =>
          check.mutate(source.id, {
            onSuccess: (job) => setJobId(job.id),
          })
        }
        aria-label={`Check ${source.title} now`}
      >
        Check now
      </Button>
      {check.isError && (
        <p className="form-alert" role="alert">
          Could not start the check: {check.error.message}
        </p>
      )}
      {jobId && <CheckProgress jobId={jobId} onFinished={() => setJobId(null)} />}
      {!jobId && check.data && <CheckResult jobId={check.data.id} />}
    </div>
  )
}

function CheckProgress({ jobId, onFinished }: { jobId: string; onFinished: () => void }) {
  const queryClient = useQueryClient()
  const { data: job } = useQuery(jobQuery(jobId))
  const finished = isFinished(job)
  useEffect(() => {
    if (!finished) return
    void queryClient.invalidateQueries({ queryKey: watchKeys.all })
    onFinished()
  }, [finished, onFinished, queryClient])
  return (
    <p className="muted" role="status">
      Checking…
    </p>
  )
}

function CheckResult({ jobId }: { jobId: string }) {
  const { data: job } = useQuery(jobQuery(jobId))
  if (!job || !isFinished(job)) return null
  return (
    <p className={job.status === 'failed' ? 'watch-error' : 'muted'} role="status">
      {checkOutcomeWords(job as Job)}
    </p>
  )
}
