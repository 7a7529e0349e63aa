/**
 * PostgreSQL `text` cannot hold the NUL character (U+0000): a string carrying one would fail in
 * the database as an internal error. Every request value is checked against this one rule before
 * a handler runs (apps/api/src/plugins/validator.ts), so it is refused as bad input naming the
 * field, on every route, including ones added later.
 */
export const NUL_MESSAGE = 'must not contain NUL characters (U+0000)'

type Path = (string | number)[]
/** A value and how it was reached; paths are built only for what is reported, so O(size) overall. */
type Entry = { value: unknown; key?: string | number; parent?: Entry }

/**
 * Paths of the strings inside `value` (plain objects and arrays, any depth) that contain NUL, at
 * most `limit` of them. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function nulPaths(value: unknown, limit = 10): Path[] {
  const found: Path[] = []
  const stack: Entry[] = [{ value }]
  for (let entry = stack.pop(); entry && found.length < limit; entry = stack.pop()) {
    if (typeof entry.value === 'string') {
      if (entry.value.includes('\u0000')) found.push(pathOf(entry))
      continue
    }
    for (const child of children(entry)) {
      if (typeof child.key === 'string' && child.key.includes('\u0000')) found.push(pathOf(child))
      stack.push(child)
    }
  }
  return found.slice(0, limit)
}

/** The entries of an array or a plain object (JSON's containers), last first so they pop in order. */
function children(parent: Entry): Entry[] {
  const { value } = parent
  if (Array.isArray(value)) return value.map((item, key) => ({ value: item, key, parent })).reverse()
  if (value === null || typeof value !== 'object' || !isPlain(value)) return []
  return Object.entries(value)
    .map(([key, item]) => ({ value: item, key, parent }))
    .reverse()
}

function pathOf(entry: Entry): Path {
  const path: Path = []
  for (let at: Entry | undefined = entry; at?.key !== undefined; at = at.parent) path.push(at.key)
  return path.reverse()
}

function isPlain(value: object) {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * The same rule as a zod refinement, for schemas also parsed outside the request validator (the
 * ledger's filters, read again by the server-rendered pages).
 */
export const hasNoNul = (value: string) => !value.includes('\u0000')
