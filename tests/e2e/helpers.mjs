// Shared helpers: open the app and collect every console error, and save screenshots as artefacts.
import { expect } from '@playwright/test';
import fs from 'node:fs';

export const ARTIFACTS = 'tests/artifacts';

/** Opens the app (optionally with a query) and waits for a usable scoreboard or plan view. */
export async function open(page, query = '') {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('./' + query);
  await expect(page.locator('[data-summary]')).toBeVisible();
  return errors;
}

export async function shot(page, name, opts = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, ...opts });
}

/** Types into a number box the way a person does, then commits it (blur). */
export async function typeInto(locator, text) {
  await locator.click();
  await locator.fill(text);
  await locator.press('Tab');
}

export const row = (page, id) => page.locator(`tr[data-target="${id}"]`);
export const leverBox = (page, id) => page.locator(`input.lever-box[data-quantity="${id}"]`);

/** A screenshot of one element. */
export async function shotOf(locator, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}
