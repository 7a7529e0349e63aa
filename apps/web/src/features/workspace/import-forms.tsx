import { CreateArticleSchema, type EntityRef, type ImportedVersion, type Job } from '@claimtrail/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useCallback, useRef, useState } from 'react'
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { fieldErrorsFromApi, useFieldErrors, validateForm } from '../../ui/field-errors.ts'
import { JobProgress } from '../jobs/job-progress.tsx'
import { EntityComboBox } from './entity-combobox.tsx'
import { type Format, ImportProgress, SourceFields, sourceOf } from './import-source-fields.tsx'
import { invalidateImported, useImportArticle, useImportVersion } from './workspace-queries.ts'

/** Imports a new article (for the desk's article list), with what the public pages show of it. */
export function ImportArticleForm({ onImported }: { onImported: (articleId: string) => void }) {
  const [format, setFormat] = useState<Format>('text')
  // The pasted text lives in its (uncontrolled) field; this only follows it for sending.
  const source = useRef('')
  const [urlSource, setUrlSource] = useState('')
  const [title, setTitle] = useState('')
  const [outlet, setOutlet] = useState<EntityRef | null>(null)
  const [byline, setByline] = useState('')
  const [publishedOn, setPublishedOn] = useState('')
  const [language, setLanguage] = useState('')
  const [url, setUrl] = useState('')
  const { errors, setErrors, clear } = useFieldErrors()
  const importArticle = useImportArticle()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (importArticle.isPending) return
    const sourceValue = format === 'url' ? urlSource : source.current
    const found = sourceOf(format, sourceValue)
    const optional = (v: string) => (v.trim() === '' ? undefined : v.trim())
    // The same schema the API validates with (packages/contracts), so the form refuses what the API
    // would, with the same words, before anything is sent.
    const checked = validateForm(
      CreateArticleSchema,
      {
        title,
        outlet: outlet?.id,
        byline: optional(byline),
        publishedOn: optional(publishedOn),
        language: optional(language),
        url: format === 'url' ? undefined : optional(url),
        source: 'source' in found ? found.source : { format: 'text', text: '' },
      },
      { title: 'Give the article its title' },
    )
    const problems: Record<string, string> = checked.ok ? {} : { ...checked.errors }
    if ('error' in found) problems.source = found.error
    if (!checked.ok || Object.keys(problems).length > 0) return setErrors(problems)
    setErrors({})
    importArticle.mutate(checked.data, {
      onSuccess: (created) => onImported(created.article.id),
      onError: (error) => {
        const onFields = fieldErrorsFromApi(error)
        if (Object.keys(onFields).length > 0) setErrors(onFields)
      },
    })
  }

  const failure =
    importArticle.isError && Object.keys(errors).length === 0 ? importArticle.error.message : null
  const pending = importArticle.isPending
  const text = (
    name: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: { type?: string; description?: string; placeholder?: string } = {},
  ) => (
    <TextField
      name={name}
      className="field"
      type={options.type}
      value={value}
      isDisabled={pending}
      onChange={(v) => {
        set(v)
        clear(name)
      }}
    >
      <Label>{label}</Label>
      <Input className="input" placeholder={options.placeholder} />
      {options.description && (
        <Text slot="description" className="field-description">
          {options.description}
        </Text>
      )}
      <FieldErrorAlert />
    </TextField>
  )
  return (
    <Form className="form import-form" onSubmit={submit} validationBehavior="aria" validationErrors={errors}>
      <TextField
        name="title"
        className="field"
        isRequired
        value={title}
        isDisabled={pending}
        onChange={(v) => {
          setTitle(v)
          clear('title')
        }}
      >
        <Label>Title</Label>
        <Input className="input" />
        <FieldErrorAlert />
      </TextField>
      <div className="import-meta">
        <EntityComboBox
          label="Outlet"
          description="Who published it (found by name, or created as an outlet)."
          value={outlet}
          defaultKind="outlet"
          isDisabled={pending}
          errorMessage={errors.outlet}
          onChange={(entity) => {
            setOutlet(entity)
            clear('outlet')
          }}
        />
        {text('byline', 'Byline', byline, setByline, { description: 'The author or authors, as printed.' })}
        {text('publishedOn', 'Publication date', publishedOn, setPublishedOn, { type: 'date' })}
        {text('language', 'Language', language, setLanguage, {
          placeholder: 'en',
          description: 'A language tag such as en or fr-CA.',
        })}
        {format !== 'url' &&
          text('url', 'Web address of the article', url, setUrl, {
            type: 'url',
            placeholder: 'https://…',
            description: 'Where readers can find the original.',
          })}
      </div>
      <SourceFields
        format={format}
        onFormatChange={(f) => {
          setFormat(f)
          source.current = ''
          clear('source')
        }}
        value={format === 'url' ? urlSource : ''}
        onValueChange={(v) => {
          if (format === 'url') setUrlSource(v)
          else source.current = v
          if (errors.source) clear('source')
        }}
        isDisabled={pending}
      />
      {pending && (
        <ImportProgress
          label={format === 'url' ? 'Fetching and importing the page…' : 'Importing the article…'}
        />
      )}
      {failure && (
        <div className="form-alert" role="alert">
          Not imported: {failure}
        </div>
      )}
      <Button type="submit" className="button" isPending={pending}>
        {pending ? 'Importing…' : 'Import article'}
      </Button>
    </Form>
  )
}

/** Imports an edited text of an article: a new version, and every claim re-anchored in it. */
export function ImportVersionForm({
  articleId,
  onImported,
  onCancel,
}: {
  articleId: string
  onImported: (result: ImportedVersion) => void
  onCancel: () => void
}) {
  const [format, setFormat] = useState<Format>('text')
  const [urlSource, setUrlSource] = useState('')
  const pasted = useRef('')
  const { errors, setErrors, clear } = useFieldErrors()
  const importVersion = useImportVersion(articleId)
  const queryClient = useQueryClient()
  // A long text is imported by a job on the server (202): followed here until it ends.
  const [jobId, setJobId] = useState<string | null>(null)
  const [jobFailure, setJobFailure] = useState<string | null>(null)
  const busy = importVersion.isPending || jobId !== null
  const onJobFinished = useCallback(
    async (job: Job) => {
      setJobId(null)
      if (job.kind === 'article_version.import' && job.status === 'succeeded' && job.result) {
        await invalidateImported(queryClient, articleId)
        onImported(job.result)
      } else {
        setJobFailure(job.error?.message ?? 'the import failed')
      }
    },
    [articleId, onImported, queryClient],
  )

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setJobFailure(null)
    const source = sourceOf(format, format === 'url' ? urlSource : pasted.current)
    if ('error' in source) return setErrors({ source: source.error })
    setErrors({})
    importVersion.mutate(
      { source: source.source },
      {
        onSuccess: (answer) => {
          if (!answer) return
          if ('status' in answer) setJobId(answer.id)
          else onImported(answer)
        },
        onError: (error) => {
          const onFields = fieldErrorsFromApi(error)
          if (Object.keys(onFields).length > 0) setErrors({ source: Object.values(onFields)[0] ?? '' })
        },
      },
    )
  }

  const failure =
    jobFailure ??
    (importVersion.isError && Object.keys(errors).length === 0 ? importVersion.error.message : null)
  return (
    <Form className="form import-form" onSubmit={submit} validationBehavior="aria" validationErrors={errors}>
      <h2 className="form-title">Import a new version of the text</h2>
      <p className="muted">
        Every claim is placed again in the new text: same place, moved, or matched approximately. Claims whose
        words are gone become orphans, kept for you to place by hand.
      </p>
      <SourceFields
        format={format}
        onFormatChange={(f) => {
          setFormat(f)
          pasted.current = ''
          clear('source')
        }}
        value={format === 'url' ? urlSource : ''}
        onValueChange={(v) => {
          if (format === 'url') setUrlSource(v)
          else pasted.current = v
          if (errors.source) clear('source')
        }}
        isDisabled={busy}
      />
      {importVersion.isPending && <ImportProgress label="Importing and re-anchoring the claims…" />}
      {jobId && <JobProgress jobId={jobId} kind="article_version.import" onFinished={onJobFinished} />}
      {failure && (
        <div className="form-alert" role="alert">
          Not imported: {failure}
        </div>
      )}
      <div className="button-row">
        <Button type="submit" className="button" isPending={busy}>
          {busy ? 'Importing…' : 'Import new version'}
        </Button>
        <Button className="button button-secondary" onPress={onCancel} isDisabled={busy}>
          Cancel
        </Button>
      </div>
    </Form>
  )
}
