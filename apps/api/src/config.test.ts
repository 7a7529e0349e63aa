import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, shouldSeedDemo } from './config.ts'

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      HOST: '0.0.0.0',
      PORT: 3000,
      DB_POOL_MAX: 10,
      PUBLIC_CACHE_MB: 32,
      HEAP_GROWING_PERCENT: 50,
      PUBLIC_BASE_URL: 'http://localhost:3000',
    })
    expect(config.DATABASE_URL).toBeUndefined()
    expect(shouldSeedDemo(config)).toBe(true)
  })

  it('parses numbers and drops a trailing slash from the public address', () => {
    const config = loadConfig({
      PORT: '8080',
      HEAP_GROWING_PERCENT: '0',
      PUBLIC_BASE_URL: 'https://ledger.example.org//',
    })
    expect(config.PORT).toBe(8080)
    expect(config.HEAP_GROWING_PERCENT).toBe(0)
    expect(config.PUBLIC_BASE_URL).toBe('https://ledger.example.org')
  })

  it('treats an empty DATABASE_URL as unset and never seeds the demo into PostgreSQL by default', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
    expect(shouldSeedDemo(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/claimtrail' }))).toBe(false)
  })

  it.each([
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://db/claimtrail'],
    ['HEAP_GROWING_PERCENT', '-5'],
    ['HEAP_GROWING_PERCENT', 'lots'],
    ['PUBLIC_CACHE_MB', '-1'],
    ['LOG_LEVEL', 'chatty'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^invalid configuration: ${name} `))
  })
})

describe('TRUST_PROXY', () => {
  const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).TRUST_PROXY

  it('reads off, a hop count (true is one hop) and proxy addresses or ranges', () => {
    expect(trust('false')).toBe(false)
    expect(trust('0')).toBe(false)
    expect(trust('true')).toEqual({ hops: 1 })
    expect(trust('2')).toEqual({ hops: 2 })
    expect(trust('10.0.0.1, 192.168.0.0/16,fd00::/8,loopback')).toEqual({
      addresses: ['10.0.0.1', '192.168.0.0/16', 'fd00::/8', 'loopback'],
    })
  })

  it('refuses anything else with a message naming the value', () => {
    expect(() => trust('yes')).toThrow(/TRUST_PROXY "yes" is not true, false, a hop count/)
    expect(() => trust('10.0.0.1,10.0.0.300')).toThrow(/"10.0.0.300"/)
    expect(() => trust('10.0.0.0/33')).toThrow(ConfigError)
    expect(() => trust('99')).toThrow(/at most 16/)
  })
})
