import { type EntityRef, RESPONSE_STANCES } from '@claimtrail/contracts'
import { useId, useState } from 'react'
import { Button, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { api } from '../../api/api-client.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { STANCE_LABELS } from '../articles/claim-labels.ts'
import { ResponseItem } from '../articles/response-item.tsx'
import { EntityComboBox } from './entity-combobox.tsx'
import type { Stance } from './record-labels.ts'
import type { RecordsEditorProps } from './records-editor.tsx'
import { RemoveButton } from './remove-record-button.tsx'
import { locateQuote, type Span } from './selection-offsets.ts'
import { useClaimWrite } from './workspace-queries.ts'

/** The responses of the people and organisations concerned, and the form to record one. */
export function ResponsesEditor({ claim, article, selection, editable }: RecordsEditorProps) {
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
