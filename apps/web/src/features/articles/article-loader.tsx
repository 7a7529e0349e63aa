import { type ArticleDetail, type ClaimInArticle, IdSchema } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useDeferredValue } from 'react'
import { Link, useParams } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { articleDetailQuery } from './articles-queries.ts'

/** Claims in text order; of two starting together, the longer (enclosing) one first. */
export const textOrder = (a: ClaimInArticle, b: ClaimInArticle) =>
  a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end

/** The layout breakpoint of styles.css below which the claim panel sits under the text. */
export const isNarrow = () => window.matchMedia('(max-width: 59.99rem)').matches

interface ArticleLoaderProps {
  /** Where "not found" sends the user back to. */
  back: { to: string; label: string }
  loadingLabel: string
  children: (article: ArticleDetail) => ReactNode
}

/**
 * The article of the `:articleId` route, with its loading, not-found and error states; one
 * component per article id, so state never carries over from the previous article.
 */
export function ArticleLoader(props: ArticleLoaderProps) {
  const { articleId = '' } = useParams()
  // Article ids are UUIDs: anything else cannot name an article, so there is nothing to ask the API.
  if (!IdSchema.safeParse(articleId).success) return <ArticleNotFound back={props.back} />
  return <LoadArticle key={articleId} articleId={articleId} {...props} />
}

function ArticleNotFound({ message, back }: { message?: string; back: ArticleLoaderProps['back'] }) {
  return (
    <section className="page state-page" aria-labelledby="not-found-heading">
      <title>Article not found · Claimtrail</title>
      <h1 id="not-found-heading">Article not found</h1>
      <p>{message ?? 'There is no article at this address.'}</p>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </section>
  )
}

function LoadArticle({
  articleId,
  back,
  loadingLabel,
  children,
}: ArticleLoaderProps & { articleId: string }) {
  const article = useQuery(articleDetailQuery(articleId))
  // The article's first drawing (the text's first slice, the claim panel, the header) is rendered in
  // the background, a few milliseconds at a time that input can interrupt, instead of in one task
  // when the answer arrives (up to 100 ms on a long article). Only the first: a deferred flag, not
  // deferred data, so a saved claim shows at once.
  const drawn = useDeferredValue(article.isSuccess)
  if (article.isPending || (article.isSuccess && !drawn)) return <LoadingState label={loadingLabel} />
  if (article.isError) {
    if (article.error instanceof ApiRequestError && article.error.isNotFound) {
      return <ArticleNotFound message={article.error.message} back={back} />
    }
    return (
      <section className="page">
        <title>Error · Claimtrail</title>
        <ErrorState
          title="The article could not be loaded"
          error={article.error}
          onRetry={() => void article.refetch()}
          isRetrying={article.isFetching}
        />
      </section>
    )
  }
  return children(article.data)
}
