import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { NotFoundPage } from './not-found-page.tsx'

/** The router's error boundary: a render error anywhere below the layout lands here. */
export function RouteErrorPage() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  console.error(error)
  return (
    <section className="page state-page" role="alert" aria-labelledby="route-error-heading">
      <title>Something went wrong · Claimtrail</title>
      <h1 id="route-error-heading">Something went wrong</h1>
      <p>This page hit an unexpected error. Reloading usually helps; if it does not, please tell the desk.</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to="/articles">Go to the articles</Link>
      </p>
    </section>
  )
}
