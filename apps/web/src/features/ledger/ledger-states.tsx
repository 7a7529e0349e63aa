import type { ReactNode } from 'react'
import { ApiRequestError } from '../../api/api-client.ts'

// The ledger's empty and error states. Same look and words as ui/query-states.tsx, with a native
// button: that module's react-aria Button would add ~15 kB (gzip) to a reader's first visit, and
// the ledger has no other use for react-aria.

export function LedgerEmpty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  )
}

export function LedgerError({
  title,
  error,
  onRetry,
  isRetrying,
}: {
  title: string
  error: unknown
  onRetry: () => void
  isRetrying: boolean
}) {
  const requestId = error instanceof ApiRequestError ? error.requestId : null
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p>{error instanceof Error ? error.message : 'Something unexpected happened.'}</p>
      {requestId && (
        <p className="muted">
          Request id: <code>{requestId}</code>
        </p>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={isRetrying}>
        {isRetrying ? 'Retrying…' : 'Try again'}
      </button>
    </div>
  )
}
