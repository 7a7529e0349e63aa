import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 256 bits of randomness, URL-safe: session tokens and CSRF secrets. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Sessions are stored by hash, so a leaked table does not leak usable cookies. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
