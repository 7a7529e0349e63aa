import type { ChainReading } from './chain-reading.ts'
import type { GradeEvidence, GradeResponse } from './grade-input.ts'

// How the grade's reasons name denials, evidence and lists, for the editor.

export /** What answers a denial, in words, or undefined when nothing does. */
function answerToDenial(readings: readonly ChainReading[], evidence: readonly GradeEvidence[]) {
  const document = evidence.find((e) => e.relation === 'supports' && isPrimaryDocument(e))
  if (document) {
    return `a published primary document supports it${document.title ? ` (“${document.title}”)` : ''}`
  }
  const firstHand = readings.find((r) => r.rule === 'base.s1-named-first-hand')
  if (firstHand?.origin) {
    return `${firstHand.origin.entity.name} speaks to it on the record from first-hand knowledge`
  }
  return undefined
}

export function describeDenials(denials: readonly GradeResponse[]): string {
  const byParty = new Map<string, { name: string; parts: string[] }>()
  for (const r of denials) {
    const addressed = r.addressesPart?.trim()
    let part: string
    if (r.stance === 'denies') part = addressed ? `denies “${addressed}”` : 'denies it'
    else part = addressed ? `admits only “${addressed}”` : 'admits only part of it'
    const party = byParty.get(r.entity.id) ?? { name: r.entity.name, parts: [] }
    party.parts.push(part)
    byParty.set(r.entity.id, party)
  }
  const parties = [...byParty.values()].map((p) =>
    p.parts.length === 1 ? `${p.name} ${p.parts[0]}` : `${p.name} disputes it (${p.parts.join('; ')})`,
  )
  return `On the record, ${joinList(parties)}`
}

export function describeEvidence(e: GradeEvidence): string {
  const what = isPrimaryDocument(e) ? 'the primary document' : 'the evidence'
  return e.title
    ? `${what} “${e.title}”`
    : isPrimaryDocument(e)
      ? 'a primary document'
      : 'supporting evidence'
}

export function isPrimaryDocument(e: GradeEvidence): boolean {
  return e.kind === 'primary_document' || e.primary === true
}

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
