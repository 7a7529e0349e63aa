import { relations } from 'drizzle-orm'
import { articles, articleVersions } from './articles.ts'
import { claimCorrections, claimNotes, claimSubjects, claims } from './claims.ts'
import { entities } from './entities.ts'
import { ratingScales, ratings } from './ratings.ts'
import { evidence, replyRequests, responses } from './responses.ts'
import { attributionChains, chainHops, sourceReliabilityRatings, sourcingAssessments } from './sourcing.ts'

// Relations for drizzle's relational queries (db.query.*). They add no SQL constraints.

export const articlesRelations = relations(articles, ({ one, many }) => ({
  outlet: one(entities, { fields: [articles.outletId], references: [entities.id] }),
  versions: many(articleVersions),
  claims: many(claims),
}))

export const articleVersionsRelations = relations(articleVersions, ({ one }) => ({
  article: one(articles, { fields: [articleVersions.articleId], references: [articles.id] }),
}))

export const claimsRelations = relations(claims, ({ one, many }) => ({
  article: one(articles, { fields: [claims.articleId], references: [articles.id] }),
  articleVersion: one(articleVersions, {
    fields: [claims.articleVersionId],
    references: [articleVersions.id],
  }),
  claimant: one(entities, { fields: [claims.claimantId], references: [entities.id] }),
  verdict: one(ratings, { fields: [claims.verdictRatingId], references: [ratings.id] }),
  subjects: many(claimSubjects),
  chains: many(attributionChains),
  responses: many(responses),
  replyRequests: many(replyRequests),
  evidence: many(evidence),
  notes: many(claimNotes),
  corrections: many(claimCorrections),
  assessment: one(sourcingAssessments),
}))

export const claimSubjectsRelations = relations(claimSubjects, ({ one }) => ({
  claim: one(claims, { fields: [claimSubjects.claimId], references: [claims.id] }),
  entity: one(entities, { fields: [claimSubjects.entityId], references: [entities.id] }),
}))

export const claimNotesRelations = relations(claimNotes, ({ one }) => ({
  claim: one(claims, { fields: [claimNotes.claimId], references: [claims.id] }),
}))

export const claimCorrectionsRelations = relations(claimCorrections, ({ one }) => ({
  claim: one(claims, { fields: [claimCorrections.claimId], references: [claims.id] }),
}))

export const attributionChainsRelations = relations(attributionChains, ({ one, many }) => ({
  claim: one(claims, { fields: [attributionChains.claimId], references: [claims.id] }),
  hops: many(chainHops),
}))

export const chainHopsRelations = relations(chainHops, ({ one }) => ({
  chain: one(attributionChains, { fields: [chainHops.chainId], references: [attributionChains.id] }),
  entity: one(entities, { fields: [chainHops.entityId], references: [entities.id] }),
}))

export const responsesRelations = relations(responses, ({ one }) => ({
  claim: one(claims, { fields: [responses.claimId], references: [claims.id] }),
  entity: one(entities, { fields: [responses.entityId], references: [entities.id] }),
}))

export const replyRequestsRelations = relations(replyRequests, ({ one }) => ({
  claim: one(claims, { fields: [replyRequests.claimId], references: [claims.id] }),
  entity: one(entities, { fields: [replyRequests.entityId], references: [entities.id] }),
}))

export const evidenceRelations = relations(evidence, ({ one }) => ({
  claim: one(claims, { fields: [evidence.claimId], references: [claims.id] }),
}))

export const sourcingAssessmentsRelations = relations(sourcingAssessments, ({ one, many }) => ({
  claim: one(claims, { fields: [sourcingAssessments.claimId], references: [claims.id] }),
  sourceRatings: many(sourceReliabilityRatings),
}))

export const sourceReliabilityRatingsRelations = relations(sourceReliabilityRatings, ({ one }) => ({
  assessment: one(sourcingAssessments, {
    fields: [sourceReliabilityRatings.assessmentId],
    references: [sourcingAssessments.id],
  }),
  entity: one(entities, { fields: [sourceReliabilityRatings.entityId], references: [entities.id] }),
}))

export const ratingScalesRelations = relations(ratingScales, ({ many }) => ({ ratings: many(ratings) }))
export const ratingsRelations = relations(ratings, ({ one }) => ({
  scale: one(ratingScales, { fields: [ratings.scaleId], references: [ratingScales.id] }),
}))
