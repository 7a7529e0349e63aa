import type { ArticleDetail, ClaimDetail } from '@claimtrail/contracts'
import { canEditClaim, isPublicStatus, readOnlyReason } from '@claimtrail/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, type Ref, useImperativeHandle, useState } from 'react'
import { Button, Form } from 'react-aria-components'
import { ApiRequestError, api, ifMatch } from '../../api/api-client.ts'
import { fieldErrorsFromApi, useFieldErrors } from '../../ui/field-errors.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
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
} from './claim-diff.ts'
import {
  EditorButtons,
  EditorHeading,
  type Outcome,
  OutcomeLines,
  type Transition,
} from './claim-editor-parts.tsx'
import { ClaimFieldsInputs, checkFields } from './claim-fields.tsx'
import { ClaimNotes } from './claim-notes.tsx'
import { ConflictPanel } from './conflict-panel.tsx'
import { ReanchorNotice } from './reanchor-notice.tsx'
import { RecordsEditor } from './records-editor.tsx'
import { RestoredNotice } from './restored-notice.tsx'
import type { Span } from './selection-offsets.ts'
import { draftKey } from './unsaved-drafts.ts'
import { type Base, baseOf, useClaimFieldsEdit } from './use-claim-fields-edit.ts'
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

/** The transition the claim's author can ask for now, if any. */
const transitionOf = (claim: ClaimDetail): Transition =>
  claim.allowedActions.includes('submit')
    ? 'submit'
    : claim.allowedActions.includes('resubmit')
      ? 'resubmit'
      : null

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
  const edit = useClaimFieldsEdit(tagged, editable, key, save.isPending)
  const { base, mine, dirty, draft } = edit
  const { errors, setErrors, clear } = useFieldErrors()
  const [conflict, setConflict] = useState<{ theirs: TaggedClaim; conflicts: FieldConflict[] } | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const transition = transitionOf(claim)

  function saveChanges(from: Base, fields: ClaimFields) {
    const toSend = changedFields(from.fields, fields)
    if (Object.keys(toSend).length === 0) return
    setOutcome(null)
    save.mutate(
      { changes: toSend, etag: from.etag, version: from.version },
      {
        onSuccess: (saved) => {
          draft.markSaved()
          edit.hideRestored()
          setConflict(null)
          edit.showFields(baseOf(saved), fieldsOf(saved.data))
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
    edit.showFields(latest, latest.fields)
    edit.hideRestored()
    setConflict(null)
    clear('statement')
  }

  function reload() {
    if (!conflict) return
    const latest = baseOf(conflict.theirs)
    edit.showFields(latest, latest.fields)
    setConflict(null)
    setOutcome({ kind: 'done', text: 'Reloaded: you now see the saved version.' })
  }

  function reapplyMine() {
    if (!conflict) return
    const latest = baseOf(conflict.theirs)
    const merged = reapply(base.fields, mine, latest.fields)
    edit.showFields(latest, merged)
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
      <EditorHeading claim={claim} onClose={onClose} />

      {claim.anchor.orphaned && (
        <ReanchorNotice claim={claim} etag={tagged.etag} article={article} selection={selection} />
      )}

      <OutcomeLines outcome={outcome} />

      {readOnly && (
        <p className="notice read-only-notice" id="claim-read-only">
          <strong>Read only.</strong> {readOnly.message}.
        </p>
      )}
      {edit.showRestored && edit.restored && dirty && (
        <RestoredNotice
          savedAt={edit.restored.savedAt}
          after=". Save it, or discard it to see the claim as saved."
          onDiscard={discardRestored}
        />
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
          fields={edit.form}
          hedgesText={edit.hedgesText}
          onChange={edit.setForm}
          onHedgesChange={edit.setHedgesText}
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
          <EditorButtons
            saving={save.isPending}
            canSave={dirty && !conflict}
            transition={transition}
            onSubmitForReview={submitForReview}
            submitting={write.isPending}
          />
        )}
      </Form>

      {user && <VerdictProposalSection claim={claim} etag={tagged.etag} editable={editable} user={user} />}
      <ChainsEditor claim={claim} article={article} selection={selection} editable={editable} />
      <RecordsEditor claim={claim} article={article} selection={selection} editable={editable} />
      <ClaimNotes claim={claim} />
    </article>
  )
}
