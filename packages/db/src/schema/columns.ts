import { integer, timestamp, uuid } from 'drizzle-orm/pg-core'

// Shared column helpers: every table has a uuid key and timestamps; every mutable record carries
// an optimistic-concurrency version (docs/design.md, "Concurrency").
export const id = () => uuid().primaryKey().defaultRandom()
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow()
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow()
export const version = () => integer().notNull().default(1)
