import type { ImportedVersion } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { importedSummary } from './imported-summary.ts'

describe('importedSummary', () => {
  it('counts how the claims were carried over to a new version', () => {
    const imported = {
      created: true,
      version: { number: 3 },
      reanchored: { position: 4, moved: 2, fuzzy: 1, orphaned: 0 },
    } as ImportedVersion
    expect(importedSummary(imported)).toBe(
      'Version 3 imported. Claims: 4 at the same place, 2 moved, 1 matched approximately, 0 orphaned.',
    )
  })

  it('says when the text was already there', () => {
    const imported = { created: false, version: { number: 2 } } as ImportedVersion
    expect(importedSummary(imported)).toBe('The text is the same as version 2: nothing changed.')
  })
})
