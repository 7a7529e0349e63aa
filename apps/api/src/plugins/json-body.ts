import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors.ts'

/**
 * Depth of the deepest array or object in a JSON text, or `limit + 1` as soon as it goes past
 * `limit`: one pass over the characters, skipping strings, O(n) whatever the nesting.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) i = closingQuote(text, i + 1)
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

/** Index of the quote that ends the string starting at `from` (or the text's length if none). */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A backslash escapes the next character; a quote ends the string.
    if (c === 0x5c) i++
    else if (c === 0x22) return i
  }
  return text.length
}

/**
 * JSON bodies nested deeper than JSON_MAX_DEPTH are refused with a 400 before they are parsed:
 * no request of the API nests more than a few levels, and a megabyte of brackets would otherwise
 * cost the parser and the schema validation seconds of the event loop (ADR 014). Everything else
 * goes to Fastify's own parser (with its prototype-poisoning protection).
 */
export const jsonBody = fp(async (app: FastifyInstance, { maxDepth }: { maxDepth: number }) => {
  const parse = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string
    if (jsonDepthExceeds(text, maxDepth)) {
      return done(
        new AppError(
          400,
          'JSON_TOO_DEEP',
          `The JSON body is nested more than ${maxDepth} levels deep (JSON_MAX_DEPTH)`,
        ),
        undefined,
      )
    }
    return parse(request, text, done)
  })
})
