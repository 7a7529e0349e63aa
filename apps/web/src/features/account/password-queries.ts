import type { ChangePassword, RedeemPasswordReset } from '@claimtrail/contracts'
import { useMutation } from '@tanstack/react-query'
import { api, succeed } from '../../api/api-client.ts'

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePassword) => succeed(api.POST('/api/v1/auth/password', { body: input })),
    // A wrong current password is the form's to show, not an expired session.
    meta: { handlesUnauthorized: true },
    // Passwords are in the variables: not kept once the form is gone.
    gcTime: 0,
  })
}

export function useRedeemPasswordReset() {
  return useMutation({
    // The code is the proof: no session, no CSRF token (CSRF_EXEMPT_PATHS).
    mutationFn: (input: RedeemPasswordReset) =>
      succeed(api.POST('/api/v1/auth/password-reset', { body: input })),
    meta: { handlesUnauthorized: true },
    gcTime: 0,
  })
}
