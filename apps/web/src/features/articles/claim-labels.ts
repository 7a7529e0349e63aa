import type { ClaimInArticle, ClaimResponse, ClaimStatus, EntityRef, Hop } from '@claimtrail/contracts'
import { SOURCING_GRADE_DESCRIPTIONS } from '@claimtrail/core'

// Human words for the contract's vocabularies. Typed as Records over the contract's own unions, so
// a value added in packages/contracts/src/enums.ts fails the typecheck here until it has a label.

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  corrected: 'Corrected',
  retracted: 'Retracted',
}

export const KIND_LABELS: Record<ClaimInArticle['kind'], string> = {
  allegation: 'Allegation',
  statement_of_fact: 'Statement of fact',
  quotation: 'Quotation',
  prediction: 'Prediction',
  opinion: 'Opinion',
}

export const HOP_ROLE_LABELS: Record<Hop['role'], string> = {
  origin: 'Origin',
  relay: 'Relay',
  publisher: 'Publisher',
}

export const HOP_ACCESS_LABELS: Record<Hop['access'], string> = {
  direct: 'Direct knowledge',
  second_hand: 'Second-hand',
  unknown: 'Access unknown',
}

export const STANCE_LABELS: Record<ClaimResponse['stance'], string> = {
  denies: 'Denies',
  admits: 'Admits',
  partially_admits: 'Partially admits',
  confirms: 'Confirms',
  declines_to_comment: 'Declines to comment',
  did_not_respond: 'Did not respond',
}

export const ENTITY_KIND_LABELS: Record<EntityRef['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  outlet: 'Outlet',
  government_body: 'Government body',
  anonymous_group: 'Anonymous group',
}

/** The sourcing grades as docs/design.md defines them: core's descriptions, also on the methodology page. */
export const SOURCING_GRADE_LABELS = SOURCING_GRADE_DESCRIPTIONS

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

/** Formats a publication date (YYYY-MM-DD, or a full ISO timestamp) for display. */
export function formatDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date)
}

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' })

/**
 * Formats a moment (an ISO timestamp) for display: the same long date as formatDate, with the time
 * in the reader's zone. Every date in the app goes through one of these two.
 */
export function formatDateTime(value: string): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date)
}
