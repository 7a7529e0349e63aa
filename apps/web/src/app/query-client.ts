import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiRequestError } from '../api/api-client.ts'

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: AppMeta
    mutationMeta: AppMeta
  }
}

interface AppMeta extends Record<string, unknown> {
  /** The caller shows a 401 itself (the login form's "incorrect password"); do not send it to login. */
  handlesUnauthorized?: boolean
}

export interface QueryClientOptions {
  /** A call answered 401: the session is missing or expired. */
  onUnauthorized?: (error: ApiRequestError) => void
}

export function createQueryClient({ onUnauthorized }: QueryClientOptions = {}) {
  const unauthorized = (error: unknown, meta: AppMeta | undefined) => {
    if (error instanceof ApiRequestError && error.isUnauthorized && !meta?.handlesUnauthorized) {
      onUnauthorized?.(error)
    }
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => unauthorized(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => unauthorized(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer (not found, forbidden, invalid) will not change on retry; network and 5xx may.
        retry: (failureCount, error) =>
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
      },
    },
  })
}
