import { describe, expect, it } from 'vitest'
import { sourceOf } from './import-source-fields.tsx'

describe('sourceOf', () => {
  it('asks for something to import', () => {
    expect(sourceOf('text', '  ')).toEqual({ error: 'Paste the article’s text' })
    expect(sourceOf('url', '')).toEqual({ error: 'Enter the article’s address' })
  })

  it('takes http(s) addresses only', () => {
    expect(sourceOf('url', ' https://example.test/a ')).toEqual({
      source: { format: 'url', url: 'https://example.test/a' },
    })
    expect(sourceOf('url', 'ftp://example.test')).toEqual({ error: 'Enter an http:// or https:// address' })
  })

  it('keeps pasted text and HTML as they are', () => {
    expect(sourceOf('text', ' Line\n')).toEqual({ source: { format: 'text', text: ' Line\n' } })
    expect(sourceOf('html', '<p>x</p>')).toEqual({ source: { format: 'html', html: '<p>x</p>' } })
  })
})
