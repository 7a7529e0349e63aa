import { describe, expect, it } from 'vitest'
import { isPublicAddress } from './address-policy.ts'

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.1',
    '198.18.0.1',
  ])('refuses the IPv4 %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  // Every IPv6 spelling of loopback, private and link-local space, embedded IPv4 forms included.
  it.each([
    ['::1'],
    ['::'],
    ['[::1]'],
    ['0:0:0:0:0:0:0:1'],
    ['0000:0000:0000:0000:0000:0000:0000:0001'],
    ['::0:1'],
    ['fe80::1'],
    ['fe80::1%eth0'],
    ['febf::1'],
    ['fec0::1'],
    ['fd12:3456::1'],
    ['fc00::1'],
    ['ff02::1'],
    ['2001:db8::1'],
    ['100::1'],
    // IPv4-mapped, dotted and hex
    ['::ffff:127.0.0.1'],
    ['::ffff:7f00:1'],
    ['0:0:0:0:0:ffff:7f00:1'],
    ['::ffff:10.0.0.1'],
    ['::ffff:a9fe:a9fe'],
    ['::FFFF:192.168.0.1'],
    // IPv4-translated ::ffff:0:0:0/96 (RFC 6145)
    ['::ffff:0:127.0.0.1'],
    ['::ffff:0:7f00:1'],
    ['0:0:0:0:ffff:0:a00:1'],
    // NAT64, well-known and local-use prefixes
    ['64:ff9b::10.0.0.1'],
    ['64:ff9b::7f00:1'],
    ['64:ff9b:1::8.8.8.8'],
    // 6to4 embedding a private or loopback address
    ['2002:7f00:1::'],
    ['2002:c0a8:101::1'],
    // IPv4-compatible (deprecated)
    ['::127.0.0.1'],
    ['::8.8.8.8'],
    // Teredo
    ['2001::1'],
  ])('refuses the IPv6 %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['localhost', 'not an address', '', '1.2.3.4.5', '::ffff:999.0.0.1'])(
    'refuses the non-address %j',
    (address) => {
      expect(isPublicAddress(address)).toBe(false)
    },
  )

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '93.184.215.14',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '::ffff:0:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })
})
