import {
  type AdmiraltyLevel,
  type ClaimDetail,
  INFORMATION_CREDIBILITY_LEVELS,
  SOURCE_RELIABILITY_LEVELS,
} from '@claimtrail/contracts'
import { useId, useState } from 'react'
import { Button, Label, Radio, RadioGroup, Tooltip, TooltipTrigger } from 'react-aria-components'
import type { WriteProps } from './sourcing-review.tsx'

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
