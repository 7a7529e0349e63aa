export { type ExportOptions, type ExportSummary, exportDatabase } from './export.ts'
export {
  BackupFormatError,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportHeader,
  type ExportTrailer,
  ImportRefusedError,
} from './format.ts'
export { type ImportOptions, type ImportSummary, importDatabase } from './import.ts'
