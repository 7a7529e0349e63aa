import { isCapitalized, type Token } from '../../text/tokenize.ts'
import { ADVERBS, AUXILIARIES, NEGATIONS, TITLE_ABBREVIATIONS } from '../lexicon.ts'

// Word classes the quote finder reads sentences with, beside the shared lexicon (lexicon.ts).
const LY_NOT_ADVERBS = new Set(
  'family assembly supply anomaly rally ally homily monopoly italy july daily weekly monthly quarterly yearly butterfly bully belly jelly holly lily emily kelly molly sally billy reilly riley bradley beverly ashley shelly kimberly stanley wesley hadley'.split(
    ' ',
  ),
)
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"])
export const IRREGULAR_PAST = new Set(
  'was were had did made took gave went came got spoke met knew left told saw said paid sent put kept lost won held led ran sold bought brought thought felt found began became fell grew rose hit cut set meant stood heard built broke chose drove wrote cost spent spread shut struck stole hid fled fought caught sought dealt lent owed'.split(
    ' ',
  ),
)
export const INVERSION_FORMS = new Set(
  'said says added asked wrote writes explained continued replied responded noted recalled insisted argued acknowledged admitted warned tweeted stated declared joked quipped observed remarked countered concluded shouted yelled suggested claimed predicted cautioned complained conceded confirmed'.split(
    ' ',
  ),
)
// Links between a head noun and its post-modifier ("people with knowledge of", "officials familiar with").
export const POST_MODIFIER_LINKS = new Set(
  'of with on by to from at for in within inside close under through via'.split(' '),
)
export const POST_MODIFIERS = new Set(
  'familiar close quoted cited charged accused briefed involved knowledgeable aware connected obtained seen reviewed interviewed released published issued commissioned conducted prepared filed funded led written sent signed delivered submitted addressed distributed circulated posted'.split(
    ' ',
  ),
)
// Prepositions that join two nouns inside one noun phrase ("Minister of Finance", "head at Acme").
export const NP_LINKS = new Set(['of', 'for', 'at', 'from', 'with'])
// Words before a weekday that belong to the time adjunct ("on Monday", "last Friday").
export const TIME_LEADS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early'])
// Word shapes of English adjectives (derivational suffixes and hyphenated compounds).
export const ADJECTIVE_SHAPE = /(?:-\p{L}+|ed|en|ing|ful|ous|ive|al|ic|ish|less|able|ible|ant|ent|ary|ly|y)$/u
export const END_PUNCT = new Set(['.', '!', '?', '…', ';', ':', ','])

export const isLyAdverb = (t: Token) =>
  t.kind === 'word' &&
  !isCapitalized(t) &&
  t.lower.length >= 6 &&
  t.lower.endsWith('ly') &&
  !LY_NOT_ADVERBS.has(t.lower)

/** An auxiliary, negation or adverb: skipped between a subject and its verb. */
export const isVerbModifier = (t: Token) =>
  AUXILIARIES.has(t.lower) || NEGATIONS.has(t.lower) || ADVERBS.has(t.lower) || isLyAdverb(t)

/** A capitalised initial or title abbreviation whose period stays inside a name ("J. Smith", "Dr."). */
export const isInitialOrTitle = (w: Token) =>
  isCapitalized(w) && (w.text.length <= 2 || TITLE_ABBREVIATIONS.has(w.lower))
