import { useEffect } from 'react'

const SITE = 'Claimtrail ledger'

/**
 * Sets the page's title and meta description (search engines and link previews read them), and
 * puts back what was there when the page goes. index.html carries the one description tag.
 */
export function useDocumentMeta(title: string | null, description: string | null) {
  useEffect(() => {
    if (title === null) return
    const previousTitle = document.title
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]')
    if (!meta) {
      meta = document.createElement('meta')
      meta.name = 'description'
      document.head.append(meta)
    }
    const previousDescription = meta.content
    document.title = `${title} · ${SITE}`
    if (description) meta.content = description.length > 300 ? `${description.slice(0, 297)}…` : description
    return () => {
      document.title = previousTitle
      if (meta) meta.content = previousDescription
    }
  }, [title, description])
}
