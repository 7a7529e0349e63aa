import { Button } from 'react-aria-components'
import { type ClaimWrite, useClaimWrite } from './workspace-queries.ts'

/** Removes one record of the claim (a response, a reply request, evidence); says why when refused. */
export function RemoveButton({
  claimId,
  remove,
  label,
}: {
  claimId: string
  remove: ClaimWrite
  label: string
}) {
  const write = useClaimWrite(claimId)
  return (
    <>
      <Button
        className="link-button danger-link"
        isPending={write.isPending}
        onPress={() => write.mutate(remove)}
      >
        {label}
      </Button>
      {write.isError && (
        <span className="field-error" role="alert">
          {write.error.message}
        </span>
      )}
    </>
  )
}
