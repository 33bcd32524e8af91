import type { Locator, Page } from '@playwright/test';
import { fieldSamples } from '../../src/shared/customers/field-samples';
import { customerFieldList, formSections } from '../../src/shared/customers/field-table';
import { postalParts } from '../../src/shared/customers/field-kinds';
import { profileOf } from '../../src/shared/customers/profile-lines';
import type { Customer } from '../../src/shared/customers/schema';
import { countryName } from '../../src/shared/reference/countries';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

/** Picks an option of a searchable Mantine select by typing part of its name. */
async function choose(page: Page, select: Locator, search: string, option: string | RegExp) {
  await select.click();
  await select.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

const capitalised = (text: string) => text[0]?.toUpperCase() + text.slice(1);
/** A control's accessible name: its label, with the asterisk of a required field. */
const named = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

/**
 * Every field of the customer field table has a control in the form, found by its label in its
 * section, and a line on the profile showing the value saved: the renderer's half of the field
 * walk (src/main/customers/field-walk.test.ts walks the core's).
 */
test('every field of the table: filled in the form by its label, shown on the profile', async ({ app, host }) => {
  // About 70 inputs; a loaded machine spends seconds on each.
  test.setTimeout(600_000);
  const monitor = await apiCall<{ id: number; name: string }>(host, 'monitors.create', { name: 'Walk Monitor' });
  const { input } = fieldSamples(1, monitor.id);

  await app.goto(`${host.url}#/customers/new`);
  const form = app.getByRole('form', { name: 'New customer' });
  for (const field of customerFieldList) {
    const section = form.getByRole('group', { name: formSections[field.section].title });
    const value = input[field.key];
    const labelled = section.getByLabel(named(field.label));
    switch (field.kind) {
      case 'text':
      case 'longText':
      case 'email':
      case 'phone':
      case 'extension':
      case 'decimalPercent':
      case 'wholePercent':
        await labelled.fill(String(value));
        break;
      case 'date': {
        const [year, month, day] = String(value).split('-');
        await labelled.fill(`${day}-${month}-${year}`);
        await labelled.blur();
        break;
      }
      case 'enum':
        await section.getByRole('radio', { name: field.options?.labels[String(value)] }).check();
        break;
      case 'country':
        await choose(
          app,
          section.getByRole('combobox', { name: named(field.label) }),
          countryName(String(value)),
          countryName(String(value)),
        );
        break;
      case 'timeZone':
        await choose(
          app,
          section.getByRole('combobox', { name: named(field.label) }),
          String(value).split('/')[1] ?? '',
          new RegExp(String(value)),
        );
        break;
      case 'exchangeMonitor':
        await section.getByRole('combobox', { name: named(field.label) }).click();
        await app.getByRole('option', { name: monitor.name }).click();
        break;
      case 'boolean':
      case 'verificationFlag':
        if (value === undefined) {
          // Decided by KYC review once it checked a file: the form shows the state, with no switch.
          await expect(section.getByRole('group', { name: field.label })).toContainText('Not submitted');
          await expect(section.getByRole('switch', { name: field.label })).toHaveCount(0);
        } else await section.getByRole('switch', { name: field.label }).check({ force: true });
        break;
      case 'labels':
        for (const label of value as string[]) {
          await labelled.fill(label);
          await labelled.press('Enter');
        }
        break;
      case 'postal': {
        const group = section.getByRole('group', { name: field.label });
        for (const [part, info] of Object.entries(postalParts)) {
          const text = String((value as Record<string, string>)[part]);
          const input = group.getByLabel(named(capitalised(info.label)));
          if (info.kind === 'country') await choose(app, input, countryName(text), countryName(text));
          else await input.fill(text);
        }
        break;
      }
      case 'keyValues': {
        await section.getByRole('button', { name: /^Add / }).click();
        const dialog = app.getByRole('dialog');
        const entries = value as { key: string; value: string }[];
        for (const [index, entry] of entries.entries()) {
          await dialog.getByLabel(`New key ${index + 1}`).fill(entry.key);
          await dialog.getByLabel(`New value ${index + 1}`).fill(entry.value);
        }
        await dialog.getByRole('button', { name: /^Add \d* ?entr/ }).click();
        await expect(dialog).toBeHidden();
        break;
      }
      case 'verificationProgress':
        await expect(section.getByRole('progressbar', { name: field.label })).toBeVisible();
        break;
    }
  }
  await app.evaluate('window.scrollTo(0, 0)');
  await screenshot(app, 'customer-form-every-field');
  await form.getByRole('button', { name: 'Create customer' }).click();
  await expect(app).toHaveURL(/#\/customers\/\d+$/);

  const id = Number(/#\/customers\/(\d+)$/.exec(app.url())?.[1]);
  const saved = await apiCall<Customer>(host, 'customers.get', { id });
  for (const field of customerFieldList) {
    if (input[field.key] !== undefined && field.kind !== 'verificationProgress') {
      expect(saved[field.key], `${field.key} saved from the form`).not.toEqual(
        field.rule.safeParse(undefined).data ?? null,
      );
    }
  }
  for (const { title, lines } of profileOf(saved, (monitorId) =>
    monitorId === monitor.id ? monitor.name : undefined,
  )) {
    const region = app.getByRole('region', { name: title });
    for (const line of lines) {
      if (line.field.kind === 'keyValues') {
        for (const entry of saved[line.key] as { key: string; value: string }[]) {
          await expect(region, `${line.key} on the profile`).toContainText(entry.key);
          await expect(region, `${line.key} on the profile`).toContainText(entry.value);
        }
        continue;
      }
      if (line.field.kind === 'verificationProgress') {
        await expect(region.getByRole('progressbar', { name: `${line.label} ${line.text}` })).toBeVisible();
      } else if (!line.field.profile.block && line.field.kind !== 'labels') {
        await expect(region, `${line.key}'s label on the profile`).toContainText(line.label);
      }
      for (const item of line.items) await expect(region, `${line.key} on the profile`).toContainText(item);
    }
  }
  await screenshot(app, 'customer-profile-every-field');
});
