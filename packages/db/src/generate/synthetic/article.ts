import { createHash } from 'node:crypto'
import { createRandom } from '../random.ts'
import * as words from '../vocabulary.ts'
import { type ClaimPlan, planClaim } from './claim-plans.ts'
import { type ArticleDraft, buildClaim } from './claim-records.ts'
import { eventWriter } from './events.ts'
import { emptyRows, type GeneratorContext, iso, type Row, type Rows } from './model.ts'
import { planResponse, type ResponsePlan } from './response-plans.ts'
import { fill, newStory, type Story } from './story.ts'
import { compose, type Part, tagged } from './text.ts'

interface Paragraph {
  parts: Part[]
  claim?: ClaimPlan
  response?: ResponsePlan
}

/** All rows of article number `index` (0-based): the article, its text, its claims and their records. */
export function buildArticle(ctx: GeneratorContext, index: number, out: Rows = emptyRows()): Rows {
  const rng = createRandom(ctx.seed, `article:${index}`)
  const { story, day } = newStory(ctx, rng)
  const articleId = rng.uuid()
  const versionId = rng.uuid()
  const title = fill(story, rng.pick(words.TITLES))
  const importedAt = day + rng.int(1, 72) * 3_600_000 + rng.int(0, 3_599_999)

  const paragraphs = planParagraphs(story)
  const allParts: Part[] = [`${title}\n\nBy ${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}\n\n`]
  for (const [i, p] of paragraphs.entries()) {
    allParts.push(tagged(`p${i}`, ...p.parts), '\n\n')
  }
  const { text, spans } = compose(allParts, 0)
  const draft: ArticleDraft = {
    ctx,
    rng,
    story,
    out,
    event: eventWriter(out),
    articleId,
    versionId,
    body: text.trimEnd(),
    spans,
    importedAt,
  }
  writeArticle(draft, title, index, day)

  for (const [i, p] of paragraphs.entries()) {
    if (p.claim) buildClaim(draft, p.claim, p.response, i - 1)
  }
  return out
}

/** The text: a lede, then per claim a paragraph with the claim sentence, maybe a reply, and filler. */
function planParagraphs(story: Story): Paragraph[] {
  const { rng, ctx } = story
  const paragraphs: Paragraph[] = []
  paragraphs.push({
    parts: [fill(story, rng.pick(words.FILLERS)), ' ', fill(story, rng.pick(words.FILLERS))],
  })
  for (let i = 0; i < ctx.claimsPerArticle; i++) {
    const claim = planClaim(story)
    const response = claim.accused && rng.chance(0.45) ? planResponse(story, claim.accused) : undefined
    const filler = rng.chance(0.6) ? ` ${fill(story, rng.pick(words.FILLERS))}` : ''
    paragraphs.push({
      parts: [
        tagged(`c${i}`, ...claim.parts),
        ...(response ? [' ', tagged(`r${i}`, ...response.parts)] : []),
        filler,
      ],
      claim,
      ...(response ? { response } : {}),
    })
  }
  return paragraphs
}

/** The article, its first version, and the events of their import. */
function writeArticle(draft: ArticleDraft, title: string, index: number, day: number): void {
  const { rng, story, out, event, articleId, versionId, body, importedAt } = draft
  const { checker } = draft.ctx.actors
  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  const outletSlug = story.publisher.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  const publishedOn = iso(day).slice(0, 10)
  const article: Row = {
    id: articleId,
    title,
    outletId: story.publisher.id,
    url: `https://${outletSlug}.example/${publishedOn.slice(0, 7).replace('-', '/')}/${slug}-${index}`,
    byline: `By ${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}`,
    publishedOn,
    language: 'en',
    createdBy: checker,
    createdAt: iso(importedAt),
    updatedAt: iso(importedAt),
  }
  out.articles.push(article)
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex')
  out.articleVersions.push({
    id: versionId,
    articleId,
    number: 1,
    body,
    sha256,
    sourceFormat: 'text',
    importedBy: checker,
    importedAt: iso(importedAt),
  })
  event(importedAt, checker, 'article.created', 'article', articleId, null, {
    id: articleId,
    title,
    outletId: story.publisher.id,
  })
  event(importedAt, checker, 'article_version.imported', 'article_version', versionId, null, {
    id: versionId,
    articleId,
    number: 1,
    sha256,
  })
}
