import type { Role } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, Navigate, Outlet, useLocation } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { meQueryOptions } from './auth-queries.ts'
import { loginPath } from './next-path.ts'
import { hasRole, ROLE_LABELS } from './roles.ts'
import type { LoginRedirectState } from './session-expiry.ts'

/**
 * Guards the pages below it: an anonymous visitor is sent to log in (and back), a user without the
 * role is told so. The API checks again on every call; this only spares users a page that cannot work.
 */
export function RequireRole({ minimum }: { minimum: Role }) {
  const me = useQuery(meQueryOptions())
  const location = useLocation()
  // Whether this page was open to a logged-in user: if the session then ends, whoever ended it
  // (logout, a 401) is already taking the user elsewhere, with their own reason, and must not be
  // overtaken by a second redirect from here.
  const [hadUser, setHadUser] = useState(false)
  if (me.data?.user && !hadUser) setHadUser(true)

  if (me.data === undefined) {
    if (me.isPending) return <LoadingState label="Checking your account…" />
    // A 401 is already on its way to the login page.
    if (me.error instanceof ApiRequestError && me.error.isUnauthorized) return null
    return (
      <section className="page">
        <ErrorState
          title="Your account could not be checked"
          error={me.error}
          onRetry={() => void me.refetch()}
          isRetrying={me.isFetching}
        />
      </section>
    )
  }

  const { user } = me.data
  if (!user && hadUser) {
    return (
      <section className="page state-page" aria-labelledby="session-ended-heading">
        <title>Logged out · Claimtrail</title>
        <h1 id="session-ended-heading">You are no longer logged in</h1>
        <p>
          <Link to={loginPath(location)}>Log in again</Link> to come back to this page.
        </p>
      </section>
    )
  }
  if (!user) {
    return (
      <Navigate
        to={loginPath(location)}
        replace
        state={{ reason: 'LOGIN_REQUIRED' } satisfies LoginRedirectState}
      />
    )
  }
  if (!hasRole(user, minimum)) {
    return (
      <section className="page state-page" aria-labelledby="forbidden-heading">
        <title>Not allowed · Claimtrail</title>
        <h1 id="forbidden-heading">You cannot open this page</h1>
        <p>
          This page is for {minimum === 'admin' ? 'admins' : `${ROLE_LABELS[minimum].toLowerCase()}s`} only.
          You are logged in as {user.displayName} ({ROLE_LABELS[user.role]}).
        </p>
        <p>
          <Link to="/articles">Go to the articles</Link>
        </p>
      </section>
    )
  }
  return <Outlet />
}

/** The guard of the /admin pages (a route component: routes load it on demand). */
export function RequireAdmin() {
  return <RequireRole minimum="admin" />
}

/** The guard of the /desk pages: the fact-checkers' workspace (editors and admins too). */
export function RequireDesk() {
  return <RequireRole minimum="checker" />
}

/** The guard of the editors' pages (dashboard, review): editors and admins. */
export function RequireEditor() {
  return <RequireRole minimum="editor" />
}
