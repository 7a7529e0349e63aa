import {
  type ArticleDetail,
  type Chain,
  type ClaimDetail,
  type EntityRef,
  HOP_ACCESS,
  HOP_ROLES,
  type Hop,
  type HopInput,
} from '@claimtrail/contracts'
import { findSharedOrigins } from '@claimtrail/core'
import { useId, useState } from 'react'
import { Button, Checkbox, Input, Label, Text, TextField } from 'react-aria-components'
import { api } from '../../api/api-client.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { ChoiceSelect } from '../../ui/select-field.tsx'
import { AttributionChains } from '../articles/attribution-chain.tsx'
import { HOP_ACCESS_LABELS, HOP_ROLE_LABELS } from '../articles/claim-labels.ts'
import { EntityComboBox } from './entity-combobox.tsx'
import { locateQuote, type Span } from './selection-offsets.ts'
import { useClaimWrite } from './workspace-queries.ts'

/** One hop as the form holds it: the entity may not be chosen yet, the cue may not be anchored. */
export interface DraftHop {
  /** Identifies the hop in the form while hops are added and removed around it. */
  uid: number
  entity: EntityRef | null
  role: Hop['role']
  named: boolean
  onRecord: boolean
  access: Hop['access']
  anonymityReasonGiven: boolean
  cue: string
  /** Where the cue words sit in the text, when they were selected there. */
  cueSpan: Span | null
}

let nextUid = 0

const newHop = (role: Hop['role']): DraftHop => ({
  uid: nextUid++,
  entity: null,
  role,
  named: role !== 'origin',
  onRecord: role !== 'origin',
  access: 'unknown',
  anonymityReasonGiven: false,
  cue: '',
  cueSpan: null,
})

const draftOf = (chain: Chain): DraftHop[] =>
  [...chain.hops]
    .sort((a, b) => a.position - b.position)
    .map((h) => ({
      uid: nextUid++,
      entity: h.entity,
      role: h.role,
      named: h.named,
      onRecord: h.onRecord,
      access: h.access,
      anonymityReasonGiven: h.anonymityReasonGiven,
      cue: h.cue ?? '',
      cueSpan: h.cueStart != null && h.cueEnd != null ? { start: h.cueStart, end: h.cueEnd } : null,
    }))

/** The draft as a chain the graph can draw (hops without an entity are left out). */
function previewOf(hops: readonly DraftHop[]): Chain {
  return {
    id: 'draft',
    version: 1,
    position: 0,
    hops: hops.flatMap((h, position) =>
      h.entity
        ? [
            {
              id: `draft-${position}`,
              position,
              entity: h.entity,
              role: h.role,
              named: h.named,
              onRecord: h.onRecord,
              access: h.access,
              anonymityReasonGiven: h.anonymityReasonGiven,
              cue: h.cue.trim() || null,
              cueStart: h.cueSpan?.start ?? null,
              cueEnd: h.cueSpan?.end ?? null,
            },
          ]
        : [],
    ),
  }
}

/**
 * The hops as the API takes them. Cue words selected in the text keep their offsets; typed ones
 * are looked for near the claim, and sent without offsets when they are not in the text.
 */
export function hopInputs(hops: readonly DraftHop[], body: string | null, near: number): HopInput[] {
  return hops.flatMap((h) => {
    if (!h.entity) return []
    const cue = h.cue.trim()
    const span =
      body === null || !cue
        ? null
        : h.cueSpan && body.slice(h.cueSpan.start, h.cueSpan.end) === cue
          ? h.cueSpan
          : locateQuote(body, cue, near)
    return [
      {
        entityId: h.entity.id,
        role: h.role,
        named: h.named,
        onRecord: h.onRecord,
        access: h.access,
        anonymityReasonGiven: h.named ? false : h.anonymityReasonGiven,
        cue: cue || null,
        cueStart: span?.start ?? null,
        cueEnd: span?.end ?? null,
      },
    ]
  })
}

/** Warnings for chains that share an origin: they are not independent sources (circular sourcing). */
function sharedOriginWarnings(chains: readonly Chain[], names: (index: number) => string): string[] {
  return findSharedOrigins(chains).map(
    (shared) =>
      `${shared.chainIndexes.map(names).join(' and ')} share the origin ${shared.origin.name}: they are not independent sources.`,
  )
}

interface ChainsEditorProps {
  claim: ClaimDetail
  article: ArticleDetail
  selection: Span | null
  editable: boolean
}

export function ChainsEditor({ claim, article, selection, editable }: ChainsEditorProps) {
  const [editing, setEditing] = useState<Chain | 'new' | null>(null)
  const write = useClaimWrite(claim.id)
  const chains = [...claim.chains].sort((a, b) => a.position - b.position)
  const warnings = sharedOriginWarnings(chains, (i) => `Chain ${i + 1}`)

  return (
    <section className="detail-section" aria-labelledby="chains-heading">
      <h3 id="chains-heading">Attribution</h3>
      {warnings.map((w) => (
        <p key={w} className="notice" role="note">
          <strong>Circular sourcing:</strong> {w}
        </p>
      ))}
      {chains.length === 0 && editing === null && <p className="muted">No attribution recorded.</p>}
      {chains.map((chain, index) =>
        editing !== 'new' && editing?.id === chain.id ? (
          <ChainForm
            key={chain.id}
            claim={claim}
            article={article}
            selection={selection}
            chain={chain}
            title={`Edit chain ${index + 1}`}
            onDone={() => setEditing(null)}
          />
        ) : (
          <div key={chain.id} className="chain-block">
            <AttributionChains chains={chains.length > 1 ? [{ ...chain, position: 0 }] : [chain]} />
            {chains.length > 1 && <p className="chain-number muted">Chain {index + 1}</p>}
            {editable && (
              <div className="button-row">
                <Button className="link-button" onPress={() => setEditing(chain)}>
                  Edit chain {index + 1}
                </Button>
                <Button
                  className="link-button danger-link"
                  isDisabled={write.isPending}
                  onPress={() =>
                    write.mutate(() =>
                      api.DELETE('/api/v1/chains/{chainId}', {
                        params: { path: { chainId: chain.id }, query: { version: chain.version } },
                      }),
                    )
                  }
                >
                  Remove chain {index + 1}
                </Button>
              </div>
            )}
          </div>
        ),
      )}
      {write.isError && (
        <p className="field-error" role="alert">
          {write.error.message}
        </p>
      )}
      {editing === 'new' ? (
        <ChainForm
          claim={claim}
          article={article}
          selection={selection}
          chain={null}
          title={`New chain ${chains.length + 1}`}
          onDone={() => setEditing(null)}
        />
      ) : (
        editable && (
          <Button className="button button-secondary" onPress={() => setEditing('new')}>
            Add a chain
          </Button>
        )
      )}
    </section>
  )
}

interface ChainFormProps {
  claim: ClaimDetail
  article: ArticleDetail
  selection: Span | null
  chain: Chain | null
  title: string
  onDone: () => void
}

function ChainForm({ claim, article, selection, chain, title, onDone }: ChainFormProps) {
  const [hops, setHops] = useState<DraftHop[]>(() =>
    chain ? draftOf(chain) : [newHop('origin'), newHop('publisher')],
  )
  const [error, setError] = useState<string | null>(null)
  const write = useClaimWrite(claim.id)
  const headingId = useId()
  // Cue offsets point into the text the claim is anchored in: the current one unless orphaned.
  const body = claim.anchor.orphaned ? null : article.version.body

  const preview = previewOf(hops)
  const others = claim.chains.filter((c) => c.id !== chain?.id)
  const draftIndex = others.length
  const shared = findSharedOrigins([...others, preview]).filter((s) => s.chainIndexes.includes(draftIndex))

  const update = (index: number, change: Partial<DraftHop>) =>
    setHops((current) => current.map((h, i) => (i === index ? { ...h, ...change } : h)))

  function save() {
    setError(null)
    if (hops.some((h) => !h.entity)) {
      setError('Choose an entity for every hop, or remove the empty ones.')
      return
    }
    const input = hopInputs(hops, body, claim.anchor.start)
    write.mutate(
      chain
        ? () =>
            api.PUT('/api/v1/chains/{chainId}', {
              params: { path: { chainId: chain.id } },
              body: { version: chain.version, hops: input },
            })
        : () =>
            api.POST('/api/v1/claims/{claimId}/chains', {
              params: { path: { claimId: claim.id } },
              body: { hops: input },
            }),
      { onSuccess: onDone, onError: (e) => setError(e.message) },
    )
  }

  return (
    // A group of fields, not a nested <form>: the claim's own form is a sibling.
    <fieldset className="chain-form" aria-labelledby={headingId}>
      <legend id={headingId} className="chain-form-title">
        {title}
      </legend>
      <p className="muted">Origin first, then each outlet that relayed it, the article last.</p>
      <ol className="hop-forms">
        {hops.map((hop, index) => (
          <HopForm
            key={hop.uid}
            index={index}
            hop={hop}
            count={hops.length}
            body={body}
            selection={selection}
            onChange={(change) => update(index, change)}
            onRemove={() => setHops((current) => current.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      <Button
        className="button button-secondary"
        onPress={() =>
          setHops((current) => {
            // A relay goes in before the article (the last hop), once there is an origin.
            const at = Math.max(1, current.length - 1)
            return [...current.slice(0, at), newHop('relay'), ...current.slice(at)]
          })
        }
        isDisabled={hops.length >= 12}
      >
        Add a hop
      </Button>

      {shared.length > 0 && (
        <p className="notice" role="note">
          <strong>Circular sourcing:</strong> this chain shares its origin ({shared[0]?.origin.name}) with
          another chain of this claim. They are not independent sources.
        </p>
      )}

      <section className="chain-preview" aria-label="Preview of the chain">
        <h4 className="preview-title">Preview</h4>
        {preview.hops.length > 0 ? (
          <AttributionChains chains={[preview]} />
        ) : (
          <p className="muted">Choose the entities to see the chain.</p>
        )}
      </section>

      <FormActions
        error={error}
        pending={write.isPending}
        saveLabel="Save chain"
        onSave={save}
        onCancel={onDone}
      />
    </fieldset>
  )
}

interface HopFormProps {
  index: number
  hop: DraftHop
  count: number
  body: string | null
  selection: Span | null
  onChange: (change: Partial<DraftHop>) => void
  onRemove: () => void
}

function HopForm({ index, hop, count, body, selection, onChange, onRemove }: HopFormProps) {
  const n = index + 1
  const groupId = useId()
  return (
    <li className="hop-form" aria-labelledby={groupId}>
      <p id={groupId} className="hop-form-title">
        Hop {n}: {HOP_ROLE_LABELS[hop.role]}
      </p>
      <EntityComboBox
        label={`Hop ${n} entity`}
        value={hop.entity}
        defaultKind={index === 0 ? 'anonymous_group' : 'outlet'}
        onChange={(entity) =>
          onChange(
            entity?.kind === 'anonymous_group'
              ? { entity, named: false, onRecord: false }
              : entity && hop.entity === null
                ? { entity, named: true }
                : { entity },
          )
        }
      />
      {index > 0 && (
        <ChoiceSelect
          label={`Hop ${n} role`}
          value={hop.role}
          options={HOP_ROLES.filter((r) => r !== 'origin')}
          labels={HOP_ROLE_LABELS}
          onChange={(role) => onChange({ role })}
        />
      )}
      <div className="checkbox-row">
        <Checkbox className="checkbox" isSelected={hop.named} onChange={(named) => onChange({ named })}>
          <span className="checkbox-box" aria-hidden="true" />
          Named
        </Checkbox>
        <Checkbox
          className="checkbox"
          isSelected={hop.onRecord}
          onChange={(onRecord) => onChange({ onRecord })}
        >
          <span className="checkbox-box" aria-hidden="true" />
          On the record
        </Checkbox>
        {!hop.named && (
          <Checkbox
            className="checkbox"
            isSelected={hop.anonymityReasonGiven}
            onChange={(anonymityReasonGiven) => onChange({ anonymityReasonGiven })}
          >
            <span className="checkbox-box" aria-hidden="true" />
            Reason for anonymity given
          </Checkbox>
        )}
      </div>
      <ChoiceSelect
        label={`Hop ${n} access`}
        value={hop.access}
        options={HOP_ACCESS}
        labels={HOP_ACCESS_LABELS}
        onChange={(access) => onChange({ access })}
      />
      <TextField className="field" value={hop.cue} onChange={(cue) => onChange({ cue, cueSpan: null })}>
        <Label>Hop {n} cue words</Label>
        <Input className="input" />
        <Text slot="description" className="field-description">
          {hop.cueSpan
            ? `Anchored in the text at ${hop.cueSpan.start}–${hop.cueSpan.end}.`
            : 'The words that attribute it (“citing”, “reported”): select them in the text, or type them.'}
        </Text>
      </TextField>
      <div className="button-row">
        {body !== null && (
          <Button
            className="link-button"
            isDisabled={!selection}
            onPress={() =>
              selection && onChange({ cue: body.slice(selection.start, selection.end), cueSpan: selection })
            }
          >
            Use selected text as hop {n} cue
          </Button>
        )}
        {count > 1 && (
          <Button className="link-button danger-link" onPress={onRemove}>
            Remove hop {n}
          </Button>
        )}
      </div>
    </li>
  )
}
