import { type RatingScale, RatingScaleSchema } from '@claimtrail/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { Button, Form } from 'react-aria-components'
import { ApiRequestError, type Tagged } from '../../api/api-client.ts'
import { useFieldErrors } from '../../ui/field-errors.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { RatingRow } from './rating-row.tsx'
import { putScale, ratingScalesQuery, useSaveRatingScale } from './rating-scales-queries.ts'
import { RetiredRatings } from './retired-ratings.tsx'
import { ScaleConflict } from './scale-conflict.tsx'
import {
  changesHistory,
  type DraftRating,
  draftsOf,
  errorsFromApi,
  fieldName,
  isDirty,
  MAX_RATINGS,
  moveRating,
  newRating,
  type RatingField,
  SCALE_ERROR,
  toRatings,
} from './scale-draft.ts'

type Outcome = { kind: 'done' | 'failed'; text: string }

/** One scale's ratings as an editable list, saved as a whole with optimistic concurrency (ADR 006). */
export function ScaleEditor({ scale }: { scale: RatingScale }) {
  const queryClient = useQueryClient()
  const save = useSaveRatingScale()
  // The version the edits are based on; the list comes without an ETag, a save answers with one.
  const [base, setBase] = useState<Tagged<RatingScale>>({ data: scale, etag: null })
  const [drafts, setDrafts] = useState<DraftRating[]>(() => draftsOf(scale))
  const { errors, setErrors, clear } = useFieldErrors()
  const [conflict, setConflict] = useState<RatingScale | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [announcement, setAnnouncement] = useState('')
  // Where focus goes after the list changes under it (a move, a removal, an addition): selectors
  // tried in order, so the keyboard user stays on the rating they were working on.
  const focusNext = useRef<string[] | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const dirty = isDirty(base.data, drafts)

  // The scale moves on under the page (a refetch after someone else's save): untouched edits follow it.
  useEffect(() => {
    if (save.isPending || conflict || scale.version === base.data.version || dirty) return
    setBase({ data: scale, etag: null })
    setDrafts(draftsOf(scale))
  }, [scale, base, dirty, conflict, save.isPending])

  useEffect(() => {
    const selectors = focusNext.current
    if (!selectors) return
    focusNext.current = null
    for (const selector of selectors) {
      const target = formRef.current?.querySelector<HTMLElement>(selector)
      if (target && !target.hasAttribute('disabled')) {
        target.focus()
        return
      }
    }
  })

  function edit(key: string, field: RatingField, value: string) {
    clear(fieldName(key, field))
    setOutcome(null)
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, [field]: value } : d)))
  }

  const nameOf = (d: DraftRating) => d.label.trim() || 'New rating'

  function move(index: number, by: -1 | 1) {
    const draft = drafts[index]
    if (!draft) return
    const next = moveRating(drafts, index, by)
    setDrafts(next)
    setOutcome(null)
    const other = by === -1 ? 1 : -1
    focusNext.current = [`[data-move="${draft.key}:${by}"]`, `[data-move="${draft.key}:${other}"]`]
    setAnnouncement(`${nameOf(draft)} moved to position ${next.indexOf(draft) + 1} of ${next.length}.`)
  }

  function remove(index: number) {
    const draft = drafts[index]
    if (!draft) return
    const next = drafts.filter((d) => d.key !== draft.key)
    setDrafts(next)
    setOutcome(null)
    const neighbour = next[index] ?? next[index - 1]
    focusNext.current = [neighbour ? `[data-remove="${neighbour.key}"]` : '[data-add-rating]']
    setAnnouncement(
      draft.id
        ? `${nameOf(draft)} removed. When you save, it is retired if verdicts used it, deleted otherwise.`
        : `${nameOf(draft)} removed.`,
    )
  }

  function add() {
    const draft = newRating()
    setDrafts((list) => [...list, draft])
    setOutcome(null)
    clear(SCALE_ERROR)
    focusNext.current = [`[name="${fieldName(draft.key, 'label')}"]`]
    setAnnouncement(`New rating added at position ${drafts.length + 1}.`)
  }

  function focusFirstError() {
    focusNext.current = ['[aria-invalid="true"]', '[data-scale-error]']
  }

  /** On a 409, the scale as it is now: sent with the conflict, or else read again. */
  async function scaleAfterConflict(error: Error): Promise<RatingScale | undefined> {
    if (!(error instanceof ApiRequestError && error.isConflict)) return undefined
    const sent = RatingScaleSchema.safeParse((error.details as { current?: unknown } | null)?.current)
    if (sent.success) {
      putScale(queryClient, sent.data)
      return sent.data
    }
    const fresh = await queryClient.fetchQuery({ ...ratingScalesQuery(), staleTime: 0 })
    return fresh.items.find((s) => s.id === scale.id)
  }

  function send(from: Tagged<RatingScale>) {
    const result = toRatings(drafts)
    if (!result.ok) {
      setErrors(result.errors)
      focusFirstError()
      return
    }
    setErrors({})
    setOutcome(null)
    save.mutate(
      { scaleId: scale.id, ratings: result.ratings, etag: from.etag, version: from.data.version },
      {
        onSuccess: (saved) => {
          setConflict(null)
          setBase(saved)
          setDrafts(draftsOf(saved.data))
          setOutcome({ kind: 'done', text: 'Rating scale saved.' })
        },
        onError: async (error) => {
          const theirs = await scaleAfterConflict(error)
          if (theirs) {
            setConflict(theirs)
            return
          }
          const onFields =
            error instanceof ApiRequestError && error.isConflict ? {} : errorsFromApi(error, drafts)
          if (Object.keys(onFields).length > 0) {
            setErrors(onFields)
            focusFirstError()
          } else setOutcome({ kind: 'failed', text: `Not saved: ${error.message}` })
        },
      },
    )
  }

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault()
    if (!dirty) {
      setOutcome({ kind: 'done', text: 'Nothing to save: the scale is as it was.' })
      return
    }
    send(base)
  }

  function discard() {
    setDrafts(draftsOf(base.data))
    setErrors({})
    setOutcome({ kind: 'done', text: 'Changes discarded.' })
  }

  function reloadTheirs() {
    if (!conflict) return
    setBase({ data: conflict, etag: null })
    setDrafts(draftsOf(conflict))
    setErrors({})
    setConflict(null)
    setOutcome({ kind: 'done', text: 'Reloaded: you now see the saved scale. Your changes were dropped.' })
  }

  function saveMineOverTheirs() {
    if (!conflict) return
    const latest = { data: conflict, etag: null }
    setBase(latest)
    setConflict(null)
    send(latest)
  }

  return (
    <>
      <div className="scale-heading">
        <h2>{base.data.name}</h2>
        {base.data.isDefault && <span className="tag">Default</span>}
      </div>
      {base.data.description && <p>{base.data.description}</p>}
      <p className="notice">
        Published verdicts are history. Changing the label or value of a rating that a published verdict uses,
        or removing it, retires that rating and, for an edit, adds a new one in its place: the published
        verdicts keep the rating they were given, claims still in progress move to the new one. Descriptions,
        colours and order can change freely.
      </p>

      <div role="status" className="status-line">
        {announcement}
      </div>
      <div role="status" className="status-line">
        {outcome?.kind === 'done' ? outcome.text : null}
      </div>

      <Form
        ref={formRef}
        className="form scale-form"
        onSubmit={submit}
        validationBehavior="aria"
        validationErrors={errors}
      >
        {errors[SCALE_ERROR] && (
          <p className="form-alert" role="alert" tabIndex={-1} data-scale-error>
            {errors[SCALE_ERROR]}
          </p>
        )}
        <ol className="plain-list rating-list" aria-label="Ratings, best first">
          {drafts.map((draft, index) => (
            <RatingRow
              key={draft.key}
              draft={draft}
              index={index}
              count={drafts.length}
              historyWarning={changesHistory(base.data, draft)}
              originalLabel={base.data.ratings.find((r) => r.id === draft.id)?.label}
              colourError={errors[fieldName(draft.key, 'colour')]}
              onEdit={(field, value) => edit(draft.key, field, value)}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
        <div>
          <Button
            className="button button-secondary"
            onPress={add}
            isDisabled={drafts.length >= MAX_RATINGS}
            data-add-rating
          >
            Add a rating
          </Button>
        </div>

        {conflict && (
          <ScaleConflict
            theirs={conflict}
            pending={save.isPending}
            onReload={reloadTheirs}
            onSaveMine={saveMineOverTheirs}
          />
        )}
        {!conflict && (
          <FormActions
            error={outcome?.kind === 'failed' ? outcome.text : null}
            pending={save.isPending}
            saveLabel="Save the scale"
            onSave={() => submit()}
            onCancel={discard}
          />
        )}
      </Form>

      <RetiredRatings ratings={base.data.ratings.filter((r) => r.retired)} />
    </>
  )
}
