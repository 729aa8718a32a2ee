// The status history as a staff member meets it: load the example ledger, look at 27
// November, open a target and read its month cells, then open the plan-wide grid from the
// dashboard. Screenshots go to tests/artifacts/history-*.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, exampleLoaded } from './harness.mjs';

const YEAR = new Date().getFullYear();
const RESEARCH = 't3-01'; // 全年完成专题调研15项: a count led by several units

async function text(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

test('a target shows its month cells and units; the grid shows every target', async (t) => {
  const app = await session(t, { viewport: { width: 1280, height: 900 } });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  await page.locator('.attention-list li').first().waitFor();
  await page.locator('#as-of-date').fill(`${YEAR}-11-27`);
  await page.locator('#as-of-date').dispatchEvent('change');
  await page.getByText(`数据截至 ${YEAR}年11月27日`).waitFor();

  // The target page: eleven months, January to 27 November, each with a status word.
  await page.goto(`${app.url}#/targets/${RESEARCH}`);
  const cells = page.getByTestId('month-cells').locator('li.hcell');
  await cells.first().waitFor();
  assert.equal(await cells.count(), 11);
  assert.equal(await text(cells.first().locator('.hcell-month')), '1月');
  assert.equal(await text(cells.last().locator('.hcell-month')), '11月（至27日）');
  for (const cell of await cells.all()) {
    const word = await text(cell.locator('.hcell-word'));
    assert.ok(word.length > 0, 'a cell without a word');
    assert.match(await cell.getAttribute('class'), /status-(green|yellow|red|blue|grey)/);
    // The colour is said in words too, for screen readers and the tooltip.
    assert.match(await cell.getAttribute('aria-label'), new RegExp(`^${YEAR}年\\d+月：${word}（[绿黄红蓝灰]）$`));
  }
  // The last cell is the status the page shows for the as-of date.
  const badge = await text(page.locator('.target-head .status-badge'));
  assert.equal(await text(cells.last().locator('.hcell-word')), badge);

  // Who did how much: several lead units, each with its count of records.
  const units = page.getByTestId('unit-shares').locator('tbody tr');
  assert.ok((await units.count()) >= 2, 'the research target is shared by several units');
  const [unit, done, records] = (await units.first().locator('td').allTextContents()).map((c) => c.trim());
  assert.ok(unit.length > 0);
  assert.match(done, /^\d+ 项$/);
  assert.match(records, /^\d+$/);
  const cellWords = [];
  for (const cell of await cells.all()) cellWords.push(await text(cell.locator('.hcell-word')));
  await page.getByTestId('month-cells').scrollIntoViewIfNeeded();
  await app.screenshot('history-target');

  // The grid, from the dashboard's link: one row per target, one column per month.
  await page.locator('nav').first().getByRole('link', { name: '总览', exact: true }).click();
  const link = page.locator('.view-dashboard').getByRole('link', { name: '各指标逐月状态' });
  await link.waitFor();
  await app.screenshot('history-dashboard-link', { fullPage: false });
  await link.click();
  const grid = page.getByTestId('history-grid');
  await grid.waitFor();
  assert.equal(await grid.locator('thead th').count(), 12);
  const rows = grid.locator('tbody tr');
  assert.equal(await rows.count(), 30);
  // The research target's row says what its page said, month by month.
  const row = rows.filter({ hasText: '全年完成专题调研15项' });
  const words = (await row.locator('td.hcell span[aria-hidden="true"]').allTextContents()).map((w) => w.trim());
  assert.deepEqual(words, cellWords);
  await app.screenshot('history-grid');

  // In English the words change, the cells stay.
  await page.getByRole('button', { name: 'English', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Status history' }).waitFor();
  const en = page.getByTestId('history-grid');
  assert.equal(await en.locator('tbody tr').count(), 30);
  assert.equal(await text(en.locator('thead th').nth(1)), 'Jan');
  assert.equal(await text(en.locator('thead th').last()), 'Nov (to 27)');
  await app.screenshot('history-grid-en', { fullPage: false });
});
