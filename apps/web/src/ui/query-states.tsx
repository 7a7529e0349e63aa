import type { ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { ApiRequestError } from '../api/api-client.ts'

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
