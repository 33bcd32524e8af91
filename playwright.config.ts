import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

// Dates follow the locale: the browser's for what the screens show, Node's for what a spec expects from
// the same shared formatters. One fixed locale for both keeps the expected dates the same on every machine
// (a CI machine's C locale is en-US to Node). The test workers are forked after this and inherit it.
const testLocale = 'en-GB';
process.env.LC_ALL = testLocale.replace('-', '_');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.KYC_DESK_TEST_RESULTS ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // CI shares 2 cores with everything else; one retry absorbs timing flakes, and the report shows them.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    // The smallest screen the desk supports; the screen check also looks at 1920x1080.
    viewport: { width: 1280, height: 800 },
    // Mantine honours it (theme.respectReducedMotion): screens are checked as they settle, not mid-transition.
    reducedMotion: 'reduce',
    locale: testLocale,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
