/**
 * Where to go after logging in. `next` comes from the address bar, so anyone can craft it: only a
 * path on this site is accepted (never `//evil.example`, `/\evil.example`, `javascript:` or a full
 * URL), and never the login page itself.
 */
export const LOGIN_PATH = '/login'
export const DEFAULT_NEXT = '/'

// Any origin will do: it only tells a path on this site from a path that leaves it.
const BASE = 'https://claimtrail.invalid'

export function safeNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith('/')) return DEFAULT_NEXT
  let url: URL
  try {
    // The URL parser drops tabs and newlines and reads `\` as `/`, exactly as the browser would.
    url = new URL(raw, BASE)
  } catch {
    return DEFAULT_NEXT
  }
  if (url.origin !== BASE) return DEFAULT_NEXT
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith(`${LOGIN_PATH}/`)) return DEFAULT_NEXT
  return `${url.pathname}${url.search}${url.hash}`
}

/** The login page, coming back to `from` (a path with its query and hash) afterwards. */
export function loginPath(from?: { pathname: string; search?: string; hash?: string } | string): string {
  const path =
    typeof from === 'string' ? from : from && `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`
  const next = safeNextPath(path)
  return next === DEFAULT_NEXT ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`
}
