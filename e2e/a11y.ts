import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface ScanOptions {
  /** Scan only inside this selector (a dialog, a panel). */
  include?: string
  /** Fail on every violation, not only serious and critical ones. */
  all?: boolean
}

/**
 * Axe at WCAG 2.1 AA, the one way every spec scans a page.
 *
 * - react-aria's live announcer (`[data-live-announcer]`) is left out: it is an off-screen region
 *   that briefly holds a `role="img"` node labelled by the message being read to a screen reader,
 *   and a scan that lands mid-announcement reports that transient node, not page content.
 * - A highlight's name is the claim's headline ("Claim: …"), shared with the public reader, while its
 *   visible text is the article's own words, not a label: WCAG 2.5.3 "label in name" does not fit.
 */
export async function expectNoA11yViolations(page: Page, { include, all = false }: ScanOptions = {}) {
  let builder = new AxeBuilder({ page })
    .withTags(WCAG_AA)
    .exclude('[data-live-announcer]')
    .disableRules(['label-content-name-mismatch'])
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  const reported = all
    ? violations
    : violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    reported.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])
}
