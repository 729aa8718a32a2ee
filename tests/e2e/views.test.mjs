// The journeys of a new user through the main views: the dashboard on first open, the
// example ledger, recording an activity and seeing the dashboard move, editing and deleting
// with undo, looking at a past date, adding a target of every kind in the plan editor, and
// finding everything again after a reload. Screenshots of every view go to tests/artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, exampleLoaded, ARTIFACTS } from './harness.mjs';

const TRAINING = 't1-08'; // 全年组织专题培训6次 in the default plan

/** The text of dashboard elements. Sections below the fold are not laid out until they come near
 *  the screen (content-visibility), and innerText of what is not laid out is empty: read the text. */
async function text(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The "done / target" count shown on a dashboard row, e.g. "3 / 6 次" -> 3. */
async function rowCount(page, id) {
  const figure = await text(page.locator(`li.target-row[data-target="${id}"] [data-testid="target-figure"]`));
  const m = figure.match(/^(\d+)\s*\//);
  assert.ok(m, `unexpected figure text: ${figure}`);
  return Number(m[1]);
}

async function go(page, name) {
  await page.locator('nav').first().getByRole('link', { name, exact: true }).click();
}

/** Waits until the document is in browser storage. */
async function saved(page) {
  await page.locator('.save-ok').first().waitFor({ state: 'visible', timeout: 10000 });
}

test('first open shows the default plan on the dashboard', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('heading', { name: '工作总览' }).waitFor();
  const row = page.locator(`li.target-row[data-target="${TRAINING}"]`);
  await row.waitFor();
  assert.match(await text(row), /全年组织专题培训6次/);
  assert.equal(await rowCount(page, TRAINING), 0);
  assert.match(await page.getByTestId('plan-completion').innerText(), /^\d+\.\d%$/);
  await app.screenshot('views-dashboard-first-open');
});

test('example ledger, recording, editing, deleting with undo, and a reload', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  // Statuses appear: the example has targets on pace and targets behind.
  await page.locator('.attention-list li').first().waitFor();
  const words = (await page.locator('.target-row .status-badge').allTextContents()).map((w) => w.trim());
  assert.ok(words.length > 20, `only ${words.length} status badges`);
  assert.ok(new Set(words).size >= 3, `statuses: ${[...new Set(words)].join(', ')}`);
  await app.screenshot('views-dashboard-example');
  // The dashboard's chart is drawn after the figures, below them. Its slot is skipped by the
  // renderer while off screen (content-visibility), so a full-page screenshot shows it empty:
  // it gets a screenshot of its own, scrolled into view.
  const chart = page.locator('.chart-slot figure.chart').first();
  await chart.locator('svg text').first().waitFor({ timeout: 20000 });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await chart.screenshot({ path: path.join(ARTIFACTS, 'views-dashboard-chart.png') });
  const before = await rowCount(page, TRAINING);

  // Record one 专题培训 in the ledger: type part of the target's name, Enter saves.
  await go(page, '台账');
  await page.getByRole('heading', { name: '工作台账' }).waitFor();
  const totalsBefore = await page.getByTestId('ledger-totals').innerText();
  await page.locator('#add-target').fill('专题培训');
  await page.getByLabel('事项', { exact: true }).first().fill('专题培训：测试用例');
  await page.locator('#add-target').press('Enter');
  await page.getByText('已登记：专题培训：测试用例').waitFor();
  assert.notEqual(await page.getByTestId('ledger-totals').innerText(), totalsBefore);
  await app.screenshot('views-ledger');

  await go(page, '总览');
  assert.equal(await rowCount(page, TRAINING), before + 1, 'the dashboard counts the new activity');

  // Edit in place: quantity 2.
  await go(page, '台账');
  await page.getByLabel('搜索').fill('测试用例');
  await page.getByRole('button', { name: '编辑：专题培训：测试用例' }).click();
  const qty = page.locator('tr.editing input[type="number"]');
  await qty.fill('2');
  await qty.press('Enter');
  await page.getByText('已修改：专题培训：测试用例').waitFor();
  assert.match(await page.getByTestId('ledger-totals').innerText(), /共 1 条，数量合计 2/);
  await go(page, '总览');
  assert.equal(await rowCount(page, TRAINING), before + 2, 'the dashboard counts the new quantity');

  // Delete, then undo from the toast.
  await go(page, '台账');
  await page.getByLabel('搜索').fill('测试用例');
  await page.getByRole('button', { name: '删除：专题培训：测试用例' }).click();
  await page.getByText('已删除：专题培训：测试用例').waitFor();
  assert.match(await page.getByTestId('ledger-totals').innerText(), /共 0 条/);
  await page.locator('.toast').filter({ hasText: '已删除' }).getByRole('button', { name: '撤销' }).click();
  await page.getByRole('button', { name: '编辑：专题培训：测试用例' }).waitFor();

  // Everything is still there after a reload.
  await saved(page);
  await app.reload();
  await go(page, '台账');
  await page.getByLabel('搜索').fill('测试用例');
  await page.getByRole('button', { name: '编辑：专题培训：测试用例' }).waitFor();
  await go(page, '总览');
  assert.equal(await rowCount(page, TRAINING), before + 2);
});

test('the ledger pages through every activity, and redraws its rows in English', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  await page.locator('.attention-list li').first().waitFor();
  await go(page, '台账');
  const pager = page.locator('.view-ledger nav.pager');
  const firstId = () => page.locator('.ledger-table tbody tr').first().getAttribute('data-id');
  const total = Number((await page.getByTestId('ledger-totals').innerText()).match(/共 (\d+) 条/)[1]);
  const perPage = await page.locator('.ledger-table tbody tr').count();
  const pages = Math.ceil(total / perPage);
  assert.ok(pages >= 3, `the example ledger has ${total} activities`);
  assert.equal((await pager.locator('span').innerText()).trim(), `第 1 / ${pages} 页`);
  const prev = pager.getByRole('button', { name: '上一页', exact: true });
  const next = pager.getByRole('button', { name: '下一页', exact: true });
  assert.ok(await prev.isDisabled(), 'no page before the first');
  const seen = new Set([await firstId()]);
  for (let n = 2; n <= pages; n++) {
    await next.click();
    await pager.getByText(`第 ${n} / ${pages} 页`, { exact: true }).waitFor();
    seen.add(await firstId());
  }
  assert.equal(seen.size, pages, 'every page shows other rows');
  assert.ok(await next.isDisabled(), 'no page after the last');
  const lastRows = await page.locator('.ledger-table tbody tr').count();
  assert.equal(lastRows, total - (pages - 1) * perPage, 'the last page holds the rest');
  await prev.click();
  await pager.getByText(`第 ${pages - 1} / ${pages} 页`, { exact: true }).waitFor();

  // The rows' words and dates follow the language.
  const row = page.locator('.ledger-table tbody tr').first();
  assert.equal(await row.getByRole('button').first().innerText(), '编辑');
  assert.match(await row.locator('.col-date').innerText(), /^\d{4}年\d{1,2}月\d{1,2}日$/);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('heading', { name: 'Ledger', exact: true }).waitFor();
  const rowEn = page.locator('.ledger-table tbody tr').first();
  assert.equal(await rowEn.getByRole('button').first().innerText(), 'Edit');
  assert.doesNotMatch(await rowEn.locator('.col-date').innerText(), /年/);
});

test('a past as-of date recomputes the figures', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  await page.locator('.attention-list li').first().waitFor();
  const now = await page.getByTestId('plan-time-progress').innerText();
  const year = new Date().getFullYear();
  await page.locator('#as-of-date').fill(`${year}-03-31`);
  await page.locator('#as-of-date').dispatchEvent('change');
  await page.getByText(`数据截至 ${year}年3月31日`).waitFor();
  const then = await page.getByTestId('plan-time-progress').innerText();
  assert.notEqual(then, now);
  // 序时进度 on 31 March, by month as a new document counts it: March has ended, so three
  // of twelve months, 3/12 = 25.0% (on the last day of February, 2/12 = 16.7%).
  assert.equal(then, '25.0%', `time progress on 31 March: ${then}`);
  await page.getByRole('button', { name: '上月末' }).click();
  assert.notEqual(await page.getByTestId('plan-time-progress').innerText(), then);
  await app.screenshot('views-dashboard-past-date');

  // The target page traces the figure to its records.
  await page.locator(`li.target-row[data-target="${TRAINING}"] a`).first().click();
  await page.getByTestId('figure-sentence').waitFor();
  assert.match(await page.getByTestId('figure-sentence').innerText(), /^已完成 \d+ 次 \/ 6 次，完成率 \d+\.\d%，序时进度 \d+\.\d%，/);
  await app.screenshot('views-target-count');
  await page.goto(`${app.url}#/targets/t1-07`);
  await page.locator('.period-grid li').first().waitFor();
  assert.equal(await page.locator('.period-grid li').count(), 4);
  await app.screenshot('views-target-cadence');
  await go(page, '指标');
  await page.getByRole('heading', { name: '全部指标' }).waitFor();
  await app.screenshot('views-targets');
});

const KINDS = [
  ['count', '测试：数量指标'],
  ['range', '测试：区间指标'],
  ['per_person', '测试：每人指标'],
  ['cadence', '测试：频次指标'],
  ['threshold', '测试：阈值指标'],
  ['ratio', '测试：比率指标'],
  ['improvement', '测试：改进指标'],
  ['milestone', '测试：节点指标'],
];

test('the plan editor adds a target of every kind', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await go(page, '计划');
  await page.getByRole('heading', { name: '编辑计划' }).waitFor();
  const section = page.locator('.section-editor').first();
  for (const [kind, title] of KINDS) {
    await section.getByRole('button', { name: '+ 添加指标' }).click();
    const editor = section.locator('li.target-editor').last();
    await editor.getByLabel('指标名称').fill(title);
    await editor.getByLabel('类型').selectOption(kind);
    if (kind === 'ratio') {
      await editor.getByLabel('分子名称（如：办结）').fill('办结');
      await editor.getByLabel('分母名称（如：受理）').fill('受理');
    }
    if (kind === 'improvement') {
      // No baseline is made up: it is asked for, and the plan waits for it.
      await editor.getByText('基准值不能为 0').waitFor();
      await editor.getByLabel('基线数值').fill('10');
    }
  }
  await app.screenshot('views-plan-editor');
  const save = page.getByRole('button', { name: '保存计划' });
  assert.ok(await save.isEnabled(), 'the plan with eight new targets can be saved');
  await save.click();
  await page.getByText('计划已保存').first().waitFor();
  await saved(page);
  await app.reload();
  await go(page, '指标');
  for (const [, title] of KINDS) {
    await page.getByRole('link', { name: title, exact: true }).waitFor();
  }
  // A measured target takes readings on its page.
  await page.getByRole('link', { name: '测试：阈值指标', exact: true }).click();
  await page.getByRole('heading', { name: '登记读数' }).waitFor();
  await page.getByLabel(/^数值/).fill('91.5');
  await page.getByRole('button', { name: '保存读数' }).click();
  await page.getByText('已登记读数').first().waitFor();
  assert.match(await page.getByTestId('figure-sentence').innerText(), /最新读数 91\.5%/);
  await app.screenshot('views-target-threshold');
});
