import {
  type CreateUser,
  type UpdateUser,
  type User,
  UserListSchema,
  UserSchema,
} from '@claimtrail/contracts'
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { api, read } from '../../api/api-client.ts'

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
}

type UserList = z.infer<typeof UserListSchema>

export const userListQuery = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => read(api.GET('/api/v1/users', { signal }), UserListSchema),
  })

/** Puts the API's answer in the cached list at once (the list is ordered by email, as the API orders it). */
function putUser(queryClient: QueryClient, user: User) {
  queryClient.setQueryData(userKeys.list(), (list: UserList | undefined) => {
    if (!list) return list
    const others = list.items.filter((u) => u.id !== user.id)
    return { items: [...others, user].sort((a, b) => a.email.localeCompare(b.email)) }
  })
}

export function useCreateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateUser) => read(api.POST('/api/v1/users', { body: input }), UserSchema),
    // The variables hold the new account's password: do not keep them once the dialog is gone.
    gcTime: 0,
    onSuccess: async (user) => {
      putUser(queryClient, user)
      await queryClient.invalidateQueries({ queryKey: userKeys.all })
    },
  })
}

export interface UserChange extends UpdateUser {
  userId: string
}

/** Changes a role or (de)activates an account, sending the version it was read at. */
export function useUpdateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ userId, ...change }: UserChange) =>
      read(api.PATCH('/api/v1/users/{userId}', { params: { path: { userId } }, body: change }), UserSchema),
    onSuccess: async (user) => {
      putUser(queryClient, user)
      await queryClient.invalidateQueries({ queryKey: userKeys.all })
    },
    // A 409 leaves the list as it was read: the page tells the user and offers to reload it.
  })
}
