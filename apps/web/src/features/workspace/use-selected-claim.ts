import { useSearchParams } from 'react-router'

/** The claim open in the workspace's panel: `?claim=` in the address, replaced rather than pushed. */
export function useSelectedClaimId() {
  const [searchParams, setSearchParams] = useSearchParams()
  const selectedId = searchParams.get('claim')
  const setSelectedId = (claimId: string | null) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params)
        if (claimId) next.set('claim', claimId)
        else next.delete('claim')
        return next
      },
      { replace: true },
    )
  return [selectedId, setSelectedId] as const
}
