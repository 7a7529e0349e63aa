import type { Role } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { Link, NavLink, Outlet } from 'react-router'
import { AccountMenu } from '../features/auth/account-menu.tsx'
import { meQueryOptions } from '../features/auth/auth-queries.ts'
import { hasRole } from '../features/auth/roles.ts'

interface NavItem {
  to: string
  label: string
  /** Shown only to users with at least this role; everyone sees an item without one. */
  minimum?: Role
}

// Only pages that exist: a page adds its link here when it is built.
const NAV_ITEMS: NavItem[] = [
  { to: '/articles', label: 'Articles' },
  { to: '/ledger', label: 'Ledger' },
  { to: '/desk', label: 'My queue', minimum: 'checker' },
  { to: '/review', label: 'Review', minimum: 'editor' },
  { to: '/dashboard', label: 'Dashboard', minimum: 'editor' },
  { to: '/watch', label: 'Watch', minimum: 'editor' },
  { to: '/admin/users', label: 'Users', minimum: 'admin' },
  { to: '/admin/rating-scales', label: 'Rating scales', minimum: 'admin' },
]

export function RootLayout() {
  const me = useQuery(meQueryOptions())
  const user = me.data?.user ?? null
  const items = NAV_ITEMS.filter((item) => !item.minimum || hasRole(user, item.minimum))

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            Claimtrail
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={false}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
