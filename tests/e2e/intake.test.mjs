// A plan from its text: paste the seed's part 二 and get the default plan's 30 targets back
// for review, each beside its sentence with the phrase marked; skip one, edit one, import as a
// new plan and see it on the dashboard, undo it; pick the .docx of the same text; a file that
// is not a Word document says so and proposes nothing; a task table as CSV.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { session } from './harness.mjs';

const plans = (name) => fileURLToPath(new URL(`../fixtures/plans/${name}`, import.meta.url));
const SEED = readFileSync(plans('seed.txt'), 'utf8');

async function openIntake(app) {
  const { page } = await app.open();
  await page.locator('nav').first().getByRole('link', { name: '计划', exact: true }).click();
  await page.locator('#intake-link').click();
  await page.getByRole('heading', { name: '从文本生成计划' }).waitFor();
  return page;
}

test('pasted text gives the default plan back for review, then one undoable import', async (t) => {
  const app = await session(t);
  const page = await openIntake(app);
  await page.locator('#intake-text').fill(SEED);
  await page.locator('#intake-read').click();
  const rows = page.locator('.intake-table tbody tr:has(input[type="checkbox"])');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 30);
  // Each proposal beside its sentence, the phrase marked.
  const marks = await page.locator('.intake-table mark').allInnerTexts();
  assert.ok(marks.includes('每月开展1次集中研讨'), marks.join(' | '));
  assert.ok(marks.includes('落地实施优秀项目8-10个'));
  await app.screenshot('intake-review');

  // Skip the first, edit the figure of 专题培训 (6 → 8).
  await rows.nth(0).locator('input[type="checkbox"]').uncheck();
  const training = rows.filter({ hasText: '组织专题培训6次' });
  const figure = training.locator('input[type="text"]').nth(1);
  await figure.fill('8');
  await figure.dispatchEvent('change');
  await page.getByText('已接受 29 / 30').waitFor();
  // A figure the kind cannot take is refused where it was typed.
  const range = rows.filter({ hasText: '优秀项目' }).locator('input[type="text"]').nth(1);
  await range.fill('10-8');
  await range.dispatchEvent('change');
  await page.getByText('“10-8”不是该类目标可用的数值').waitFor();

  await page.locator('#intake-new').click();
  await page.locator('.toast').getByText('已导入计划目标').waitFor();
  await page.locator('nav').first().getByRole('link', { name: '总览', exact: true }).click();
  await page.locator('li.target-row').first().waitFor();
  assert.equal(await page.locator('li.target-row').count(), 29);
  assert.equal(await page.locator('li.target-row', { hasText: '建立“第一议题”学习制度' }).count(), 0);

  // One undo brings the default plan back whole.
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await page.locator('li.target-row[data-target="t1-01"]').waitFor();
  assert.equal(await page.locator('li.target-row').count(), 30);
});

test('a .docx is read in the browser; a file that is not one says so', async (t) => {
  const app = await session(t);
  const page = await openIntake(app);
  await page.locator('#intake-file').setInputFiles(plans('seed.docx'));
  const rows = page.locator('.intake-table tbody tr:has(input[type="checkbox"])');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 30);

  await page.locator('#intake-file').setInputFiles(plans('bad-not-zip.docx'));
  await page.getByText('该 .docx 不是 zip 压缩包').waitFor();
  assert.equal(await rows.count(), 0);
});

test('a task table as CSV gives its rows; an .xlsx is sent to the CSV or the command', async (t) => {
  const app = await session(t);
  const page = await openIntake(app);
  await page.locator('#intake-file').setInputFiles(plans('task-table.csv'));
  const rows = page.locator('.intake-table tbody tr:has(input[type="checkbox"])');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 6);
  await page.getByText('第 10 行：完成时限“尽快”无法识别为日期').waitFor();

  await page.locator('#intake-file').setInputFiles(plans('task-table.xlsx'));
  await page.getByText('浏览器中请导入 .csv').waitFor();
  assert.equal(await rows.count(), 0);
});
