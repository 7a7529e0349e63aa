import pg from 'pg'
import {
  BIG_ARTICLE_CLAIMS,
  CONNECTIONS,
  DB_URL,
  env,
  HEAVY_CONNECTIONS,
  PUBLIC_STATUSES,
  query,
} from '../config.ts'

export interface Scenario {
  name: string
  path: string
  auth?: boolean
  connections: number
  /** Compared against a raw-pg replay of the same SQL. */
  baseline: boolean
  /** A server-rendered page: compared with the JSON scenario of this name (req/s ratio). */
  jsonOf?: string
}

const encodeCursor = (parts: string[]) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url')
const keyOf = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

export async function scenarios(hasPublic: boolean): Promise<Scenario[]> {
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  try {
    const [big] = await query<{ id: string }>(
      db,
      'select article_id as id from claims group by article_id having count(*) >= $1 limit 1',
      [BIG_ARTICLE_CLAIMS],
    )
    const list: Scenario[] = [
      {
        name: 'articles list (reader)',
        path: '/api/v1/articles?limit=50',
        connections: CONNECTIONS,
        baseline: true,
      },
      {
        name: 'claims queue (checker)',
        path: '/api/v1/claims?limit=50',
        auth: true,
        connections: CONNECTIONS,
        baseline: true,
      },
      {
        name: 'claims queue in_review',
        path: '/api/v1/claims?status=in_review&limit=50',
        auth: true,
        connections: CONNECTIONS,
        baseline: true,
      },
      {
        name: `article page, ${BIG_ARTICLE_CLAIMS} claims`,
        path: `/api/v1/articles/${big?.id}`,
        auth: true,
        connections: HEAVY_CONNECTIONS,
        baseline: true,
      },
    ]
    if (hasPublic) {
      const deep = async (where: string, offset: number) => {
        const [row] = await query<{ k: string; id: string }>(
          db,
          `select ${keyOf('published_at')} as k, id from claims where status in ${PUBLIC_STATUSES} ${where} order by published_at desc, id offset ${offset} limit 1`,
        )
        return row ? encodeURIComponent(encodeCursor([row.k, row.id])) : undefined
      }
      // Deep means past most of what a reader would page through: 100,000 claims in at full size.
      const [{ n: publicCount } = { n: 0 }] = await query<{ n: number }>(
        db,
        `select count(*)::int as n from claims where status in ${PUBLIC_STATUSES}`,
      )
      const depth = Math.min(100_000, Math.floor(publicCount * 0.3))
      const q = env.BENCH_QUERY ?? 'harbour'
      const search = `and to_tsvector('english', headline || ' ' || statement || ' ' || anchor_exact || ' ' || coalesce(rationale, '')) @@ websearch_to_tsquery('english', '${q.replace(/'/g, "''")}')`
      const [one] = await query<{ id: string }>(
        db,
        `select id from claims where status = 'published' order by published_at desc offset ${Math.floor(depth / 20)} limit 1`,
      )
      list.push(
        {
          name: 'ledger first page',
          path: '/api/v1/public/claims?limit=50',
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: 'ledger deep page',
          path: `/api/v1/public/claims?limit=50&cursor=${await deep('', depth)}`,
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: `ledger search “${q}”`,
          path: `/api/v1/public/claims?limit=50&q=${encodeURIComponent(q)}`,
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: `ledger search deep`,
          path: `/api/v1/public/claims?limit=50&q=${encodeURIComponent(q)}&cursor=${await deep(search, Math.min(5_000, Math.floor(depth / 20)))}`,
          connections: CONNECTIONS,
          baseline: true,
        },
        {
          name: 'ledger claim page',
          path: `/api/v1/public/claims/${one?.id}`,
          connections: CONNECTIONS,
          baseline: true,
        },
      )
      // The same reads served as HTML pages (ADR 016), each compared with its JSON route.
      const [person] = await query<{ id: string }>(
        db,
        `select e.id from entities e where e.kind = 'person' and exists (select 1 from published_claims p where p.subject_ids @> array[e.id]) limit 1`,
      )
      list.push(
        {
          name: 'ledger HTML: list',
          path: '/ledger',
          connections: CONNECTIONS,
          baseline: false,
          jsonOf: 'ledger first page',
        },
        {
          name: 'ledger HTML: claim page',
          path: `/ledger/claims/${one?.id}`,
          connections: CONNECTIONS,
          baseline: false,
          jsonOf: 'ledger claim page',
        },
        {
          name: 'ledger person page (JSON)',
          path: `/api/v1/public/entities/${person?.id}`,
          connections: CONNECTIONS,
          baseline: false,
        },
        {
          name: 'ledger HTML: person page',
          path: `/ledger/people/${person?.id}`,
          connections: CONNECTIONS,
          baseline: false,
          jsonOf: 'ledger person page (JSON)',
        },
      )
    }
    return list
  } finally {
    await db.end()
  }
}
