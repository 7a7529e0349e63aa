import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

/**
 * The web app's API client is typed from the OpenAPI document the API publishes (itself built from
 * the zod contracts), so every path, parameter and body the web sends is checked against the real
 * routes. `pnpm generate:client` writes this file; the OpenAPI integration test fails when it is
 * out of date with the routes.
 */
export const WEB_CLIENT_TYPES_FILE = fileURLToPath(
  new URL('../../../web/src/api/openapi.gen.ts', import.meta.url),
)

const HEADER = `// Generated from the API's OpenAPI document by \`pnpm generate:client\`: do not edit by hand.
// apps/api/test/openapi.int.test.ts fails when it is out of date.

`

/** The TypeScript `paths` of an OpenAPI document, as written to WEB_CLIENT_TYPES_FILE. */
export async function renderWebClientTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true })
  return HEADER + astToString(ast)
}
