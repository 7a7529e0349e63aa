import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { createdAt, id, updatedAt, version } from './columns.ts'
import { roleEnum } from './enums.ts'

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text().notNull(),
    displayName: text().notNull(),
    role: roleEnum().notNull(),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Emails are compared case-insensitively: one account per address whatever its case.
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check('users_email_shape', sql`${t.email} ~ '^[^@[:space:]]+@[^@[:space:]]+$'`),
  ],
)

/** Server-side sessions: the API stays stateless, so any process can serve any request. */
export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a leaked table does not leak usable cookies.
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    // Synchronizer token for CSRF protection; sent back in the x-csrf-token header.
    csrfSecret: text().notNull(),
    userAgent: text(),
    ip: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
)

/**
 * Login attempts per key (`ip:<addr>` or `account:<email>`) in fixed windows. Kept in PostgreSQL so
 * every API process behind a load balancer counts the same attempts.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    failures: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex('login_attempts_key_window').on(t.key, t.windowStart),
    index('login_attempts_window_idx').on(t.windowStart),
  ],
)

/**
 * One-time password reset codes an admin issues for an account (no e-mail server is assumed: the
 * admin hands the link over). Stored by hash like sessions; a code works once, before it expires.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
)
