import { ARTICLE_SOURCE_FORMATS, type ArticleSource, MAX_ARTICLE_SOURCE_LENGTH } from '@claimtrail/contracts'
import {
  Input,
  Label,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { largePasteRef } from './large-paste.ts'

export type Format = (typeof ARTICLE_SOURCE_FORMATS)[number]

export const FORMAT_LABELS: Record<Format, string> = {
  text: 'Paste text',
  html: 'Paste HTML',
  url: 'From a web address',
}

/** The source as the API takes it, or a message for the field when there is nothing to send. */
export function sourceOf(format: Format, value: string): { source: ArticleSource } | { error: string } {
  const trimmed = value.trim()
  if (!trimmed) {
    return { error: format === 'url' ? 'Enter the article’s address' : 'Paste the article’s text' }
  }
  if (format === 'url') {
    if (!/^https?:\/\/\S+$/i.test(trimmed)) return { error: 'Enter an http:// or https:// address' }
    return { source: { format: 'url', url: trimmed } }
  }
  if (value.length > MAX_ARTICLE_SOURCE_LENGTH)
    return { error: 'This is longer than an article can be (2 MiB)' }
  return { source: format === 'text' ? { format: 'text', text: value } : { format: 'html', html: value } }
}

/** How the article comes in (pasted text, HTML or a web address) and the field for it. */
export function SourceFields({
  format,
  onFormatChange,
  value,
  onValueChange,
  isDisabled,
}: {
  format: Format
  onFormatChange: (format: Format) => void
  value: string
  onValueChange: (value: string) => void
  isDisabled: boolean
}) {
  return (
    <>
      <RadioGroup
        className="field radio-group"
        value={format}
        isDisabled={isDisabled}
        onChange={(v) => {
          const next = ARTICLE_SOURCE_FORMATS.find((f) => f === v)
          if (next) onFormatChange(next)
        }}
      >
        <Label>Source</Label>
        <div className="radio-row">
          {ARTICLE_SOURCE_FORMATS.map((f) => (
            <Radio key={f} value={f} className="radio">
              <span className="radio-dot" aria-hidden="true" />
              {FORMAT_LABELS[f]}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {format === 'url' ? (
        <TextField
          name="source"
          className="field"
          type="url"
          isRequired
          value={value}
          onChange={onValueChange}
          isDisabled={isDisabled}
        >
          <Label>Web address</Label>
          <Input className="input" placeholder="https://…" />
          <Text slot="description" className="field-description">
            The server fetches the page and keeps its main text.
          </Text>
          <FieldErrorAlert />
        </TextField>
      ) : (
        // Uncontrolled: a pasted 200 KB article is not copied into state and rendered again on
        // every key press; the form reads it when it is sent.
        <TextField
          // A new format starts an empty field.
          key={format}
          name="source"
          className="field"
          isRequired
          defaultValue={value}
          onChange={onValueChange}
          isDisabled={isDisabled}
        >
          <Label>{format === 'text' ? 'Article text' : 'Article HTML'}</Label>
          <TextArea ref={largePasteRef} className="input textarea source-input" rows={8} />
          <Text slot="description" className="field-description">
            {format === 'text'
              ? 'Paragraphs separated by blank lines.'
              : 'The page’s HTML: its main text is extracted.'}
          </Text>
          <FieldErrorAlert />
        </TextField>
      )}
    </>
  )
}

/** Shown while an import or a re-anchoring runs: it can take a while for a long page. */
export function ImportProgress({ label }: { label: string }) {
  return (
    <ProgressBar className="progress" isIndeterminate aria-label={label}>
      <span className="progress-label">{label}</span>
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" />
      </span>
    </ProgressBar>
  )
}
