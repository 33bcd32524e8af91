import type { Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

/** A name in each script the seed writes, and the shipped font that must draw it (CSS family: `${font} Variable`). */
const names = [
  { firstName: '秀英', lastName: '王', country: 'CN', font: 'Noto Sans SC', sample: '王' },
  { firstName: 'さくら', lastName: '佐藤', country: 'JP', font: 'Noto Sans SC', sample: 'さ' },
  { firstName: '민준', lastName: '김', country: 'KR', font: 'Noto Sans KR', sample: '민' },
  { firstName: 'محمد', lastName: 'العلي', country: 'AE', font: 'Noto Sans Arabic', sample: 'م' },
  { firstName: 'Νίκος', lastName: 'Παπαδόπουλος', country: 'GR', font: 'Inter', sample: 'Ν' },
  { firstName: 'Ирина', lastName: 'Смирнова', country: 'RU', font: 'Inter', sample: 'И' },
  { firstName: 'Thảo', lastName: 'Nguyễn', country: 'VN', font: 'Inter', sample: 'ễ' },
] as const;

/**
 * The fonts Chromium actually drew an element's text with (DevTools' "Rendered Fonts"): a web
 * font the page shipped, or a font of this machine.
 */
async function renderedFonts(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await cdp.send('DOM.getDocument');
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `[...document.querySelectorAll('[role=gridcell] span')].find((span) => span.textContent === ${JSON.stringify(text)})`,
  });
  const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId ?? '' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('every script the seed writes is drawn with a font the app ships, on any machine', async ({ app, host }) => {
  // Seven customers, then a DevTools session per name: slow on a busy machine.
  test.slow();
  for (const [index, { firstName, lastName, country }] of names.entries()) {
    await apiCall(host, 'customers.create', {
      firstName,
      lastName,
      email: `script${index}@example.org`,
      gender: 'other',
      country,
      affiliateProfitShare: '1',
    });
  }
  await app.reload();
  await expect(app.getByTestId('customer-count')).toHaveText(`${names.length} customers`);

  for (const { firstName, lastName, font, sample } of names) {
    const name = `${firstName} ${lastName}`;
    await expect(app.getByRole('gridcell', { name: new RegExp(name) })).toBeVisible();
    // The slice whose unicode-range holds the sample loads once text needs it: wait for it. (A
    // string, not a function: the tests' TypeScript has no DOM types.)
    const check = `document.fonts.check(${JSON.stringify(`16px "${font} Variable"`)}, ${JSON.stringify(sample)})`;
    await expect.poll(() => app.evaluate(check), { message: check }).toBe(true);
    // The proof: what Chromium drew with. A box, or a font of this machine, is not ours.
    await expect
      .poll(async () => (await renderedFonts(app, name)).map((used) => [used.familyName, used.isCustomFont]), {
        message: `the fonts ${name} is drawn with`,
      })
      .toContainEqual([expect.stringMatching(new RegExp(`^${font}`)), true]);
    const fromThisMachine = (await renderedFonts(app, name)).filter((used) => !used.isCustomFont);
    expect(fromThisMachine, `${name}: glyphs from this machine's fonts`).toEqual([]);
  }

  await screenshot(app, 'customers-list-scripts');
});
