import type { PublicClaimDetail, PublicClaimFilters, PublicEntityPage } from '@claimtrail/contracts'

/** A ledger page's title and description: the tab (useDocumentMeta) and the served <head> agree. */
export interface PageMeta {
  title: string
  description: string
}

export const SITE_TITLE = 'Claimtrail ledger'

/** Search results and link previews cut descriptions near 160–300 characters. */
export function shorten(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export const listMeta = (filters: PublicClaimFilters): PageMeta => ({
  title: filters.q ? `“${filters.q}” in the claim ledger` : 'Claim ledger',
  description:
    'Claims in the news checked by the desk: the verdict, how well each claim is sourced, who responded, and every correction.',
})

export const claimMeta = (claim: PublicClaimDetail): PageMeta => ({
  title: claim.headline,
  description: shorten(`${claim.verdict.label}: ${claim.statement}`),
})

export const entityMeta = ({ entity }: PublicEntityPage): PageMeta => ({
  title: entity.name,
  description: `Claims about and by ${entity.name} checked by the desk, with their verdicts and ${entity.name}’s responses.`,
})

export const METHODOLOGY_META: PageMeta = {
  title: 'Methodology',
  description:
    'How the desk rates claims: the rating scale, the sourcing grades S1–S6, the Admiralty source and information levels, and the corrections policy.',
}

export const NOT_FOUND_META: PageMeta = {
  title: 'Not in the ledger',
  description: 'There is nothing published at this address.',
}
