import type { ClaimDetail } from '@claimtrail/contracts'
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { draftKey } from './unsaved-drafts.ts'
import { useClaimFieldsEdit } from './use-claim-fields-edit.ts'
import type { TaggedClaim } from './workspace-queries.ts'

const tagged = (version: number, headline: string): TaggedClaim => ({
  etag: `"${version}"`,
  data: {
    version,
    statement: 'Taxes fell.',
    headline,
    kind: 'statement_of_fact',
    claimant: null,
    subjects: [],
    hedges: ['reportedly'],
  } as unknown as ClaimDetail,
})

const KEY = draftKey('u1', 'claim-fields', 'c1')

afterEach(() => localStorage.clear())

describe('useClaimFieldsEdit', () => {
  it('starts from the claim as read, untouched', () => {
    const { result } = renderHook(() => useClaimFieldsEdit(tagged(1, 'Taxes fell'), true, KEY, false))
    expect(result.current.form.headline).toBe('Taxes fell')
    expect(result.current.hedgesText).toBe('reportedly')
    expect(result.current.dirty).toBe(false)
    expect(result.current.restored).toBeNull()
  })

  it('follows a newer version while untouched, and keeps a touched form on the version it read', () => {
    const { result, rerender } = renderHook(({ claim }) => useClaimFieldsEdit(claim, true, KEY, false), {
      initialProps: { claim: tagged(1, 'Taxes fell') },
    })
    rerender({ claim: tagged(2, 'Taxes fell a lot') })
    expect(result.current.form.headline).toBe('Taxes fell a lot')
    expect(result.current.base.version).toBe(2)

    act(() => result.current.setForm({ ...result.current.form, headline: 'Mine' }))
    rerender({ claim: tagged(3, 'Theirs') })
    expect(result.current.form.headline).toBe('Mine')
    expect(result.current.base.version).toBe(2)
    expect(result.current.dirty).toBe(true)
  })

  it('keeps a touched edit on this device and restores it', () => {
    const first = renderHook(() => useClaimFieldsEdit(tagged(1, 'Taxes fell'), true, KEY, false))
    act(() => first.result.current.setHedgesText('reportedly, allegedly'))
    first.unmount()

    const { result } = renderHook(() => useClaimFieldsEdit(tagged(1, 'Taxes fell'), true, KEY, false))
    expect(result.current.restored?.data.hedgesText).toBe('reportedly, allegedly')
    expect(result.current.showRestored).toBe(true)
    expect(result.current.mine.hedges).toEqual(['reportedly', 'allegedly'])
    expect(result.current.dirty).toBe(true)
  })
})
