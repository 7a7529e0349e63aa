import {
  type AdmiraltyLevel,
  type ClaimDetail,
  INFORMATION_CREDIBILITY_LEVELS,
  SOURCE_RELIABILITY_LEVELS,
  SOURCING_GRADES,
} from '@claimtrail/contracts'
import { useId, useState } from 'react'
import {
  Button,
  Form,
  Label,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
  Tooltip,
  TooltipTrigger,
} from 'react-aria-components'
import { FieldErrorAlert } from '../../ui/field-error-alert.tsx'
import { FormActions } from '../../ui/form-actions.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import type { ReviewWrite } from './review-queries.ts'

type Grade = (typeof SOURCING_GRADES)[number]

export interface WriteProps {
  claim: ClaimDetail
  /** Sends one review write; resolves to an error message, or null when it was saved (then announces `done`). */
  onWrite: (write: ReviewWrite, done?: string) => Promise<string | null>
  pending: boolean
  /** Whether the editor may change the assessment now (not once the claim is published). */
  editable: boolean
}

const EFFECT_WORDS: Record<ClaimDetail['sourcing']['reasons'][number]['effect'], string> = {
  base: 'Starting grade',
  up: 'Raises the grade',
  down: 'Lowers the grade',
  note: 'Note',
}
const EFFECT_SIGNS = { base: '●', up: '▲', down: '▼', note: 'ℹ' } as const

/** The computed grade and why it came out so, rule by rule (docs/design.md: the UI shows why). */
export function SourcingGrade({ claim, onWrite, pending, editable }: WriteProps) {
  const { sourcing, assessment } = claim
  const override = assessment?.overrideGrade ?? null
  const effective = override ?? sourcing.computedGrade
  return (
    <section className="review-section" aria-labelledby="grade-heading">
      <h2 id="grade-heading">Sourcing grade</h2>
      <div className="grade-summary">
        <span className="grade-big" data-testid="effective-grade" aria-describedby="grade-meaning">
          {effective}
        </span>
        <div>
          <p id="grade-meaning">{SOURCING_GRADE_LABELS[effective]}</p>
          {override ? (
            <p className="notice">
              Overridden by an editor (computed: {sourcing.computedGrade}). Reason:{' '}
              {assessment?.overrideReason}
            </p>
          ) : (
            <p className="muted">Computed from the chains, responses and hedges.</p>
          )}
        </div>
      </div>
      <h3>Why {sourcing.computedGrade}</h3>
      <ol className="grade-reasons" aria-label={`Why the computed grade is ${sourcing.computedGrade}`}>
        {sourcing.reasons.map((reason) => (
          <li key={`${reason.rule}-${reason.text}`} data-effect={reason.effect}>
            <span className="grade-effect" aria-hidden="true">
              {EFFECT_SIGNS[reason.effect]}
            </span>
            <span className="visually-hidden">{EFFECT_WORDS[reason.effect]}: </span>
            <span>{reason.text}</span>
            <code className="grade-rule">{reason.rule}</code>
          </li>
        ))}
      </ol>
      {sourcing.sharedOrigins.length > 0 && (
        <div className="notice" role="note">
          <strong>Circular sourcing:</strong>{' '}
          {sourcing.sharedOrigins
            .map(
              (s) =>
                `${s.origin.name} is the origin of chains ${s.chainIndexes.map((i) => i + 1).join(' and ')}`,
            )
            .join('; ')}
          . Those chains are not independent.
        </div>
      )}
      {editable && <OverrideForm claim={claim} onWrite={onWrite} pending={pending} editable={editable} />}
    </section>
  )
}

function OverrideForm({ claim, onWrite, pending }: WriteProps) {
  const current = claim.assessment?.overrideGrade ?? null
  const [open, setOpen] = useState(false)
  const [grade, setGrade] = useState<Grade | null>(current)
  const [reason, setReason] = useState(claim.assessment?.overrideReason ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)

  if (!open) {
    return (
      <div className="button-row">
        <Button className="button button-secondary" onPress={() => setOpen(true)}>
          {current ? 'Change the override' : 'Override the grade'}
        </Button>
        {current && (
          <Button
            className="button button-secondary"
            isPending={pending}
            onPress={async () =>
              setError(await onWrite({ kind: 'assessment', body: { overrideGrade: null } }))
            }
          >
            Remove the override
          </Button>
        )}
        {error && (
          <p className="form-alert" role="alert">
            {error}
          </p>
        )}
      </div>
    )
  }

  async function save() {
    const found: Record<string, string> = {}
    if (!grade) found.overrideGrade = 'Choose the grade the claim should have'
    if (!reason.trim()) found.overrideReason = 'Say why the computed grade is wrong'
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const message = await onWrite(
      { kind: 'assessment', body: { overrideGrade: grade, overrideReason: reason.trim() } },
      `Grade overridden: ${grade}.`,
    )
    setError(message)
    if (!message) setOpen(false)
  }

  return (
    <Form className="editor-form" validationErrors={errors} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        name="overrideGrade"
        label="Grade to use instead"
        placeholder="Choose a grade"
        selectedKey={grade}
        onSelectionChange={(key) => {
          setGrade(SOURCING_GRADES.find((g) => g === key) ?? null)
          setErrors(({ overrideGrade: _g, ...rest }) => rest)
        }}
        isInvalid={Boolean(errors.overrideGrade)}
        options={SOURCING_GRADES.map((g) => ({ id: g, label: `${g} · ${SOURCING_GRADE_LABELS[g]}` }))}
      />
      <TextField
        className="field"
        name="overrideReason"
        value={reason}
        onChange={(value) => {
          setReason(value)
          setErrors(({ overrideReason: _r, ...rest }) => rest)
        }}
        isRequired
      >
        <Label>Reason for the override</Label>
        <TextArea className="input textarea" rows={3} />
        <FieldErrorAlert />
      </TextField>
      <FormActions
        error={error}
        pending={pending}
        saveLabel="Save the override"
        onSave={() => void save()}
        onCancel={() => {
          setOpen(false)
          setErrors({})
          setError(null)
        }}
      />
    </Form>
  )
}

/**
 * One Admiralty scale as radio buttons; each level explains itself in a tooltip (on hover, or on
 * focus of its ⓘ button) and, for screen readers, as the radio's description.
 */
function AdmiraltyScale<Code extends string>({
  label,
  levels,
  value,
  onChange,
  isDisabled,
}: {
  label: string
  levels: readonly AdmiraltyLevel<Code>[]
  value: Code | null
  onChange: (code: Code) => void
  isDisabled: boolean
}) {
  const id = useId()
  return (
    <RadioGroup
      className="field admiralty-scale"
      value={value}
      onChange={(v) => {
        const level = levels.find((l) => l.code === v)
        if (level) onChange(level.code)
      }}
      orientation="horizontal"
      isDisabled={isDisabled}
    >
      <Label>{label}</Label>
      <div className="admiralty-levels">
        {levels.map((level) => (
          <div key={level.code} className="admiralty-level">
            <Radio
              value={level.code}
              className="radio"
              aria-label={`${level.code}: ${level.label}`}
              aria-describedby={`${id}-${level.code}`}
            >
              <span className="radio-dot" aria-hidden="true" />
              <span>
                <strong>{level.code}</strong> <span>{level.label}</span>
              </span>
            </Radio>
            <span id={`${id}-${level.code}`} className="visually-hidden">
              {level.description}
            </span>
            <TooltipTrigger delay={300}>
              <Button className="info-button" aria-label={`What ${level.code} (${level.label}) means`}>
                <span aria-hidden="true">?</span>
              </Button>
              <Tooltip className="tooltip" placement="top">
                <strong>
                  {level.code} · {level.label}.
                </strong>{' '}
                {level.description}
              </Tooltip>
            </TooltipTrigger>
          </div>
        ))}
      </div>
    </RadioGroup>
  )
}

type Reliability = (typeof SOURCE_RELIABILITY_LEVELS)[number]['code']
type Credibility = (typeof INFORMATION_CREDIBILITY_LEVELS)[number]['code']

/** The origin entity of each chain, once each: the sources whose reliability the editor rates. */
export function originsOf(claim: Pick<ClaimDetail, 'chains'>) {
  const seen = new Map<string, ClaimDetail['chains'][number]['hops'][number]['entity']>()
  for (const chain of claim.chains) {
    const origin = [...chain.hops].sort((a, b) => a.position - b.position)[0]
    if (origin && !seen.has(origin.entity.id)) seen.set(origin.entity.id, origin.entity)
  }
  return [...seen.values()]
}

/** The Admiralty (NATO STANAG 2511) ratings: A–F per origin source, 1–6 for the claim. */
export function AdmiraltyForm({ claim, onWrite, pending, editable }: WriteProps) {
  const origins = originsOf(claim)
  const initialReliability = () =>
    Object.fromEntries((claim.assessment?.sourceReliability ?? []).map((r) => [r.entity.id, r.reliability]))
  const [reliability, setReliability] = useState<Record<string, Reliability>>(initialReliability)
  const [credibility, setCredibility] = useState<Credibility | null>(
    claim.assessment?.informationCredibility ?? null,
  )
  const [error, setError] = useState<string | null>(null)

  async function save() {
    const message = await onWrite(
      {
        kind: 'assessment',
        body: {
          informationCredibility: credibility,
          sourceReliability: origins
            .filter((o) => reliability[o.id])
            .map((o) => ({ entityId: o.id, reliability: reliability[o.id] as Reliability })),
        },
      },
      'Admiralty ratings saved.',
    )
    setError(message)
  }

  return (
    <section className="review-section" aria-labelledby="admiralty-heading">
      <h2 id="admiralty-heading">Admiralty ratings</h2>
      <p className="muted">
        NATO STANAG 2511: how reliable each origin source is (A–F), and how credible the information is (1–6).
        Kept apart from the verdict.
      </p>
      {origins.length === 0 ? (
        <p className="muted">No origin source is recorded, so there is no source to rate.</p>
      ) : (
        origins.map((origin) => (
          <AdmiraltyScale
            key={origin.id}
            label={`Reliability of ${origin.name}`}
            levels={SOURCE_RELIABILITY_LEVELS}
            value={reliability[origin.id] ?? null}
            onChange={(code) => {
              setReliability((current) => ({ ...current, [origin.id]: code }))
            }}
            isDisabled={!editable || pending}
          />
        ))
      )}
      <AdmiraltyScale
        label="Credibility of the information"
        levels={INFORMATION_CREDIBILITY_LEVELS}
        value={credibility}
        onChange={setCredibility}
        isDisabled={!editable || pending}
      />
      {editable && (
        <>
          {error && (
            <p className="form-alert" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <Button className="button" onPress={() => void save()} isPending={pending}>
              Save the ratings
            </Button>
          </div>
        </>
      )}
    </section>
  )
}
