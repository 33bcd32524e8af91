import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The sizes a desk is used at: the smallest laptop screen we support (the tests' viewport) and a common monitor. */
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const schemes = ['light', 'dark'] as const;
/** WCAG 2.1 A and AA, and axe's best practices (one h1 per page, landmarks, ...). */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/**
 * axe-core as the page runs it, with one setting for what floats in portals outside the page's landmarks: a modal
 * dialog is the whole page while it is open (aria-modal), and a tooltip's text is its trigger's description
 * (aria-describedby), read inside the trigger's landmark, so both count as regions of their own.
 */
const axeSource =
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') +
  `;axe.configure({ checks: [{ id: 'region', options: { regionMatcher: '[role="dialog"], [role="tooltip"]' } }] });`;
/** What one look takes on a slow machine (four screenshots, two axe runs), added to the test's time. */
const lookTime = 20_000;

/**
 * Looks at the screen as people do, on every size and in both colour schemes: a full-page screenshot of each
 * (screenshots/NAME-WIDTH-SCHEME.png, kept across runs, not in git, for a person to look at), an axe-core check
 * in each scheme, and no sideways scrolling at any size. Fails the test on any axe violation or sideways scroll.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  test.info().setTimeout(test.info().timeout + lookTime);
  mkdirSync('screenshots', { recursive: true });
  const viewport = page.viewportSize();
  const shownScheme = await currentScheme(page);
  const problems: string[] = [];
  try {
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const scheme of schemes) {
        // Mantine's colours follow this attribute, so a scheme the user chose in the app is overridden too.
        await setScheme(page, scheme);
        await page.screenshot({ path: `screenshots/${name}-${size.width}-${scheme}.png`, fullPage: true });
        if (size === sizes[0]) problems.push(...(await axeProblems(page, scheme)));
      }
      const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px at ${size.width}x${size.height}`);
    }
  } finally {
    await setScheme(page, shownScheme);
    if (viewport) await page.setViewportSize(viewport);
  }
  expect(problems, `screen "${name}"`).toEqual([]);
}

async function currentScheme(page: Page): Promise<string> {
  return (await page.locator('html').getAttribute('data-mantine-color-scheme')) ?? 'light';
}

async function setScheme(page: Page, scheme: string): Promise<void> {
  await page.locator('html').evaluate((html, value) => html.setAttribute('data-mantine-color-scheme', value), scheme);
  // Two frames: styles recalculated and painted before anything is measured.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

async function axeProblems(page: Page, scheme: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page, axeSource }).withTags(axeTags).analyze();
  return violations.map(
    (violation) =>
      `${scheme}: ${violation.id} (${violation.impact}) ${violation.help}: ` +
      violation.nodes
        .slice(0, 4)
        .map((node) => `${node.target.join(' ')} [${node.any[0]?.message ?? node.failureSummary ?? ''}]`)
        .join(', ') +
      (violation.nodes.length > 4 ? ` and ${violation.nodes.length - 4} more` : ''),
  );
}
