import {
  type ArticleDetail,
  type ClaimDetail,
  type EntityRef,
  EVIDENCE_RELATIONS,
  REPLY_CHANNELS,
  RESPONSE_STANCES,
} from '@claimtrail/contracts'
import { useId, useState } from 'react'
import { Button, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { api } from '../../api/api-client.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { formatDateTime, STANCE_LABELS } from '../articles/claim-labels.ts'
import { ResponseItem } from '../articles/response-item.tsx'
import { EvidenceCaptureLine } from '../evidence/evidence-capture.tsx'
import { EntityComboBox } from './entity-combobox.tsx'
import { locateQuote, type Span } from './selection-offsets.ts'
import { type ClaimWrite, useClaimWrite } from './workspace-queries.ts'

type Stance = (typeof RESPONSE_STANCES)[number]
type Channel = (typeof REPLY_CHANNELS)[number]
type Relation = (typeof EVIDENCE_RELATIONS)[number]

const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone',
  in_person: 'In person',
  social_media: 'Social media',
  letter: 'Letter',
  other: 'Other',
}

const RELATION_LABELS: Record<Relation, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
}

interface RecordsEditorProps {
  claim: ClaimDetail
  article: ArticleDetail
  selection: Span | null
  editable: boolean
}

/** Responses of the people concerned, right-of-reply requests and evidence. */
export function RecordsEditor(props: RecordsEditorProps) {
  return (
    <>
      <Responses {...props} />
      <ReplyRequests {...props} />
      <EvidenceList {...props} />
    </>
  )
}

function RemoveButton({ claimId, remove, label }: { claimId: string; remove: ClaimWrite; label: string }) {
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

function Responses({ claim, article, selection, editable }: RecordsEditorProps) {
  const [adding, setAdding] = useState(false)
  return (
    <section className="detail-section" aria-labelledby="responses-heading">
      <h3 id="responses-heading">Responses</h3>
      {claim.responses.length === 0 ? (
        <p className="muted">No responses recorded.</p>
      ) : (
        <ul className="responses">
          {claim.responses.map((response) => (
            <ResponseItem key={response.id} response={response}>
              {editable && (
                <RemoveButton
                  claimId={claim.id}
                  remove={() =>
                    api.DELETE('/api/v1/responses/{responseId}', {
                      params: { path: { responseId: response.id }, query: { version: response.version } },
                    })
                  }
                  label={`Remove ${STANCE_LABELS[response.stance].toLowerCase()} response of ${response.entity.name}`}
                />
              )}
            </ResponseItem>
          ))}
        </ul>
      )}
      {editable &&
        (adding ? (
          <ResponseForm
            claim={claim}
            article={article}
            selection={selection}
            onDone={() => setAdding(false)}
          />
        ) : (
          <Button className="button button-secondary" onPress={() => setAdding(true)}>
            Add a response
          </Button>
        ))}
    </section>
  )
}

function ResponseForm({
  claim,
  article,
  selection,
  onDone,
}: Omit<RecordsEditorProps, 'editable'> & { onDone: () => void }) {
  const [entity, setEntity] = useState<EntityRef | null>(claim.subjects[0] ?? null)
  const [stance, setStance] = useState<Stance>('denies')
  const [words, setWords] = useState('')
  const [span, setSpan] = useState<Span | null>(null)
  const [part, setPart] = useState('')
  const [error, setError] = useState<string | null>(null)
  const write = useClaimWrite(claim.id)
  const id = useId()
  const body = claim.anchor.orphaned ? null : article.version.body

  function save() {
    setError(null)
    if (!entity) {
      setError('Choose who responded.')
      return
    }
    const typed = words.trim()
    const at =
      body === null || !typed
        ? null
        : span && body.slice(span.start, span.end) === typed
          ? span
          : locateQuote(body, typed, claim.anchor.start)
    write.mutate(
      () =>
        api.POST('/api/v1/claims/{claimId}/responses', {
          params: { path: { claimId: claim.id } },
          body: {
            entityId: entity.id,
            stance,
            words: typed || null,
            start: at?.start ?? null,
            end: at?.end ?? null,
            addressesPart: part.trim() || null,
          },
        }),
      { onSuccess: onDone, onError: (e) => setError(e.message) },
    )
  }

  return (
    <fieldset className="record-form" aria-labelledby={id}>
      <legend id={id}>New response</legend>
      <EntityComboBox label="Who responded" value={entity} onChange={setEntity} />
      <ChoiceSelect
        label="Stance"
        value={stance}
        options={RESPONSE_STANCES}
        labels={STANCE_LABELS}
        onChange={setStance}
      />
      <TextField
        className="field"
        value={words}
        onChange={(v) => {
          setWords(v)
          setSpan(null)
        }}
      >
        <Label>Their words</Label>
        <TextArea className="input textarea" rows={2} />
        <Text slot="description" className="field-description">
          {span ? 'Anchored on the words selected in the text.' : 'Select them in the text, or type them.'}
        </Text>
      </TextField>
      {body !== null && (
        <Button
          className="link-button"
          isDisabled={!selection}
          onPress={() => {
            if (!selection) return
            setWords(body.slice(selection.start, selection.end))
            setSpan(selection)
          }}
        >
          Use selected text as their words
        </Button>
      )}
      <TextField className="field" value={part} onChange={setPart}>
        <Label>Part of the claim it answers</Label>
        <Input className="input" />
        <Text slot="description" className="field-description">
          E.g. “That he urged China to delay their release”. Leave empty if it answers the whole claim.
        </Text>
      </TextField>
      <FormActions
        error={error}
        pending={write.isPending}
        saveLabel="Save response"
        onSave={save}
        onCancel={onDone}
      />
    </fieldset>
  )
}

function ReplyRequests({ claim, editable }: RecordsEditorProps) {
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

function EvidenceList({ claim, editable }: RecordsEditorProps) {
  const [adding, setAdding] = useState(false)
  return (
    <section className="detail-section" aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">Evidence</h3>
      {claim.evidence.length === 0 ? (
        <p className="muted">No evidence added.</p>
      ) : (
        <ul className="plain-list">
          {claim.evidence.map((item) => (
            <li key={item.id} className="evidence" data-relation={item.relation}>
              <p className="response-head">
                <span className="badge relation-badge" data-relation={item.relation}>
                  {RELATION_LABELS[item.relation]}
                </span>
                {item.url ? (
                  <a href={item.url} target="_blank" rel="noopener noreferrer">
                    {item.title}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : (
                  <span>{item.title}</span>
                )}
              </p>
              {item.note && <p className="muted">{item.note}</p>}
              <EvidenceCaptureLine claimId={claim.id} evidence={item} canCapture />
              {editable && (
                <RemoveButton
                  claimId={claim.id}
                  remove={() =>
                    api.DELETE('/api/v1/evidence/{evidenceId}', {
                      params: { path: { evidenceId: item.id }, query: { version: item.version } },
                    })
                  }
                  label={`Remove evidence “${item.title}”`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (adding ? (
          <EvidenceForm claim={claim} onDone={() => setAdding(false)} />
        ) : (
          <Button className="button button-secondary" onPress={() => setAdding(true)}>
            Add evidence
          </Button>
        ))}
    </section>
  )
}

function EvidenceForm({ claim, onDone }: { claim: ClaimDetail; onDone: () => void }) {
  const [relation, setRelation] = useState<Relation>('supports')
  const [title, setTitle] = useState('')
  const [url, setUrl] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const write = useClaimWrite(claim.id)
  const id = useId()

  function save() {
    setError(null)
    if (!title.trim()) return setError('Give the evidence a title.')
    write.mutate(
      () =>
        api.POST('/api/v1/claims/{claimId}/evidence', {
          params: { path: { claimId: claim.id } },
          body: { relation, title: title.trim(), url: url.trim() || null, note: note.trim() || null },
        }),
      { onSuccess: onDone, onError: (e) => setError(e.message) },
    )
  }

  return (
    <fieldset className="record-form" aria-labelledby={id}>
      <legend id={id}>New evidence</legend>
      <ChoiceSelect
        label="Relation"
        value={relation}
        options={EVIDENCE_RELATIONS}
        labels={RELATION_LABELS}
        onChange={setRelation}
      />
      <TextField className="field" value={title} onChange={setTitle} isRequired>
        <Label>Title</Label>
        <Input className="input" />
      </TextField>
      <TextField className="field" type="url" value={url} onChange={setUrl}>
        <Label>Link</Label>
        <Input className="input" placeholder="https://…" />
      </TextField>
      <TextField className="field" value={note} onChange={setNote}>
        <Label>Note</Label>
        <Input className="input" />
      </TextField>
      <FormActions
        error={error}
        pending={write.isPending}
        saveLabel="Save evidence"
        onSave={save}
        onCancel={onDone}
      />
    </fieldset>
  )
}
