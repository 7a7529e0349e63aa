import type { ArticleDetail, ClaimDetail } from '@claimtrail/contracts'
import { Button } from 'react-aria-components'
import { api, ifMatch } from '../../api/api-client.ts'
import type { Span } from './selection-offsets.ts'
import { useClaimWrite } from './workspace-queries.ts'

/** An orphaned claim's notice: select where its words now sit in the text and re-anchor it there. */
export function ReanchorNotice({
  claim,
  etag,
  article,
  selection,
}: {
  claim: ClaimDetail
  etag: string | null
  article: ArticleDetail
  selection: Span | null
}) {
  const write = useClaimWrite(claim.id)
  const body = article.version.body
  return (
    <div className="notice orphan-notice">
      <p>
        <strong>Orphaned:</strong> these words were not found in the current version of the article. Select
        where the claim now sits in the text, then re-anchor it.
      </p>
      {selection && (
        <p>
          Selected: <q>{body.slice(selection.start, selection.end)}</q>
        </p>
      )}
      <Button
        className="button"
        isDisabled={!selection}
        isPending={write.isPending}
        onPress={() =>
          selection &&
          write.mutate(() =>
            api.POST('/api/v1/claims/{claimId}/anchor', {
              params: { path: { claimId: claim.id } },
              headers: ifMatch(etag),
              body: { ...selection, exact: body.slice(selection.start, selection.end) },
            }),
          )
        }
      >
        Re-anchor on the selected text
      </Button>
      {write.isError && (
        <p className="field-error" role="alert">
          {write.error.message}
        </p>
      )}
    </div>
  )
}
