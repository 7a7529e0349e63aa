import type { User } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from 'react-aria-components'
import { ApiRequestError } from '../../api/api-client.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ListQueryStates } from '../../ui/query-states.tsx'
import { meQueryOptions } from '../auth/auth-queries.ts'
import { ROLE_LABELS } from '../auth/roles.ts'
import { NewAccountDialog } from './new-account-dialog.tsx'
import { ResetLinkDialog } from './reset-link-dialog.tsx'
import { RoleSelect } from './role-select.tsx'
import { type UserChange, userListQuery, useUpdateUser } from './users-queries.ts'

/** What the last change did: said in a live region (done) or an alert (refused). */
type Outcome =
  | { kind: 'done'; text: string }
  | { kind: 'conflict'; text: string }
  | { kind: 'failed'; text: string }

export function UsersPage() {
  const users = useQuery(userListQuery())
  const me = useQuery(meQueryOptions())
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  async function reload() {
    await users.refetch()
    setOutcome(null)
  }

  return (
    <section className="page page-wide" aria-labelledby="users-heading">
      <title>Users · Claimtrail</title>
      <div className="page-heading">
        <h1 id="users-heading">Users</h1>
        <NewAccountDialog
          onCreated={(user) =>
            setOutcome({ kind: 'done', text: `Account created for ${user.displayName} (${user.email}).` })
          }
        />
      </div>
      <p className="muted">
        Accounts of the desk. Fact-checkers draft claims, editors review and publish, admins manage accounts.
      </p>

      <div role="status" className="status-line">
        {outcome?.kind === 'done' ? outcome.text : null}
      </div>
      {outcome && outcome.kind !== 'done' && (
        <div className="form-alert" role="alert">
          <p>{outcome.text}</p>
          {outcome.kind === 'conflict' && (
            <Button className="button" onPress={reload} isPending={users.isFetching}>
              Reload accounts
            </Button>
          )}
        </div>
      )}

      <ListQueryStates
        query={users}
        loading="Loading accounts…"
        errorTitle="The accounts could not be loaded"
        emptyTitle="No accounts yet"
        empty={<p>Create the first account with “New account”.</p>}
      >
        {(items) => (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Accounts</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    isSelf={user.id === me.data?.user?.id}
                    onOutcome={setOutcome}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ListQueryStates>
    </section>
  )
}

function UserRow({
  user,
  isSelf,
  onOutcome,
}: {
  user: User
  isSelf: boolean
  onOutcome: (outcome: Outcome | null) => void
}) {
  const update = useUpdateUser()
  const [confirming, setConfirming] = useState(false)
  // While a role change is on its way, the select shows the role asked for.
  const role = update.isPending && update.variables.role ? update.variables.role : user.role

  function change(change: Omit<UserChange, 'userId' | 'version'>, done: string) {
    onOutcome(null)
    update.mutate(
      // The version this page read: if someone changed the account since, the API refuses (409).
      { userId: user.id, version: user.version, ...change },
      {
        onSuccess: () => onOutcome({ kind: 'done', text: done }),
        onError: (error) =>
          onOutcome(
            error instanceof ApiRequestError && error.isConflict
              ? {
                  kind: 'conflict',
                  text: `${user.displayName}’s account was changed by someone else, so your change was not saved. Reload the accounts to see the current version.`,
                }
              : { kind: 'failed', text: `Could not change ${user.displayName}’s account: ${error.message}` },
          ),
        onSettled: () => setConfirming(false),
      },
    )
  }

  const action = user.active ? 'Deactivate' : 'Reactivate'
  return (
    <tr data-inactive={!user.active || undefined}>
      <th scope="row">
        {user.displayName}
        {isSelf && <span className="tag">You</span>}
      </th>
      <td>{user.email}</td>
      <td>
        {isSelf ? (
          // The API refuses to let admins demote or deactivate themselves: nothing to offer here.
          ROLE_LABELS[user.role]
        ) : (
          <RoleSelect
            label={`Role of ${user.displayName}`}
            labelHidden
            value={role}
            isDisabled={update.isPending}
            onChange={(next) => {
              if (next !== user.role)
                change({ role: next }, `${user.displayName} is now ${ROLE_LABELS[next]}.`)
            }}
          />
        )}
      </td>
      <td>
        <span className="badge status-badge" data-status={user.active ? 'published' : 'retracted'}>
          {user.active ? 'Active' : 'Deactivated'}
        </span>
      </td>
      <td>
        {isSelf ? (
          <span className="muted">Your account</span>
        ) : (
          <>
            <ResetLinkDialog user={user} />{' '}
            <Button className="link-button" onPress={() => setConfirming(true)} isDisabled={update.isPending}>
              {action}
              <span className="visually-hidden"> {user.displayName}</span>
            </Button>
            <ConfirmDialog
              isOpen={confirming}
              onOpenChange={setConfirming}
              title={`${action} ${user.displayName}?`}
              confirmLabel={user.active ? 'Deactivate account' : 'Reactivate account'}
              tone={user.active ? 'danger' : 'default'}
              isPending={update.isPending}
              onConfirm={() =>
                change(
                  { active: !user.active },
                  `${user.displayName} was ${user.active ? 'deactivated' : 'reactivated'}.`,
                )
              }
            >
              <p>
                {user.active
                  ? `${user.displayName} (${user.email}) will be logged out at once and will not be able to log in until the account is reactivated. Their work stays.`
                  : `${user.displayName} (${user.email}) will be able to log in again as ${ROLE_LABELS[user.role]}.`}
              </p>
            </ConfirmDialog>
          </>
        )}
      </td>
    </tr>
  )
}
