import type { User } from '@claimtrail/contracts'
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover } from 'react-aria-components'
import { useNavigate } from 'react-router'
import { useLogout } from './auth-queries.ts'
import { ROLE_LABELS } from './roles.ts'

/** The logged-in user's name and role, opening a menu with "Log out". */
export function UserMenu({ user }: { user: User }) {
  const logout = useLogout()
  const navigate = useNavigate()
  const role = ROLE_LABELS[user.role]
  return (
    <div className="account">
      {logout.isError && (
        <p className="header-error" role="alert">
          Could not log out: {logout.error.message}
        </p>
      )}
      <MenuTrigger>
        {/* Named by its visible words, name then role (WCAG 2.5.3, label in name). */}
        <Button className="account-button">
          <span className="account-name">{user.displayName}</span>
          <span className="account-role">{role}</span>
        </Button>
        <Popover placement="bottom end" className="popover">
          <Menu
            className="menu"
            aria-label="Account"
            onAction={(key) => {
              if (key === 'logout') logout.mutate()
              if (key === 'password') void navigate('/account/password')
            }}
          >
            <MenuSection>
              <Header className="menu-header">
                Logged in as <strong>{user.email}</strong>
              </Header>
              <MenuItem id="password" className="menu-item">
                Change password
              </MenuItem>
              <MenuItem id="logout" className="menu-item">
                {logout.isPending ? 'Logging out…' : 'Log out'}
              </MenuItem>
            </MenuSection>
          </Menu>
        </Popover>
      </MenuTrigger>
    </div>
  )
}
