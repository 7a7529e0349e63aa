import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ListQueryStates } from '../../ui/query-states.tsx'
import { articleListQuery } from './articles-queries.ts'
import { formatDate } from './claim-labels.ts'

export function ArticleListPage() {
  const articles = useQuery(articleListQuery())

  return (
    <section className="page" aria-labelledby="articles-heading">
      <title>Articles · Claimtrail</title>
      <h1 id="articles-heading">Articles</h1>
      <ListQueryStates
        query={articles}
        loading="Loading articles…"
        errorTitle="The articles could not be loaded"
        emptyTitle="No articles yet"
        empty={<p>Articles imported for fact-checking will appear here.</p>}
      >
        {(items) => (
          <ul className="article-list">
            {items.map((article) => (
              <li key={article.id} className="article-card">
                <h2 className="article-card-title">
                  <Link to={`/articles/${article.id}`}>{article.title}</Link>
                </h2>
                <p className="article-meta">
                  {[article.outlet, article.byline].filter(Boolean).join(' · ')}
                  {article.publishedAt && (
                    <>
                      {article.outlet || article.byline ? ' · ' : ''}
                      <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                    </>
                  )}
                </p>
                <p className="article-card-count">
                  {article.claimCount === 0
                    ? 'No claims marked yet'
                    : `${article.claimCount} ${article.claimCount === 1 ? 'claim' : 'claims'}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </ListQueryStates>
    </section>
  )
}
