import type { ArticleDetail, ClaimDetail } from '@claimtrail/contracts'
import { canEditClaim, isPublicStatus, readOnlyReason } from '@claimtrail/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, type Ref, useEffect, useImperativeHandle, useState } from 'react'
import { Button, Form } from 'react-aria-components'
import { ApiRequestError, api, ifMatch } from '../../api/api-client.ts'
import { fieldErrorsFromApi, useFieldErrors } from '../../ui/field-errors.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { formatDateTime, KIND_LABELS } from '../articles/claim-labels.ts'
import { meQueryOptions } from '../auth/auth-queries.ts'
import { PublishedClaimActions } from '../corrections/published-claim-actions.tsx'
import { ChainsEditor } from './chain-editor.tsx'
import {
  type ClaimFields,
  changedFields,
  diffConflict,
  type FieldConflict,
  fieldsOf,
  reapply,
  sameField,
} from './claim-diff.ts'
import { ClaimFieldsInputs, checkFields, parseHedges } from './claim-fields.tsx'
import { ConflictPanel } from './conflict-panel.tsx'
import { RecordsEditor } from './records-editor.tsx'
import type { Span } from './selection-offsets.ts'
import { draftKey, readDraft, useDraft } from './unsaved-drafts.ts'
import { VerdictProposalSection } from './verdict-proposal.tsx'
import './claim-editor.css'
import { claimQuery, type TaggedClaim, useClaimWrite, useSaveClaim } from './workspace-queries.ts'

export interface ClaimEditorHandle {
  /** The `s` shortcut: submit (or resubmit) for review. */
  submit: () => void
}

interface ClaimEditorProps {
  ref?: Ref<ClaimEditorHandle>
  claimId: string
  article: ArticleDetail
  selection: Span | null
  onClose: () => void
}

const TRANSITION_PATHS = {
  submit: '/api/v1/claims/{claimId}/submit',
  resubmit: '/api/v1/claims/{claimId}/resubmit',
} as const

export function ClaimEditor({ ref, claimId, article, selection, onClose }: ClaimEditorProps) {
  const claim = useQuery(claimQuery(claimId))
  if (claim.isPending) return <LoadingState label="Loading the claim…" />
  if (claim.isError) {
    return (
      <div>
        <Button className="link-button back-button" onPress={onClose}>
          <span aria-hidden="true">← </span>All claims
        </Button>
        <ErrorState
          title="The claim could not be loaded"
          error={claim.error}
          onRetry={() => void claim.refetch()}
          isRetrying={claim.isFetching}
        />
      </div>
    )
  }
  return (
    <LoadedEditor ref={ref} tagged={claim.data} article={article} selection={selection} onClose={onClose} />
  )
}

interface Base {
  fields: ClaimFields
  etag: string | null
  version: number
}

const baseOf = (tagged: TaggedClaim): Base => ({
  fields: fieldsOf(tagged.data),
  etag: tagged.etag,
  version: tagged.data.version,
})

/** An unsaved edit of the claim's fields, kept on this device: what was read, and what was typed. */
interface FieldsDraft {
  base: Base
  form: ClaimFields
  hedgesText: string
}

const sameFields = (a: ClaimFields, b: ClaimFields) =>
  (Object.keys(a) as (keyof ClaimFields)[]).every((f) => sameField(f, a[f], b[f]))

function LoadedEditor({
  ref,
  tagged,
  article,
  selection,
  onClose,
}: {
  ref?: Ref<ClaimEditorHandle> | undefined
  tagged: TaggedClaim
  article: ArticleDetail
  selection: Span | null
  onClose: () => void
}) {
  const claim = tagged.data
  const me = useQuery(meQueryOptions())
  const queryClient = useQueryClient()
  const save = useSaveClaim(claim.id, claim.articleId)
  const write = useClaimWrite(claim.id)
  const user = me.data?.user ?? null
  // docs/design.md "Workflow": who edits what when, the same rule the API enforces (@claimtrail/core).
  const editable = user !== null && canEditClaim(user.role, claim.status)
  const readOnly = user ? readOnlyReason(user.role, claim.status) : null
  const key = user ? draftKey(user.id, 'claim-fields', claim.id) : null
  // An edit left unsaved here before (the session ended, the page was reloaded) comes back, based on
  // the version it was typed against: saving it over a newer one shows the conflict, as ever.
  const [restored] = useState(() => (editable ? readDraft<FieldsDraft>(key) : null))
  const [showRestored, setShowRestored] = useState(restored !== null)
  // What the user read when they started editing: the version their save is based on.
  const [base, setBase] = useState<Base>(() => restored?.data.base ?? baseOf(tagged))
  const [form, setForm] = useState<ClaimFields>(() => restored?.data.form ?? fieldsOf(claim))
  const [hedgesText, setHedgesText] = useState(() => restored?.data.hedgesText ?? claim.hedges.join(', '))
  const { errors, setErrors, clear } = useFieldErrors()
  const [conflict, setConflict] = useState<{ theirs: TaggedClaim; conflicts: FieldConflict[] } | null>(null)
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null)

  const mine: ClaimFields = { ...form, hedges: parseHedges(hedgesText) }
  const changes = changedFields(base.fields, mine)
  const dirty = Object.keys(changes).length > 0
  const draft = useDraft<FieldsDraft>(key, { base, form, hedgesText }, dirty && editable)

  // The cached claim moves on under the form: after the user's own save, after a chain or response
  // was added (each bumps the claim's version), or after a refetch. An untouched form follows it;
  // a touched one keeps the version it was based on unless only the version moved.
  useEffect(() => {
    if (save.isPending) return
    const latest = baseOf(tagged)
    if (latest.version === base.version) return
    if (!dirty) {
      setBase(latest)
      setForm(latest.fields)
      setHedgesText(latest.fields.hedges.join(', '))
    } else if (sameFields(latest.fields, base.fields)) {
      setBase(latest)
    }
  }, [tagged, save.isPending, base, dirty])

  const transition = claim.allowedActions.includes('submit')
    ? 'submit'
    : claim.allowedActions.includes('resubmit')
      ? 'resubmit'
      : null

  function saveChanges(from: Base, fields: ClaimFields) {
    const toSend = changedFields(from.fields, fields)
    if (Object.keys(toSend).length === 0) return
    setOutcome(null)
    save.mutate(
      { changes: toSend, etag: from.etag, version: from.version },
      {
        onSuccess: (saved) => {
          draft.markSaved()
          setShowRestored(false)
          setConflict(null)
          setBase(baseOf(saved))
          setForm(fieldsOf(saved.data))
          setHedgesText(saved.data.hedges.join(', '))
          setOutcome({ kind: 'done', text: 'Changes saved.' })
        },
        onError: async (error) => {
          if (error instanceof ApiRequestError && error.isConflict) {
            // What is there now, to compare with; the form keeps what the user typed.
            const theirs = await queryClient.fetchQuery({ ...claimQuery(claim.id), staleTime: 0 })
            setConflict({ theirs, conflicts: diffConflict(from.fields, fields, fieldsOf(theirs.data)) })
            return
          }
          const onFields = fieldErrorsFromApi(error)
          if (Object.keys(onFields).length > 0) setErrors(onFields)
          else setOutcome({ kind: 'failed', text: `Not saved: ${error.message}` })
        },
      },
    )
  }

  function submitForm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problems = checkFields(mine)
    if (Object.keys(problems).length > 0) {
      setErrors(problems)
      return
    }
    saveChanges(base, mine)
  }

  function discardRestored() {
    const latest = baseOf(tagged)
    draft.markSaved()
    setBase(latest)
    setForm(latest.fields)
    setHedgesText(latest.fields.hedges.join(', '))
    setShowRestored(false)
    setConflict(null)
    clear('statement')
  }

  function reload() {
    if (!conflict) return
    const latest = baseOf(conflict.theirs)
    setBase(latest)
    setForm(latest.fields)
    setHedgesText(latest.fields.hedges.join(', '))
    setConflict(null)
    setOutcome({ kind: 'done', text: 'Reloaded: you now see the saved version.' })
  }

  function reapplyMine() {
    if (!conflict) return
    const latest = baseOf(conflict.theirs)
    const merged = reapply(base.fields, mine, latest.fields)
    setBase(latest)
    setForm(merged)
    setHedgesText(merged.hedges.join(', '))
    saveChanges(latest, merged)
  }

  function submitForReview() {
    if (!transition) return
    if (dirty) {
      setOutcome({ kind: 'failed', text: 'Save your changes before submitting the claim for review.' })
      return
    }
    setOutcome(null)
    write.mutate(
      () =>
        api.POST(TRANSITION_PATHS[transition], {
          params: { path: { claimId: claim.id } },
          headers: ifMatch(tagged.etag),
          body: {},
        }),
      {
        onSuccess: () => setOutcome({ kind: 'done', text: 'Submitted for review.' }),
        onError: (error) => setOutcome({ kind: 'failed', text: `Not submitted: ${error.message}` }),
      },
    )
  }

  useImperativeHandle(ref, () => ({ submit: submitForReview }))

  return (
    <article className="claim-editor" aria-labelledby="claim-editor-heading">
      <Button className="link-button back-button" onPress={onClose}>
        <span aria-hidden="true">← </span>All claims
      </Button>
      <div className="badge-row">
        <StatusBadge status={claim.status} />
        <span className="badge kind-badge">{KIND_LABELS[claim.kind]}</span>
        {claim.sourcing.computedGrade && (
          <span className="badge">Sourcing {claim.sourcing.computedGrade}</span>
        )}
      </div>
      <h2 id="claim-editor-heading" className="claim-headline" tabIndex={-1} data-panel-heading>
        {claim.headline}
      </h2>
      <blockquote className="claim-quote">{claim.anchor.exact}</blockquote>

      {claim.anchor.orphaned && (
        <Reanchor claim={claim} etag={tagged.etag} article={article} selection={selection} />
      )}

      <div role="status" className="status-line">
        {outcome?.kind === 'done' ? outcome.text : null}
      </div>
      {outcome?.kind === 'failed' && (
        <div className="form-alert" role="alert">
          {outcome.text}
        </div>
      )}

      {readOnly && (
        <p className="notice read-only-notice" id="claim-read-only">
          <strong>Read only.</strong> {readOnly.message}.
        </p>
      )}
      {showRestored && restored && dirty && (
        <div className="notice restored-notice" role="status">
          <p>
            Restored your unsaved edit from{' '}
            <time dateTime={restored.savedAt}>{formatDateTime(restored.savedAt)}</time>. Save it, or discard
            it to see the claim as saved.
          </p>
          <Button className="link-button" onPress={discardRestored}>
            Discard the restored edit
          </Button>
        </div>
      )}
      {isPublicStatus(claim.status) && <PublishedClaimActions claim={claim} />}

      <Form
        className="form editor-form"
        data-read-only={!editable || undefined}
        aria-describedby={readOnly ? 'claim-read-only' : undefined}
        onSubmit={submitForm}
        validationBehavior="aria"
        validationErrors={errors}
      >
        <ClaimFieldsInputs
          fields={form}
          hedgesText={hedgesText}
          onChange={setForm}
          onHedgesChange={setHedgesText}
          onEdit={clear}
          isDisabled={!editable}
        />
        {conflict && (
          <ConflictPanel
            conflicts={conflict.conflicts}
            onReload={reload}
            onReapply={reapplyMine}
            isPending={save.isPending}
          />
        )}
        {editable && (
          <div className="button-row">
            <Button
              type="submit"
              className="button"
              isPending={save.isPending}
              isDisabled={!dirty || !!conflict}
            >
              {save.isPending ? 'Saving…' : 'Save changes'}
            </Button>
            {transition && (
              <Button
                className="button button-secondary"
                onPress={submitForReview}
                isPending={write.isPending}
              >
                {transition === 'submit' ? 'Submit for review' : 'Resubmit for review'}
              </Button>
            )}
          </div>
        )}
      </Form>

      {user && <VerdictProposalSection claim={claim} etag={tagged.etag} editable={editable} user={user} />}
      <ChainsEditor claim={claim} article={article} selection={selection} editable={editable} />
      <RecordsEditor claim={claim} article={article} selection={selection} editable={editable} />
      <Notes claim={claim} />
    </article>
  )
}

function Reanchor({
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

function Notes({ claim }: { claim: ClaimDetail }) {
  if (claim.notes.length === 0) return null
  return (
    <section className="detail-section" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes</h3>
      <ul className="plain-list">
        {[...claim.notes].reverse().map((note) => (
          <li key={note.id} className="note">
            <p>{note.body}</p>
            <p className="muted">
              <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
