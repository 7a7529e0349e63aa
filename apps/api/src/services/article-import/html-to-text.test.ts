import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-to-text.ts'
import { normalisePlainText } from './plain-text.ts'

const LONG = 'The minister said the inquiry would report before the summer, according to two officials. '

const page = (article: string) => `<!doctype html>
<html lang="en"><head><title>Dong leaves caucus</title><style>p { color: red }</style>
<script>window.track = "tracking code that is not text"</script></head>
<body>
  <nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
  <div class="ad advertisement sponsored">Buy a mattress today! Advertisement</div>
  <article>${article}</article>
  <aside class="sidebar related"><h3>Most read</h3><ul><li><a href="/x">Another story</a></li></ul></aside>
  <footer>© 2023 The Paper. All rights reserved.</footer>
</body></html>`

describe('htmlToText', () => {
  it('keeps the article’s paragraphs and drops navigation, ads, scripts and styles', () => {
    const text = htmlToText(
      page(`<h1>Dong leaves caucus</h1>
      <p>First paragraph, with <b>bold</b>, <a href="/l">a link</a> &amp; an entity. ${LONG}</p>
      <p>Second   paragraph
         spread over lines. ${LONG}</p>
      <script>alert("not text")</script>
      <p>“Curly quotes” – an en dash… ${LONG}</p>`),
    )
    expect(text).toBe(
      [
        'Dong leaves caucus',
        `First paragraph, with bold, a link & an entity. ${LONG.trim()}`,
        `Second paragraph spread over lines. ${LONG.trim()}`,
        `“Curly quotes” – an en dash… ${LONG.trim()}`,
      ].join('\n\n'),
    )
    for (const junk of ['Home', 'mattress', 'Most read', 'All rights reserved', 'alert', 'track', 'color']) {
      expect(text).not.toContain(junk)
    }
  })

  it('turns line breaks into newlines and list items into paragraphs', () => {
    const text = htmlToText(
      page(`<p>${LONG}</p><p>Line one<br>Line two</p><ul><li>One ${LONG}</li><li>Two</li></ul>`),
    )
    expect(text).toContain('Line one\nLine two')
    expect(text).toContain(`One ${LONG.trim()}\n\nTwo`)
  })

  it('keeps a short page’s text without its menu', () => {
    const text = htmlToText(
      '<html><body><nav>Menu</nav><p>Short note.</p><p>Second&nbsp;line.</p></body></html>',
    )
    expect(text).toBe('Short note.\n\nSecond line.')
  })

  it('answers an empty string for a page without text', () => {
    expect(htmlToText('<html><body><script>x()</script><img src="a.png"></body></html>')).toBe('')
  })
})

describe('normalisePlainText', () => {
  it('normalises line ends and drops a byte order mark, nothing else', () => {
    expect(normalisePlainText('\uFEFFa\r\nb\rc\n\n  d ')).toBe('a\nb\nc\n\n  d ')
  })
})

describe('htmlToText on what is hardly a page', () => {
  it.each(['', 'abc', '   ', '<!-- only a comment -->', '<p>text</p>'])(
    'reads %j without throwing',
    (html) => {
      expect(() => htmlToText(html)).not.toThrow()
    },
  )

  it('reads a bare fragment as the body of a page', () => {
    expect(htmlToText(`<p>${LONG.repeat(6)}</p>`)).toContain('The minister said')
  })
})
