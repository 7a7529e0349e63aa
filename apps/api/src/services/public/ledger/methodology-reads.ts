import {
  INFORMATION_CREDIBILITY_LEVELS,
  type Methodology,
  SOURCE_RELIABILITY_LEVELS,
} from '@claimtrail/contracts'
import { ADJUSTMENT_RULES, GRADE_ORDER, GRADE_RULES, SOURCING_GRADE_DESCRIPTIONS } from '@claimtrail/core'
import { type Db, schema } from '@claimtrail/db'
import { asc, desc, isNull } from 'drizzle-orm'
import { toVerdict } from '../public-claims-query.ts'

const { ratings, ratingScales } = schema

/** The IFCN Code of Principles asks for a public corrections policy. */
const CORRECTIONS_POLICY = [
  'A published review is never edited in place. When we get something wrong, we publish a correction that says what changed, why, and when; the claim page and its changelog keep every version of the verdict.',
  'A correction that changes the verdict shows the verdict before and after.',
  'A review we can no longer stand behind is retracted, not deleted: it stays in the ledger, marked as retracted, with the reason.',
  'Corrections and retractions appear in the Atom feed at /ledger/feed.atom, next to new publications. A correction updates the ClaimReview markup (dateModified); a retraction withdraws it, and the claim page keeps the retraction note.',
  'A retracted review keeps its W3C Web Annotation, since the claim stays in the ledger, but the annotation no longer assesses the claim: it carries no verdict, only a comment that the review was retracted and why.',
  'What we publish about a claim is frozen: a later edit of the article, or a change of name of a person or organisation, reaches a published claim only through a correction. When the article was edited after our check and we keep the check as it was, the claim page says so, with the date.',
  'Anyone may ask for a correction by writing to the desk with the claim’s address and what they believe is wrong; we answer every request.',
]

const readScale = (db: Db) =>
  db.query.ratingScales
    .findFirst({
      orderBy: [desc(ratingScales.isDefault), asc(ratingScales.createdAt)],
      with: { ratings: { where: isNull(ratings.retiredAt), orderBy: [asc(ratings.position)] } },
    })
    .prepare('ledger_methodology_scale')

/**
 * Built once per database: the list page reads the scale on every uncached request, and composing
 * the relational query was a visible share of its CPU profile (bench/README.md, finding 17).
 */
const preparedScale = new WeakMap<Db, ReturnType<typeof readScale>>()

/** The rating scale, sourcing grades, Admiralty levels and corrections policy. */
export async function methodology(db: Db): Promise<Methodology> {
  let read = preparedScale.get(db)
  if (!read) {
    read = readScale(db)
    preparedScale.set(db, read)
  }
  const scale = await read.execute()
  const values = (scale?.ratings ?? []).map((r) => r.ratingValue).filter((v): v is number => v !== null)
  return {
    ratingScale: {
      name: scale?.name ?? 'No rating scale',
      description: scale?.description ?? null,
      bestRating: values.length > 0 ? Math.max(...values) : null,
      worstRating: values.length > 0 ? Math.min(...values) : null,
      ratings: (scale?.ratings ?? []).map(toVerdict),
    },
    sourcingGrades: GRADE_ORDER.map((grade) => ({
      grade,
      description: SOURCING_GRADE_DESCRIPTIONS[grade],
      rules: GRADE_RULES.filter((r) => r.grade === grade).map((r) => ({
        id: r.id,
        description: r.description,
      })),
    })),
    adjustments: ADJUSTMENT_RULES.map((r) => ({ id: r.id, effect: r.effect, description: r.description })),
    admiralty: {
      sourceReliability: SOURCE_RELIABILITY_LEVELS.map((l) => ({ ...l })),
      informationCredibility: INFORMATION_CREDIBILITY_LEVELS.map((l) => ({ ...l })),
    },
    correctionsPolicy: CORRECTIONS_POLICY,
  }
}
