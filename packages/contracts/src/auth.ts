import { z } from 'zod'
import { ROLES } from './enums.ts'

export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

const Email = z.email().max(254).meta({ description: 'Login email (case-insensitive)' })
// Long enough for any passphrase, short enough that hashing it cannot be used to burn CPU.
const Password = z.string().min(1).max(1024)

/**
 * A password being set. Its length and strength rule (packages/core `passwordProblem`) needs the
 * account's email and name, so the services apply it; this only bounds the size.
 */
const NewPassword = z.string().min(1).max(1024).meta({
  description: 'At least 12 characters and not easy to guess (common passwords, words, the account’s name)',
})

export const LoginRequestSchema = z.strictObject({ email: Email, password: Password })
export type LoginRequest = z.infer<typeof LoginRequestSchema>

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  version: z.number().int().positive(),
})
export type User = z.infer<typeof UserSchema>

export const MeSchema = z.object({ user: UserSchema.nullable() })
export type Me = z.infer<typeof MeSchema>

export const LoginResponseSchema = z.object({ user: UserSchema, csrfToken: z.string() })
export type LoginResponse = z.infer<typeof LoginResponseSchema>

export const CsrfSchema = z.object({ token: z.string() })

export const CreateUserSchema = z.strictObject({
  email: Email,
  displayName: z.string().trim().min(1).max(120),
  role: RoleSchema,
  password: NewPassword,
})
export type CreateUser = z.infer<typeof CreateUserSchema>

export const UpdateUserSchema = z.strictObject({
  version: z.number().int().positive(),
  displayName: z.string().trim().min(1).max(120).optional(),
  role: RoleSchema.optional(),
  active: z.boolean().optional(),
})
export type UpdateUser = z.infer<typeof UpdateUserSchema>

export const UserParamsSchema = z.strictObject({ userId: z.uuid() })
export const UserListSchema = z.object({ items: z.array(UserSchema) })

/**
 * Writes made without a CSRF token: logging in starts the session the token belongs to, and a
 * reset code is itself the proof a forged request would lack. The API's CSRF check and the web
 * client both read this list.
 */
export const CSRF_EXEMPT_PATHS: readonly string[] = ['/api/v1/auth/login', '/api/v1/auth/password-reset']

export const ChangePasswordSchema = z.strictObject({ currentPassword: Password, newPassword: NewPassword })
export type ChangePassword = z.infer<typeof ChangePasswordSchema>

/** A one-time reset code: 256 random bits, base64url. */
const ResetCode = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'is not a reset code')
  .meta({ description: 'The code from the reset link' })

export const PasswordResetIssuedSchema = z.object({
  code: ResetCode,
  /** Where the account's owner sets a new password: the web app's reset page, code included. */
  path: z.string(),
  expiresAt: z.iso.datetime(),
})
export type PasswordResetIssued = z.infer<typeof PasswordResetIssuedSchema>

export const RedeemPasswordResetSchema = z.strictObject({ code: ResetCode, newPassword: NewPassword })
export type RedeemPasswordReset = z.infer<typeof RedeemPasswordResetSchema>

/** The operator's `users:set-password`: the account by email, the password from stdin. */
export const SetPasswordSchema = z.strictObject({ email: Email, password: NewPassword })
export type SetPassword = z.infer<typeof SetPasswordSchema>
