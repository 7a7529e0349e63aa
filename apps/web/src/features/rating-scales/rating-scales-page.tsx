import { type RatingScale, RatingScaleSchema, TEXT_LIMITS } from '@claimtrail/contracts'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type CSSProperties, type FormEvent, useEffect, useId, useRef, useState } from 'react'
import {
  Button,
  Form,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components'
import { ApiRequestError, type Tagged } from '../../api/api-client.ts'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { useFieldErrors } from '../../ui/field-errors.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { LoadingState } from '../../ui/loading-state.tsx'
import { EmptyState, ErrorState } from '../../ui/query-states.tsx'
import { putScale, ratingScalesQuery, useSaveRatingScale } from './rating-scales-queries.ts'
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
            <Select
              className="field select"
              selectedKey={scale.id}
              onSelectionChange={(key) => setChosenId(String(key))}
            >
              <Label>Scale</Label>
              <Button className="select-button">
                <SelectValue />
                <span className="select-arrow" aria-hidden="true">
                  ▾
                </span>
              </Button>
              <Popover className="popover" placement="bottom start">
                <ListBox className="listbox">
                  {items.map((s) => (
                    <ListBoxItem key={s.id} id={s.id} className="listbox-item">
                      {s.isDefault ? `${s.name} (default)` : s.name}
                    </ListBoxItem>
                  ))}
                </ListBox>
              </Popover>
            </Select>
          )}
          <ScaleEditor key={scale.id} scale={scale} />
        </>
      )}
    </section>
  )
}

type Outcome = { kind: 'done' | 'failed'; text: string }

function ScaleEditor({ scale }: { scale: RatingScale }) {
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
          if (error instanceof ApiRequestError && error.isConflict) {
            // The 409 carries the scale as it is now; failing that, read it again.
            const sent = RatingScaleSchema.safeParse((error.details as { current?: unknown } | null)?.current)
            const theirs = sent.success
              ? sent.data
              : (await queryClient.fetchQuery({ ...ratingScalesQuery(), staleTime: 0 })).items.find(
                  (s) => s.id === scale.id,
                )
            if (sent.success) putScale(queryClient, sent.data)
            if (theirs) setConflict(theirs)
            else setOutcome({ kind: 'failed', text: `Not saved: ${error.message}` })
            return
          }
          const onFields = errorsFromApi(error, drafts)
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

  const retired = base.data.ratings.filter((r) => r.retired)

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
          <div className="conflict" role="alert">
            <p>
              <strong>Someone else saved this scale</strong> since you opened it (it is now version{' '}
              {conflict.version}). Your changes are not saved.
            </p>
            <p>
              Their ratings:{' '}
              {draftsOf(conflict)
                .map((r) => r.label)
                .join(', ')}
              .
            </p>
            <div className="button-row">
              <Button className="button button-secondary" onPress={reloadTheirs} isDisabled={save.isPending}>
                Reload their version
              </Button>
              <Button className="button" onPress={saveMineOverTheirs} isPending={save.isPending}>
                Save mine over theirs
              </Button>
            </div>
          </div>
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

      <section className="detail-section" aria-labelledby="retired-heading">
        <h2 id="retired-heading">Retired ratings</h2>
        {retired.length === 0 ? (
          <p className="muted">No rating has been retired from this scale.</p>
        ) : (
          <>
            <p className="muted">
              Kept, read-only, for the published verdicts that used them. They are not offered for new
              verdicts and cannot be edited: a published verdict keeps the words it was published with.
            </p>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">Retired ratings</caption>
                <thead>
                  <tr>
                    <th scope="col">Rating</th>
                    <th scope="col">Description</th>
                    <th scope="col">Value</th>
                  </tr>
                </thead>
                <tbody>
                  {retired.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <span
                          className="badge verdict-chip"
                          style={{ '--verdict-colour': r.colour } as CSSProperties}
                        >
                          <span className="verdict-swatch" aria-hidden="true" />
                          {r.label}
                        </span>
                      </th>
                      <td>{r.description || <span className="muted">No description</span>}</td>
                      <td>{r.ratingValue ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  )
}

interface RatingRowProps {
  draft: DraftRating
  index: number
  count: number
  historyWarning: boolean
  originalLabel: string | undefined
  colourError: string | undefined
  onEdit: (field: RatingField, value: string) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}

function RatingRow({
  draft,
  index,
  count,
  historyWarning,
  originalLabel,
  colourError,
  onEdit,
  onMove,
  onRemove,
}: RatingRowProps) {
  const colourId = useId()
  const colourErrorId = useId()
  const name = draft.label.trim() || 'New rating'
  return (
    <li className="rating-row" style={{ '--verdict-colour': draft.colour } as CSSProperties}>
      <fieldset className="rating-fieldset">
        <legend>
          Rating {index + 1}: {name}
        </legend>
        <div className="rating-fields">
          <TextField
            name={fieldName(draft.key, 'label')}
            className="field"
            isRequired
            maxLength={TEXT_LIMITS.ratingLabel}
            value={draft.label}
            onChange={(v) => onEdit('label', v)}
          >
            <Label>Label</Label>
            <Input className="input" />
            <FieldErrorAlert />
          </TextField>
          <TextField
            name={fieldName(draft.key, 'ratingValue')}
            className="field rating-value-field"
            inputMode="numeric"
            value={draft.ratingValue}
            onChange={(v) => onEdit('ratingValue', v)}
          >
            <Label>ClaimReview value</Label>
            <Input className="input" />
            <Text slot="description" className="field-description">
              0–100, or empty (Not rated)
            </Text>
            <FieldErrorAlert />
          </TextField>
          <div className="field colour-field">
            <label htmlFor={colourId}>Colour</label>
            <span className="colour-input-row">
              <input
                id={colourId}
                name={fieldName(draft.key, 'colour')}
                type="color"
                className="colour-input"
                value={draft.colour}
                aria-invalid={colourError ? true : undefined}
                aria-describedby={colourError ? colourErrorId : undefined}
                onChange={(e) => onEdit('colour', e.target.value)}
              />
              <code className="muted">{draft.colour}</code>
            </span>
            {colourError && (
              <span id={colourErrorId} className="field-error" role="alert">
                {colourError}
              </span>
            )}
          </div>
          <TextField
            name={fieldName(draft.key, 'description')}
            className="field rating-description-field"
            maxLength={TEXT_LIMITS.ratingDescription}
            value={draft.description}
            onChange={(v) => onEdit('description', v)}
          >
            <Label>Description</Label>
            <TextArea className="input textarea" rows={2} />
            <FieldErrorAlert />
          </TextField>
        </div>
        {historyWarning && (
          <p className="hint">
            If a published verdict uses “{originalLabel}”, saving retires it and adds “{name}” in its place;
            the published verdicts keep “{originalLabel}”.
          </p>
        )}
        <div className="button-row rating-actions">
          <Button
            className="button button-secondary"
            onPress={() => onMove(-1)}
            isDisabled={index === 0}
            data-move={`${draft.key}:-1`}
          >
            Move up<span className="visually-hidden"> {name}</span>
          </Button>
          <Button
            className="button button-secondary"
            onPress={() => onMove(1)}
            isDisabled={index === count - 1}
            data-move={`${draft.key}:1`}
          >
            Move down<span className="visually-hidden"> {name}</span>
          </Button>
          <Button className="link-button danger-link" onPress={onRemove} data-remove={draft.key}>
            Remove<span className="visually-hidden"> {name}</span>
          </Button>
        </div>
      </fieldset>
    </li>
  )
}
