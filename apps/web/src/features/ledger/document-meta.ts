import { useEffect } from 'react'
import { type PageMeta, SITE_TITLE, shorten } from './ledger-meta.ts'

/**
 * Sets the page's title and meta description when the app navigates to a ledger page, and puts
 * back what was there when the page goes. A page loaded from the server already has both in its
 * <head> (ledger-meta.ts makes them the same).
 */
export function useDocumentMeta(meta: PageMeta | null) {
  const title = meta?.title ?? null
  const description = meta?.description ?? null
  useEffect(() => {
    if (title === null) return
    const previousTitle = document.title
    let tag = document.querySelector<HTMLMetaElement>('meta[name="description"]')
    if (!tag) {
      tag = document.createElement('meta')
      tag.name = 'description'
      document.head.append(tag)
    }
    const previousDescription = tag.content
    document.title = `${title} · ${SITE_TITLE}`
    if (description) tag.content = shorten(description)
    return () => {
      document.title = previousTitle
      if (tag) tag.content = previousDescription
    }
  }, [title, description])
}
