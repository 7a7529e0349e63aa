import { z } from 'zod'
import { ROLES } from './enums.ts'

export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

const Email = z.email().max(254).meta({ description: 'Login email (case-insensitive)' })
// Long enough for any passphrase, short enough that hashing it cannot be used to burn CPU.
const Password = z.string().min(1).max(1024)

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
  password: z.string().min(12, 'must be at least 12 characters').max(1024),
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
 * Writes made without a CSRF token: logging in starts the session the token belongs to. The API's
 * CSRF check and the web client both read this list.
 */
export const CSRF_EXEMPT_PATHS: readonly string[] = ['/api/v1/auth/login']
