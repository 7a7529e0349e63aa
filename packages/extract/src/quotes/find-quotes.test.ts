import { describe, expect, it } from 'vitest'
import { type Attribution, findQuotes } from './find-quotes.ts'
import { toQuotePredictions } from './prediction-format.ts'

/** The span of the n-th occurrence of `part` in `text`, as the extractor reports spans. */
function at(text: string, part: string, occurrence = 1) {
  let start = -1
  for (let i = 0; i < occurrence; i++) start = text.indexOf(part, start + 1)
  if (start < 0) throw new Error(`"${part}" not in text`)
  return { start, end: start + part.length, text: part }
}

const brief = (a: Attribution) => ({
  type: a.type,
  floating: a.floating,
  source: a.source,
  cue: a.cue,
  content: a.content,
})

describe('findQuotes: direct quotes', () => {
  it('takes the quote with its marks and inner comma, the speaker and verb after it', () => {
    const text = '“We will appeal,” Richter said after the hearing.'
    expect(findQuotes(text).map(brief)).toEqual([
      {
        type: 'direct',
        floating: false,
        source: at(text, 'Richter'),
        cue: at(text, 'said'),
        content: at(text, '“We will appeal,”'),
      },
    ])
  })

  it('reads an inverted speaker up to the appositive ("said X, who …")', () => {
    const text = '"It is a thin-margin business," said Analyst Priya Natarajan, who covers airlines.'
    const [q] = findQuotes(text)
    expect(q?.source).toEqual(at(text, 'Analyst Priya Natarajan'))
    expect(q?.cue).toEqual(at(text, 'said'))
  })

  it('keeps titles abbreviated with a period inside the speaker', () => {
    const text = '"Getting them off the street matters," Staff Sgt. Rob Kerr told reporters.'
    const [q] = findQuotes(text)
    expect(q?.source).toEqual(at(text, 'Staff Sgt. Rob Kerr'))
    expect(q?.cue).toEqual(at(text, 'told'))
  })

  it('attributes a quote introduced by a colon', () => {
    const text = 'Sen. Marc Gosselin said: "This is about journalism surviving."'
    const [q] = findQuotes(text)
    expect(brief(q as Attribution)).toEqual({
      type: 'direct',
      floating: false,
      source: at(text, 'Sen. Marc Gosselin'),
      cue: at(text, 'said'),
      content: at(text, '"This is about journalism surviving."'),
    })
  })

  it('makes the quote after "he said." a floating quote', () => {
    const text = '“A good start,” he said. “But only a start.”'
    const quotes = findQuotes(text)
    expect(quotes.map((q) => [q.content.text, q.floating, q.source?.text ?? null])).toEqual([
      ['“A good start,”', false, 'he'],
      ['“But only a start.”', true, null],
    ])
    expect(toQuotePredictions(quotes)[1]).toMatchObject({
      speaker: null,
      verb: null,
      is_floating_quote: true,
    })
  })

  it('gives both halves of a quote split by "he said," the same speaker and verb', () => {
    const text = '“Somebody has to pay,” he said, “and it will be taxpayers.”'
    const quotes = findQuotes(text)
    expect(quotes.map((q) => [q.content, q.source, q.cue])).toEqual([
      [at(text, '“Somebody has to pay,”'), at(text, 'he'), at(text, 'said')],
      [at(text, '“and it will be taxpayers.”'), at(text, 'he'), at(text, 'said')],
    ])
  })

  it('splits a quote that runs over paragraphs into one item per paragraph, the later ones floating', () => {
    const text =
      'Kowalski spoke first.\n\n“This was hard,” Kowalski said.\n\n“But people are worried about jobs.\n\n“I can do more here.”'
    const quotes = findQuotes(text)
    expect(quotes.map((q) => [q.content.text, q.floating])).toEqual([
      ['“This was hard,”', false],
      ['“But people are worried about jobs.', true],
      ['“I can do more here.”', true],
    ])
  })

  it('attributes a quote after a naming verb and its object ("called the plan “…”")', () => {
    const text = 'Opposition leader Kevin Tran called the announcement "a good first step" on Friday.'
    const [q] = findQuotes(text)
    expect(q?.content).toEqual(at(text, '"a good first step"'))
    expect(q?.source).toEqual(at(text, 'Opposition leader Kevin Tran'))
    expect(q?.cue).toEqual(at(text, 'called'))
  })

  it('ignores short scare quotes in a sentence that reports nothing', () => {
    expect(findQuotes('The so-called “freedom convoy” left Ottawa on Sunday.')).toEqual([])
  })
})

describe('findQuotes: indirect and mixed quotes', () => {
  it('takes a paraphrase with its leading "that" and without the final period', () => {
    const text = 'Crown prosecutor Denise Amar said that the Crown would seek five years.'
    const [q] = findQuotes(text)
    expect(brief(q as Attribution)).toEqual({
      type: 'indirect',
      floating: false,
      source: at(text, 'Crown prosecutor Denise Amar'),
      cue: at(text, 'said'),
      content: at(text, 'that the Crown would seek five years'),
    })
  })

  it('leaves the addressee and the manner out ("told reporters Wednesday that")', () => {
    const text = 'Health Minister Carla Boudreau told reporters Wednesday that the plan was working.'
    const [q] = findQuotes(text)
    expect(q?.cue).toEqual(at(text, 'told'))
    expect(q?.content).toEqual(at(text, 'that the plan was working'))
  })

  it('keeps only the main verb, not its auxiliaries ("had been saying")', () => {
    const text = 'Residents had been saying the bridge was unsafe.'
    const [q] = findQuotes(text)
    expect(q?.cue).toEqual(at(text, 'saying'))
    expect(q?.source).toEqual(at(text, 'Residents'))
  })

  it('reads a post-posed attribution: content before, speaker and verb after', () => {
    const text = 'OTTAWA - The fund will offer grants of up to $50,000, officials said Friday.'
    const [q] = findQuotes(text)
    expect(q?.content).toEqual(at(text, 'The fund will offer grants of up to $50,000'))
    expect(q?.source).toEqual(at(text, 'officials'))
    expect(q?.cue).toEqual(at(text, 'said'))
  })

  it('reads "according to" before and after the content, with "according to" as the verb', () => {
    const front = 'According to the Parliamentary Budget Officer, housing starts fell by 14 per cent.'
    const [f] = findQuotes(front)
    expect([f?.source, f?.cue, f?.content]).toEqual([
      at(front, 'the Parliamentary Budget Officer'),
      at(front, 'According to'),
      at(front, 'housing starts fell by 14 per cent'),
    ])
    const back = 'Six ERs will close overnight, according to two people familiar with the plans.'
    const [b] = findQuotes(back)
    expect([b?.source, b?.cue, b?.content]).toEqual([
      at(back, 'two people familiar with the plans'),
      at(back, 'according to'),
      at(back, 'Six ERs will close overnight'),
    ])
  })

  it('calls a paraphrase with quoted words mixed and keeps the marks inside the span', () => {
    const text = 'Poilievre had tweeted that the allegations were “serious reports of actions”.'
    const [q] = findQuotes(text)
    expect(q?.type).toBe('mixed')
    expect(q?.content).toEqual(at(text, 'that the allegations were “serious reports of actions”'))
    expect(q?.cue).toEqual(at(text, 'tweeted'))
  })

  it('skips an appositive or relative clause to find the speaker', () => {
    const text = 'Sousa, who worked with Dong in the legislature, said the decision was brave.'
    const [q] = findQuotes(text)
    expect(q?.source).toEqual(at(text, 'Sousa'))
    expect(q?.content).toEqual(at(text, 'the decision was brave'))
  })

  it('splits "admitted …, but denied …" into two quotes of one speaker', () => {
    const text = 'Dong admitted he spoke to the official, but denied allegations that he pushed for a delay.'
    const quotes = findQuotes(text)
    expect(quotes.map((q) => [q.source?.text, q.cue?.text, q.content.text])).toEqual([
      ['Dong', 'admitted', 'he spoke to the official'],
      ['Dong', 'denied', 'allegations that he pushed for a delay'],
    ])
  })

  it('gives a participle cue the sentence subject ("…, adding that")', () => {
    const text = '“I will stay,” Dong said, adding that he will work to clear his name.'
    const quotes = findQuotes(text)
    expect(quotes[1]).toMatchObject({
      source: at(text, 'Dong'),
      cue: at(text, 'adding'),
      content: at(text, 'that he will work to clear his name'),
    })
  })

  it('does not nest a reported cue inside reported content', () => {
    const text = 'Global News reported that Dong told a diplomat that China should wait.'
    const quotes = findQuotes(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.content).toEqual(at(text, 'that Dong told a diplomat that China should wait'))
  })

  it('leaves a possessive\'s "\'s" out of the speaker', () => {
    const text = "The minister's office said the report was accurate."
    const [q] = findQuotes(text)
    expect(q?.source?.text).toBe("The minister's office")
  })

  it('does not take passives, negations or nouns for cues', () => {
    expect(findQuotes('An inquiry has so far been denied by the prime minister.')).toEqual([])
    expect(findQuotes('The RCMP did not say whether charges would follow.')).toEqual([])
    // "report" after its determiner is the subject; "shows" is the cue (a record's verb).
    const text = 'A city report released in January shows ridership is up.'
    expect(findQuotes(text).map((q) => [q.source?.text, q.cue?.text, q.content.text])).toEqual([
      ['A city report released in January', 'shows', 'ridership is up'],
    ])
  })

  it('skips the title line', () => {
    expect(findQuotes('Rural ERs to stay closed, sources say\n\nThe plan is new.')).toEqual([])
  })
})

describe('findQuotes: pronoun speakers', () => {
  it('keeps the pronoun as the speaker and resolves it to the last named person', () => {
    const text =
      'Global News reported the story. Dong said he was innocent. “The truth will protect us,” he said.'
    const last = findQuotes(text).at(-1)
    const he = text.lastIndexOf(' he ') + 1
    expect(last?.source).toEqual({ start: he, end: he + 2, text: 'he' })
    expect(last?.resolvedSource).toEqual(at(text, 'Dong'))
    expect(toQuotePredictions([last as Attribution])[0]).toMatchObject({
      speaker: 'he',
      speaker_start: text.lastIndexOf(' he ') + 1,
    })
  })

  it('resolves a floating quote to the speaker before it', () => {
    const text = '“A,” Patel told council. “For a lot of people, it is the only way to get to work.”'
    const quotes = findQuotes(text)
    expect(quotes[1]?.floating).toBe(true)
    expect(quotes[1]?.resolvedSource).toEqual(at(text, 'Patel'))
  })
})
