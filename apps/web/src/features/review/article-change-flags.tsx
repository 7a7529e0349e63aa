import type { ArticleChangeFlag, QuotedPassageDto } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import {
  Button,
  Checkbox,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components'
import { DialogSubmitActions } from '../../ui/dialog-submit-actions.tsx'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { formatDate } from '../articles/claim-labels.ts'
import { claimArticleChangesQuery, useDismissArticleChange } from './article-change-queries.ts'

export const ARTICLE_CHANGE_WORDS: Record<ArticleChangeFlag['kind'], string> = {
  unchanged: 'Quote unchanged',
  changed: 'Quote changed',
  gone: 'Quote gone',
}

const RESOLUTION_WORDS = { corrected: 'Corrected', dismissed: 'Dismissed', superseded: 'Superseded' } as const

/** A passage with its quote marked. */
function Passage({ passage, label }: { passage: QuotedPassageDto; label: string }) {
  const at = passage.start - passage.textStart
  const quoteEnd = at + (passage.end - passage.start)
  return (
    <figure className="passage">
      <figcaption>{label}</figcaption>
      <blockquote className="claim-context">
        {passage.text.slice(0, at)}
        <mark className="claim-mark">{passage.text.slice(at, quoteEnd)}</mark>
        {passage.text.slice(quoteEnd)}
      </blockquote>
    </figure>
  )
}

/**
 * The article changed after this claim was published: the passage readers see (the record's
 * version) beside where it is now. The public record stays as published until the editor issues a
 * correction (which re-reads the claim as re-anchored) or dismisses the flag with a note.
 */
export function ArticleChangeFlags({ claimId }: { claimId: string }) {
  const flags = useQuery(claimArticleChangesQuery(claimId))
  if (flags.isPending) return <LoadingState label="Loading article changes…" />
  if (flags.isError)
    return (
      <ErrorState
        title="The article changes could not be loaded"
        error={flags.error}
        onRetry={() => void flags.refetch()}
        isRetrying={flags.isFetching}
      />
    )
  const open = flags.data.items.filter((f) => f.resolution === null)
  const settled = flags.data.items.filter((f) => f.resolution !== null && f.resolution !== 'superseded')
  if (open.length === 0 && settled.length === 0) return null
  return (
    <section className="review-section article-changes" aria-labelledby="article-changes-heading">
      <h2 id="article-changes-heading">The article changed after publication</h2>
      {open.map((flag) => (
        <OpenFlag key={flag.id} flag={flag} />
      ))}
      {settled.length > 0 && (
        <ul className="plain-list" aria-label="Settled article changes">
          {settled.map((f) => (
            <li key={f.id} className="muted">
              Version {f.toVersion.number}: {ARTICLE_CHANGE_WORDS[f.kind].toLowerCase()} ·{' '}
              {f.resolution ? RESOLUTION_WORDS[f.resolution] : ''}
              {f.resolvedBy ? ` by ${f.resolvedBy}` : ''}
              {f.resolvedAt ? ` on ${formatDate(f.resolvedAt)}` : ''}
              {f.resolutionNote ? ` — “${f.resolutionNote}”` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function OpenFlag({ flag }: { flag: ArticleChangeFlag }) {
  return (
    <article className="article-change" data-kind={flag.kind} aria-label={ARTICLE_CHANGE_WORDS[flag.kind]}>
      <p>
        <span className="badge" data-kind={flag.kind}>
          {ARTICLE_CHANGE_WORDS[flag.kind]}
        </span>{' '}
        Version {flag.toVersion.number} of the article arrived on {formatDate(flag.toVersion.importedAt)}.
        Readers still see the passage of version {flag.fromVersion.number}.
      </p>
      <div className="passages">
        <Passage passage={flag.before} label={`Published (version ${flag.fromVersion.number})`} />
        {flag.after ? (
          <Passage passage={flag.after} label={`Now (version ${flag.toVersion.number})`} />
        ) : (
          <figure className="passage">
            <figcaption>Now (version {flag.toVersion.number})</figcaption>
            <p className="notice">
              The quote is not in the new text. Re-anchor the claim in the workspace before correcting it.
            </p>
          </figure>
        )}
      </div>
      <p className="muted">
        To show readers the new text, issue a correction below: it publishes the claim as it now reads,
        re-anchored. Or dismiss the flag and say why.
      </p>
      <DismissDialog flag={flag} />
    </article>
  )
}

function DismissDialog({ flag }: { flag: ArticleChangeFlag }) {
  const [isOpen, setOpen] = useState(false)
  const [note, setNote] = useState('')
  const [tellReaders, setTellReaders] = useState(flag.kind !== 'unchanged')
  const [noteError, setNoteError] = useState<string | null>(null)
  const dismiss = useDismissArticleChange()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!note.trim()) return setNoteError('Say why no correction is needed.')
    dismiss.mutate(
      { flagId: flag.id, body: { version: flag.version, note: note.trim(), tellReaders } },
      { onSuccess: () => setOpen(false) },
    )
  }

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button button-secondary">Dismiss…</Button>
      <ModalOverlay className="modal-overlay" isDismissable={!dismiss.isPending}>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title" className="dialog-title">
              Dismiss the article change
            </Heading>
            <Form onSubmit={submit} validationBehavior="aria">
              <TextField
                value={note}
                onChange={(v) => {
                  setNote(v)
                  setNoteError(null)
                }}
                isInvalid={noteError !== null}
                isRequired
              >
                <Label>Why no correction is needed</Label>
                <TextArea rows={3} />
                {noteError && (
                  <Text slot="errorMessage" className="field-error">
                    {noteError}
                  </Text>
                )}
              </TextField>
              <Checkbox className="checkbox" isSelected={tellReaders} onChange={setTellReaders}>
                <span className="checkbox-box" aria-hidden="true" />
                Tell readers the article was edited after this check
              </Checkbox>
              <DialogSubmitActions
                failure={dismiss.isError ? `The flag was not dismissed: ${dismiss.error.message}` : null}
                submitLabel="Dismiss the flag"
                pending={dismiss.isPending}
              />
            </Form>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  )
}
