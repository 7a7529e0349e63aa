import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../client.ts'
import type { Table } from './catalog.ts'
import { BackupFormatError, decodeColumn, quoteIdent } from './format.ts'

/** The cause a driver error carries: drizzle's own message repeats the whole statement and its parameters. */
function databaseMessage(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return cause instanceof Error ? cause.message : String(cause)
}

export /** Inserts one table's rows in batches; links self-references once all its rows are in. */
class TableLoader {
  private batch: string[] = []
  private batchSize = 0
  private batchFirstLine = 0
  private count = 0
  private readonly insert: { prefix: string; suffix: string }
  /** Per self-referencing column: its position in the file, and [key…, value] of the rows to link. */
  private readonly links: { column: string; index: number; pending: unknown[][] }[]
  private readonly keyIndexes: number[]

  constructor(
    private readonly tx: DbOrTx,
    readonly table: Table,
    private readonly columns: string[],
    lineNumber: number,
    private readonly limits: { batchRows: number; batchBytes: number },
  ) {
    const known = new Map(table.columns.map((c) => [c.name, c]))
    const unknown = columns.filter((c) => !known.has(c))
    const absent = table.columns.filter((c) => !columns.includes(c.name)).map((c) => c.name)
    if (unknown.length > 0 || absent.length > 0 || new Set(columns).size !== columns.length) {
      throw new BackupFormatError(
        `line ${lineNumber}: the columns of ${table.name} do not match the target's (${[...unknown.map((c) => `unknown ${c}`), ...absent.map((c) => `missing ${c}`)].join(', ') || 'repeated column'})`,
      )
    }
    this.links = table.selfReferences.map((column) => ({
      column,
      index: columns.indexOf(column),
      pending: [],
    }))
    this.keyIndexes = table.orderBy.map((c) => columns.indexOf(c))
    const values = columns.map((name, i) => {
      const column = known.get(name)
      if (!column) throw new Error('unreachable')
      return table.selfReferences.includes(name) ? 'null' : decodeColumn('r.v', i, column.type)
    })
    // OVERRIDING SYSTEM VALUE: identity columns keep the exported values.
    this.insert = {
      prefix: `insert into ${quoteIdent(table.name)} (${columns.map(quoteIdent).join(', ')}) overriding system value select ${values.join(', ')} from jsonb_array_elements(`,
      suffix: '::jsonb) as r(v)',
    }
  }

  async add(line: string, lineNumber: number): Promise<void> {
    if (this.batch.length === 0) this.batchFirstLine = lineNumber
    this.batch.push(line)
    this.batchSize += line.length
    this.count++
    if (this.links.length > 0) this.remember(line, lineNumber)
    if (this.batch.length >= this.limits.batchRows || this.batchSize >= this.limits.batchBytes)
      await this.flush()
  }

  async finish(): Promise<number> {
    await this.flush()
    for (const link of this.links) await this.link(link)
    return this.count
  }

  private remember(line: string, lineNumber: number): void {
    let row: unknown
    try {
      row = JSON.parse(line)
    } catch {
      throw new BackupFormatError(`line ${lineNumber}: not valid JSON (is the file damaged?)`)
    }
    if (!Array.isArray(row)) throw new BackupFormatError(`line ${lineNumber}: a row must be a JSON array`)
    for (const link of this.links) {
      const value = row[link.index]
      if (value !== null && value !== undefined)
        link.pending.push([...this.keyIndexes.map((i) => row[i]), value])
    }
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return
    const json = `[${this.batch.join(',')}]`
    const lastLine = this.batchFirstLine + this.batch.length - 1
    this.batch = []
    this.batchSize = 0
    try {
      await this.tx.execute(sql`${sql.raw(this.insert.prefix)}${json}${sql.raw(this.insert.suffix)}`)
    } catch (error) {
      throw new BackupFormatError(
        `table ${this.table.name}, lines ${this.batchFirstLine}–${lastLine}: ${databaseMessage(error)}; nothing was imported`,
      )
    }
  }

  private async link(link: { column: string; index: number; pending: unknown[][] }): Promise<void> {
    const columns = new Map(this.table.columns.map((c) => [c.name, c]))
    const type = (name: string) => columns.get(name)?.type
    const keyMatch = this.table.orderBy
      .map((name, i) => `t.${quoteIdent(name)} = (r.v->>${i})::${type(name)?.sqlType}`)
      .join(' and ')
    const target = type(link.column)
    if (!target) return
    const valueIndex = this.table.orderBy.length
    const statement = `update ${quoteIdent(this.table.name)} t set ${quoteIdent(link.column)} = ${decodeColumn('r.v', valueIndex, target)} from jsonb_array_elements(`
    for (let from = 0; from < link.pending.length; from += this.limits.batchRows) {
      const json = JSON.stringify(link.pending.slice(from, from + this.limits.batchRows))
      try {
        await this.tx.execute(
          sql`${sql.raw(statement)}${json}${sql.raw(`::jsonb) as r(v) where ${keyMatch}`)}`,
        )
      } catch (error) {
        throw new BackupFormatError(
          `table ${this.table.name}, ${link.column}: ${databaseMessage(error)}; nothing was imported`,
        )
      }
    }
    link.pending = []
  }
}
