import type { ArticleDetail } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useEffect, useState } from 'react'
import { Button, Form, Label, Text, TextArea, TextField } from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { fieldErrorsFromApi, useFieldErrors } from '../../ui/field-errors.ts'
import { meQueryOptions } from '../auth/auth-queries.ts'
import type { ClaimFields } from './claim-diff.ts'
import { ClaimFieldsInputs, checkFields, parseHedges } from './claim-fields.tsx'
import {
  createErrors,
  createFailure,
  hasNewClaimInput,
  isOtherSelection,
  placeQuote,
  quoteDescription,
} from './new-claim-quote.ts'
import { RestoredNotice } from './restored-notice.tsx'
import { locateQuote, type Span } from './selection-offsets.ts'
import { draftKey, readDraft, useDraft } from './unsaved-drafts.ts'
import { useCreateClaim } from './workspace-queries.ts'

/** A new claim not yet created, kept on this device (unsaved-drafts.ts). */
interface NewClaimDraft {
  articleVersionId: string
  span: Span | null
  quote: string
  fields: ClaimFields
  hedgesText: string
}

const EMPTY: ClaimFields = {
  statement: '',
  headline: '',
  kind: 'statement_of_fact',
  claimant: null,
  subjects: [],
  hedges: [],
}

interface NewClaimFormProps {
  article: ArticleDetail
  /** The text selected when the form opened. */
  initialSpan: Span | null
  /** The text selected now (the checker may select again while the form is open). */
  selection: Span | null
  onCreated: (claimId: string) => void
  onCancel: () => void
}

/**
 * Marks a claim on the text. The quote comes from the selection; without a mouse the checker types
 * the words instead and the form finds them in the text.
 */
export function NewClaimForm({ article, initialSpan, selection, onCreated, onCancel }: NewClaimFormProps) {
  const body = article.version.body
  const me = useQuery(meQueryOptions())
  const userId = me.data?.user?.id
  const key = userId ? draftKey(userId, 'new-claim', article.id) : null
  // A claim being marked when the session ended (or the page was reloaded) comes back as typed;
  // its quote only if it was taken from the text this version still has.
  const [restored] = useState(() => {
    const found = readDraft<NewClaimDraft>(key)
    return found && (!initialSpan || found.data.quote.trim() === '') ? found : null
  })
  const sameText = restored?.data.articleVersionId === article.version.id
  const [showRestored, setShowRestored] = useState(restored !== null)
  const [span, setSpan] = useState<Span | null>(
    initialSpan ?? (sameText ? (restored?.data.span ?? null) : null),
  )
  const [quote, setQuote] = useState(
    initialSpan ? body.slice(initialSpan.start, initialSpan.end) : (restored?.data.quote ?? ''),
  )
  const [fields, setFields] = useState<ClaimFields>(restored?.data.fields ?? EMPTY)
  const [hedgesText, setHedgesText] = useState(restored?.data.hedgesText ?? '')
  const dirty = hasNewClaimInput(fields, hedgesText, initialSpan ? '' : quote)
  const draft = useDraft<NewClaimDraft>(
    key,
    { articleVersionId: article.version.id, span, quote, fields, hedgesText },
    dirty,
  )
  const { errors, setErrors, clear, formRef, refuse } = useFieldErrors()
  const [failure, setFailure] = useState<string | null>(null)
  const create = useCreateClaim(article.id)

  // Focus goes to the quote when typed by hand, otherwise to the statement.
  useEffect(() => {
    const name = initialSpan ? 'statement' : 'quote'
    formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus()
  }, [initialSpan])

  function useSelection() {
    if (!selection) return
    setSpan(selection)
    setQuote(body.slice(selection.start, selection.end))
    clear('quote')
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setFailure(null)
    const problems = checkFields(fields)
    const { placed, problem } = placeQuote(body, span, quote)
    if (problem) problems.quote = problem
    if (Object.keys(problems).length > 0 || !placed) return refuse(problems)
    setErrors({})
    create.mutate(
      {
        articleVersionId: article.version.id,
        start: placed.start,
        end: placed.end,
        exact: body.slice(placed.start, placed.end),
        statement: fields.statement.trim(),
        headline: fields.headline.trim(),
        kind: fields.kind,
        claimantId: fields.claimant?.id ?? null,
        subjectIds: fields.subjects.map((e) => e.id),
        hedges: parseHedges(hedgesText),
      },
      {
        onSuccess: ({ data }) => {
          draft.markSaved()
          onCreated(data.id)
        },
        onError: (error) => {
          const onFields = createErrors(fieldErrorsFromApi(error))
          if (Object.keys(onFields).length > 0) refuse(onFields)
          else setFailure(createFailure(error))
        },
      },
    )
  }

  function discardRestored() {
    draft.markSaved()
    setFields(EMPTY)
    setHedgesText('')
    setQuote(initialSpan ? body.slice(initialSpan.start, initialSpan.end) : '')
    setSpan(initialSpan)
    setShowRestored(false)
  }

  const located = !span && quote.trim() ? locateQuote(body, quote) : null
  return (
    <section className="claim-editor" aria-labelledby="new-claim-heading">
      <h2 id="new-claim-heading" tabIndex={-1} data-panel-heading>
        New claim
      </h2>
      {showRestored && restored && <RestoredNotice savedAt={restored.savedAt} onDiscard={discardRestored} />}
      <Form
        ref={formRef}
        className="form editor-form"
        onSubmit={submit}
        validationBehavior="aria"
        validationErrors={errors}
      >
        <TextField
          name="quote"
          className="field"
          isRequired
          value={quote}
          onChange={(text) => {
            setQuote(text)
            setSpan(null)
            clear('quote')
          }}
        >
          <Label>Quote from the article</Label>
          <TextArea className="input textarea quote-input" rows={3} />
          <Text slot="description" className="field-description">
            {quoteDescription(span, located)}
          </Text>
          <FieldErrorAlert />
        </TextField>
        {isOtherSelection(selection, span) && (
          <Button className="link-button" onPress={useSelection}>
            Use the text selected now
          </Button>
        )}
        <ClaimFieldsInputs
          fields={fields}
          hedgesText={hedgesText}
          onChange={setFields}
          onHedgesChange={setHedgesText}
          onEdit={clear}
        />
        {failure && (
          <div className="form-alert" role="alert">
            {failure}
          </div>
        )}
        <div className="button-row">
          <Button type="submit" className="button" isPending={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create claim'}
          </Button>
          <Button
            className="button button-secondary"
            onPress={() => {
              draft.markSaved()
              onCancel()
            }}
            isDisabled={create.isPending}
          >
            Cancel
          </Button>
        </div>
      </Form>
    </section>
  )
}
