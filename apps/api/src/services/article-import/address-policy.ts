import ipaddr from 'ipaddr.js'

/**
 * Addresses an article fetch must never reach unless explicitly allowed: the machine itself, the
 * private network, link-local (cloud metadata at 169.254.169.254), and every other special-purpose
 * range of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890) that is not the
 * public internet. Fetching a URL a user typed is the textbook SSRF; this is the fence.
 *
 * The ranges are ipaddr.js's (a maintained copy of those registries): only what it classifies as
 * `unicast` is public. IPv6 forms that carry an IPv4 address are judged by that address
 * (docs/decisions/015-accounts-throttle-and-input-hardening.md).
 */

/** The IPv4 address an IPv6 address stands for, when it is one of the forms that embed one. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = address.parts
  const fromWords = (high: number, low: number) =>
    new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255])
  switch (address.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d (RFC 4291)
    case 'rfc6145': // ::ffff:0:a.b.c.d, IPv4-translated (RFC 6145)
      return fromWords(p[6] ?? 0, p[7] ?? 0)
    case 'rfc6052': // 64:ff9b::a.b.c.d, NAT64 (RFC 6052); the local-use 64:ff9b:1::/48 is refused below
      return p[2] === 0 ? fromWords(p[6] ?? 0, p[7] ?? 0) : undefined
    case '6to4': // 2002:aabb:ccdd::/48 (RFC 3056)
      return fromWords(p[1] ?? 0, p[2] ?? 0)
    default:
      return undefined
  }
}

function canonicalIpv6(address: string): string {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1)
  } catch {
    return address
  }
}

/** True when `address` (an IP literal) is on the public internet. Anything unparseable is not. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  if (!ipaddr.isValid(bare)) return false
  // ipaddr.js reads a dotted tail after any prefix as IPv4-mapped (::8.8.8.8 as ::ffff:8.8.8.8):
  // the WHATWG URL parser's canonical hex form is what a connection would use.
  const parsed = ipaddr.parse(bare.includes(':') ? canonicalIpv6(bare) : bare)
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast'
  const v6 = parsed as ipaddr.IPv6
  const v4 = embeddedIpv4(v6)
  if (v4) return v4.range() === 'unicast'
  // The deprecated IPv4-compatible ::a.b.c.d (RFC 4291 §2.5.5.1): ipaddr.js calls it unicast, but
  // nothing public lives there.
  if (v6.parts.slice(0, 6).every((part) => part === 0)) return false
  return v6.range() === 'unicast'
}
