// Phrases of the synthetic newsroom's stories: sources, misdeeds, figures, quotes, replies and desk notes.
// Invented throughout, like the names (names.ts).

export const ANONYMOUS_GROUPS = [
  'unnamed national security sources',
  'two people familiar with the matter',
  'a senior government official',
  'sources close to the investigation',
  'three former employees',
  'a person with knowledge of the negotiations',
  'officials who spoke on condition of anonymity',
  'an internal memo seen by reporters',
  'a source in the prime minister’s office',
  'several members of the governing party',
  'a whistleblower inside the ministry',
  'two diplomats briefed on the talks',
  'union officials who asked not to be named',
  'people close to the company’s board',
  'a police source',
  'intelligence officials',
]

export const ANONYMITY_REASONS = [
  'because they were not authorised to speak publicly',
  'for fear of reprisals',
  'because the investigation is ongoing',
  'because the talks are confidential',
]

export const ROLES_OF_PEOPLE = [
  'the member of parliament for',
  'the mayor of',
  'a councillor in',
  'the police chief of',
  'a prosecutor in',
  'the chief executive of a firm based in',
  'a union leader in',
  'a professor at the university of',
]

export const MISDEEDS = [
  'received {money} in undeclared payments from {org}',
  'pressured officials at the {gov} to delay the {project} review',
  'met privately with a foreign diplomat in {month} {year}',
  'used public funds for a family trip to {city}',
  'ignored safety warnings about the {project}',
  'awarded a {money} contract to {org} without a tender',
  'shared confidential briefing notes with {org}',
  'backdated documents submitted to the {gov}',
  'hired relatives at the {gov} in breach of the ethics code',
  'failed to declare shares in {org}',
]

export const PROJECTS = [
  'harbour expansion',
  'light-rail line',
  'hospital merger',
  'pipeline',
  'data-centre campus',
  'stadium deal',
  'school rebuilding programme',
  'wind farm',
  'water treatment plant',
  'ring road',
  'housing scheme',
  'border checkpoint',
  'vaccine contract',
  'airport runway',
]

export const STATS = [
  'unemployment in {city} fell to {pct} per cent in {year}',
  'waiting times for hip surgery rose by {pct} per cent since {year}',
  'the {project} is {money} over budget',
  'violent crime in {city} dropped {pct} per cent between {year} and {year2}',
  '{count} homes were built in {city} last year, the most since {year}',
  'the {gov} spent {money} on consultants in {year}',
  'emissions from {city}’s port rose {pct} per cent in {year}',
  'one in {small} residents of {city} lives below the poverty line',
]

export const QUOTES = [
  'We have never hidden anything from the public about the {project}',
  'The numbers speak for themselves: {stat}',
  'Nobody at the {gov} was told about the risks',
  'I will not resign over a story built on rumours',
  'The {project} will be finished on time and on budget',
  'Every contract we signed was reviewed by independent auditors',
  'This city cannot afford another {project} disaster',
]

export const FORECASTS = [
  'the {project} would be delayed until at least {year2}',
  'rents in {city} would rise by {pct} per cent within two years',
  'the {gov} would run out of money before {year2}',
  'the governing party would lose its majority at the next election',
  '{org} would cut {count} jobs by the end of {year2}',
]

export const OPINION_TOPICS = ['decision', 'budget', 'plan', 'ruling', 'appointment', 'deal', 'report']
export const OPINION_WORDS = [
  'reckless',
  'a betrayal of voters',
  'long overdue',
  'a disgrace',
  'visionary',
  'cynical',
  'a sensible compromise',
]

export const FILLERS = [
  'The {project} was announced in {month} {year} with a budget of {money}.',
  '{person}, who has represented {city} since {year}, has not been charged with any offence.',
  'Opposition parties have called for a public inquiry.',
  'The {gov} said it would publish its own figures later this month.',
  'Residents of {city} have protested outside the town hall every weekend since {month}.',
  'Shares in {org} fell {pct} per cent on the news.',
  'The ethics commissioner’s office confirmed it had received a complaint but would not say from whom.',
  'A vote on the {project} is scheduled for {month}.',
  'Lawyers for {org} said the company would “vigorously defend” itself.',
  'The story was first reported on {weekday} and has since been picked up by outlets across the country.',
  'About {count} people attended a town hall meeting on the {project} on {weekday} evening.',
  'Auditors warned in {year} that the {gov} had no system for tracking such spending.',
]

export const DENIALS = [
  'completely false',
  'a smear campaign',
  'baseless and defamatory',
  'a politically motivated attack',
  'nonsense from start to finish',
]

export const TITLES = [
  '{subject} faces questions over {project}',
  '{gov} under scrutiny after {project} revelations',
  'What we know about the {project} affair',
  '{subject} denies wrongdoing as pressure mounts',
  'Inside the fight over {city}’s {project}',
  'New figures cast doubt on {project} promises',
  '{city} residents demand answers on {project}',
]

export const EVIDENCE_TITLES = [
  'Annual report of the {gov}, {year}',
  'Court filing in the {project} case',
  'Statistics office release, {month} {year}',
  'Leaked memo on the {project} (as published)',
  'Parliamentary record, {month} {year}',
  'Company register entry for {org}',
  'Auditor general’s report on the {project}',
]

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

export const RATIONALES = [
  'Official figures contradict the central number.',
  'The documents support the claim as worded.',
  'The claim rests on a single anonymous source whose access is not described.',
  'Partly right: the date is correct but the amount is overstated.',
  'No evidence supports the claim; the party concerned denies it on the record.',
  'Accurate figures, presented without the context that changes their meaning.',
]

export const CORRECTIONS = [
  { whatChanged: 'Verdict revised after new documents were published', reason: 'New evidence' },
  { whatChanged: 'Corrected the year in the statement', reason: 'Reader correction' },
  { whatChanged: 'Rationale updated to cite the official figures', reason: 'Clarity' },
]

export const DESK_NOTES = [
  'Please add the primary source before this goes further.',
  'Which part does the denial address? Split the claim.',
  'Is the relay independent of the first report? Check the chain.',
]
