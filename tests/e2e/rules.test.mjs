// The office's rules (督办规则) as a staff member changes them in the plan editor: the example
// ledger on 15 July, 序时进度 switched to 按日 and back to 按月, the dashboard's figures and
// colours following after a reload; then a contradictory threshold and a negative number of
// days, each with its own message next to its field, and nothing saved.
// Screenshots go to tests/artifacts/rules-*.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, exampleLoaded, storedDocument } from './harness.mjs';

const YEAR = new Date().getFullYear();
const DOC_KEY = 'luoshi.doc.v1';
// 每年安排年轻干部跨科室锻炼10名: the example has 2 in March and 3 in June, 5 of 10 = 50.0% on
// 15 July.
const YOUNG = 't4-02';

async function text(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function storedRules(page) {
  const raw = await storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));
  return raw === null ? null : JSON.parse(raw).plan.rules;
}

async function untilRules(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const rules = await storedRules(page);
    if (rules && pred(rules)) return rules;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored rules: ${what}`);
    await page.waitForTimeout(100);
  }
}

async function asOf(page, date) {
  await page.locator('#as-of-date').fill(date);
  await page.locator('#as-of-date').dispatchEvent('change');
}

async function dashboard(page) {
  await page.locator('nav').first().getByRole('link', { name: '总览', exact: true }).click();
  await page.getByTestId('plan-time-progress').waitFor();
}

async function planEditor(page) {
  await page.locator('nav').first().getByRole('link', { name: '计划', exact: true }).click();
  await page.locator('#rules-pace').waitFor();
}

async function colourOf(page, id) {
  const cls = await page.locator(`li.target-row[data-target="${id}"]`).getAttribute('class');
  const m = /status-(green|yellow|red|blue|grey)/.exec(cls ?? '');
  assert.ok(m, `no colour on ${id}: ${cls}`);
  return m[1];
}

// 序时进度 by day on 15 July: days from 1 January through 15 July, both counted, over the
// days of the year (196/365 = 53.7% in a common year), rounded half-up to the tenth.
function byDayJuly15() {
  const leap = (YEAR % 4 === 0 && YEAR % 100 !== 0) || YEAR % 400 === 0;
  const days = 31 + (leap ? 29 : 28) + 31 + 30 + 31 + 30 + 15;
  const perMille = Math.floor((days * 2000 + (leap ? 366 : 365)) / (2 * (leap ? 366 : 365)));
  return `${Math.floor(perMille / 10)}.${perMille % 10}%`;
}

test('switching 序时进度 in the plan editor moves every figure and colour', async (t) => {
  const app = await session(t, { viewport: { width: 1280, height: 900 } });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  await asOf(page, `${YEAR}-07-15`);
  await page.getByText(`数据截至 ${YEAR}年7月15日`).waitFor();

  // A new document counts by month: six of twelve months ended = 50.0%; 5 of 10 is on pace.
  assert.equal(await text(page.getByTestId('plan-time-progress')), '50.0%');
  assert.equal(await colourOf(page, YOUNG), 'green');
  assert.deepEqual(await storedRules(page).then((r) => r.pace), 'month');

  // The plan editor shows the rules; switch to 按日 and save.
  await planEditor(page);
  assert.equal(await page.locator('#rules-pace').inputValue(), 'month');
  assert.equal(await page.locator('#rules-preset').inputValue(), 'any-shortfall');
  await app.screenshot('rules-editor');
  await page.locator('#rules-pace').selectOption('day');
  await page.locator('#rules-save').click();
  await untilRules(page, (r) => r.pace === 'day', 'pace by day');

  // By day: 53.7% on 15 July; 50.0% now trails → 滞后 (yellow).
  await dashboard(page);
  assert.equal(await text(page.getByTestId('plan-time-progress')), byDayJuly15());
  assert.equal(await colourOf(page, YOUNG), 'yellow');

  // The change is one undoable step: 按月 again, and its figures.
  await page.keyboard.press('Control+z');
  await untilRules(page, (r) => r.pace === 'month', 'undone to by month');
  assert.equal(await text(page.getByTestId('plan-time-progress')), '50.0%');
  assert.equal(await colourOf(page, YOUNG), 'green');

  // 按日 saved and the page reloaded: the saved rules come back with their figures.
  await planEditor(page);
  await page.locator('#rules-pace').selectOption('day');
  await page.locator('#rules-save').click();
  await untilRules(page, (r) => r.pace === 'day', 'pace by day again');
  await app.reload();
  await dashboard(page);
  await asOf(page, `${YEAR}-07-15`);
  await page.getByText(`数据截至 ${YEAR}年7月15日`).waitFor();
  assert.equal(await text(page.getByTestId('plan-time-progress')), byDayJuly15());
  assert.equal(await colourOf(page, YOUNG), 'yellow');

  // Then 按月 in the plan editor, reload: every figure and colour follows.
  await planEditor(page);
  assert.equal(await page.locator('#rules-pace').inputValue(), 'day');
  await page.locator('#rules-pace').selectOption('month');
  await page.locator('#rules-save').click();
  await untilRules(page, (r) => r.pace === 'month', 'pace by month');
  await app.reload();
  await dashboard(page);
  await asOf(page, `${YEAR}-07-15`);
  await page.getByText(`数据截至 ${YEAR}年7月15日`).waitFor();
  assert.equal(await text(page.getByTestId('plan-time-progress')), '50.0%');
  assert.equal(await colourOf(page, YOUNG), 'green');
  await app.screenshot('rules-dashboard-by-month', { fullPage: false });
});

test('contradictory or negative thresholds say what is wrong and change nothing', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await planEditor(page);
  const before = await storedRules(page);

  // Far behind before behind.
  await page.locator('#rules-behind-from').fill('10');
  await page.locator('#rules-far-behind-from').fill('5');
  const far = page.locator('.rules-editor .field-error[data-field="far-behind-from"]');
  await far.waitFor();
  assert.equal(await text(far), '严重滞后的界限（5）不能小于滞后的界限（10）');
  assert.equal(await page.locator('#rules-preset').inputValue(), 'custom');

  // A negative number of days.
  await page.locator('#rules-due-soon-days').fill('-3');
  const days = page.locator('.rules-editor .field-error[data-field="due-soon-days"]');
  await days.waitFor();
  assert.equal(await text(days), '“-3”是负数，这里只能填 0 或正整数');
  await app.screenshot('rules-errors');

  // Saving is refused: the messages stay, and the stored rules are as before after a
  // reload (which writes any pending save first).
  await page.locator('#rules-save').click();
  assert.equal(await text(far), '严重滞后的界限（5）不能小于滞后的界限（10）');
  await app.reload();
  await planEditor(page);
  assert.deepEqual(await storedRules(page), before);
  assert.equal(await page.locator('#rules-far-behind-from').inputValue(), '');
  assert.equal(await page.locator('#rules-due-soon-days').inputValue(), '7');
});

// Every explanation of a rule is the document's: the target page's 判定规则 card, the help
// page's formula, worked example and presets, the dashboard's plan colour.
test('the rule card, the help page and the plan colour say what the document rules', async (t) => {
  const app = await session(t, { viewport: { width: 1280, height: 900 } });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);

  // The plan's figure and bar take the colour of the plan's status under the rules (a new
  // document: any shortfall yellow, red only when overdue) — never red while the year runs.
  await asOf(page, `${YEAR}-07-15`);
  await page.getByText(`数据截至 ${YEAR}年7月15日`).waitFor();
  const pct = async (id) => parseFloat(await text(page.getByTestId(id)));
  const [done, time] = [await pct('plan-completion'), await pct('plan-time-progress')];
  const want = done >= time ? 'status-green' : 'status-yellow';
  assert.match((await page.getByTestId('plan-completion').getAttribute('class')) ?? '', new RegExp(want));
  assert.match((await page.locator('.bar-plan').getAttribute('class')) ?? '', new RegExp(want));
  await app.screenshot('rules-plan-colour', { fullPage: false });

  // By month on 30 November: the card says months, with the figure beside it (11/12).
  await asOf(page, `${YEAR}-11-30`);
  await page.getByText(`数据截至 ${YEAR}年11月30日`).waitFor();
  await page.evaluate((id) => { location.hash = `#/targets/${id}`; }, YOUNG);
  const card = page.getByTestId('target-rule');
  await card.waitFor();
  let said = await text(card);
  assert.match(said, /序时进度按月计算：已结束的月数 ÷ 期间的月数/);
  assert.match(said, /期间共 12 个月，已结束 11 个月，序时进度 = 11 ÷ 12 = 91\.7%/);
  assert.doesNotMatch(said, /天数/);
  assert.match(await text(page.getByTestId('figure-sentence')), /序时进度 91\.7%/);
  await app.screenshot('rules-target-card', { fullPage: false });

  // The 10/30 preset, named as it judges; the card and the help page follow.
  await planEditor(page);
  const option = page.locator('#rules-preset option[value="ten-thirty"]');
  assert.equal(await text(option), '落后10个百分点及以上为黄，超过30个百分点为红');
  await page.locator('#rules-preset').selectOption('ten-thirty');
  await page.locator('#rules-save').click();
  await untilRules(page, (r) => r.behind_from === 10 && r.far_behind_from === 30, 'the 10/30 preset');
  await page.evaluate(() => { location.hash = '#/help'; });
  await page.getByTestId('rules-in-force').waitFor();
  assert.match(await text(page.getByTestId('rules-in-force')), /落后序时进度不到10个百分点视为正常，落后10个百分点及以上为滞后，超过30个百分点为严重滞后/);
  assert.match(await text(page.getByTestId('help-time-formula')), /序时进度按月计算/);
  assert.match(await text(page.getByTestId('help-time-example')), /11 ÷ 12 = 91\.7%/);
  assert.equal(
    await text(page.getByTestId('help-threshold-example')),
    '例（按本文档的规则，序时进度 50%、目标 100 次）：0 至 19 次为严重滞后，20 至 40 次为滞后，41 至 99 次为正常，100 次为完成。',
  );
  await app.screenshot('rules-help');

  // By quarter: the card counts quarters.
  await planEditor(page);
  await page.locator('#rules-pace').selectOption('quarter');
  await page.locator('#rules-save').click();
  await untilRules(page, (r) => r.pace === 'quarter', 'pace by quarter');
  await page.evaluate((id) => { location.hash = `#/targets/${id}`; }, YOUNG);
  await card.waitFor();
  said = await text(card);
  assert.match(said, /序时进度按季度计算/);
  assert.match(said, /期间共 4 个季度，已结束 3 个季度，序时进度 = 3 ÷ 4 = 75\.0%/);
  assert.match(said, /落后10个百分点及以上为滞后，超过30个百分点为严重滞后/);
});
