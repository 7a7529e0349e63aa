import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { LoadingState } from '../../ui/loading-state.tsx'
import { EmptyState, ErrorState } from '../../ui/query-states.tsx'
import { articleListQuery } from './articles-queries.ts'
import { formatDate } from './claim-labels.ts'

export function ArticleListPage() {
  const articles = useQuery(articleListQuery())

  return (
    <section className="page" aria-labelledby="articles-heading">
      <title>Articles · Claimtrail</title>
      <h1 id="articles-heading">Articles</h1>
      {articles.isPending ? (
        <LoadingState label="Loading articles…" />
      ) : articles.isError ? (
        <ErrorState
          title="The articles could not be loaded"
          error={articles.error}
          onRetry={() => void articles.refetch()}
          isRetrying={articles.isFetching}
        />
      ) : articles.data.items.length === 0 ? (
        <EmptyState title="No articles yet">
          <p>Articles imported for fact-checking will appear here.</p>
        </EmptyState>
      ) : (
        <ul className="article-list">
          {articles.data.items.map((article) => (
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
    </section>
  )
}
