import type { ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { ApiRequestError } from '../api/api-client.ts'
import { LoadingState } from './loading-state.tsx'

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  )
}

/** Shows what went wrong in the API's own words, with the request id to quote, and a retry. */
export function ErrorState({
  title,
  error,
  onRetry,
  isRetrying = false,
}: {
  title: string
  error: unknown
  onRetry: () => void
  isRetrying?: boolean
}) {
  const message = error instanceof Error ? error.message : 'Something unexpected happened.'
  const requestId = error instanceof ApiRequestError ? error.requestId : null
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p>{message}</p>
      {requestId && (
        <p className="muted">
          Request id: <code>{requestId}</code>
        </p>
      )}
      <Button className="button" onPress={onRetry} isPending={isRetrying}>
        {isRetrying ? 'Retrying…' : 'Try again'}
      </Button>
    </div>
  )
}

type ListQuery<Item> = {
  isPending: boolean
  isError: boolean
  isFetching: boolean
  error: unknown
  data: { items: Item[] } | undefined
  refetch: () => unknown
}

/**
 * The four states every list page has, in one place: loading, the API's error with a retry, the
 * empty list with what to do about it, and the items. Pages say only their own words.
 */
export function ListQueryStates<Item>({
  query,
  loading,
  errorTitle,
  emptyTitle,
  empty,
  children,
}: {
  query: ListQuery<Item>
  loading: string
  errorTitle: string
  emptyTitle: string
  empty?: ReactNode
  children: (items: Item[]) => ReactNode
}) {
  if (query.isPending) return <LoadingState label={loading} />
  if (query.isError || !query.data) {
    return (
      <ErrorState
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  }
  if (query.data.items.length === 0) return <EmptyState title={emptyTitle}>{empty}</EmptyState>
  return <>{children(query.data.items)}</>
}
