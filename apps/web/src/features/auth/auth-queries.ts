import { type LoginRequest, LoginResponseSchema, type Me, MeSchema } from '@claimtrail/contracts'
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { ApiRequestError, api, read, setCsrfToken, succeed } from '../../api/api-client.ts'

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
}

/** Who is logged in: `{ user: null }` for an anonymous reader. */
export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => read(api.GET('/api/v1/auth/me', { signal }), MeSchema),
  })

const isAuthQuery = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] === authKeys.all[0]

/**
 * Forgets everything fetched under the previous session: what a logged-in user saw (drafts, the
 * accounts list) must not show after logout, and an anonymous view must not hide drafts after login.
 * Pages on screen fetch again with the new rights; the rest is dropped.
 */
export function dropSessionData(queryClient: QueryClient, me: Me): void {
  queryClient.setQueryData(authKeys.me(), me)
  queryClient.removeQueries({ predicate: (q) => !isAuthQuery(q), type: 'inactive' })
  void queryClient.resetQueries({ predicate: (q) => !isAuthQuery(q), type: 'active' })
  // Finished mutations keep their variables (a new account's password): drop those too.
  const mutations = queryClient.getMutationCache()
  for (const mutation of mutations.getAll()) {
    if (mutation.state.status !== 'pending') mutations.remove(mutation)
  }
}

/** The session is gone (logout, expiry): no token, no user, no data fetched with it. */
export function endSession(queryClient: QueryClient): void {
  setCsrfToken(null)
  dropSessionData(queryClient, { user: null })
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (credentials: LoginRequest) =>
      // Login starts the session the token belongs to, so it goes without one (CSRF_EXEMPT_PATHS).
      read(api.POST('/api/v1/auth/login', { body: credentials }), LoginResponseSchema),
    // The login page shows a wrong password itself; it is not an expired session.
    meta: { handlesUnauthorized: true },
    // The password is in the variables: do not keep it once the login page is gone.
    gcTime: 0,
    onSuccess: ({ user, csrfToken }) => {
      setCsrfToken(csrfToken)
      dropSessionData(queryClient, { user })
    },
  })
}

export function useLogout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: async () => {
      try {
        await succeed(api.POST('/api/v1/auth/logout'))
      } catch (error) {
        // Already logged out (expired, or ended in another tab): that is what the user asked for.
        if (!(error instanceof ApiRequestError && error.isUnauthorized)) throw error
      }
    },
    meta: { handlesUnauthorized: true },
    onSuccess: async () => {
      // Leave the page first: a page for logged-in users would otherwise send the reader to log in.
      await navigate('/', { replace: true })
      endSession(queryClient)
    },
  })
}
