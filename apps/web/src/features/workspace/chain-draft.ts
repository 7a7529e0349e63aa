import type { Chain, EntityRef, Hop, HopInput } from '@claimtrail/contracts'
import { findSharedOrigins } from '@claimtrail/core'
import { locateQuote, type Span } from './selection-offsets.ts'

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

export const newHop = (role: Hop['role']): DraftHop => ({
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

export const draftOf = (chain: Chain): DraftHop[] =>
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
export function previewOf(hops: readonly DraftHop[]): Chain {
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
export function sharedOriginWarnings(chains: readonly Chain[], names: (index: number) => string): string[] {
  return findSharedOrigins(chains).map(
    (shared) =>
      `${shared.chainIndexes.map(names).join(' and ')} share the origin ${shared.origin.name}: they are not independent sources.`,
  )
}
