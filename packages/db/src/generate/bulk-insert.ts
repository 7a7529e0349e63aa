import { getTableName, type SQL, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '../client.ts'
import * as schema from '../schema/index.ts'
import type { GeneratedTable, Row } from './synthetic.ts'

/**
 * Bulk inserts that work the same on PostgreSQL and PGlite: one parameter per column, an array of
 * every row's value, unnested server-side:
 *
 *     insert into claims (id, article_id, …) select u.c0, u.c1, … from unnest($1::uuid[], $2::uuid[], …) as u(c0, c1, …)
 *
 * A statement costs one round trip and a dozen parameters whatever the row count, so it is not
 * bound by PostgreSQL's 65,535-parameter limit the way multi-row VALUES are, and parses once.
 */

/** SQL type of a column: a built-in type, or an enum / jsonb / text[] sent as text and cast. */
type ColumnType = string

interface TableSpec {
  name: string
  columns: [key: string, sqlName: string, type: ColumnType][]
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

// Keys are checked against drizzle's insert types, so a renamed column fails to compile here.
function spec<T extends PgTable>(
  table: T,
  columns: Partial<Record<keyof T['$inferInsert'] & string, ColumnType>>,
): TableSpec {
  return {
    name: getTableName(table),
    columns: Object.entries(columns as Record<string, ColumnType>).map(([key, type]) => [
      key,
      snake(key),
      type,
    ]),
  }
}

const stamps = { createdAt: 'timestamptz', updatedAt: 'timestamptz' } as const

export const TABLE_SPECS: Record<GeneratedTable | 'entities' | 'users' | 'publishedClaims', TableSpec> = {
  users: spec(schema.users, {
    id: 'uuid',
    email: 'text',
    displayName: 'text',
    role: 'role',
    passwordHash: 'text',
    active: 'bool',
  }),
  entities: spec(schema.entities, {
    id: 'uuid',
    name: 'text',
    kind: 'entity_kind',
    aliases: 'text[]',
    description: 'text',
    ...stamps,
  }),
  articles: spec(schema.articles, {
    id: 'uuid',
    title: 'text',
    outletId: 'uuid',
    url: 'text',
    byline: 'text',
    publishedOn: 'date',
    language: 'text',
    createdBy: 'uuid',
    ...stamps,
  }),
  articleVersions: spec(schema.articleVersions, {
    id: 'uuid',
    articleId: 'uuid',
    number: 'int',
    body: 'text',
    sha256: 'text',
    sourceFormat: 'text',
    importedBy: 'uuid',
    importedAt: 'timestamptz',
  }),
  claims: spec(schema.claims, {
    id: 'uuid',
    articleId: 'uuid',
    articleVersionId: 'uuid',
    anchorStart: 'int',
    anchorEnd: 'int',
    anchorExact: 'text',
    anchorPrefix: 'text',
    anchorSuffix: 'text',
    orphaned: 'bool',
    statement: 'text',
    headline: 'text',
    claimantId: 'uuid',
    kind: 'claim_kind',
    hedges: 'text[]',
    status: 'claim_status',
    verdictRatingId: 'uuid',
    rationale: 'text',
    createdBy: 'uuid',
    assigneeId: 'uuid',
    publishedAt: 'timestamptz',
    version: 'int',
    ...stamps,
  }),
  claimSubjects: spec(schema.claimSubjects, { claimId: 'uuid', entityId: 'uuid' }),
  attributionChains: spec(schema.attributionChains, {
    id: 'uuid',
    claimId: 'uuid',
    position: 'int',
    ...stamps,
  }),
  chainHops: spec(schema.chainHops, {
    id: 'uuid',
    chainId: 'uuid',
    position: 'int',
    entityId: 'uuid',
    role: 'hop_role',
    named: 'bool',
    onRecord: 'bool',
    access: 'hop_access',
    anonymityReasonGiven: 'bool',
    cue: 'text',
    cueStart: 'int',
    cueEnd: 'int',
    ...stamps,
  }),
  responses: spec(schema.responses, {
    id: 'uuid',
    claimId: 'uuid',
    entityId: 'uuid',
    stance: 'response_stance',
    words: 'text',
    wordsStart: 'int',
    wordsEnd: 'int',
    addressesPart: 'text',
    channel: 'reply_channel',
    respondedOn: 'date',
    createdBy: 'uuid',
    ...stamps,
  }),
  replyRequests: spec(schema.replyRequests, {
    id: 'uuid',
    claimId: 'uuid',
    entityId: 'uuid',
    channel: 'reply_channel',
    requestedAt: 'timestamptz',
    deadline: 'timestamptz',
    note: 'text',
    responseId: 'uuid',
    requestedBy: 'uuid',
    ...stamps,
  }),
  evidence: spec(schema.evidence, {
    id: 'uuid',
    claimId: 'uuid',
    relation: 'evidence_relation',
    url: 'text',
    title: 'text',
    note: 'text',
    addedBy: 'uuid',
    ...stamps,
  }),
  sourcingAssessments: spec(schema.sourcingAssessments, {
    id: 'uuid',
    claimId: 'uuid',
    informationCredibility: 'information_credibility',
    computedGrade: 'sourcing_grade',
    assessedBy: 'uuid',
    ...stamps,
  }),
  sourceReliabilityRatings: spec(schema.sourceReliabilityRatings, {
    id: 'uuid',
    assessmentId: 'uuid',
    entityId: 'uuid',
    reliability: 'source_reliability',
    ...stamps,
  }),
  claimCorrections: spec(schema.claimCorrections, {
    id: 'uuid',
    claimId: 'uuid',
    kind: 'text',
    whatChanged: 'text',
    reason: 'text',
    issuedBy: 'uuid',
    issuedAt: 'timestamptz',
  }),
  claimNotes: spec(schema.claimNotes, {
    id: 'uuid',
    claimId: 'uuid',
    authorId: 'uuid',
    body: 'text',
    createdAt: 'timestamptz',
  }),
  events: spec(schema.events, {
    occurredAt: 'timestamptz',
    actorId: 'uuid',
    action: 'text',
    subjectType: 'text',
    subjectId: 'text',
    claimId: 'uuid',
    before: 'jsonb',
    after: 'jsonb',
  }),
  // Written by the caller's publication hook (GenerateOptions.publications), not built here.
  publishedClaims: spec(schema.publishedClaims, {
    claimId: 'uuid',
    revision: 'int',
    status: 'text',
    publishedAt: 'timestamptz',
    recordedAt: 'timestamptz',
    articleId: 'uuid',
    articleVersionId: 'uuid',
    outletId: 'uuid',
    headline: 'text',
    statement: 'text',
    quote: 'text',
    rationale: 'text',
    verdictLabel: 'text',
    grade: 'text',
    subjectIds: 'uuid[]',
    byIds: 'uuid[]',
    mentionIds: 'uuid[]',
    responderIds: 'uuid[]',
    record: 'jsonb',
  }),
}

const BUILT_IN = new Set(['uuid', 'text', 'int', 'bool', 'timestamptz', 'date'])

/** A PostgreSQL array literal of strings: what a text[] column is sent as inside the outer array. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`
}

function toParam(value: Row[string] | undefined, type: ColumnType): unknown {
  if (value === null || value === undefined) return null
  if (type === 'jsonb') return JSON.stringify(value)
  if (type === 'text[]' || type === 'uuid[]') return arrayLiteral(value as readonly string[])
  return value
}

/** The rows of one table per statement; large enough to amortise a round trip, small enough for flat memory. */
export const ROWS_PER_STATEMENT = 5_000

/** Inserts `rows` into the table named by `table`, a statement per ROWS_PER_STATEMENT rows. */
export async function insertRows(
  tx: DbOrTx,
  table: keyof typeof TABLE_SPECS,
  rows: readonly Row[],
): Promise<void> {
  const { name, columns } = TABLE_SPECS[table]
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(from, from + ROWS_PER_STATEMENT)
    const params: SQL[] = columns.map(([key, , type]) => {
      const values = chunk.map((row) => toParam(row[key], type))
      return sql`${sql.param(values)}::${sql.raw(BUILT_IN.has(type) ? type : 'text')}[]`
    })
    const aliases = columns.map((_, i) => `c${i}`)
    const select = columns.map(([, , type], i) => (BUILT_IN.has(type) ? `u.c${i}` : `u.c${i}::${type}`))
    await tx.execute(
      sql`insert into ${sql.identifier(name)} (${sql.raw(columns.map(([, col]) => `"${col}"`).join(', '))}) select ${sql.raw(select.join(', '))} from unnest(${sql.join(params, sql`, `)}) as u(${sql.raw(aliases.join(', '))})`,
    )
  }
}
