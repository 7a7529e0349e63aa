import type { AuditAction } from '@claimtrail/contracts'
import {
  type Entity,
  EntityListSchema,
  EntityMergeResultSchema,
  EntitySchema,
  ErrorSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, asc, eq, isNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { etagOf } from '../src/services/concurrency.ts'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const {
  chainHops,
  claimSubjects,
  claims,
  entities,
  events,
  replyRequests,
  sourceReliabilityRatings,
  sourcingAssessments,
} = schema

type Method = 'GET' | 'POST' | 'PATCH'

describe.each(await testDatabases())('entities on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let editor: LoggedIn

  beforeAll(async () => {
    t = await createTestApp(testDb, { env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' } })
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
  })
  afterAll(async () => {
    await t?.close()
  })

  const db = () => t.db.handle.db
  const call = (
    method: Method,
    url: string,
    as: LoggedIn | null,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(as?.headers ?? {}), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
  const search = async (query: string, as: LoggedIn = checker) => {
    const res = await call('GET', `/entities?${query}`, as)
    expect(res.statusCode, res.body).toBe(200)
    return EntityListSchema.parse(res.json())
  }
  const byName = async (name: string) => {
    const [row] = await db().select().from(entities).where(eq(entities.name, name))
    if (!row) throw new Error(`no entity ${name}`)
    return row
  }
  const eventsFor = (action: AuditAction, subjectId: string) =>
    db()
      .select()
      .from(events)
      .where(and(eq(events.action, action), eq(events.subjectId, subjectId)))
      .orderBy(asc(events.id))
  const create = async (body: object, as: LoggedIn = checker) => {
    const res = await call('POST', '/entities', as, body)
    expect(res.statusCode, res.body).toBe(201)
    return EntitySchema.parse(res.json())
  }

  describe('create', () => {
    it('creates an entity with tidied aliases, answers 201 with its ETag, and records the event', async () => {
      const res = await call('POST', '/entities', checker, {
        name: '  Meng Wanzhou ',
        kind: 'person',
        aliases: ['Meng', 'meng', ' Sabrina Meng ', 'MENG WANZHOU'],
        wikidataId: 'Q20681397',
        description: 'Huawei executive',
      })
      expect(res.statusCode, res.body).toBe(201)
      const body = EntitySchema.parse(res.json())
      expect(body).toMatchObject({
        name: 'Meng Wanzhou',
        kind: 'person',
        aliases: ['Meng', 'Sabrina Meng'],
        wikidataId: 'Q20681397',
        description: 'Huawei executive',
        mergedIntoId: null,
        version: 1,
      })
      expect(res.headers.etag).toBe(etagOf('entity', body.id, 1))

      const [row] = await db().select().from(entities).where(eq(entities.id, body.id))
      expect(row).toMatchObject({ name: 'Meng Wanzhou', aliases: ['Meng', 'Sabrina Meng'], version: 1 })
      const [event] = await eventsFor('entity.created', body.id)
      expect(event).toMatchObject({ actorId: checker.user.id, subjectType: 'entity', before: null })
      expect(event?.after).toMatchObject({ id: body.id, name: 'Meng Wanzhou' })
      expect(event?.requestId).toBe(res.headers['x-request-id'])
    })

    it('refuses a Wikidata id another entity already has, naming that entity', async () => {
      const before = await db().select().from(entities)
      const res = await call('POST', '/entities', checker, {
        name: 'Wanzhou Meng',
        kind: 'person',
        wikidataId: 'Q20681397',
      })
      expect(res.statusCode).toBe(409)
      const error = ErrorSchema.parse(res.json())
      expect(error.code).toBe('CONFLICT')
      expect(error.message).toContain('Meng Wanzhou')
      const existing = await byName('Meng Wanzhou')
      expect(error.details).toMatchObject({ existing: { id: existing.id, name: 'Meng Wanzhou' } })
      expect(await db().select().from(entities)).toHaveLength(before.length)
    })

    it.each([
      ['name', { name: 'x'.repeat(201), kind: 'person' }],
      ['name', { name: '   ', kind: 'person' }],
      ['kind', { name: 'Someone', kind: 'alien' }],
      [
        'aliases',
        { name: 'Someone', kind: 'person', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) },
      ],
      ['aliases.0', { name: 'Someone', kind: 'person', aliases: ['y'.repeat(201)] }],
      ['wikidataId', { name: 'Someone', kind: 'person', wikidataId: 'q42' }],
    ])('answers 400 naming body.%s', async (field, payload) => {
      const res = await call('POST', '/entities', checker, payload)
      expect(res.statusCode).toBe(400)
      const error = ErrorSchema.parse(res.json())
      expect(error.code).toBe('VALIDATION')
      expect(error.message.startsWith(`body.${field}:`), error.message).toBe(true)
      expect(await db().select().from(entities).where(eq(entities.name, 'Someone'))).toEqual([])
    })

    it('refuses an unknown field', async () => {
      const res = await call('POST', '/entities', checker, {
        name: 'Someone',
        kind: 'person',
        mergedIntoId: null,
      })
      expect(res.statusCode).toBe(400)
      const error = ErrorSchema.parse(res.json())
      expect(error.code).toBe('VALIDATION')
      expect(error.message).toContain('mergedIntoId')
      expect(await db().select().from(entities).where(eq(entities.name, 'Someone'))).toEqual([])
    })

    it('needs a login', async () => {
      const res = await call('POST', '/entities', null, { name: 'Someone', kind: 'person' })
      expect(res.statusCode).toBe(401)
      expect(ErrorSchema.parse(res.json()).code).toBe('UNAUTHORIZED')
      expect((await call('GET', '/entities', null)).statusCode).toBe(401)
    })
  })

  describe('search', () => {
    it('finds an entity by alias and by name prefix, ignoring case', async () => {
      const dong = await search('q=Dong')
      expect(dong.items[0]?.name).toBe('Han Dong')
      const global = await search('q=global')
      expect(global.items[0]?.name).toBe('Global News')
      expect(global.items.map((e) => e.name)).not.toContain('Han Dong')
      expect(global.nextCursor).toBeNull()
    })

    it('ranks exact, then prefix, then word-start, then inner matches', async () => {
      await create({ name: 'Dongfang Electric', kind: 'organisation' })
      await create({ name: 'Kwandong Trading', kind: 'organisation' })
      await create({ name: 'Mei Dongxu', kind: 'person' })
      const names = (await search('q=dong')).items.map((e) => e.name)
      // Han Dong: alias "Dong" exact; Dongfang: prefix; Mei Dongxu: a later word; Kwandong: inside.
      expect(names).toEqual(['Han Dong', 'Dongfang Electric', 'Mei Dongxu', 'Kwandong Trading'])
    })

    it('ignores accents on either side', async () => {
      await create({ name: 'Mélanie Joly', kind: 'person', aliases: ['Joly'] })
      expect((await search('q=melanie')).items.map((e) => e.name)).toEqual(['Mélanie Joly'])
      expect((await search(`q=${encodeURIComponent('MÉLANIE')}`)).items.map((e) => e.name)).toEqual([
        'Mélanie Joly',
      ])
      expect((await search(`q=${encodeURIComponent('Sóusa')}`)).items.map((e) => e.name)).toEqual([
        'Charles Sousa',
      ])
    })

    it('treats LIKE wildcards in the query as text', async () => {
      expect((await search('q=%25')).items).toEqual([])
      expect((await search('q=_')).items).toEqual([])
    })

    it('filters by kind', async () => {
      const outlets = await search('kind=outlet')
      expect(outlets.items.length).toBeGreaterThanOrEqual(2)
      expect(outlets.items.every((e) => e.kind === 'outlet')).toBe(true)
      expect(outlets.items.map((e) => e.name)).toEqual(
        expect.arrayContaining(['Corriere Canadese', 'Global News']),
      )
      expect((await search('q=global&kind=person')).items).toEqual([])
    })

    it('pages through every unmerged entity in name order with nextCursor', async () => {
      const seen: Entity[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const page = await search(`limit=4${cursor ? `&cursor=${cursor}` : ''}`)
        expect(page.items.length).toBeLessThanOrEqual(4)
        seen.push(...page.items)
        cursor = page.nextCursor
        pages++
      } while (cursor && pages < 50)
      const rows = await db().select().from(entities).where(isNull(entities.mergedIntoId))
      expect(seen).toHaveLength(rows.length)
      expect(new Set(seen.map((e) => e.id)).size).toBe(rows.length)
      expect(pages).toBe(Math.ceil(rows.length / 4))
      const lower = seen.map((e) => e.name.toLowerCase())
      expect(lower).toEqual([...lower].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))

      // Paging a ranked search keeps the ranking across pages.
      const first = await search('q=dong&limit=1')
      expect(first.items.map((e) => e.name)).toEqual(['Han Dong'])
      const second = await search(`q=dong&limit=2&cursor=${first.nextCursor}`)
      expect(second.items.map((e) => e.name)).toEqual(['Dongfang Electric', 'Mei Dongxu'])
      const third = await search(`q=dong&limit=2&cursor=${second.nextCursor}`)
      expect(third.items.map((e) => e.name)).toEqual(['Kwandong Trading'])
      expect(third.nextCursor).toBeNull()
    })

    it('refuses a bad limit or a forged cursor', async () => {
      const limit = await call('GET', '/entities?limit=0', checker)
      expect(limit.statusCode).toBe(400)
      expect(ErrorSchema.parse(limit.json()).message).toMatch(/^querystring\.limit:/)
      const cursor = await call('GET', '/entities?cursor=not-a-cursor', checker)
      expect(cursor.statusCode).toBe(400)
      expect(ErrorSchema.parse(cursor.json())).toMatchObject({ code: 'VALIDATION' })
      expect(ErrorSchema.parse(cursor.json()).message).toContain('cursor')
    })
  })

  describe('read one', () => {
    it('answers the entity with its ETag, 404 for an unknown id and 400 for a malformed one', async () => {
      const dong = await byName('Han Dong')
      const res = await call('GET', `/entities/${dong.id}`, checker)
      expect(res.statusCode).toBe(200)
      expect(EntitySchema.parse(res.json())).toMatchObject({
        id: dong.id,
        name: 'Han Dong',
        aliases: ['Dong'],
      })
      expect(res.headers.etag).toBe(etagOf('entity', dong.id, dong.version))

      const unknown = await call('GET', '/entities/00000000-0000-4000-8000-000000000000', checker)
      expect(unknown.statusCode).toBe(404)
      expect(ErrorSchema.parse(unknown.json()).code).toBe('NOT_FOUND')
      const malformed = await call('GET', '/entities/nope', checker)
      expect(malformed.statusCode).toBe(400)
      expect(ErrorSchema.parse(malformed.json()).message).toMatch(/^params\.entityId:/)
    })
  })

  describe('update', () => {
    it('updates with If-Match, answers the new ETag and records before and after', async () => {
      const meng = await byName('Meng Wanzhou')
      const res = await call(
        'PATCH',
        `/entities/${meng.id}`,
        checker,
        { description: 'Former CFO of Huawei', aliases: ['Meng', 'Sabrina Meng', 'Cathy Meng'] },
        { 'if-match': etagOf('entity', meng.id, meng.version) },
      )
      expect(res.statusCode, res.body).toBe(200)
      const body = EntitySchema.parse(res.json())
      expect(body).toMatchObject({
        description: 'Former CFO of Huawei',
        aliases: ['Meng', 'Sabrina Meng', 'Cathy Meng'],
        version: meng.version + 1,
      })
      expect(res.headers.etag).toBe(etagOf('entity', meng.id, meng.version + 1))
      expect(await byName('Meng Wanzhou')).toMatchObject({ description: 'Former CFO of Huawei', version: 2 })
      const [event] = await eventsFor('entity.updated', meng.id)
      expect(event).toMatchObject({ actorId: checker.user.id })
      expect(event?.before).toMatchObject({ description: 'Huawei executive', version: 1 })
      expect(event?.after).toMatchObject({ description: 'Former CFO of Huawei', version: 2 })
    })

    it('accepts the version in the body, and null clears a field', async () => {
      const meng = await byName('Meng Wanzhou')
      const res = await call('PATCH', `/entities/${meng.id}`, checker, {
        version: meng.version,
        wikidataId: null,
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(EntitySchema.parse(res.json())).toMatchObject({ wikidataId: null, version: meng.version + 1 })
      expect((await byName('Meng Wanzhou')).wikidataId).toBeNull()
    })

    it('refuses a stale version with 409 and the current entity', async () => {
      const meng = await byName('Meng Wanzhou')
      const res = await call(
        'PATCH',
        `/entities/${meng.id}`,
        checker,
        { name: 'Wanzhou Meng' },
        { 'if-match': etagOf('entity', meng.id, 1) },
      )
      expect(res.statusCode).toBe(409)
      const error = ErrorSchema.parse(res.json())
      expect(error.code).toBe('CONFLICT')
      const current = EntitySchema.parse((error.details as { current: unknown }).current)
      expect(current).toMatchObject({ id: meng.id, name: 'Meng Wanzhou', version: meng.version })
      expect(await byName('Meng Wanzhou')).toMatchObject({ version: meng.version })
      expect(await eventsFor('entity.updated', meng.id)).toHaveLength(2)
    })

    it('answers 428 without a version, 400 when If-Match and version disagree or nothing changes', async () => {
      const meng = await byName('Meng Wanzhou')
      const missing = await call('PATCH', `/entities/${meng.id}`, checker, { name: 'Wanzhou Meng' })
      expect(missing.statusCode).toBe(428)
      expect(ErrorSchema.parse(missing.json()).code).toBe('PRECONDITION_REQUIRED')

      const disagree = await call(
        'PATCH',
        `/entities/${meng.id}`,
        checker,
        { name: 'Wanzhou Meng', version: meng.version + 5 },
        { 'if-match': etagOf('entity', meng.id, meng.version) },
      )
      expect(disagree.statusCode).toBe(400)
      expect(ErrorSchema.parse(disagree.json()).code).toBe('INVALID')

      const empty = await call('PATCH', `/entities/${meng.id}`, checker, { version: meng.version })
      expect(empty.statusCode).toBe(400)
      expect(ErrorSchema.parse(empty.json()).code).toBe('VALIDATION')
      expect(await byName('Meng Wanzhou')).toMatchObject({ version: meng.version })
    })

    it('answers 404 for an unknown entity and 409 for a Wikidata id in use', async () => {
      const unknown = await call('PATCH', '/entities/00000000-0000-4000-8000-000000000000', checker, {
        name: 'X',
        version: 1,
      })
      expect(unknown.statusCode).toBe(404)
      const taken = await create({ name: 'Taken Wikidata', kind: 'organisation', wikidataId: 'Q1' })
      const meng = await byName('Meng Wanzhou')
      const res = await call('PATCH', `/entities/${meng.id}`, checker, {
        version: meng.version,
        wikidataId: 'Q1',
      })
      expect(res.statusCode).toBe(409)
      expect(ErrorSchema.parse(res.json()).details).toMatchObject({ existing: { id: taken.id } })
    })
  })

  describe('merge', () => {
    let dong: typeof entities.$inferSelect
    let dup: Entity
    /** A claim about Han Dong, and one that is not. */
    let claimWithBoth: string
    let claimWithDupOnly: string
    let hopId: string
    let requestId: string

    beforeAll(async () => {
      dong = await byName('Han Dong')
      dup = await create({ name: 'H. Dong', kind: 'person', aliases: ['Dong', 'Dong Han'] })
      const aboutDong = await db()
        .select({ claimId: claimSubjects.claimId })
        .from(claimSubjects)
        .where(eq(claimSubjects.entityId, dong.id))
      const aboutIds = aboutDong.map((r) => r.claimId)
      const all = await db().select({ id: claims.id }).from(claims).orderBy(asc(claims.anchorStart))
      const other = all.find((c) => !aboutIds.includes(c.id))
      if (!aboutIds[0] || !other) throw new Error('demo data changed')
      claimWithBoth = aboutIds[0]
      claimWithDupOnly = other.id
      await db()
        .insert(claimSubjects)
        .values([
          { claimId: claimWithBoth, entityId: dup.id },
          { claimId: claimWithDupOnly, entityId: dup.id },
        ])
      // A hop of some chain now names the duplicate.
      const [hop] = await db()
        .select({ id: chainHops.id })
        .from(chainHops)
        .where(eq(chainHops.entityId, dong.id))
      if (!hop) throw new Error('demo data changed: no hop for Han Dong')
      hopId = hop.id
      await db().update(chainHops).set({ entityId: dup.id }).where(eq(chainHops.id, hopId))
      await db().update(claims).set({ claimantId: dup.id }).where(eq(claims.id, claimWithDupOnly))
      const [request] = await db()
        .insert(replyRequests)
        .values({
          claimId: claimWithDupOnly,
          entityId: dup.id,
          channel: 'email',
          requestedAt: new Date('2024-01-01T00:00:00Z'),
          deadline: new Date('2024-01-03T00:00:00Z'),
        })
        .returning()
      requestId = request?.id ?? ''
      // Reliability: one assessment rates both (Han Dong's B must stand), another only the duplicate.
      const rated = await db()
        .select({ assessmentId: sourceReliabilityRatings.assessmentId })
        .from(sourceReliabilityRatings)
        .where(eq(sourceReliabilityRatings.entityId, dong.id))
      const both = rated[0]
      if (rated.length !== 1 || !both) throw new Error('demo data changed: Han Dong is not rated once')
      const otherAssessment = (
        await db().select({ id: sourcingAssessments.id }).from(sourcingAssessments)
      ).find((a) => a.id !== both.assessmentId)
      if (!otherAssessment) throw new Error('demo data changed: one assessment only')
      await db()
        .insert(sourceReliabilityRatings)
        .values([
          { assessmentId: both.assessmentId, entityId: dup.id, reliability: 'D' },
          { assessmentId: otherAssessment.id, entityId: dup.id, reliability: 'C' },
        ])
    })

    const merge = (id: string, body: unknown, as: LoggedIn = editor, headers: Record<string, string> = {}) =>
      call('POST', `/entities/${id}/merge`, as, body, headers)

    it('is refused to a checker', async () => {
      const res = await merge(dup.id, { intoId: dong.id, version: dup.version }, checker)
      expect(res.statusCode).toBe(403)
      expect(ErrorSchema.parse(res.json()).code).toBe('FORBIDDEN')
      expect((await byName('H. Dong')).mergedIntoId).toBeNull()
    })

    it('refuses merging into itself, unknown ids, and stale or missing versions', async () => {
      const self = await merge(dup.id, { intoId: dup.id, version: dup.version })
      expect(self.statusCode).toBe(400)
      expect(ErrorSchema.parse(self.json()).message).toContain('itself')

      const unknownTarget = await merge(dup.id, {
        intoId: '00000000-0000-4000-8000-000000000000',
        version: 1,
      })
      expect(unknownTarget.statusCode).toBe(404)
      expect(ErrorSchema.parse(unknownTarget.json()).code).toBe('NOT_FOUND')
      const unknownSource = await merge('00000000-0000-4000-8000-000000000000', {
        intoId: dong.id,
        version: 1,
      })
      expect(unknownSource.statusCode).toBe(404)

      const stale = await merge(dup.id, { intoId: dong.id, version: dup.version + 1 })
      expect(stale.statusCode).toBe(409)
      expect(ErrorSchema.parse(stale.json()).details).toMatchObject({
        current: { id: dup.id, version: dup.version },
      })

      const missing = await merge(dup.id, { intoId: dong.id })
      expect(missing.statusCode).toBe(428)

      expect((await byName('H. Dong')).mergedIntoId).toBeNull()
      expect(await eventsFor('entity.merged', dup.id)).toEqual([])
    })

    it('moves every reference in one go, folds the names into aliases and records the counts', async () => {
      const res = await merge(dup.id, { intoId: dong.id }, editor, {
        'if-match': etagOf('entity', dup.id, dup.version),
      })
      expect(res.statusCode, res.body).toBe(200)
      const body = EntityMergeResultSchema.parse(res.json())
      const moved = {
        claimants: 1,
        claimSubjects: 1,
        claimSubjectsAlreadyPresent: 1,
        chainHops: 1,
        responses: 0,
        replyRequests: 1,
        sourceReliabilityRatings: 1,
        sourceReliabilityRatingsDropped: 1,
        articleOutlets: 0,
        mergedEntities: 0,
      }
      expect(body.moved).toEqual(moved)
      expect(body.entity).toMatchObject({
        id: dong.id,
        name: 'Han Dong',
        aliases: ['Dong', 'H. Dong', 'Dong Han'],
        version: dong.version + 1,
        mergedIntoId: null,
      })
      expect(body.merged).toMatchObject({ id: dup.id, mergedIntoId: dong.id, version: dup.version + 1 })

      // Rows: nothing refers to the duplicate any more.
      expect(await db().select().from(claimSubjects).where(eq(claimSubjects.entityId, dup.id))).toEqual([])
      const both = await db().select().from(claimSubjects).where(eq(claimSubjects.claimId, claimWithBoth))
      expect(both.filter((s) => s.entityId === dong.id)).toHaveLength(1)
      const dupOnly = await db()
        .select()
        .from(claimSubjects)
        .where(eq(claimSubjects.claimId, claimWithDupOnly))
      expect(dupOnly.map((s) => s.entityId)).toContain(dong.id)
      const [hop] = await db().select().from(chainHops).where(eq(chainHops.id, hopId))
      expect(hop).toMatchObject({ entityId: dong.id, version: 2 })
      const [claim] = await db().select().from(claims).where(eq(claims.id, claimWithDupOnly))
      expect(claim?.claimantId).toBe(dong.id)
      const [request] = await db().select().from(replyRequests).where(eq(replyRequests.id, requestId))
      expect(request?.entityId).toBe(dong.id)
      expect(
        await db()
          .select()
          .from(sourceReliabilityRatings)
          .where(eq(sourceReliabilityRatings.entityId, dup.id)),
      ).toEqual([])
      const dongRatings = await db()
        .select()
        .from(sourceReliabilityRatings)
        .where(eq(sourceReliabilityRatings.entityId, dong.id))
      expect(dongRatings.map((r) => r.reliability).sort()).toEqual(['B', 'C'])
      expect(await byName('H. Dong')).toMatchObject({ mergedIntoId: dong.id, version: dup.version + 1 })
      expect(await byName('Han Dong')).toMatchObject({ version: dong.version + 1 })

      const [event] = await eventsFor('entity.merged', dup.id)
      expect(event).toMatchObject({ actorId: editor.user.id, subjectType: 'entity' })
      expect(event?.before).toMatchObject({
        duplicate: { id: dup.id, mergedIntoId: null },
        target: { id: dong.id },
      })
      expect(event?.after).toMatchObject({
        duplicate: { mergedIntoId: dong.id },
        target: { aliases: ['Dong', 'H. Dong', 'Dong Han'] },
        moved,
        droppedRatings: [expect.objectContaining({ entityId: dup.id, reliability: 'D' })],
      })
    })

    it('leaves the merged entity out of search but readable, pointing at the survivor', async () => {
      const found = await search(`q=${encodeURIComponent('H. Dong')}`)
      expect(found.items.map((e) => e.id)).toEqual([dong.id])
      const res = await call('GET', `/entities/${dup.id}`, checker)
      expect(res.statusCode).toBe(200)
      expect(EntitySchema.parse(res.json())).toMatchObject({ id: dup.id, mergedIntoId: dong.id })
    })

    it('refuses to merge into a merged entity, to merge it again, or to edit it', async () => {
      const another = await create({ name: 'Dong H.', kind: 'person' })
      const into = await merge(another.id, { intoId: dup.id, version: another.version })
      expect(into.statusCode).toBe(409)
      expect(ErrorSchema.parse(into.json()).details).toMatchObject({ mergedIntoId: dong.id })

      const merged = await byName('H. Dong')
      const again = await merge(dup.id, { intoId: another.id, version: merged.version })
      expect(again.statusCode).toBe(409)
      const edit = await call('PATCH', `/entities/${dup.id}`, checker, { name: 'X', version: merged.version })
      expect(edit.statusCode).toBe(409)
      expect(await byName('Dong H.')).toMatchObject({ mergedIntoId: null, version: 1 })
    })
  })
})
