// 进度报送 as the 督查室 meets it: set a monthly cycle, drop ten units' files at once (made
// here from the example document, each with its own unit and records), see one preview, import
// them in one step, see who has not reported, open a target and see which unit did what, undo
// the whole import in one step, and find that importing the same files twice changes nothing.
// Screenshots go to tests/artifacts/reporting-*.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, exampleLoaded, storedDocument } from './harness.mjs';

const DOC_KEY = 'luoshi.doc.v1';
const YEAR = new Date().getFullYear();
const RESEARCH = 't3-01'; // 全年完成专题调研15项: a count
// Seven of the plan's units report, 人事处 does not; 外事办 and 法制科 are not in the plan.
const REPORTING = ['机关党委', '秘书一处', '秘书二处', '综合处', '督查室', '信息中心', '政务服务科', '外事办', '法制科'];
const SILENT = '人事处';
const LATE = '政务服务科';

async function stored(page) {
  return storedDocument(page);
}

async function until(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const doc = await stored(page);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(100);
  }
}

/** A unit's export of its copy on `day` November (3 unless said): the plan and two research activities of its own. */
function unitFile(doc, unit, n, day = '03') {
  const file = {
    format: doc.format,
    version: doc.version,
    exported_at: `${YEAR}-11-${day}T17:00:00+08:00`,
    unit,
    covers: { from: doc.plan.start, to: `${YEAR}-11-${day}` },
    plan: doc.plan,
    activities: [1, 2].map((k) => ({
      id: `u${n}-${k}`,
      date: `${YEAR}-10-${String(10 + k).padStart(2, '0')}`,
      title: `${unit}专题调研${k}`,
      targets: [RESEARCH],
      recorded_by: unit,
      updated_at: `${YEAR}-10-${String(10 + k).padStart(2, '0')}T18:00:00+08:00`,
    })),
    readings: [],
  };
  return { name: `落实台账-${unit}-${YEAR}-11-${day}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 2)) };
}

async function rowState(page, unit) {
  return page.getByTestId('unit-table').locator(`tr[data-unit="${unit}"]`).getAttribute('data-state');
}

test('ten units’ files: one preview, who has not reported, who did what, one undo, again changes nothing', async (t) => {
  const app = await session(t, { viewport: { width: 1280, height: 900 } });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  await page.locator('#as-of-date').fill(`${YEAR}-11-30`);
  await page.locator('#as-of-date').dispatchEvent('change');
  await page.getByText(`数据截至 ${YEAR}年11月30日`).waitFor();

  // The page is in the navigation; the cycle is set there: monthly, by the 5th, 5 days' grace.
  await page.locator('nav').first().getByRole('link', { name: '报送', exact: true }).click();
  await page.locator('.view-reporting').waitFor();
  await page.getByTestId('cycle-kind').selectOption('monthly');
  await page.getByTestId('cycle-day').fill('5');
  await page.getByTestId('cycle-day').dispatchEvent('change');
  await page.getByTestId('cycle-save').click();
  await page.getByTestId('reporting-cycle').getByText(/次月5日前报送，宽限5天/).waitFor();
  // October closed; due 5 November, and on 30 November past the grace: nobody has reported.
  assert.match(await page.getByTestId('reporting-cycle').innerText(), /11月5日前报送/);
  assert.equal(await rowState(page, '秘书一处'), 'overdue');
  const before = await until(page, (d) => d.plan.rules?.reporting?.cycle === 'monthly', 'the cycle saved');

  // Ten files dropped on the picker at once: one preview, a line per file.
  // 政务服务科 sends on 7 November: after the 5th, within the grace (迟报).
  const files = REPORTING.concat([SILENT]).map((u, i) => unitFile(before, u, i, u === LATE ? '07' : '03'));
  files.pop(); // 人事处 sends nothing
  files.push({ ...unitFile(before, '秘书一处', 99), name: `落实台账-秘书一处-${YEAR}-11-03 (1).json` });
  assert.equal(files.length, 10);
  await page.getByTestId('consolidate-files').setInputFiles(files);
  const preview = page.getByTestId('consolidate-preview');
  await preview.waitFor();
  assert.match(await preview.locator('h4').innerText(), /10 个文件/);
  assert.equal(await preview.locator('tbody tr').count(), 10);
  assert.match(await preview.innerText(), /外事办.*不在计划单位名单中/);
  // Nothing has changed yet.
  assert.equal((await stored(page)).activities.length, before.activities.length);
  await app.screenshot('reporting-preview');

  await preview.getByTestId('add-units').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=add-units]')?.checked === true);
  await page.getByTestId('consolidate-apply').click();
  await page.locator('.toast').getByText(/已导入 10 个文件/).waitFor();
  const after = await until(page, (d) => (d.reports ?? []).length === 10, 'ten reports recorded');
  assert.equal(after.activities.length, before.activities.length + 20);
  assert.ok(after.plan.units.some((u) => u.name === '外事办'), 'the new unit is added to the plan');

  // Who has not reported: 人事处 alone, overdue and listed as 未报送.
  assert.equal(await rowState(page, SILENT), 'overdue');
  assert.equal(await rowState(page, '秘书一处'), 'reported');
  assert.equal(await rowState(page, '外事办'), 'reported');
  // A report after the due day is 迟报, with the day it was sent.
  assert.equal(await rowState(page, LATE), 'late');
  const lateRow = page.getByTestId('unit-table').locator(`tr[data-unit="${LATE}"]`);
  assert.match(await lateRow.innerText(), new RegExp(`迟报（${YEAR}年11月7日报送）`));
  // The records column says whose records it counts.
  assert.match(await page.getByTestId('unit-table').locator('thead').innerText(), /本期本单位记录/);
  assert.match(await page.getByTestId('records-hint').innerText(), /按记录单位计，不按牵头单位计/);
  const missing = await page.getByTestId('not-reported').innerText();
  assert.match(missing, /未报送/);
  assert.match(missing, new RegExp(SILENT));
  assert.doesNotMatch(missing, /秘书一处/);
  assert.doesNotMatch(missing, new RegExp(LATE));
  await app.screenshot('reporting-page');

  // A red target from the table, and who did what on the research target.
  const red = page.getByTestId('unit-table').locator('a.unit-target.status-red').first();
  if ((await red.count()) > 0) {
    await red.click();
    await page.locator('.target-head').waitFor();
    await page.goBack();
  }
  await page.goto(`${app.url}#/targets/${RESEARCH}`);
  const shares = page.getByTestId('unit-shares');
  await shares.waitFor();
  const text = await shares.innerText();
  for (const unit of ['外事办', '法制科', '秘书一处']) assert.match(text, new RegExp(unit));
  const row = shares.locator('tbody tr', { hasText: '外事办' });
  assert.match(await row.innerText(), /2 项/);
  await shares.scrollIntoViewIfNeeded();
  await app.screenshot('reporting-target-units');

  // One undo (Ctrl+Z, outside a text field) takes the whole import back.
  await page.goto(`${app.url}#/reporting`);
  await page.locator('#reporting-title').click();
  await page.keyboard.press('Control+z');
  await until(page, (d) => (d.reports ?? []).length === 0, 'the import undone');
  const undone = await stored(page);
  assert.equal(undone.activities.length, before.activities.length);

  assert.equal(await rowState(page, '秘书一处'), 'overdue');

  // The same files twice: the second time changes nothing, and says so.
  await page.getByTestId('consolidate-files').setInputFiles(files);
  await page.getByTestId('consolidate-apply').click();
  await until(page, (d) => (d.reports ?? []).length === 10, 'imported again');
  await page.getByTestId('consolidate-files').setInputFiles(files);
  await preview.waitFor();
  assert.equal(await preview.locator('tbody tr', { hasText: '已导入过，无新内容' }).count(), 10);
  await page.getByTestId('consolidate-nothing').waitFor();
  await page.getByTestId('consolidate-apply').click();
  await page.locator('.toast').getByText('这些文件没有新内容，未作改动。').waitFor();
  assert.equal((await stored(page)).reports.length, 10);

  // A new file dropped twice in one drop (once as the browser's copy) is
  // taken once, and its line says so.
  const fresh = unitFile(before, SILENT, 50, '12');
  const copy = { ...fresh, name: fresh.name.replace('.json', ' (1).json') };
  await page.getByTestId('consolidate-files').setInputFiles([fresh, copy]);
  await preview.locator('tbody tr', { hasText: '内容相同' }).waitFor();
  assert.equal(await preview.locator('tbody tr', { hasText: '内容相同，只计一次' }).count(), 1);
  await page.getByTestId('consolidate-apply').click();
  const once = await until(page, (d) => (d.reports ?? []).length >= 11, 'the file dropped twice imported');
  assert.equal(once.reports.length, 11, 'one report for the file dropped twice');
});
