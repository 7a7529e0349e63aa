import { type ClaimDetail, type EntityRef, REPLY_CHANNELS } from '@claimtrail/contracts'
import { useId, useState } from 'react'
import { Button, Input, Label, TextField } from 'react-aria-components'
import { api } from '../../api/api-client.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { formatDateTime } from '../articles/claim-labels.ts'
import { EntityComboBox } from './entity-combobox.tsx'
import { CHANNEL_LABELS, type Channel } from './record-labels.ts'
import type { RecordsEditorProps } from './records-editor.tsx'
import { RemoveButton } from './remove-record-button.tsx'
import { useClaimWrite } from './workspace-queries.ts'

/** Right-of-reply requests sent to those concerned, and the form to record one. */
export function ReplyRequests({ claim, editable }: RecordsEditorProps) {
  const [adding, setAdding] = useState(false)
  const requests = [...claim.replyRequests].sort((a, b) => Number(b.overdue) - Number(a.overdue))
  return (
    <section className="detail-section" aria-labelledby="reply-requests-heading">
      <h3 id="reply-requests-heading">Right of reply</h3>
      {requests.length === 0 ? (
        <p className="muted">No reply requests logged.</p>
      ) : (
        <ul className="plain-list">
          {requests.map((request) => (
            <li key={request.id} className="reply-request" data-overdue={request.overdue || undefined}>
              <p className="response-head">
                <span className="response-entity">{request.entity.name}</span>
                <span className="badge">{CHANNEL_LABELS[request.channel]}</span>
                {request.overdue ? (
                  <span className="badge overdue-badge">Overdue</span>
                ) : request.responseId ? (
                  <span className="badge">Answered</span>
                ) : null}
              </p>
              <p className="muted">
                Asked <time dateTime={request.requestedAt}>{formatDateTime(request.requestedAt)}</time>
                {' · '}deadline <time dateTime={request.deadline}>{formatDateTime(request.deadline)}</time>
              </p>
              {request.note && <p>{request.note}</p>}
              {editable && (
                <RemoveButton
                  claimId={claim.id}
                  remove={() =>
                    api.DELETE('/api/v1/reply-requests/{replyRequestId}', {
                      params: { path: { replyRequestId: request.id }, query: { version: request.version } },
                    })
                  }
                  label={`Remove reply request to ${request.entity.name}`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (adding ? (
          <ReplyRequestForm claim={claim} onDone={() => setAdding(false)} />
        ) : (
          <Button className="button button-secondary" onPress={() => setAdding(true)}>
            Log a reply request
          </Button>
        ))}
    </section>
  )
}

/** Today plus `days`, as the value of a date input (YYYY-MM-DD, local time). */
function dateInput(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function ReplyRequestForm({ claim, onDone }: { claim: ClaimDetail; onDone: () => void }) {
  const [entity, setEntity] = useState<EntityRef | null>(claim.subjects[0] ?? null)
  const [channel, setChannel] = useState<Channel>('email')
  const [deadline, setDeadline] = useState(dateInput(2))
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const write = useClaimWrite(claim.id)
  const id = useId()

  function save() {
    setError(null)
    if (!entity) return setError('Choose whom the request went to.')
    // The deadline is the end of the chosen day, in the checker's time zone.
    const end = new Date(`${deadline}T23:59:59`)
    if (Number.isNaN(end.getTime())) return setError('Enter the deadline as a date.')
    const now = new Date()
    if (end < now) return setError('The deadline is already past: pick today or a later day.')
    write.mutate(
      () =>
        api.POST('/api/v1/claims/{claimId}/reply-requests', {
          params: { path: { claimId: claim.id } },
          body: {
            entityId: entity.id,
            channel,
            requestedAt: now.toISOString(),
            deadline: end.toISOString(),
            note: note.trim() || null,
          },
        }),
      { onSuccess: onDone, onError: (e) => setError(e.message) },
    )
  }

  return (
    <fieldset className="record-form" aria-labelledby={id}>
      <legend id={id}>New reply request</legend>
      <EntityComboBox label="Asked whom" value={entity} onChange={setEntity} />
      <ChoiceSelect
        label="Channel"
        value={channel}
        options={REPLY_CHANNELS}
        labels={CHANNEL_LABELS}
        onChange={setChannel}
      />
      <TextField className="field" type="date" value={deadline} onChange={setDeadline}>
        <Label>Deadline</Label>
        <Input className="input" />
      </TextField>
      <TextField className="field" value={note} onChange={setNote}>
        <Label>Note</Label>
        <Input className="input" />
      </TextField>
      <FormActions
        error={error}
        pending={write.isPending}
        saveLabel="Log request"
        onSave={save}
        onCancel={onDone}
      />
    </fieldset>
  )
}
