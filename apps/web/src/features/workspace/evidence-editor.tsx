import { type ClaimDetail, EVIDENCE_RELATIONS } from '@claimtrail/contracts'
import { useId, useState } from 'react'
import { Button, Input, Label, TextField } from 'react-aria-components'
import { api } from '../../api/api-client.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { EvidenceCaptureLine } from '../evidence/evidence-capture.tsx'
import { RELATION_LABELS, type Relation } from './record-labels.ts'
import type { RecordsEditorProps } from './records-editor.tsx'
import { RemoveButton } from './remove-record-button.tsx'
import { useClaimWrite } from './workspace-queries.ts'

/** The evidence the claim is checked against, and the form to add some. */
export function EvidenceList({ claim, editable }: RecordsEditorProps) {
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
