import { test as base, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './web-host';

/** Calls the API of a running host directly, to arrange data a test does not create through the UI. */
export async function apiCall<T = unknown>(host: RunningHost, operation: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`/api/${operation}`, host.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Every test gets its own host and data folder, and a page opened on the app. */
export const test = base.extend<{ host: RunningHost; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect } from '@playwright/test';
