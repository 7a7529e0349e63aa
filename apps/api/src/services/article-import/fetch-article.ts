import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import type { Readable } from 'node:stream'
import { TextDecoder } from 'node:util'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { InvalidError, UnprocessableError, UpstreamError } from '../../errors.ts'
import { isPublicAddress } from './address-policy.ts'

export interface FetchPolicy {
  /** The whole fetch, redirects and body included. */
  timeoutMs: number
  /** Largest body accepted, in bytes after decompression. */
  maxBytes: number
  /** Allow private, loopback and link-local addresses (tests; never in production). */
  allowPrivate: boolean
  maxRedirects?: number
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string
  /** Where permanent redirects from the address asked for lead (see FetchedBody.movedTo). */
  movedTo?: string
  format: 'html' | 'text'
  content: string
}

const FIELD = 'source.url'
const REDIRECTS = new Set([301, 302, 303, 307, 308])
const PERMANENT_REDIRECTS = new Set([301, 308])
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])
const USER_AGENT = 'Claimtrail/1.0 (article import for a fact-checking desk)'

/** A refusal by the address policy, raised inside the DNS lookup so it fails the connection. */
class AddressRefused extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}`)
  }
}

/** A response's bytes as received (decompressed), with what the server said about them. */
export interface FetchedBody {
  /** Where the body was finally found, after redirects. */
  url: string
  /**
   * Where the address asked for has moved for good: the target of the permanent redirects (301,
   * 308) it starts with, when there are any. A temporary one (302, 303, 307) ends the move there.
   */
  movedTo?: string
  status: number
  /** The media type, lower-case, without parameters ('' when none was sent). */
  mediaType: string
  /** The charset parameter of Content-Type, if any. */
  charset: string | undefined
  bytes: Buffer
}

/**
 * Fetches an article page for import, as a careful crawler would: http(s) only, redirects
 * followed by hand (a few at most, each target checked again), a deadline for the whole exchange,
 * a byte cap enforced while reading (after decompression, so a small gzip bomb cannot expand),
 * and unless allowed, no private, loopback or link-local address. Addresses are checked in the
 * connection's own DNS lookup, every one the name resolves to, so a name cannot pass the check and
 * then resolve elsewhere for the connection (DNS rebinding).
 */
export async function fetchArticle(rawUrl: string, policy: FetchPolicy): Promise<FetchedPage> {
  const body = await fetchBody(rawUrl, policy, (url, type) => {
    if (HTML_TYPES.has(type) || type === 'text/plain') return
    throw new UnprocessableError(
      `${url.href} is ${type || 'of no stated type'}, not an HTML page or plain text`,
      { url: url.href, contentType: type },
      'UNSUPPORTED_CONTENT',
    )
  })
  const format = HTML_TYPES.has(body.mediaType) ? 'html' : 'text'
  return {
    url: body.url,
    format,
    content: decodeBody(body),
    ...(body.movedTo ? { movedTo: body.movedTo } : {}),
  }
}

/** Whether a fetched body is an HTML page (its text is then extracted by Readability). */
export const isHtml = (body: Pick<FetchedBody, 'mediaType'>) => HTML_TYPES.has(body.mediaType)

/** A fetched body as text, in the charset it declares (or an HTML page's meta element says). */
export function decodeBody(body: FetchedBody): string {
  return decode(body.bytes, body.charset ?? (isHtml(body) ? sniffCharset(body.bytes) : undefined))
}

/** Where a redirect leads, checked like the address asked for; refuses a missing Location and too many hops. */
function redirectTarget(
  response: IncomingMessage,
  {
    url,
    status,
    redirects,
    rawUrl,
    policy,
  }: { url: URL; status: number; redirects: number; rawUrl: string; policy: FetchPolicy },
): URL {
  const maxRedirects = policy.maxRedirects ?? 5
  // Every early return closes the connection at once: draining the body instead would keep
  // reading whatever the server sends, for ever if it never ends (ADR 015).
  response.destroy()
  const location = response.headers.location
  if (!location) throw new UpstreamError(`${url.href} answered HTTP ${status} without a Location`)
  if (redirects >= maxRedirects) {
    throw new UpstreamError(`${rawUrl} redirected more than ${maxRedirects} times`, { url: url.href })
  }
  return checkUrl(new URL(location, url).href, rawUrl, policy)
}

/**
 * Fetches any resource under the same rules as an article (evidence captures keep PDFs and
 * images too). `accept` may refuse the media type before the body is read, by throwing.
 */
export async function fetchBody(
  rawUrl: string,
  policy: FetchPolicy,
  accept: (url: URL, mediaType: string) => void = () => {},
): Promise<FetchedBody> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs)
  try {
    let url = checkUrl(rawUrl, rawUrl, policy)
    let movedTo: string | undefined
    let permanent = true
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, policy, controller.signal)
      const status = response.statusCode ?? 0
      if (REDIRECTS.has(status)) {
        url = redirectTarget(response, { url, status, redirects, rawUrl, policy })
        permanent &&= PERMANENT_REDIRECTS.has(status)
        if (permanent) movedTo = url.href
        continue
      }
      if (status < 200 || status > 299) {
        response.destroy()
        throw new UpstreamError(`${url.href} answered HTTP ${status}`, { url: url.href, status })
      }
      const body = await readBody(url, response, policy, controller.signal, accept)
      return movedTo && movedTo !== rawUrl ? { ...body, movedTo } : body
    }
  } catch (error) {
    throw translate(error, rawUrl, policy)
  } finally {
    clearTimeout(timer)
  }
}

/** An http(s) URL without credentials whose literal address (if it is one) the policy allows. */
function checkUrl(href: string, original: string, policy: FetchPolicy): URL {
  const url = new URL(href)
  const via = href === original ? '' : ` (redirected from ${original})`
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidError(`${FIELD}: only http and https URLs can be fetched, not ${url.protocol}${via}`, {
      field: FIELD,
    })
  }
  if (url.username || url.password) {
    throw new InvalidError(`${FIELD}: a URL with a user name or password cannot be fetched`, { field: FIELD })
  }
  // A literal address never goes through DNS, so the lookup below would not see it.
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) && !policy.allowPrivate && !isPublicAddress(host)) {
    throw new AddressRefused(url.hostname, host)
  }
  return url
}

function guardedLookup(policy: FetchPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const refused = policy.allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address))
      if (refused) return callback(new AddressRefused(hostname, refused.address), '', 0)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      const first = addresses[0]
      if (!first)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
      callback(null, first.address, first.family)
    })
  }
}

function get(url: URL, policy: FetchPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http
    const request = client.request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(policy),
      // A fresh connection per request: a pooled socket would skip the address check.
      agent: false,
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    })
    request.once('response', resolve)
    request.once('error', reject)
    request.end()
  })
}

async function readBody(
  url: URL,
  response: IncomingMessage,
  policy: FetchPolicy,
  signal: AbortSignal,
  accept: (url: URL, mediaType: string) => void,
): Promise<FetchedBody> {
  const [mediaType = '', ...parameters] = (response.headers['content-type'] ?? 'text/html')
    .split(';')
    .map((p) => p.trim())
  const type = mediaType.toLowerCase()
  try {
    accept(url, type)
  } catch (refused) {
    response.destroy()
    throw refused
  }
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    response.destroy()
    throw tooLarge(url, policy)
  }

  const body = decoded(response)
  const abort = () =>
    body.destroy(new UpstreamError(`${url.href} did not send the whole page within ${policy.timeoutMs} ms`))
  signal.addEventListener('abort', abort, { once: true })
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length
      if (size > policy.maxBytes) {
        body.destroy()
        response.destroy()
        throw tooLarge(url, policy)
      }
      chunks.push(chunk as Buffer)
    }
  } catch (error) {
    response.destroy()
    throw error
  } finally {
    signal.removeEventListener('abort', abort)
  }
  const charset = parameters
    .find((p) => /^charset=/i.test(p))
    ?.slice(8)
    .replace(/"/g, '')
  return {
    url: url.href,
    status: response.statusCode ?? 200,
    mediaType: type,
    charset,
    bytes: Buffer.concat(chunks),
  }
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase()
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined
  if (!decoder) {
    if (encoding === 'identity' || encoding === '') return response
    response.destroy()
    throw new UnprocessableError(`The page is sent with an unsupported content encoding: ${encoding}`)
  }
  response.on('error', (error) => decoder.destroy(error))
  return response.pipe(decoder)
}

/** The charset an HTML page declares in a meta element within its first 1024 bytes (HTML spec's prescan, roughly). */
function sniffCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString('latin1')
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]
}

function decode(bytes: Buffer, charset: string | undefined): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset ?? 'utf-8')
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  const text = decoder.decode(bytes)
  // Node 20 decodes windows-1252 (which the Encoding Standard also uses for iso-8859-1 and
  // us-ascii) as Latin-1, turning curly quotes and dashes into C1 control characters.
  return decoder.encoding === 'windows-1252'
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] || c)
    : text
}

// Bytes 0x80–0x9F of windows-1252 (Encoding Standard index); the five unassigned ones stay as they are.
const WINDOWS_1252 = [...'€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ'].map((c) => (c === '\0' ? '' : c))

function tooLarge(url: URL, policy: FetchPolicy): UnprocessableError {
  return new UnprocessableError(
    `${url.href} is larger than the ${policy.maxBytes} bytes that may be fetched`,
    { url: url.href, maxBytes: policy.maxBytes },
    'TOO_LARGE',
  )
}

/** Every failure as one of the API's errors, with a message that says what went wrong. */
function translate(error: unknown, rawUrl: string, policy: FetchPolicy): unknown {
  const refused = findCause(error, AddressRefused)
  if (refused) {
    return new InvalidError(
      `${FIELD}: ${refused.host} is a private, loopback or link-local address (${refused.address}); only public addresses can be fetched`,
      { field: FIELD, host: refused.host, address: refused.address },
    )
  }
  if (
    error instanceof InvalidError ||
    error instanceof UnprocessableError ||
    error instanceof UpstreamError
  ) {
    return error
  }
  const name = (error as { name?: unknown }).name
  if (name === 'AbortError') {
    return new UpstreamError(`${rawUrl} did not answer within ${policy.timeoutMs} ms`, { url: rawUrl })
  }
  const code = (error as { code?: unknown }).code
  const reason =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? 'its host name does not resolve'
      : code === 'ECONNREFUSED'
        ? 'the connection was refused'
        : typeof code === 'string'
          ? `the connection failed (${code})`
          : 'the connection failed'
  return new UpstreamError(`${rawUrl} could not be fetched: ${reason}`, { url: rawUrl })
}

function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof type) return e
  }
  return undefined
}
