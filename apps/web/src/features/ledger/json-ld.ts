/**
 * JSON for a `<script type="application/ld+json">` data block. The HTML parser ends a script at
 * `</script` and enters an escaped state at `<!--` whatever the JSON means, so every `<`, `>` and
 * `&` in any text is written as a JSON \u escape (the same string to a JSON parser); U+2028 and
 * U+2029 too, for consumers that evaluate the block as JavaScript.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
