import { z } from 'zod'
import { ChainSchema, ClaimKindSchema, SourcingGradeSchema } from './claims.ts'
import { CalendarDateSchema, CursorSchema, IdSchema } from './common.ts'
import { EntityKindSchema, EntityRefSchema } from './entities.ts'
import {
  EVIDENCE_RELATIONS,
  INFORMATION_CREDIBILITY,
  PUBLIC_CLAIM_STATUSES,
  REPLY_CHANNELS,
  RESPONSE_STANCES,
  SOURCE_RELIABILITY,
  SOURCING_GRADES,
} from './enums.ts'
import { TEXT_LIMITS } from './limits.ts'
import { hasNoNul, NUL_MESSAGE } from './storable-text.ts'

// The public claim ledger (docs/design.md, "Public ledger"): what anyone may read without logging in.
// Only published, corrected and retracted claims ever appear here, and only the fields a reader
// is meant to see: no notes, assignees, reply requests or desk members.

export const PublicClaimStatusSchema = z.enum(PUBLIC_CLAIM_STATUSES)

export const PublicVerdictSchema = z.object({
  label: z.string(),
  description: z.string(),
  colour: z.string(),
  ratingValue: z.number().int().nullable().meta({ description: 'schema.org reviewRating.ratingValue' }),
})
export type PublicVerdict = z.infer<typeof PublicVerdictSchema>

export const PublicArticleRefSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: EntityRefSchema.nullable(),
  publishedOn: z.string().nullable().meta({ description: 'Publication date of the article (YYYY-MM-DD)' }),
})
export type PublicArticleRef = z.infer<typeof PublicArticleRefSchema>

/** One row of the ledger. */
export const PublicClaimSummarySchema = z.object({
  id: z.uuid(),
  url: z.string().meta({ description: 'The claim’s page in the public ledger' }),
  status: PublicClaimStatusSchema,
  kind: ClaimKindSchema,
  headline: z.string(),
  statement: z.string(),
  claimant: EntityRefSchema.nullable(),
  subjects: z.array(EntityRefSchema),
  verdict: PublicVerdictSchema,
  sourcingGrade: SourcingGradeSchema.nullable(),
  article: PublicArticleRefSchema,
  publishedAt: z.string().meta({ description: 'When the desk published its review (ISO 8601)' }),
})
export type PublicClaimSummary = z.infer<typeof PublicClaimSummarySchema>

export const PublicClaimListSchema = z.object({
  items: z.array(PublicClaimSummarySchema),
  nextCursor: z.string().nullable(),
})
export type PublicClaimList = z.infer<typeof PublicClaimListSchema>

const IsoDate = CalendarDateSchema

/** Search and filters of the ledger, shared by the JSON list and the CSV export. */
export const PublicClaimFiltersSchema = z.strictObject({
  q: z.string().trim().min(1).max(TEXT_LIMITS.searchQuery).refine(hasNoNul, NUL_MESSAGE).optional().meta({
    description:
      'Full-text search over headline, statement, quote and rationale (English stemming; "quoted phrases", OR and -exclusions work)',
  }),
  verdict: z
    .string()
    .trim()
    .min(1)
    .max(TEXT_LIMITS.ratingLabel)
    .refine(hasNoNul, NUL_MESSAGE)
    .optional()
    .meta({ description: 'A rating label of the scale, e.g. False (case-insensitive)' }),
  grade: z.enum(SOURCING_GRADES).optional().meta({ description: 'Sourcing grade S1–S6' }),
  subject: IdSchema.optional().meta({ description: 'Id of a person or organisation the claims are about' }),
  outlet: IdSchema.optional().meta({ description: 'Id of the outlet that published the article' }),
  from: IsoDate.optional().meta({
    description: 'Published by the desk on or after this date (YYYY-MM-DD, UTC)',
  }),
  to: IsoDate.optional().meta({
    description: 'Published by the desk on or before this date (YYYY-MM-DD, UTC)',
  }),
})
export type PublicClaimFilters = z.infer<typeof PublicClaimFiltersSchema>

export const PublicClaimListQuerySchema = PublicClaimFiltersSchema.extend({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: CursorSchema.optional(),
})
export type PublicClaimListQuery = z.infer<typeof PublicClaimListQuerySchema>

export const PublicClaimParamsSchema = z.strictObject({ claimId: IdSchema })
export const PublicEntityParamsSchema = z.strictObject({ entityId: IdSchema })

/** The most claims an entity page lists per list and page (both lists page with keyset cursors). */
export const ENTITY_PAGE_MAX_LIMIT = 100

/** Each of an entity page's claim lists pages on its own cursor (a previous answer's next cursor). */
export const PublicEntityQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(ENTITY_PAGE_MAX_LIMIT).default(50),
  aboutCursor: CursorSchema.optional().meta({
    description: 'Where the claims about it go on (aboutNextCursor)',
  }),
  byCursor: CursorSchema.optional().meta({ description: 'Where the claims by it go on (byNextCursor)' }),
})
export type PublicEntityQuery = z.infer<typeof PublicEntityQuerySchema>
export const PublicArticleTextParamsSchema = z.strictObject({ articleId: IdSchema, versionId: IdSchema })
export const PublicEvidenceSnapshotParamsSchema = z.strictObject({ claimId: IdSchema, evidenceId: IdSchema })

export const PublicResponseSchema = z.object({
  id: z.uuid(),
  entity: EntityRefSchema,
  stance: z.enum(RESPONSE_STANCES),
  words: z.string().nullable(),
  addressesPart: z.string().nullable(),
  channel: z.enum(REPLY_CHANNELS).nullable(),
  respondedOn: z.string().nullable(),
})
export type PublicResponse = z.infer<typeof PublicResponseSchema>

/** A capture as a publication record freezes it (ADR 020): its date and hash, never its bytes. */
export const PublicEvidenceCaptureSchema = z.object({
  id: z.uuid().optional().meta({ description: 'The capture frozen in the record; absent in older records' }),
  capturedAt: z.string(),
  sha256: z.string(),
  hasText: z.boolean().optional().meta({ description: 'Whether text was extracted from it' }),
  snapshotUrl: z.string().optional().meta({
    description:
      'Where its extracted text is served as plain text (PUBLIC_SNAPSHOTS=text); absent when snapshots are not public or it has no text',
  }),
})
export type PublicEvidenceCapture = z.infer<typeof PublicEvidenceCaptureSchema>

export const PublicEvidenceSchema = z.object({
  id: z.uuid(),
  relation: z.enum(EVIDENCE_RELATIONS),
  url: z.string().nullable(),
  title: z.string(),
  note: z.string().nullable(),
  capture: PublicEvidenceCaptureSchema.nullable().optional().meta({
    description:
      'The newest capture of its address when the claim was published or last corrected (ADR 020); absent in older records',
  }),
})
export type PublicEvidence = z.infer<typeof PublicEvidenceSchema>

/** The sourcing grade shown to readers, with the reasons the rules gave (packages/core/sourcing). */
export const PublicSourcingSchema = z.object({
  grade: SourcingGradeSchema.meta({
    description: 'The grade in force: the editor’s override if any, else computed',
  }),
  computedGrade: SourcingGradeSchema,
  baseGrade: SourcingGradeSchema,
  overrideReason: z.string().nullable(),
  reasons: z.array(
    z.object({ rule: z.string(), effect: z.enum(['base', 'up', 'down', 'note']), text: z.string() }),
  ),
  sharedOrigins: z.array(z.object({ origin: EntityRefSchema, chainIndexes: z.array(z.number().int()) })),
  informationCredibility: z.enum(INFORMATION_CREDIBILITY).nullable(),
  sourceReliability: z.array(z.object({ entity: EntityRefSchema, reliability: z.enum(SOURCE_RELIABILITY) })),
})
export type PublicSourcing = z.infer<typeof PublicSourcingSchema>

/** The public changelog: publication, corrections and the retraction, oldest first. */
export const ChangelogEntrySchema = z.object({
  kind: z.enum(['published', 'corrected', 'retracted']),
  at: z.string(),
  verdict: z.string().nullable().meta({ description: 'The verdict’s label after this change' }),
  previousVerdict: z
    .string()
    .nullable()
    .meta({ description: 'The verdict’s label before, when the change altered it' }),
  whatChanged: z.string().nullable(),
  reason: z.string().nullable(),
})
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>

export const OtherAppearanceSchema = z.object({
  claimId: z.uuid(),
  headline: z.string(),
  verdict: PublicVerdictSchema,
  article: PublicArticleRefSchema,
  publishedAt: z.string(),
})
export type OtherAppearance = z.infer<typeof OtherAppearanceSchema>

export const PublicClaimDetailSchema = PublicClaimSummarySchema.extend({
  article: PublicArticleRefSchema.extend({
    byline: z.string().nullable(),
    language: z.string(),
  }),
  hedges: z.array(z.string()),
  quote: z.object({
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    articleVersionId: z.uuid(),
    versionNumber: z.number().int().positive(),
    before: z.string().meta({ description: 'The article text just before the quote' }),
    after: z.string().meta({ description: 'The article text just after the quote' }),
  }),
  articleEdited: z
    .object({
      at: z.string().meta({ description: 'When the edited text of the article was taken (ISO 8601)' }),
      versionNumber: z.number().int().positive(),
    })
    .nullable()
    .meta({
      description:
        'Set when the article was edited after this check and the quoted passage reads differently; the quote above is still the text that was checked',
    }),
  chains: z.array(ChainSchema),
  responses: z.array(PublicResponseSchema),
  evidence: z.array(PublicEvidenceSchema),
  rationale: z.string().nullable(),
  sourcing: PublicSourcingSchema.nullable(),
  changelog: z.array(ChangelogEntrySchema),
  otherAppearances: z.array(OtherAppearanceSchema),
})
export type PublicClaimDetail = z.infer<typeof PublicClaimDetailSchema>

/** A person, organisation or outlet with the public claims about it and by it. */
export const PublicEntityPageSchema = z.object({
  entity: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: EntityKindSchema,
    aliases: z.array(z.string()),
    wikidataId: z.string().nullable(),
  }),
  about: z.array(PublicClaimSummarySchema).meta({ description: 'Claims about the entity (it is a subject)' }),
  aboutNextCursor: z
    .string()
    .nullable()
    .meta({ description: 'aboutCursor of the next page; null on the last' }),
  by: z
    .array(PublicClaimSummarySchema)
    .meta({ description: 'Claims the entity makes or relays: as claimant, or as the outlet of the article' }),
  byNextCursor: z.string().nullable().meta({ description: 'byCursor of the next page; null on the last' }),
  responses: z.array(
    z.object({
      claim: z.object({ id: z.uuid(), headline: z.string(), verdict: PublicVerdictSchema }),
      stance: z.enum(RESPONSE_STANCES),
      words: z.string().nullable(),
      addressesPart: z.string().nullable(),
    }),
  ),
})
export type PublicEntityPage = z.infer<typeof PublicEntityPageSchema>

const AdmiraltyLevelSchema = z.object({ code: z.string(), label: z.string(), description: z.string() })

/** How the desk rates (IFCN: a public methodology and corrections policy). */
export const MethodologySchema = z.object({
  ratingScale: z.object({
    name: z.string(),
    description: z.string().nullable(),
    bestRating: z.number().int().nullable(),
    worstRating: z.number().int().nullable(),
    ratings: z.array(PublicVerdictSchema),
  }),
  sourcingGrades: z.array(
    z.object({
      grade: SourcingGradeSchema,
      description: z.string(),
      rules: z.array(z.object({ id: z.string(), description: z.string() })),
    }),
  ),
  adjustments: z.array(z.object({ id: z.string(), effect: z.string(), description: z.string() })),
  admiralty: z.object({
    sourceReliability: z.array(AdmiraltyLevelSchema),
    informationCredibility: z.array(AdmiraltyLevelSchema),
  }),
  correctionsPolicy: z.array(z.string()),
})
export type Methodology = z.infer<typeof MethodologySchema>

// ---- schema.org ClaimReview ---------------------------------------------------------------------

const SchemaOrgThing = z.object({ '@type': z.string(), name: z.string() })

export const CreativeWorkSchema = z.object({
  '@type': z.literal('CreativeWork'),
  url: z.string().optional(),
  headline: z.string(),
  datePublished: z.string().optional(),
  publisher: z.object({ '@type': z.literal('Organization'), name: z.string() }).optional(),
})
export type CreativeWork = z.infer<typeof CreativeWorkSchema>

/** schema.org ClaimReview, as search engines and fact-check aggregators read it. */
export const ClaimReviewSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: z.string(),
  claimReviewed: z.string(),
  datePublished: z.string(),
  dateModified: z.string().optional(),
  author: z.object({ '@type': z.literal('Organization'), name: z.string(), url: z.string() }),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    alternateName: z.string(),
    ratingValue: z.number().int().optional(),
    bestRating: z.number().int().optional(),
    worstRating: z.number().int().optional(),
    ratingExplanation: z.string().optional(),
  }),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: SchemaOrgThing.extend({ sameAs: z.string().optional() }).optional(),
    datePublished: z.string().optional(),
    appearance: z.array(CreativeWorkSchema),
    firstAppearance: CreativeWorkSchema.optional(),
  }),
})
export type ClaimReview = z.infer<typeof ClaimReviewSchema>

export const ClaimReviewFeedQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: CursorSchema.optional().meta({ description: 'From the Link rel="next" header' }),
})
export type ClaimReviewFeedQuery = z.infer<typeof ClaimReviewFeedQuerySchema>

/**
 * One review in the DataFeed, wrapped as the Fact Check Markup Tool and Data Commons feeds have it:
 * a DataFeedItem whose `item` holds the ClaimReview, with when the desk first published it and when
 * a correction last changed it.
 */
export const ClaimReviewFeedItemSchema = z.object({
  '@type': z.literal('DataFeedItem'),
  dateCreated: z.string().meta({ description: 'When the review was first published (ISO 8601)' }),
  dateModified: z.string().meta({ description: 'When a correction last changed it, else dateCreated' }),
  item: z.array(ClaimReviewSchema.omit({ '@context': true })).length(1),
})
export type ClaimReviewFeedItem = z.infer<typeof ClaimReviewFeedItemSchema>

/** schema.org DataFeed of ClaimReviews; the next page (if any) is in the Link rel="next" header. */
export const ClaimReviewFeedSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('DataFeed'),
  name: z.string(),
  url: z.string(),
  dateModified: z.string(),
  dataFeedElement: z.array(ClaimReviewFeedItemSchema),
})
export type ClaimReviewFeed = z.infer<typeof ClaimReviewFeedSchema>

// ---- W3C Web Annotation -------------------------------------------------------------------------

/** A published claim's anchor as a W3C Web Annotation (TextPositionSelector + TextQuoteSelector). */
export const WebAnnotationSchema = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: z.string(),
  type: z.literal('Annotation'),
  motivation: z.enum(['assessing', 'commenting']).meta({
    description: 'assessing while the review stands; commenting (no verdict) once it is retracted',
  }),
  created: z.string(),
  creator: z.object({ type: z.literal('Organization'), name: z.string() }),
  body: z.array(
    z.object({
      type: z.literal('TextualBody'),
      purpose: z.enum(['describing', 'assessing', 'commenting']),
      value: z.string(),
      format: z.literal('text/plain'),
      language: z.string().optional(),
    }),
  ),
  target: z.object({
    type: z.literal('SpecificResource'),
    source: z.string(),
    state: z.object({ type: z.literal('TimeState'), sourceDate: z.string() }).optional(),
    selector: z.tuple([
      z.object({ type: z.literal('TextPositionSelector'), start: z.number().int(), end: z.number().int() }),
      z.object({
        type: z.literal('TextQuoteSelector'),
        exact: z.string(),
        prefix: z.string(),
        suffix: z.string(),
      }),
    ]),
  }),
})
export type WebAnnotation = z.infer<typeof WebAnnotationSchema>
