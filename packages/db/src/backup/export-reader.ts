import { createHash } from 'node:crypto'
import type { DbOrTx } from '../client.ts'
import type { Catalog, Table } from './catalog.ts'
import {
  BackupFormatError,
  type ExportHeader,
  type ExportTrailer,
  parseObjectLineKind,
  type TableLine,
} from './format.ts'
import { TableLoader } from './table-loader.ts'

/**
 * Reads an export's lines after its header, in order: table lines, their rows, then the trailer.
 * Rows go to the table's loader as they come; the checksum and the row counts are checked at the
 * end against the trailer.
 */
export class ExportReader {
  private readonly hash = createHash('sha256')
  private readonly byName: Map<string, Table>
  private readonly counts: Record<string, number> = {}
  private lineNumber = 1
  private loader: TableLoader | undefined
  private trailer: ExportTrailer | undefined
  private trailerLine = 0

  constructor(
    private readonly tx: DbOrTx,
    private readonly header: ExportHeader,
    catalog: Catalog,
    private readonly limits: { batchRows: number; batchBytes: number },
    /** Set once the last line turned out to have no `\n`. */
    private readonly tail: { unterminated: boolean },
    headerLine: string | undefined,
  ) {
    this.byName = new Map(catalog.tables.map((t) => [t.name, t]))
    this.hash.update(`${headerLine}\n`)
  }

  async read(line: string): Promise<void> {
    this.lineNumber++
    const lineNumber = this.lineNumber
    if (this.tail.unterminated && !line.startsWith('{"end"')) {
      throw new BackupFormatError(
        `the file ends in the middle of line ${lineNumber}: it is truncated; nothing was imported`,
      )
    }
    if (this.trailer) {
      if (line.trim() === '') return
      throw new BackupFormatError(`line ${lineNumber}: data after the trailer on line ${this.trailerLine}`)
    }
    if (line.startsWith('[')) {
      if (!this.loader) throw new BackupFormatError(`line ${lineNumber}: a row before any table line`)
      this.hash.update(`${line}\n`)
      await this.loader.add(line, lineNumber)
      return
    }
    if (!line.startsWith('{')) {
      throw new BackupFormatError(`line ${lineNumber}: neither a row, a table nor the trailer`)
    }
    const object = parseObjectLineKind(line, lineNumber)
    await this.finishTable()
    if (object.kind === 'trailer') {
      this.trailer = object.value
      this.trailerLine = lineNumber
      return
    }
    this.hash.update(`${line}\n`)
    this.startTable(object.value)
  }

  private async finishTable(): Promise<void> {
    if (this.loader) this.counts[this.loader.table.name] = await this.loader.finish()
    this.loader = undefined
  }

  private startTable({ table: name, columns }: TableLine): void {
    const lineNumber = this.lineNumber
    const expected = this.header.tables[Object.keys(this.counts).length]
    if (name !== expected) {
      throw new BackupFormatError(
        `line ${lineNumber}: table ${name} where the header announces ${expected ?? 'no more tables'}`,
      )
    }
    const table = this.byName.get(name)
    if (!table) throw new BackupFormatError(`line ${lineNumber}: no table ${name} in the target database`)
    this.loader = new TableLoader(this.tx, table, columns, lineNumber, this.limits)
  }

  /** After the last line: the rows per table, once the trailer, the checksum and the counts agree. */
  async end(): Promise<Record<string, number>> {
    await this.finishTable()
    const { trailer, counts } = this
    if (!trailer) {
      throw new BackupFormatError(
        `the file ends at line ${this.lineNumber} without its trailer: it is truncated; nothing was imported`,
      )
    }
    const sha256 = this.hash.digest('hex')
    if (sha256 !== trailer.sha256) {
      throw new BackupFormatError(
        'the file does not match its checksum (sha256): it was damaged or edited; nothing was imported',
      )
    }
    for (const name of this.header.tables) {
      if (counts[name] === undefined) throw new BackupFormatError(`table ${name} is missing from the file`)
      if (trailer.rows[name] !== counts[name]) {
        throw new BackupFormatError(
          `table ${name}: ${counts[name]} rows in the file, the trailer says ${trailer.rows[name] ?? 'none'}`,
        )
      }
    }
    return counts
  }
}
