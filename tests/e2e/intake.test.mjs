// A plan from its text: paste the seed's part 二 and get the default plan's 30 targets back
// for review, each beside its sentence with the phrase marked; skip one, edit one's figure and
// another's kind, import as a new plan (with an id of its own) and see it on the dashboard,
// undo it; pick the .docx of the same text; a task table as CSV and as .xlsx, through the
// column-mapping step; a .docx with Word-numbered headings and a task table, and a text PDF;
// each proposal marked sure or to check, the sure ones accepted in one step; and each bad
// input (a scanned PDF, an old .doc among them) with its own message, changing nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { session, storedDocument } from './harness.mjs';

const plans = (name) => fileURLToPath(new URL(`../fixtures/plans/${name}`, import.meta.url));
const SEED = readFileSync(plans('seed.txt'), 'utf8');
const DOC_KEY = 'luoshi.doc.v1';

async function storedDoc(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const raw = await storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));
    const doc = raw === null ? null : JSON.parse(raw);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(100);
  }
}

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
  await rows.nth(0).getByLabel('接受', { exact: true }).uncheck();
  const training = rows.filter({ hasText: '组织专题培训6次' });
  const figure = training.locator('input[type="text"]').nth(1);
  await figure.fill('8');
  await figure.dispatchEvent('change');
  await page.getByText('已接受 29 / 30').waitFor();
  // A figure the kind cannot take is refused beside its row, and changes nothing.
  const byPhrase = (phrase) => rows.filter({ has: page.locator('mark', { hasText: phrase }) });
  const projects = byPhrase('落地实施优秀项目8-10个');
  const max = projects.locator('[data-field="max"] input');
  await max.fill('7');
  await max.dispatchEvent('change');
  await projects.getByText('下限 8 大于上限 7').waitFor();
  await max.fill('12');
  await max.dispatchEvent('change');
  assert.equal(await projects.locator('.field-error').innerText(), '');
  // A kind changed: 集中研讨 as a quarterly cadence, twice a quarter.
  const study = byPhrase('每月开展1次集中研讨');
  await study.locator('select.intake-kind').selectOption('count');
  await study.locator('[data-field="target"] input').waitFor();
  await study.locator('select.intake-kind').selectOption('cadence');
  await study.locator('[data-field="every"] select').selectOption('quarter');
  const atLeast = study.locator('[data-field="atleast"] input');
  await atLeast.fill('2');
  await atLeast.dispatchEvent('change');
  await app.screenshot('intake-review-edited');

  await page.locator('#intake-new').click();
  await page.locator('.toast').getByText('已导入计划目标').waitFor();
  // A new plan has an id of its own.
  // (The default plan's id is luoshi-default-YEAR.)
  const after = await storedDoc(page, (d) => /^plan-[0-9a-f]{16}$/.test(d.plan.id || ''), 'a new plan id');
  const targets = after.plan.sections.flatMap((x) => x.targets);
  const cadence = targets.find((x) => x.title.includes('集中研讨'));
  assert.deepEqual(cadence.goal, { kind: 'cadence', every: 'quarter', at_least: 2 });
  assert.deepEqual(targets.find((x) => x.title.includes('优秀项目')).goal, { kind: 'range', min: 8, max: 12 });
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

test('a task table as CSV or .xlsx goes through the column mapping, then its rows', async (t) => {
  const app = await session(t);
  const page = await openIntake(app);
  await page.locator('#intake-file').setInputFiles(plans('task-table.csv'));
  const rows = page.locator('.intake-table tbody tr:has(input[type="checkbox"])');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 6);
  await page.locator('.intake-problems').getByText('第 10 行：完成时限“尽快”无法识别为日期').waitFor();

  // The .xlsx is read in the browser, in this view's own part.
  await page.locator('#intake-file').setInputFiles(plans('task-table.xlsx'));
  await page.locator('.intake-table').getByText('全年组织专题培训6次').first().waitFor();
  assert.equal(await rows.count(), 6);

  // A published table with its own headers: 责任单位 beside 牵头单位 is read as supporting units.
  await page.locator('#intake-file').setInputFiles(plans('xianan-2023-fenjie.xlsx'));
  const roles = page.locator('.intake-mapping select.intake-role');
  await roles.first().waitFor();
  assert.deepEqual(await roles.evaluateAll((l) => l.map((s) => s.value)),
    ['Number', 'Task', 'Leader', 'Lead', 'Partner']);
  await page.locator('.intake-table').getByText('地区生产总值增长8%以上').first().waitFor();
  assert.equal(await rows.count(), 12);
  const tax = rows.filter({ hasText: '一般公共预算收入' });
  assert.equal(await tax.locator('input.intake-partners').inputValue(), '区税务局');
  await app.screenshot('intake-mapping');

  // Without a task or target column nothing is read, and the step says what to do.
  await roles.nth(1).selectOption('');
  await page.getByText('请指定哪一列是“工作任务”或“目标/指标”').waitFor();
  assert.equal(await rows.count(), 0);
  await roles.nth(1).selectOption('Task');
  await page.locator('.intake-table').getByText('地区生产总值增长8%以上').first().waitFor();
  assert.equal(await rows.count(), 12);
});

test('bad input: each its own message where it belongs, nothing changed', async (t) => {
  const app = await session(t);
  const page = await openIntake(app);
  const rows = page.locator('.intake-table tbody tr:has(input[type="checkbox"])');
  const error = page.locator('#intake-error');

  // A text with no targets says so and offers no import.
  await page.locator('#intake-text').fill('加强学习，提高认识，改进作风。');
  await page.locator('#intake-read').click();
  await page.getByText('未识别出任何目标。').waitFor();
  assert.equal(await rows.count(), 0);
  assert.equal(await page.locator('#intake-new').count(), 0);

  // A file over 50 MB is refused before it is read.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'luoshi-intake-'));
  const big = path.join(dir, 'big.txt');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
  await page.locator('#intake-file').setInputFiles(big);
  await error.getByText('超过 50 MB，不予读取').waitFor();
  rmSync(dir, { recursive: true });
  assert.equal(await page.getByText('未识别出任何目标。').count(), 0);

  // A binary file named .txt.
  await page.locator('#intake-file').setInputFiles(plans('bad-binary.txt'));
  await error.getByText('这是二进制文件，不是文本').waitFor();

  // A .docx that is not a zip.
  await page.locator('#intake-file').setInputFiles(plans('bad-not-zip.docx'));
  await error.getByText('该 .docx 不是 zip 压缩包').waitFor();

  // A spreadsheet with no recognisable columns.
  await page.locator('#intake-file').setInputFiles({
    name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,数量\n甲,1\n'),
  });
  await error.getByText('未找到“工作任务”或“目标/指标”列；表头为：名称、数量').waitFor();
  assert.equal(await rows.count(), 0);
  assert.equal(await page.locator('.intake-mapping').count(), 0);

  // Nothing changed: the default plan is still there, whole.
  await page.locator('nav').first().getByRole('link', { name: '总览', exact: true }).click();
  await page.locator('li.target-row').first().waitFor();
  assert.equal(await page.locator('li.target-row').count(), 30);
});

test('a .docx with numbered headings and a table, and a text PDF, become reviewable plans', async (t) => {
  const app = await session(t);
  const page = await openIntake(app);
  const rows = page.locator('.intake-table tbody tr:has(input[type="checkbox"])');
  // seed-numbered.docx: the seed's headings numbered by Word (二、（一）… from numbering.xml),
  // then rows 1–2 of a published 任务分解表 as a Word table.
  await page.locator('#intake-file').setInputFiles(plans('seed-numbered.docx'));
  await rows.first().waitFor();
  assert.equal(await rows.count(), 45);
  const sections = await page.locator('.intake-table th.intake-section').allInnerTexts();
  assert.deepEqual(sections, ['（一）强化理论武装，筑牢思想根基', '（二）完善制度机制，提升规范水平',
    '（三）聚焦主责主业，增强服务效能', '（四）深化改革创新，激发队伍活力', '任务分解表']);
  // The table went through the column mapping, its roles guessed from its headers.
  const roles = page.locator('.intake-mapping select.intake-role');
  await roles.first().waitFor();
  assert.deepEqual(await roles.evaluateAll((l) => l.map((s) => s.value)),
    ['Number', 'Task', 'Goal', 'Leader', 'Lead', 'Partner']);
  const titles = await page.locator('input.intake-title').evaluateAll((l) => l.map((i) => i.value));
  assert.ok(titles.includes('增加教育资源供给：竣工3个'), titles.join(' | '));
  await app.screenshot('intake-docx-numbered-table');
  await page.locator('#intake-new').click();
  await page.locator('.toast').getByText('已导入计划目标').waitFor();
  const doc = await storedDoc(page, (d) => /^plan-[0-9a-f]{16}$/.test(d.plan.id || ''), 'the new plan');
  const all = doc.plan.sections.flatMap((x) => x.targets);
  assert.equal(all.length, 45);
  assert.equal(all.find((x) => x.title === '增加教育资源供给：竣工3个').lead_unit, '教育局');

  // A text PDF of the same part 二 reads to the same 30 targets.
  await page.locator('nav').first().getByRole('link', { name: '计划', exact: true }).click();
  await page.locator('#intake-link').click();
  await page.locator('#intake-file').setInputFiles(plans('seed.pdf'));
  await rows.first().waitFor();
  await page.locator('.intake-table mark', { hasText: '每月开展1次集中研讨' }).first().waitFor();
  assert.equal(await rows.count(), 30);

  // A scanned PDF and an old .doc each say what to do instead.
  const error = page.locator('#intake-error');
  await page.locator('#intake-file').setInputFiles(plans('scan.pdf'));
  await error.getByText('请先用 OCR（文字识别）转成文字后粘贴').waitFor();
  assert.equal(await rows.count(), 0);
  await page.locator('#intake-file').setInputFiles(plans('bad-old-word.doc'));
  await error.getByText('请在 Word 或 WPS 中“另存为” .docx 后再选择').waitFor();
});

test('each proposal says how sure it is, and the sure ones are accepted in one step', async (t) => {
  const app = await session(t);
  const page = await openIntake(app);
  await page.locator('#intake-text').fill(SEED);
  await page.locator('#intake-read').click();
  const rows = page.locator('.intake-table tbody tr:has(input[type="checkbox"])');
  await rows.first().waitFor();
  const doubtful = page.locator('.intake-table tr.intake-doubt');
  const n = await doubtful.count();
  assert.ok(n > 0 && n < 30, `${n} to check`);
  assert.equal(await page.locator('.intake-sure-check').count(), n);
  assert.equal(await page.locator('.intake-sure-sure').count(), 30 - n);
  // The improvement's baseline is not in the text: to check, and why.
  const efficiency = rows.filter({ has: page.locator('mark', { hasText: '提升工作效率30%以上' }) });
  assert.equal(await efficiency.locator('.intake-sure').innerText(), '待核实');
  assert.match(await efficiency.locator('.intake-sure').getAttribute('title'), /推定/);
  await page.getByText(`已接受 30 / 30（其中待核实 ${n}）`).waitFor();
  await page.locator('#intake-accept-sure').click();
  await page.getByText(`已接受 ${30 - n} / 30（其中待核实 ${n}）`).waitFor();
  assert.equal(await efficiency.getByLabel('接受', { exact: true }).isChecked(), false);
  await app.screenshot('intake-doubt');
});
