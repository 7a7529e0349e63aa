import { QueryClient } from '@tanstack/react-query'
import { ApiRequestError } from '../api/api-client.ts'

export function createQueryClient() {
  return new QueryClient({
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
