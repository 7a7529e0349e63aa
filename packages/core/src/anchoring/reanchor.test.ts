import { describe, expect, it } from 'vitest'
import { ARTICLE } from './article-fixture.ts'
import { AnchorRangeError } from './errors.ts'
import { type ReanchorResult, reanchor, reanchorAll } from './reanchor.ts'
import { describeSelection, type TextAnchor } from './selectors.ts'

/** Anchors the `occurrence`-th (0-based) appearance of `quote`, as a checker's selection would. */
function anchorIn(text: string, quote: string, occurrence = 0): TextAnchor {
  let start = text.indexOf(quote)
  for (let i = 0; i < occurrence; i++) start = text.indexOf(quote, start + 1)
  if (start < 0) throw new Error(`quote not in text: ${quote}`)
  return describeSelection(text, start, start + quote.length)
}

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in text: ${from}`)
  return text.replace(from, to)
}

/** A non-orphan result must carry selectors that describe the new text, not the old one. */
function expectFreshSelectors(newText: string, result: ReanchorResult) {
  if (result.status === 'orphan') throw new Error('expected the claim to be re-anchored')
  const { start, end, exact, prefix, suffix } = result
  expect({ start, end, exact, prefix, suffix }).toEqual(describeSelection(newText, start, end))
}

const RELEASE_CLAIM =
  'Dong told a senior Chinese diplomat in February 2021 that China would have to delay the release of ' +
  'Michael Kovrig and Michael Spavor'
const ADMISSION =
  'Dong admitted he spoke to the Chinese official to discuss the two Michaels, but denied allegations ' +
  'that he pushed to delay their release.'

describe('reanchor', () => {
  it('keeps the position when the article was edited after the quote', () => {
    const anchor = anchorIn(ARTICLE, RELEASE_CLAIM)
    const newText = edit(ARTICLE, 'Ontario Congressman Vincent Ke', 'Ontario MPP Vincent Ke')

    const result = reanchor(newText, anchor)

    expect(result).toEqual({ status: 'position', ...anchor })
  })

  it('follows the quote when an edit before it shifts the offsets', () => {
    const anchor = anchorIn(ARTICLE, RELEASE_CLAIM)
    const newTitle = 'Chinese interference: Han Dong, in tears, leaves the Liberal caucus'
    const newText = edit(ARTICLE, 'Chinese interference, Dong (in tears) leaves the Liberals', newTitle)

    const result = reanchor(newText, anchor)

    const shift = newTitle.length - 'Chinese interference, Dong (in tears) leaves the Liberals'.length
    expect(result).toMatchObject({ status: 'moved', start: anchor.start + shift, exact: RELEASE_CLAIM })
    expectFreshSelectors(newText, result)
  })

  it('recomputes the prefix when the words just before the quote changed', () => {
    const anchor = anchorIn(ARTICLE, RELEASE_CLAIM)
    const newText = edit(ARTICLE, 'Global News reported that', 'Global News reported on Tuesday that')

    const result = reanchor(newText, anchor)

    expect(result).toMatchObject({ status: 'moved', prefix: 'l News reported on Tuesday that ' })
    expectFreshSelectors(newText, result)
  })

  it('finds a quote whose wording was edited inside, within the error bound', () => {
    const anchor = anchorIn(ARTICLE, RELEASE_CLAIM)
    const newText = edit(ARTICLE, 'diplomat in February 2021', 'diplomat in Feb. 2021')

    const result = reanchor(newText, anchor)

    expect(result).toMatchObject({
      status: 'fuzzy',
      errors: 5,
      start: anchor.start,
      exact: RELEASE_CLAIM.replace('February', 'Feb.'),
    })
    expectFreshSelectors(newText, result)
  })

  it('finds a short quote after a one-letter correction', () => {
    const anchor = anchorIn(ARTICLE, 'another liberal Chinese Canadian')
    const newText = edit(ARTICLE, 'another liberal Chinese Canadian', 'another Liberal Chinese Canadian')

    expect(reanchor(newText, anchor)).toMatchObject({
      status: 'fuzzy',
      errors: 1,
      start: anchor.start,
      exact: 'another Liberal Chinese Canadian',
    })
  })

  it('finds a long quote (beyond Bitap’s 32 characters) after typo fixes at both ends', () => {
    // The version the claim was marked in had typos; the outlet fixed them.
    const oldText = edit(
      edit(ARTICLE, 'Dong admitted he spoke', 'Dong admited he spoke'),
      'their release.',
      'ther release.',
    )
    const anchor = anchorIn(oldText, ADMISSION.replace('admitted', 'admited').replace('their', 'ther'))

    const result = reanchor(ARTICLE, anchor)

    expect(result).toMatchObject({ status: 'fuzzy', errors: 2, start: anchor.start, exact: ADMISSION })
    expectFreshSelectors(ARTICLE, result)
  })

  it('finds a long quote with a typo fix in the middle, after the paragraph moved', () => {
    const oldText = edit(ARTICLE, 'the Chinese official', 'the Chinese offical')
    const anchor = anchorIn(oldText, ADMISSION.replace('official', 'offical'))
    const paragraphs = ARTICLE.split('\n\n')
    // The editor swapped the second and third paragraphs and fixed the typo.
    const newText = [paragraphs[0], paragraphs[2], paragraphs[1], ...paragraphs.slice(3)].join('\n\n')

    const result = reanchor(newText, anchor)

    expect(result).toMatchObject({
      status: 'fuzzy',
      errors: 1,
      start: newText.indexOf(ADMISSION),
      exact: ADMISSION,
    })
  })

  it('picks the repeat of a quote whose prefix and suffix match, even when another is nearer', () => {
    // “the two Michaels” appears twice in the paragraph; the claim is about the second (the denial).
    const anchor = anchorIn(ARTICLE, 'the two Michaels', 1)
    const first = ARTICLE.indexOf('the two Michaels')
    const inserted =
      'Kovrig and Spavor were arrested in December 2018, days after Canada detained Huawei executive ' +
      'Meng Wanzhou on a US extradition request, and released in September 2021 on the day she was ' +
      'allowed to return to China. Both men have said they were held in harsh conditions. '
    const newText = edit(ARTICLE, 'Citing unnamed', `${inserted}Citing unnamed`)
    const newFirst = first + inserted.length
    const newSecond = anchor.start + inserted.length
    // Position alone would choose the wrong occurrence: the first one is now nearer the old offset.
    expect(Math.abs(newFirst - anchor.start)).toBeLessThan(Math.abs(newSecond - anchor.start))

    const result = reanchor(newText, anchor)

    expect(result).toMatchObject({ status: 'moved', start: newSecond })
    if (result.status === 'moved') expect(result.prefix).toContain('nothing to cause any harm')
  })

  it('breaks a tie between identical contexts by nearness to the old position', () => {
    const sentence = 'Dong denied the allegations. '
    const text = sentence.repeat(3)
    const anchor = describeSelection(text, sentence.length, sentence.length * 2 - 1, 0)

    const result = reanchor(`Update: ${text}`, anchor)

    expect(result).toMatchObject({ status: 'moved', start: 'Update: '.length + sentence.length })
  })

  it('orphans a claim whose passage was deleted', () => {
    const anchor = anchorIn(ARTICLE, 'I respect Dong for the decision he made')
    const sousaParagraph = ARTICLE.split('\n\n')[4] ?? ''
    const newText = edit(ARTICLE, `${sousaParagraph}\n\n`, '')

    expect(reanchor(newText, anchor)).toEqual({ status: 'orphan' })
  })

  it('orphans a quote rewritten beyond the error bound rather than anchor it loosely', () => {
    const quote = 'Dong admitted he spoke to the Chinese official'
    const anchor = anchorIn(ARTICLE, quote)
    const newText = edit(ARTICLE, quote, 'Dong acknowledged speaking with the Chinese official')

    expect(reanchor(newText, anchor)).toEqual({ status: 'orphan' })
    // The same edit is within reach once the caller allows more errors: the bound is what decides.
    expect(reanchor(newText, anchor, { maxErrors: 20 })).toMatchObject({ status: 'fuzzy' })
  })

  it('does no fuzzy search when maxErrors is 0', () => {
    const anchor = anchorIn(ARTICLE, 'another liberal Chinese Canadian')
    const newText = edit(ARTICLE, 'another liberal', 'another Liberal')

    expect(reanchor(newText, anchor, { maxErrors: 0 })).toEqual({ status: 'orphan' })
  })

  it('counts offsets in UTF-16 code units around curly quotes and an emoji', () => {
    const quote = '“nothing to cause any harm”'
    const anchor = anchorIn(ARTICLE, quote)
    // 🇨🇦 is two astral characters: four UTF-16 code units, two code points, one visible flag.
    const newText = edit(ARTICLE, 'TORONTO –', '🇨🇦 TORONTO –')

    const result = reanchor(newText, anchor)

    expect(result).toMatchObject({
      status: 'moved',
      start: anchor.start + 5,
      end: anchor.end + 5,
      exact: quote,
    })
    if (result.status === 'moved') expect(newText.slice(result.start, result.end)).toBe(quote)
  })

  it('re-anchors a quote containing an emoji, and counts its removal in code units', () => {
    const tweet = '“serious reports of actions that threaten the core of our Canadian democracy 🇨🇦”'
    const oldText = edit(
      ARTICLE,
      '“serious reports of actions that threaten the core of our Canadian democracy”',
      tweet,
    )
    const anchor = anchorIn(oldText, tweet)
    expect(anchor.exact.endsWith('🇨🇦”')).toBe(true)

    const shifted = reanchor(edit(oldText, 'Han Dong', 'MP Han Dong'), anchor)
    expect(shifted).toMatchObject({ status: 'moved', start: anchor.start + 3, exact: tweet })

    const withoutFlag = reanchor(ARTICLE, anchor)
    // A space and the flag's four code units.
    expect(withoutFlag).toMatchObject({ status: 'fuzzy', errors: 5, start: anchor.start })
    expectFreshSelectors(ARTICLE, withoutFlag)
  })

  it('never returns a span that splits an emoji', () => {
    const oldText = 'Singh wrote: “Dong must go 😠” on Tuesday.'
    const anchor = anchorIn(oldText, '“Dong must go 😠”')
    const newText = 'Singh wrote: “Dong must go 😡” on Tuesday.'

    const result = reanchor(newText, anchor, { maxErrors: 2 })

    expect(result).toMatchObject({ status: 'fuzzy', exact: '“Dong must go 😡”' })
  })

  it('tolerates whitespace changes as small edits', () => {
    const anchor = anchorIn(ARTICLE, RELEASE_CLAIM)
    // Re-pasted from a CMS: a hard line break and a doubled space inside the quote.
    const newText = edit(
      edit(ARTICLE, 'in February 2021 that', 'in February 2021\nthat'),
      'Michael Kovrig and',
      'Michael  Kovrig and',
    )

    const result = reanchor(newText, anchor)

    expect(result).toMatchObject({ status: 'fuzzy', errors: 2, start: anchor.start })
    if (result.status === 'fuzzy') expect(result.exact).toBe(newText.slice(anchor.start, anchor.end + 1))
  })

  it('still finds the quote when the stored offsets no longer fit the shorter text', () => {
    const lastParagraph = ARTICLE.split('\n\n').at(-1) ?? ''
    const anchor = anchorIn(ARTICLE, 'Ontario Congressman Vincent Ke resigned')

    expect(reanchor(lastParagraph, anchor)).toMatchObject({
      status: 'moved',
      start: lastParagraph.indexOf('Ontario'),
    })
  })

  it('rejects a maxErrors that is not a non-negative integer', () => {
    const anchor = anchorIn(ARTICLE, RELEASE_CLAIM)

    expect(() => reanchor(ARTICLE, anchor, { maxErrors: -1 })).toThrow(AnchorRangeError)
    expect(() => reanchor(ARTICLE, anchor, { maxErrors: 1.5 })).toThrow(AnchorRangeError)
  })
})

describe('reanchorAll', () => {
  it('re-anchors every claim of a new version, keeping their order', () => {
    const anchors = [
      anchorIn(ARTICLE, 'I respect Dong for the decision he made'),
      anchorIn(ARTICLE, 'Chinese interference'),
      anchorIn(ARTICLE, RELEASE_CLAIM),
      anchorIn(ARTICLE, 'another liberal Chinese Canadian'),
    ]
    const sousaParagraph = ARTICLE.split('\n\n')[4] ?? ''
    const newText = edit(
      edit(edit(ARTICLE, `${sousaParagraph}\n\n`, ''), 'Citing unnamed', 'Exclusive: citing unnamed'),
      'another liberal',
      'another Liberal',
    )

    const statuses = reanchorAll(newText, anchors).map((result) => result.status)

    expect(statuses).toEqual(['orphan', 'position', 'moved', 'fuzzy'])
  })
})
