import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

/** The little of the DOM this module touches, so it needs neither the DOM lib nor linkedom's types. */
interface DomNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  childNodes: ArrayLike<DomNode>
}
const ELEMENT_NODE = 1
const TEXT_NODE = 3

// Elements that start a new paragraph of the plain text.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
])
// Never text a reader sees in the article.
const SKIPPED = new Set([
  'BUTTON',
  'CANVAS',
  'EMBED',
  'HEAD',
  'IFRAME',
  'INPUT',
  'MATH',
  'NOSCRIPT',
  'OBJECT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
])
// Site furniture around an article, removed before Readability looks at the page: on a short
// page Readability keeps whatever text there is, menus included. Headers and footers stay for it
// to judge, since an article's own footer may carry a correction notice.
const FURNITURE =
  'nav, aside, form, menu, dialog, [role=navigation], [role=complementary], [role=banner], [role=contentinfo]'

const PARAGRAPH = '\u0000P'
const LINE = '\u0000L'

/** A text node's text: line breaks kept inside <pre>, whitespace collapsed elsewhere. */
function textPiece(node: DomNode, pre: boolean): string {
  const text = (node.nodeValue ?? '').replace(/\u00a0/g, ' ')
  return pre ? text.replace(/\r\n?/g, '\n').replaceAll('\n', LINE) : text.replace(/[ \t\n\f\r]+/g, ' ')
}

/** Appends the pieces of a node's text to `pieces`, with paragraph and line marks. */
function collect(node: DomNode, pre: boolean, pieces: string[]): void {
  if (node.nodeType === TEXT_NODE) pieces.push(textPiece(node, pre))
  else if (node.nodeType === ELEMENT_NODE) collectElement(node, pre, pieces)
}

function collectElement(node: DomNode, pre: boolean, pieces: string[]): void {
  const name = node.nodeName.toUpperCase()
  if (SKIPPED.has(name)) return
  if (name === 'BR') return void pieces.push(LINE)
  const block = BLOCKS.has(name)
  if (block) pieces.push(PARAGRAPH)
  if (name === 'TR') pieces.push(LINE)
  // Read once: linkedom builds childNodes afresh on every access, which made this quadratic.
  const children = Array.from(node.childNodes)
  for (const child of children) collect(child, pre || name === 'PRE', pieces)
  if (name === 'TD' || name === 'TH') pieces.push(' ')
  if (block) pieces.push(PARAGRAPH)
}

/** Text of a DOM subtree as paragraphs separated by blank lines, whitespace collapsed as a browser would. */
export function domToText(root: DomNode): string {
  const pieces: string[] = []
  collect(root, false, pieces)
  return pieces
    .join('')
    .split(PARAGRAPH)
    .map((paragraph) =>
      paragraph
        .split(LINE)
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n')
}

/**
 * The main text of an HTML page as plain text: Mozilla's Readability (the Firefox Reader View
 * algorithm) picks the article out of navigation, ads and comments, then its DOM is flattened to
 * paragraphs separated by blank lines. Scripts, styles and markup never reach the text, so the
 * result is safe to show anywhere and anchor offsets refer to exactly what is stored.
 */
export function htmlToText(html: string): string {
  let { document } = parseHTML(html)
  // linkedom builds no <html> element for a bare fragment ("abc", a lone comment, "<p>…"), and
  // Readability needs one: the fragment is read as a page's body, as a browser would.
  if (document.documentElement?.nodeName !== 'HTML')
    document = parseHTML(`<html><body>${html}</body></html>`).document
  for (const element of document.querySelectorAll(FURNITURE)) element.remove()
  const headlines = new Set(
    Array.from(document.querySelectorAll('h1') as ArrayLike<{ textContent: string | null }>, (h) =>
      collapse(h.textContent ?? ''),
    ).filter(Boolean),
  )
  const article = new Readability<DomNode>(document as never, {
    serializer: (node) => node as DomNode,
  }).parse()
  const main = article?.content ? cleanText(domToText(article.content)) : ''
  // Readability drops the headline from the content when it is the page title; a headline makes
  // claims too, so it is kept as the first paragraph (as in the demo article).
  const title = collapse(article?.title ?? '')
  if (main && title && headlines.has(title) && !main.startsWith(title)) return `${title}\n\n${main}`
  return main
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** Drops control characters other than newline and tab (they have no place in an article). */
function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').trim()
}
