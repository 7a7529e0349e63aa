import { describe, expect, it } from 'vitest'
import { jsonLdText } from './json-ld.ts'

describe('jsonLdText', () => {
  const hostile = { headline: 'a </script><script>alert(1)</script> <!-- b --> & \u2028 c' }

  it('leaves nothing that could end or confuse the script element', () => {
    const text = jsonLdText(hostile)
    expect(text).not.toMatch(/<|>|&|\u2028/)
    expect(text.toLowerCase()).not.toContain('</script')
    expect(text).not.toContain('<!--')
  })

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonLdText(hostile))).toEqual(hostile)
  })
})
