import { once } from 'node:events'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchArticle } from '../src/services/article-import/fetch-article.ts'

// A page server whose bodies never end: what the fetch does with the connection after it has
// answered is what these tests watch. No database is involved.
const sockets = new Set<Socket>()
const endless = (res: ServerResponse) => {
  const chunk = Buffer.alloc(16_384, 'x')
  const timer = setInterval(() => {
    if (!res.destroyed) res.write(chunk)
  }, 5)
  res.on('close', () => clearInterval(timer))
}
const server = createServer((req, res) => {
  sockets.add(req.socket)
  req.socket.once('close', () => sockets.delete(req.socket))
  if (req.url === '/redirect') {
    res.writeHead(302, { location: 'http://[::ffff:0:127.0.0.1]/page' })
  } else if (req.url === '/error') {
    res.writeHead(500, { 'content-type': 'text/html' })
  } else if (req.url === '/binary') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
  } else {
    res.writeHead(200, { 'content-type': 'text/html' })
  }
  endless(res)
})
let base = ''
beforeAll(async () => {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

const policy = { timeoutMs: 5_000, maxBytes: 200_000, allowPrivate: true }

/** Waits until the server has no open connection left, or fails after `ms`. */
async function connectionsClosedWithin(ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (sockets.size > 0) {
    if (Date.now() > deadline) throw new Error(`${sockets.size} connection(s) still open after ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('fetching a page whose body never ends', () => {
  it.each([
    ['an HTTP error', '/error', /answered HTTP 500/],
    ['an unsupported content type', '/binary', /application\/octet-stream, not an HTML page/],
    ['a page over the size cap', '/page', /larger than/],
  ])('stops reading at once after %s', async (_name, path, message) => {
    await expect(fetchArticle(`${base}${path}`, policy)).rejects.toThrow(message)
    await connectionsClosedWithin(500)
  })

  it('stops reading a redirect’s body, and refuses a redirect to IPv4-translated loopback', async () => {
    await expect(fetchArticle(`${base}/redirect`, { ...policy, allowPrivate: false })).rejects.toThrow(
      /refused|not allowed|private/i,
    )
    const refused = fetchArticle(`${base}/redirect`, policy)
    await expect(refused).rejects.toThrow()
    await connectionsClosedWithin(500)
  })
})

describe('the address policy on a URL', () => {
  it.each([
    'http://[::ffff:0:127.0.0.1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::1]/',
    'http://[::1]/',
    'http://0x7f.1/',
    'http://2130706433/',
  ])('refuses %s before connecting', async (url) => {
    await expect(fetchArticle(url, { ...policy, allowPrivate: false })).rejects.toMatchObject({
      statusCode: 400,
    })
  })
})
