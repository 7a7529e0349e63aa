import { useEffect, useState } from 'react'
import { type ClaimFields, changedFields, fieldsOf, sameField } from './claim-diff.ts'
import { parseHedges } from './claim-fields.tsx'
import { readDraft, useDraft } from './unsaved-drafts.ts'
import type { TaggedClaim } from './workspace-queries.ts'

/** The version an edit is based on: its fields, and what a save sends to say which version it read. */
export interface Base {
  fields: ClaimFields
  etag: string | null
  version: number
}

export const baseOf = (tagged: TaggedClaim): Base => ({
  fields: fieldsOf(tagged.data),
  etag: tagged.etag,
  version: tagged.data.version,
})

/** An unsaved edit of the claim's fields, kept on this device: what was read, and what was typed. */
interface FieldsDraft {
  base: Base
  form: ClaimFields
  hedgesText: string
}

const sameFields = (a: ClaimFields, b: ClaimFields) =>
  (Object.keys(a) as (keyof ClaimFields)[]).every((f) => sameField(f, a[f], b[f]))

/**
 * The claim editor's fields as typed, the version they are based on, and the unsaved edit kept on
 * this device under `key` (unsaved-drafts.ts). `saving` holds the form still while a save is out.
 */
export function useClaimFieldsEdit(
  tagged: TaggedClaim,
  editable: boolean,
  key: string | null,
  saving: boolean,
) {
  // An edit left unsaved here before (the session ended, the page was reloaded) comes back, based on
  // the version it was typed against: saving it over a newer one shows the conflict, as ever.
  const [restored] = useState(() => (editable ? readDraft<FieldsDraft>(key) : null))
  const [showRestored, setShowRestored] = useState(restored !== null)
  // What the user read when they started editing: the version their save is based on.
  const [base, setBase] = useState<Base>(() => restored?.data.base ?? baseOf(tagged))
  const [form, setForm] = useState<ClaimFields>(() => restored?.data.form ?? fieldsOf(tagged.data))
  const [hedgesText, setHedgesText] = useState(
    () => restored?.data.hedgesText ?? tagged.data.hedges.join(', '),
  )

  const mine: ClaimFields = { ...form, hedges: parseHedges(hedgesText) }
  const dirty = Object.keys(changedFields(base.fields, mine)).length > 0
  const draft = useDraft<FieldsDraft>(key, { base, form, hedgesText }, dirty && editable)

  /** Puts `fields` in the form, based on `from`. */
  function showFields(from: Base, fields: ClaimFields) {
    setBase(from)
    setForm(fields)
    setHedgesText(fields.hedges.join(', '))
  }

  // The cached claim moves on under the form: after the user's own save, after a chain or response
  // was added (each bumps the claim's version), or after a refetch. An untouched form follows it;
  // a touched one keeps the version it was based on unless only the version moved.
  useEffect(() => {
    if (saving) return
    const latest = baseOf(tagged)
    if (latest.version === base.version) return
    if (!dirty) {
      setBase(latest)
      setForm(latest.fields)
      setHedgesText(latest.fields.hedges.join(', '))
    } else if (sameFields(latest.fields, base.fields)) {
      setBase(latest)
    }
  }, [tagged, saving, base, dirty])

  return {
    restored,
    showRestored,
    hideRestored: () => setShowRestored(false),
    base,
    form,
    setForm,
    hedgesText,
    setHedgesText,
    mine,
    dirty,
    draft,
    showFields,
  }
}
