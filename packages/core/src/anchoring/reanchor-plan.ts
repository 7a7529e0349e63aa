import { type ReanchorResult, reanchor } from './reanchor.ts'
import { describeSelection, type TextAnchor } from './selectors.ts'

/** A span anchored inside a claim's article version (a hop's cue words, a response's words). */
export interface SubSpan {
  id: string
  start: number | null
  end: number | null
}

export interface SubSpanChange {
  id: string
  before: { start: number; end: number }
  after: { start: number; end: number } | null
}

export interface ClaimToReanchor {
  id: string
  /** The article version the anchor points into (a key of ReanchorInput.bodies). */
  articleVersionId: string
  anchor: TextAnchor
  orphaned: boolean
  cues: SubSpan[]
  responseWords: SubSpan[]
}

export interface ReanchorInput {
  newBody: string
  /** Text of every version some claim is anchored in, by id. */
  bodies: Record<string, string>
  claims: ClaimToReanchor[]
}

export interface ClaimReanchorPlan {
  id: string
  result: ReanchorResult
  cues: SubSpanChange[]
  responseWords: SubSpanChange[]
}

/**
 * Where every claim of an article lands in a new version, and its cue and response spans with it
 * (docs/design.md, "Claim"): computed from plain data, without the database, so that it can run
 * in a worker thread before the write transaction opens (ADR 014). Cost: one reanchor per claim
 * and per span, each O(n) in the new text (reanchor.ts), so O(n × spans).
 */
export function planReanchoring(input: ReanchorInput): ClaimReanchorPlan[] {
  return input.claims.map((claim) => {
    const result = reanchor(input.newBody, claim.anchor)
    if (result.status === 'orphan') return { id: claim.id, result, cues: [], responseWords: [] }
    const oldBody = input.bodies[claim.articleVersionId] ?? ''
    return {
      id: claim.id,
      result,
      cues: moveSubSpans(oldBody, input.newBody, claim.cues),
      responseWords: moveSubSpans(oldBody, input.newBody, claim.responseWords),
    }
  })
}

/**
 * New offsets for spans of the old text. Cue words are short and repeat ("reported", "said"), so
 * a span is only kept where the text right beside it still agrees with what was there; otherwise
 * it would latch onto another "said" three paragraphs away.
 */
function moveSubSpans(oldBody: string, newBody: string, spans: SubSpan[]): SubSpanChange[] {
  const changes: SubSpanChange[] = []
  for (const span of spans) {
    if (span.start === null || span.end === null) continue
    const before = { start: span.start, end: span.end }
    const old = selectionIn(oldBody, span.start, span.end)
    const result = old ? reanchor(newBody, old) : ({ status: 'orphan' } as const)
    const after = result.status !== 'orphan' && old && contextAgrees(old, result) ? result : null
    if (after?.start === before.start && after.end === before.end) continue
    changes.push({ id: span.id, before, after: after ? { start: after.start, end: after.end } : null })
  }
  return changes
}

function selectionIn(text: string, start: number, end: number): TextAnchor | undefined {
  try {
    return describeSelection(text, start, end)
  } catch {
    return undefined // offsets that never fitted the text: nothing to follow
  }
}

const CONTEXT = 8

function contextAgrees(old: TextAnchor, found: TextAnchor): boolean {
  if (old.prefix === '' && old.suffix === '') return true
  const prefix = old.prefix.slice(-CONTEXT)
  const suffix = old.suffix.slice(0, CONTEXT)
  return (
    (prefix !== '' && found.prefix.endsWith(prefix)) || (suffix !== '' && found.suffix.startsWith(suffix))
  )
}
