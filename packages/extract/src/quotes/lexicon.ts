/**
 * Word lists for the rule-based attribution finder. A reporting verb is the cue of a quote in the
 * PARC sense (Pareti's Penn Attribution Relation Corpus); the list extends the Gender Gap Tracker's
 * quote verbs with the verbs of responses (deny, reject) and of online posts (tweet, post).
 */
const words = (s: string) => new Set(s.trim().split(/\s+/))

const LEMMAS: Record<string, string> = {}
const FORMS = new Set<string>()

function verb(lemma: string, ...forms: string[]) {
  for (const f of [lemma, ...forms]) {
    LEMMAS[f] = lemma
    FORMS.add(f)
  }
}

verb('say', 'said', 'says', 'saying')
verb('tell', 'told', 'tells', 'telling')
verb('add', 'added', 'adds', 'adding')
verb('write', 'wrote', 'writes', 'writing', 'written')
verb('tweet', 'tweeted', 'tweets', 'tweeting')
verb('post', 'posted')
verb('explain', 'explained', 'explains', 'explaining')
verb('argue', 'argued', 'argues', 'arguing')
verb('insist', 'insisted', 'insists', 'insisting')
verb('note', 'noted', 'notes', 'noting')
verb('state', 'stated', 'states', 'stating')
verb('claim', 'claimed', 'claims', 'claiming')
verb('allege', 'alleged', 'alleges', 'alleging')
verb('suggest', 'suggested', 'suggests', 'suggesting')
verb('stress', 'stressed', 'stresses', 'stressing')
verb('emphasize', 'emphasized', 'emphasizes', 'emphasizing', 'emphasised', 'emphasises', 'emphasising')
verb('warn', 'warned', 'warns', 'warning')
verb('acknowledge', 'acknowledged', 'acknowledges', 'acknowledging')
verb('admit', 'admitted', 'admits', 'admitting')
verb('concede', 'conceded', 'concedes', 'conceding')
verb('confirm', 'confirmed', 'confirms', 'confirming')
verb('deny', 'denied', 'denies', 'denying')
verb('maintain', 'maintained', 'maintains', 'maintaining')
verb('contend', 'contended', 'contends', 'contending')
verb('predict', 'predicted', 'predicts', 'predicting')
verb('report', 'reported', 'reports', 'reporting')
verb('testify', 'testified', 'testifies', 'testifying')
verb('recall', 'recalled', 'recalls', 'recalling')
verb('reply', 'replied', 'replies', 'replying')
verb('respond', 'responded', 'responds', 'responding')
verb('assure', 'assured', 'assures', 'assuring')
verb('promise', 'promised', 'promises', 'promising')
verb('vow', 'vowed', 'vows', 'vowing')
verb('announce', 'announced', 'announces', 'announcing')
verb('declare', 'declared', 'declares', 'declaring')
verb('reveal', 'revealed', 'reveals', 'revealing')
verb('disclose', 'disclosed', 'discloses', 'disclosing')
verb('indicate', 'indicated', 'indicates', 'indicating')
verb('complain', 'complained', 'complains', 'complaining')
verb('counter', 'countered', 'counters')
verb('caution', 'cautioned', 'cautions', 'cautioning')
verb('observe', 'observed', 'observes')
verb('remark', 'remarked', 'remarks')
verb('mention', 'mentioned', 'mentions', 'mentioning')
verb('reiterate', 'reiterated', 'reiterates', 'reiterating')
verb('assert', 'asserted', 'asserts', 'asserting')
verb('ask', 'asked', 'asks', 'asking')
verb('continue', 'continued', 'continues')
verb('believe', 'believed', 'believes')
verb('think', 'thought', 'thinks')
verb('estimate', 'estimated', 'estimates')
verb('conclude', 'concluded', 'concludes', 'concluding')
verb('find', 'found', 'finds')
// "CBC News has learned": a newsroom reporting what its sources told it (phrase-reader checks the speaker).
verb('learn', 'learned', 'learnt')
verb('agree', 'agreed', 'agrees')
verb('inform', 'informed', 'informs')
verb('remind', 'reminded', 'reminds')
verb('advise', 'advised', 'advises')
verb('boast', 'boasted', 'boasts')
verb('joke', 'joked', 'jokes')
verb('quip', 'quipped', 'quips')
verb('shout', 'shouted')
verb('yell', 'yelled')
verb('lament', 'lamented', 'laments')
verb('charge', 'charged')
verb('point', 'pointed')
verb('describe', 'described', 'describes')
verb('reject', 'rejected', 'rejects')
verb('dismiss', 'dismissed', 'dismisses')
verb('dispute', 'disputed', 'disputes')
verb('read', 'reads')
verb('accuse', 'accused', 'accuses')
verb('urge', 'urged', 'urges')
verb('hint', 'hinted')
verb('speculate', 'speculated')
verb('propose', 'proposed')
verb('clarify', 'clarified', 'clarifies')
verb('elaborate', 'elaborated')
verb('wonder', 'wondered')
verb('muse', 'mused')
verb('sigh', 'sighed')
verb('recount', 'recounted')
verb('concur', 'concurred')
verb('recommend', 'recommended', 'recommends', 'recommending')
verb('rule', 'ruled', 'rules', 'ruling')
verb('call', 'called', 'calls')
verb('label', 'labelled', 'labeled')
verb('dub', 'dubbed')
verb('term', 'termed')
// Only with a record or study as its subject (PhraseReader.cueFitsSpeaker): "records show",
// "the board's enrolment study projects a drop".
verb('show', 'shows', 'showed')
verb('project', 'projects', 'projected')

export function reportingLemma(lower: string): string | undefined {
  return FORMS.has(lower) ? LEMMAS[lower] : undefined
}

/** Verbs whose object is the addressee, with the content after it ("told reporters that …"). */
export const TELL_LEMMAS = words('tell assure inform remind advise warn urge ask promise')

/** Verbs that take any complement as content: "said the plan failed" needs no "that". */
export const OPEN_LEMMAS = words(
  'say tell add write tweet post explain argue insist note stress warn claim emphasize assure predict testify recall believe think reply respond suggest contend maintain concede admit acknowledge confirm allege report show project',
)

/** Verbs that can attribute a direct quote when they follow it ("…," she asked). */
export const DIRECT_ONLY_LEMMAS = words(
  'call label dub term describe ask continue joke quip shout yell sigh muse wonder read boast lament elaborate remark observe counter reply respond recount',
)

/** Verbs that attribute a direct quote that follows their object: called the plan "a disaster". */
export const NAMING_LEMMAS = words('call label dub term describe')

/** Verbs that attribute content only through "that" (found that, ruled that, alleged that). */
export const THAT_ONLY_LEMMAS = words('find rule allege recommend accuse')

/** Subjects that "find" things: a study found the rate fell. */
export const FINDING_SUBJECTS = words(
  'study studies report reports survey surveys poll polls review audit analysis research investigation inquiry researchers investigators scientists data',
)

/** Subjects that "show" things: records, figures and studies ("court documents show", "data show"). */
export const RECORD_SUBJECTS = new Set([
  ...FINDING_SUBJECTS,
  ...words(
    'record records document documents filing filings minutes figures numbers statistics emails logs files transcripts footage entries entry registry register registers database databases calendar calendars invoices receipts spreadsheets tallies',
  ),
])

/** Base forms that are mostly nouns ("a city report", "the claim") unless a plural or pronoun subject precedes. */
export const BASE_AMBIGUOUS = words(
  'report claim note state post release comment point charge read dispute estimate reply respond finding rule call term label',
)

/** Titles abbreviated with a period inside a name: "Staff Sgt. Rob Kerr", "Cpl. Sandra Fortin". */
export const TITLE_ABBREVIATIONS = words(
  'mr mrs ms dr prof sen rep gov lt col gen sgt capt cpl cmdr adm insp supt det const hon rev fr coun st mt jr sr pte',
)

/** Verbs that are only a cue with a complement clause or a direct quote (never bare nouns). */
export const NOUN_HOMOGRAPHS = words(
  'claims notes reports states remarks counters points warning finding found reads read post posted charged charge reports',
)

export const PRONOUNS = words('he she they it we i you')
/** Words that head a partitive speaker: "one of them", "two of the officers", "some of the staff". */
export const QUANTIFIERS = words('one two three four five six several some many most each both all none few')
export const OBJECT_PRONOUNS = words('him her them us me you it')
export const RELATIVE = words('who whom whose which that')

export const DETERMINERS = words(
  'the a an this these those some many several most few both all each every other another its his her their our my your no one two three four five six seven eight nine ten dozens hundreds thousands',
)

export const AUXILIARIES = words(
  "has have had was were is are be been being will would could can may might should must did does do shall 's 've 'd",
)
// "would neither confirm nor deny": neither verb is a cue.
export const NEGATIONS = words("not n't never no longer neither nor")

export const ADVERBS = words(
  'also later then again once previously recently repeatedly earlier still first further simply just even publicly privately already subsequently initially originally often frequently consistently flatly firmly quickly finally now since yet however reportedly allegedly apparently clearly openly long always widely generally twice personally separately directly',
)

export const PREPOSITIONS = words(
  'in on at to from with by for of about after before during over under through into onto upon via without within against among between across along around since until toward towards than despite near behind beyond following amid',
)

export const CONJUNCTIONS = words(
  'and but or nor so yet because although though while whereas if unless as when whether',
)

export const TIME_WORDS = words(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon evening night week weekend month year earlier later last this next recently ago day days weeks months years',
)

/** Nouns an addressee or an adjunct of a reporting verb is usually made of. */
export const ADJUNCT_NOUNS = words(
  'reporters journalists media press interview interviews statement statements conference conferences release email emails letter letters video post posts message messages speech speeches news court hearing committee house chamber audience crowd parliament legislature radio television tv podcast documents filing filings supporters members officials residents church rally meeting question period scrum phone telephone call text social network briefing update report affidavit testimony notice notices website site web page blog newsletter submission submissions response responses filing posted published sent issued released written emailed',
)

/** Words that close a speaker noun phrase when read right to left. */
export const NP_STOPS = new Set([
  ...CONJUNCTIONS,
  ...RELATIVE,
  ...AUXILIARIES,
  ...NEGATIONS,
  ...words('said says told added there here what how why where not than too very so'),
])

export const ING_SPLITTERS = words(
  'adding saying noting explaining arguing insisting stressing warning suggesting claiming acknowledging admitting conceding calling denying writing',
)
