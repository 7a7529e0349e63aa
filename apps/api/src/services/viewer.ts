import type { ROLES } from '@claimtrail/contracts'

/** Who is asking. Services filter what they return by it; a reader is anonymous. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; id: string; role: (typeof ROLES)[number]; displayName: string }

export const ANONYMOUS: Viewer = { kind: 'anonymous' }

/** Readers see published, corrected and retracted claims only (docs/design.md). */
export function seesUnpublished(viewer: Viewer): boolean {
  return viewer.kind === 'user'
}
