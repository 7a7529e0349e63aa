import { type ComponentProps, createContext, useContext } from 'react'
import { Link } from 'react-router'

/**
 * Whether links render as plain anchors: true while the server renders a ledger page. The reader's
 * pages load no JavaScript (ADR 016), so a router link there is an <a> that costs the router's
 * hooks to build; a list page has about a hundred of them, and on an uncached page that was the
 * largest part of the render.
 */
export const PlainLinks = createContext(false)

/** A link of the ledger's pages: the router's in the app, a plain anchor in served HTML. */
export function LedgerLink({ to, ...rest }: ComponentProps<typeof Link> & { to: string }) {
  const plain = useContext(PlainLinks)
  // Only absolute paths: a relative one would resolve against the route, which an anchor cannot.
  if (plain && to.startsWith('/')) {
    const {
      replace: _r,
      state: _s,
      preventScrollReset: _p,
      relative: _rel,
      viewTransition: _v,
      discover: _d,
      reloadDocument: _rd,
      ...anchor
    } = rest
    return <a href={to} {...anchor} />
  }
  return <Link to={to} {...rest} />
}
