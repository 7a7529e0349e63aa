/**
 * A small seeded random source for the synthetic data generator. sfc32 (128-bit state) rather than
 * a 32-bit generator: every article draws from its own stream, and with 32 bits of state the
 * streams of 100,000 articles would overlap and repeat UUIDs.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Index into `weights`, drawn in proportion to them. */
  weighted(weights: readonly number[]): number
  /** A version-4 UUID drawn from this stream (deterministic, unlike gen_random_uuid()). */
  uuid(): string
}

/** 32-bit FNV-1a of a string, to turn labels into seeds. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** splitmix32: spreads one seed word over the four words of sfc32's state. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** A random stream named by the run's seed and a label (`article:41`, `entities`). */
export function createRandom(seed: number, label: string): Random {
  const mix = splitmix32((seed ^ fnv1a(label)) >>> 0)
  const mix2 = splitmix32(fnv1a(`${label}#${seed}`))
  let a = mix()
  let b = mix2()
  let c = mix() ^ mix2()
  let d = 1
  const u32 = () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 15; i++) u32()

  const next = () => u32() / 4_294_967_296
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)] as T
    },
    weighted: (weights) => {
      const total = weights.reduce((s, w) => s + w, 0)
      let r = next() * total
      for (const [i, w] of weights.entries()) {
        r -= w
        if (r < 0) return i
      }
      return weights.length - 1
    },
    uuid: () => {
      const w = [u32(), u32(), u32(), u32()]
      const bytes = w.flatMap((x) => [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255])
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
      const h = bytes.map((x) => HEX[x])
      return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10, 16).join('')}`
    },
  }
  return random
}
