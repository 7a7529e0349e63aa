// Apart from html-to-text.ts so that the API's main thread does not load the HTML parser (~20 MB):
// only the extraction worker does.

/** Plain text as sent, with line ends normalised: CRLF and CR become LF, a leading BOM goes. */
export function normalisePlainText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}
