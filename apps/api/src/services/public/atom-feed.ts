// Atom (RFC 4287) for the ledger's publications, corrections and retractions. Written by hand: a
// feed is a few fixed elements, and every text goes through xmlText, which escapes markup and
// drops the characters XML 1.0 forbids, so no claim text can break the document.

const FORBIDDEN_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; finding them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export interface AtomEntry {
  id: string
  title: string
  updated: string
  link: string
  summary: string
  category: string
}

export interface AtomFeed {
  id: string
  title: string
  subtitle: string
  selfUrl: string
  alternateUrl: string
  updated: string
  author: string
  entries: readonly AtomEntry[]
}

export function renderAtomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlText(e.id)}</id>
    <title type="text">${xmlText(e.title)}</title>
    <updated>${xmlText(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>
    <category term="${xmlText(e.category)}"/>
    <summary type="text">${xmlText(e.summary)}</summary>
  </entry>
`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(feed.id)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>
  <updated>${xmlText(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>
  <author><name>${xmlText(feed.author)}</name></author>
${entries.join('')}</feed>
`
}
