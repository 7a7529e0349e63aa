import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { LoadingState } from '../../ui/loading-state.tsx'
import { EmptyState, ErrorState } from '../../ui/query-states.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { ratingScalesQuery } from './rating-scales-queries.ts'
import { ScaleEditor } from './scale-editor.tsx'
import './rating-scales.css'

/** /admin/rating-scales: the admin edits the ratings verdicts are given in (docs/design.md "Rating scale"). */
export function RatingScalesPage() {
  const scales = useQuery(ratingScalesQuery())
  const [chosenId, setChosenId] = useState<string | null>(null)
  const items = scales.data?.items ?? []
  const scale = items.find((s) => s.id === chosenId) ?? items.find((s) => s.isDefault) ?? items[0]

  return (
    <section className="page page-wide rating-scales" aria-labelledby="scales-heading">
      <title>Rating scales · Claimtrail</title>
      <h1 id="scales-heading">Rating scales</h1>
      <p className="muted">
        The verdicts the desk gives, in order from best to worst, with the meaning readers see on the
        methodology page and the value ClaimReview markup carries.
      </p>
      {scales.isPending ? (
        <LoadingState label="Loading the rating scales…" />
      ) : scales.isError ? (
        <ErrorState
          title="The rating scales could not be loaded"
          error={scales.error}
          onRetry={() => void scales.refetch()}
          isRetrying={scales.isFetching}
        />
      ) : !scale ? (
        <EmptyState title="No rating scale yet">
          <p>The database seed creates the default scale; run the migrations and the seed.</p>
        </EmptyState>
      ) : (
        <>
          {items.length > 1 && (
            <SelectField
              label="Scale"
              selectedKey={scale.id}
              onSelectionChange={(key) => setChosenId(String(key))}
              options={items.map((s) => ({ id: s.id, label: s.isDefault ? `${s.name} (default)` : s.name }))}
            />
          )}
          <ScaleEditor key={scale.id} scale={scale} />
        </>
      )}
    </section>
  )
}
