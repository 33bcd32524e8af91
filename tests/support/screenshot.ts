import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Saves a screenshot to screenshots/NAME.png (kept across runs, not in git) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}
