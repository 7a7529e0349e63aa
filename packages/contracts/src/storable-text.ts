/**
 * PostgreSQL `text` cannot hold the NUL character (U+0000): a string carrying one would fail in
 * the database as an internal error. Every request value is checked against this one rule before
 * a handler runs (apps/api/src/plugins/validator.ts), so it is refused as bad input naming the
 * field, on every route, including ones added later.
 */
export const NUL_MESSAGE = 'must not contain NUL characters (U+0000)'

type Path = (string | number)[]

/**
 * Paths of the strings inside `value` (plain objects and arrays, any depth) that contain NUL, at
 * most `limit` of them. Iterative, so a deeply nested body cannot overflow the stack; O(size).
 */
export function nulPaths(value: unknown, limit = 10): Path[] {
  const found: Path[] = []
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }]
  while (stack.length > 0 && found.length < limit) {
    const { value: current, path } = stack.pop() as { value: unknown; path: Path }
    if (typeof current === 'string') {
      if (current.includes('\u0000')) found.push(path)
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        stack.push({ value: current[index], path: [...path, index] })
      }
    } else if (current !== null && typeof current === 'object' && isPlain(current)) {
      for (const [key, item] of Object.entries(current).reverse()) {
        if (key.includes('\u0000')) found.push([...path, key])
        stack.push({ value: item, path: [...path, key] })
      }
    }
  }
  return found
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
