import type { ArticleDetail, Chain, ClaimDetail } from '@claimtrail/contracts'
import { findSharedOrigins } from '@claimtrail/core'
import { useId, useState } from 'react'
import { Button } from 'react-aria-components'
import { api } from '../../api/api-client.ts'
import { FormActions } from '../../ui/form-actions.tsx'
import { AttributionChains } from '../articles/attribution-chain.tsx'
import { type DraftHop, draftOf, hopInputs, newHop, previewOf, sharedOriginWarnings } from './chain-draft.ts'
import { HopForm } from './hop-form.tsx'
import type { Span } from './selection-offsets.ts'
import { useClaimWrite } from './workspace-queries.ts'

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
