import { Link } from 'react-router'

export function NotFoundPage() {
  return (
    <section className="page state-page" aria-labelledby="page-not-found-heading">
      <title>Page not found · Claimtrail</title>
      <h1 id="page-not-found-heading">Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/articles">Go to the articles</Link>
      </p>
    </section>
  )
}
