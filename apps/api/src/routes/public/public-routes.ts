import {
  ClaimReviewFeedQuerySchema,
  ClaimReviewFeedSchema,
  ClaimReviewSchema,
  ErrorSchema,
  MethodologySchema,
  PublicArticleTextParamsSchema,
  PublicClaimDetailSchema,
  PublicClaimFiltersSchema,
  PublicClaimListQuerySchema,
  PublicClaimListSchema,
  PublicClaimParamsSchema,
  PublicEntityPageSchema,
  PublicEntityParamsSchema,
  PublicEntityQuerySchema,
  PublicEvidenceSnapshotParamsSchema,
  type WebAnnotation,
  WebAnnotationSchema,
} from '@claimtrail/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { claimsCsv } from '../../services/public/csv-export.ts'
import type { PublicLedgerService } from '../../services/public/public-ledger-service.ts'
import type { ResponseCache } from '../../services/public/response-cache.ts'
import { publicHttp } from './public-http.ts'

const LD_JSON = 'application/ld+json; charset=utf-8'
/** The Web Annotation media type (W3C Web Annotation Protocol §4.2): JSON-LD with the anno profile. */
const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
const tags = ['public ledger']
const notFound = { 404: ErrorSchema }
/** A response in another media type than JSON, for the OpenAPI document (and Fastify's serializer). */
const as = <T>(mediaType: string, schema: T, description: string) => ({
  description,
  content: { [mediaType]: { schema } },
})

/**
 * The public claim ledger's API, under /api/v1/public: no login, published, corrected
 * and retracted claims only. Formats for machines: JSON, CSV, schema.org ClaimReview, W3C Web
 * Annotation. The Atom feed lives beside the pages, at /ledger/feed.atom (ledger-feed-routes.ts).
 */
export const publicRoutes: FastifyPluginAsyncZod<{
  ledger: PublicLedgerService
  cache: ResponseCache | null
}> = async (app, { ledger, cache }) => {
  await publicHttp(app, cache)

  app.get(
    '/claims',
    {
      schema: {
        tags,
        operationId: 'listPublicClaims',
        summary: 'Published claims, newest publication first; full-text search and filters, keyset paging',
        querystring: PublicClaimListQuerySchema,
        response: { 200: PublicClaimListSchema, 400: ErrorSchema },
      },
    },
    (request) => ledger.list(request.query),
  )

  app.get(
    '/claims.csv',
    {
      schema: {
        tags,
        operationId: 'exportPublicClaimsCsv',
        summary: 'Every published claim matching the filters as CSV (RFC 4180, UTF-8, header row), streamed',
        querystring: PublicClaimFiltersSchema,
        response: {
          200: as('text/csv', z.string(), 'One row per claim, newest publication first; weak ETag'),
          400: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { rows: claims, digest } = await ledger.exportAll(request.query)
      return (
        reply
          .type('text/csv; charset=utf-8; header=present')
          .header('content-disposition', 'attachment; filename="claimtrail-ledger.csv"')
          .header('etag', `W/"${digest}"`)
          // A stream goes out as it is read; the string schema above only documents the format.
          .send(claimsCsv(claims) as unknown as string)
      )
    },
  )

  app.get(
    '/claims/:claimId',
    {
      schema: {
        tags,
        operationId: 'getPublicClaim',
        summary:
          'One published claim: quote in context, chains, responses, evidence, verdict, sourcing, changelog',
        params: PublicClaimParamsSchema,
        response: { 200: PublicClaimDetailSchema, ...notFound },
      },
    },
    (request) => ledger.get(request.params.claimId),
  )

  app.get(
    '/claims/:claimId/claimreview',
    {
      schema: {
        tags,
        operationId: 'getPublicClaimReview',
        summary: 'The claim’s schema.org ClaimReview (application/ld+json); 410 once the review is retracted',
        params: PublicClaimParamsSchema,
        response: {
          200: as('application/ld+json', ClaimReviewSchema, 'schema.org ClaimReview (JSON-LD)'),
          ...notFound,
          410: ErrorSchema,
        },
      },
    },
    async (request, reply) => reply.type(LD_JSON).send(await ledger.claimReview(request.params.claimId)),
  )

  app.get(
    '/claims/:claimId/annotation',
    {
      schema: {
        tags,
        operationId: 'getPublicClaimAnnotation',
        summary:
          'The claim’s anchor in its article as a W3C Web Annotation; its target.source is the quoted version’s text',
        params: PublicClaimParamsSchema,
        response: {
          200: as(ANNOTATION_MEDIA_TYPE, WebAnnotationSchema, 'W3C Web Annotation (JSON-LD, anno profile)'),
          ...notFound,
        },
      },
    },
    async (request, reply) =>
      // Sent as text: Fastify picks serializers by bare media type, and this one has a profile.
      reply
        .type(`${ANNOTATION_MEDIA_TYPE}; charset=utf-8`)
        .send(JSON.stringify(await ledger.annotation(request.params.claimId)) as unknown as WebAnnotation),
  )

  app.get(
    '/articles/:articleId/versions/:versionId/text',
    {
      schema: {
        tags,
        operationId: 'getPublicArticleText',
        summary:
          'The text of one version of an article with public claims, as plain text: what Web Annotation selectors count in',
        params: PublicArticleTextParamsSchema,
        response: {
          200: as('text/plain', z.string(), 'The version’s text, exactly as the selectors count it'),
          ...notFound,
        },
      },
    },
    async (request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(await ledger.articleText(request.params.articleId, request.params.versionId)),
  )

  app.get(
    '/claims/:claimId/evidence/:evidenceId/snapshot',
    {
      config: { skipResponseCache: true },
      schema: {
        tags,
        operationId: 'getPublicEvidenceSnapshot',
        summary:
          'The extracted text of the evidence capture the claim’s publication froze, as inert plain text (PUBLIC_SNAPSHOTS=text); 409 SNAPSHOT_CORRUPTED when its bytes no longer match the published SHA-256, 410 once the review is retracted',
        params: PublicEvidenceSnapshotParamsSchema,
        response: {
          200: as('text/plain', z.string(), 'The capture’s extracted text, re-hashed on every read'),
          ...notFound,
          409: ErrorSchema,
          410: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { claimId, evidenceId } = request.params
      const text = await ledger.evidenceSnapshot(claimId, evidenceId)
      return (
        reply
          .type('text/plain; charset=utf-8')
          // A third party's page, as text only: nothing in it may run or be sniffed as our origin's.
          .header('content-security-policy', "sandbox; default-src 'none'")
          .header('x-content-type-options', 'nosniff')
          .send(text)
      )
    },
  )

  app.get(
    '/claimreview',
    {
      schema: {
        tags,
        operationId: 'getClaimReviewFeed',
        summary:
          'Every ClaimReview as a schema.org DataFeed of DataFeedItems, a page at a time (next page in the Link header)',
        querystring: ClaimReviewFeedQuerySchema,
        response: {
          200: as('application/ld+json', ClaimReviewFeedSchema, 'schema.org DataFeed (JSON-LD)'),
          400: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { feed, nextCursor } = await ledger.claimReviewFeed(request.query)
      if (nextCursor) {
        const next = new URLSearchParams({ limit: String(request.query.limit), cursor: nextCursor })
        reply.header('link', `</api/v1/public/claimreview?${next}>; rel="next"`)
      }
      return reply.type(LD_JSON).send(feed)
    },
  )

  app.get(
    '/entities/:entityId',
    {
      schema: {
        tags,
        operationId: 'getPublicEntity',
        summary:
          'A person, organisation or outlet with a page of the published claims about it and by it (each list on its own cursor)',
        params: PublicEntityParamsSchema,
        querystring: PublicEntityQuerySchema,
        response: { 200: PublicEntityPageSchema, 400: ErrorSchema, ...notFound },
      },
    },
    (request) => ledger.entity(request.params.entityId, request.query),
  )

  app.get(
    '/methodology',
    {
      schema: {
        tags,
        operationId: 'getMethodology',
        summary: 'The rating scale, sourcing grades, Admiralty levels and corrections policy',
        response: { 200: MethodologySchema },
      },
    },
    () => ledger.methodology(),
  )
}
