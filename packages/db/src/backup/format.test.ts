import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  BackupFormatError,
  type ColumnType,
  decodeColumn,
  encodeColumn,
  encodeRow,
  orderTables,
  parseHeader,
  parseObjectLineKind,
} from './format.ts'
import { readLines } from './import.ts'

const type = (typeName: string, sqlType = typeName, category = 'S', elementTypeName: string | null = null) =>
  ({ typeName, sqlType, category, elementTypeName }) satisfies ColumnType

describe('orderTables', () => {
  it('puts every table after the tables it references, ties by name', () => {
    const order = orderTables(
      ['events', 'claims', 'users', 'articles', 'entities'],
      [
        { table: 'events', references: 'users' },
        { table: 'claims', references: 'articles' },
        { table: 'claims', references: 'users' },
        { table: 'articles', references: 'entities' },
        { table: 'articles', references: 'users' },
      ],
    )
    expect(order).toEqual(['entities', 'users', 'articles', 'claims', 'events'])
  })

  it('does not depend on the order the catalog lists tables and keys in', () => {
    const edges = [
      { table: 'b', references: 'a' },
      { table: 'c', references: 'a' },
    ]
    expect(orderTables(['c', 'b', 'a'], edges)).toEqual(orderTables(['a', 'b', 'c'], [...edges].reverse()))
  })

  it('accepts a table referencing itself and refuses any other cycle', () => {
    expect(orderTables(['entities'], [{ table: 'entities', references: 'entities' }])).toEqual(['entities'])
    expect(() =>
      orderTables(
        ['a', 'b', 'c'],
        [
          { table: 'a', references: 'b' },
          { table: 'b', references: 'a' },
        ],
      ),
    ).toThrow('foreign keys form a cycle among a, b')
  })
})

describe('header and object lines', () => {
  const header = {
    format: 'claimtrail-export',
    version: 1,
    schemaMigration: { tag: '0007_x', hash: 'abc' },
    tables: ['users'],
  }

  it('reads a version 1 header', () => {
    expect(parseHeader(JSON.stringify(header))).toEqual(header)
  })

  it('refuses other files with a message that says why', () => {
    expect(() => parseHeader(undefined)).toThrow('the file is empty')
    expect(() => parseHeader('id,name')).toThrow('not a Claimtrail export')
    expect(() => parseHeader('{"format":"pg_dump"}')).toThrow('not a Claimtrail export: format is "pg_dump"')
    expect(() => parseHeader(JSON.stringify({ ...header, version: 2 }))).toThrow(
      'unsupported export format version 2: this Claimtrail reads version 1',
    )
    expect(() => parseHeader('{"format":"claimtrail-export",')).toThrow(BackupFormatError)
    expect(() => parseHeader(JSON.stringify({ ...header, tables: 'users' }))).toThrow(/tables/)
  })

  it('tells a table line from the trailer', () => {
    expect(parseObjectLineKind('{"table":"users","columns":["id"]}', 2)).toEqual({
      kind: 'table',
      value: { table: 'users', columns: ['id'] },
    })
    expect(parseObjectLineKind('{"end":"claimtrail-export","rows":{"users":3},"sha256":"ab"}', 9)).toEqual({
      kind: 'trailer',
      value: { end: 'claimtrail-export', rows: { users: 3 }, sha256: 'ab' },
    })
    expect(() => parseObjectLineKind('{"table":"users"}', 4)).toThrow(
      'line 4: table users has no column list',
    )
    expect(() => parseObjectLineKind('{"end":"claimtrail-export","rows":{"a":"x"}}', 5)).toThrow(
      'line 5: malformed trailer',
    )
    expect(() => parseObjectLineKind('{"other":1}', 6)).toThrow('line 6: neither a table nor the trailer')
  })
})

describe('value encoding', () => {
  it('writes every value through to_json, wide numbers and bytes as strings, null as null', () => {
    expect(encodeColumn('id', type('uuid'))).toBe(`coalesce(to_json("id")::text, 'null')`)
    expect(encodeColumn('id', type('int8', 'bigint', 'N'))).toBe(
      `coalesce(to_json("id"::text)::text, 'null')`,
    )
    expect(encodeColumn('n', type('numeric', 'numeric', 'N'))).toContain('to_json("n"::text)')
    expect(encodeColumn('ns', type('_int8', 'bigint[]', 'A', 'int8'))).toContain('to_json("ns"::text[])')
    expect(encodeColumn('b', type('bytea', 'bytea', 'U'))).toContain(`encode("b", 'base64')`)
    expect(encodeColumn('we"ird', type('text'))).toContain('"we""ird"')
  })

  it('writes a row as one JSON array without an argument limit', () => {
    const columns = Array.from({ length: 120 }, (_, i) => ({
      name: `c${i}`,
      type: type('int4', 'integer', 'N'),
    }))
    const row = encodeRow(columns)
    expect(row.startsWith(`'[' || coalesce(to_json("c0")::text, 'null') || ',' || `)).toBe(true)
    expect(row.endsWith(` || ']'`)).toBe(true)
    expect(row).not.toContain('json_build_array')
  })

  it('reads each value back into its column type', () => {
    expect(decodeColumn('r.v', 0, type('uuid'))).toBe('(r.v->>0)::uuid')
    expect(decodeColumn('r.v', 3, type('timestamptz', 'timestamp with time zone', 'D'))).toBe(
      '(r.v->>3)::timestamp with time zone',
    )
    expect(decodeColumn('r.v', 1, type('bytea', 'bytea', 'U'))).toBe(`decode(r.v->>1, 'base64')`)
    expect(decodeColumn('r.v', 2, type('jsonb', 'jsonb', 'U'))).toBe(
      `(case when jsonb_typeof(r.v->2) = 'null' then null else (r.v->2)::jsonb end)`,
    )
    expect(decodeColumn('r.v', 4, type('_text', 'text[]', 'A', 'text'))).toContain(
      'array(select jsonb_array_elements_text(r.v->4))::text[]',
    )
  })
})

describe('readLines', () => {
  it('splits lines across chunks without breaking multi-byte characters', async () => {
    const text = '{"a":"é😀"}\n["ü",1]\n\n[2]\nlast without newline'
    const bytes = Buffer.from(text, 'utf8')
    // One byte at a time: every character and every line straddles a chunk boundary.
    const chunks = [...bytes].map((b) => Buffer.from([b]))
    const lines: string[] = []
    const tail = { unterminated: false }
    for await (const line of readLines(Readable.from(chunks), tail)) lines.push(line)
    expect(lines).toEqual(['{"a":"é😀"}', '["ü",1]', '', '[2]', 'last without newline'])
    expect(tail.unterminated).toBe(true)
    const complete = { unterminated: false }
    for await (const _ of readLines(Readable.from([Buffer.from('a\nb\n')]), complete)) {
    }
    expect(complete.unterminated).toBe(false)
  })
})
