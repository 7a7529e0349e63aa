import type { QueryClient } from '@tanstack/react-query'
import type { createBrowserRouter } from 'react-router'
import type { ApiRequestError } from '../../api/api-client.ts'
import { endSession } from './auth-queries.ts'
import { LOGIN_PATH, loginPath } from './next-path.ts'

type Router = ReturnType<typeof createBrowserRouter>

/** Why the login page was shown, so it can say so (router state, not the address: it is not a link). */
export interface LoginRedirectState {
  reason: string
}

/**
 * A 401 from any call: the session expired or was never there. The user goes to the login page
 * and comes back to where they were afterwards.
 */
export function sendToLogin(router: Router, queryClient: QueryClient, error: ApiRequestError): void {
  const { location, navigation } = router.state
  // Several calls of one page can fail together; the first one is enough.
  if (navigation.location?.pathname === LOGIN_PATH) return
  // Already there (a stale cookie on opening the login page): only forget the session.
  if (location.pathname === LOGIN_PATH) {
    endSession(queryClient)
    return
  }
  void router
    .navigate(loginPath(navigation.location ?? location), {
      replace: true,
      state: { reason: error.code } satisfies LoginRedirectState,
    })
    .then(() => endSession(queryClient))
}
