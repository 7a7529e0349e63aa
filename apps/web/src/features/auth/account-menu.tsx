import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { Link, useLocation } from 'react-router'
import { meQueryOptions } from './auth-queries.ts'
import { LOGIN_PATH, loginPath } from './next-path.ts'
import { ROLE_LABELS } from './roles.ts'

// The menu's overlay code is only for the desk: anonymous readers of the public pages do not load it.
const UserMenu = lazy(async () => ({ default: (await import('./user-menu.tsx')).UserMenu }))

/** The header's account corner: who is logged in, with a menu to log out; or a link to log in. */
export function AccountMenu() {
  const me = useQuery(meQueryOptions())
  const location = useLocation()

  // Until the API says who this is, show nothing rather than a "Log in" that may be wrong.
  if (me.data === undefined) return null
  const { user } = me.data
  if (!user) {
    if (location.pathname === LOGIN_PATH) return null
    return (
      <Link to={loginPath(location)} className="header-link">
        Log in
      </Link>
    )
  }
  return (
    <Suspense
      fallback={
        <span className="account-button" aria-busy="true">
          <span className="account-name">{user.displayName}</span>
          <span className="account-role">{ROLE_LABELS[user.role]}</span>
        </span>
      }
    >
      <UserMenu user={user} />
    </Suspense>
  )
}
