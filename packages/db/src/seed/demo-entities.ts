import type { ENTITY_KINDS } from '@claimtrail/contracts'

type EntityKind = (typeof ENTITY_KINDS)[number]

export interface DemoEntity {
  name: string
  kind: EntityKind
  aliases?: string[]
  description?: string
}

/** People, organisations and source groups of the demo article, keyed for the claims below. */
export const demoEntities = {
  outlet: {
    name: 'Corriere Canadese',
    kind: 'outlet',
    description: 'Toronto daily; publisher of the demo article (English edition).',
  },
  dong: {
    name: 'Han Dong',
    kind: 'person',
    aliases: ['Dong'],
    description: 'MP for Don Valley North since 2019; Ontario MPP for Trinity—Spadina 2014–2018.',
  },
  globalNews: { name: 'Global News', kind: 'outlet', aliases: ['Global'] },
  nationalSecuritySources: {
    name: 'Unnamed national security sources',
    kind: 'anonymous_group',
    aliases: ['national security sources'],
  },
  ke: {
    name: 'Vincent Ke',
    kind: 'person',
    aliases: ['Ke'],
    description: 'Ontario MPP for Don Valley North.',
  },
  trudeau: {
    name: 'Justin Trudeau',
    kind: 'person',
    aliases: ['Trudeau'],
    description: 'Prime Minister of Canada.',
  },
  poilievre: {
    name: 'Pierre Poilievre',
    kind: 'person',
    aliases: ['Poilievre'],
    description: 'Leader of the Conservative Party of Canada.',
  },
  singh: {
    name: 'Jagmeet Singh',
    kind: 'person',
    aliases: ['Singh'],
    description: 'Leader of the New Democratic Party.',
  },
  sousa: {
    name: 'Charles Sousa',
    kind: 'person',
    aliases: ['Sousa'],
    description: 'Liberal MP for Mississauga—Lakeshore; former Ontario MPP.',
  },
  liberalCaucus: { name: 'Liberal Party of Canada caucus', kind: 'organisation', aliases: ['the Liberals'] },
  ontarioPcCaucus: {
    name: 'Progressive Conservative caucus of Ontario',
    kind: 'organisation',
    aliases: ['Progressive Conservative caucus'],
  },
  chineseGovernment: {
    name: 'Government of the People’s Republic of China',
    kind: 'government_body',
    aliases: ['Beijing', 'China'],
  },
  governmentOfCanada: { name: 'Government of Canada', kind: 'government_body' },
} satisfies Record<string, DemoEntity>

export type DemoEntityKey = keyof typeof demoEntities
