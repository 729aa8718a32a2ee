// The 报告 view as a person uses it: the draft written from the example ledger, with its
// title and figures; editing before export; downloads as Markdown, HTML and Word. Then each
// kind of chart, on the dashboard and on target pages, with its SVG and PNG downloads.
// Screenshots of the report page and of every chart kind are written for review.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { session, ARTIFACTS, storedDocument } from './harness.mjs';

const DOC_KEY = 'luoshi.doc.v1';
const YEAR = new Date().getFullYear();

async function untilStored(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const raw = await storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));
    const doc = raw === null ? null : JSON.parse(raw);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(100);
  }
}

/** Opens the app with the example ledger loaded and saved. */
async function withExample(t, options) {
  const app = await session(t, options);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  return { app, page };
}

async function openReport(page) {
  await page.locator('nav').getByRole('link', { name: /^(报告|Report)$/ }).click();
  await page.locator('.view-report').waitFor();
}

async function downloaded(page, buttonName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

test('the report page shows the draft and downloads it', async (t) => {
  const { app, page } = await withExample(t, { viewport: { width: 1280, height: 1000 } });
  await openReport(page);
  await page.locator('input[name="report-as-of"]').fill(`${YEAR}-11-27`);
  await page.locator('input[name="report-as-of"]').dispatchEvent('change');

  const title = page.locator('.report-paper h1');
  await assert.doesNotReject(title.waitFor());
  assert.match(await title.innerText(), /^关于《.+》落实情况的报告$/);
  const paper = await page.locator('.report-paper').innerText();
  // The default plan counts 序时进度 by month: on 27 November ten of twelve months have
  // ended, 10/12 = 83.3% (by day it would be 331/365 = 90.7%). The rules are stated too.
  assert.match(paper, /截至11月27日，计划所列\d+项指标总体完成率\d+\.\d%，序时进度83\.3%/);
  assert.match(paper, /（序时进度按月计算；未达到序时进度的为滞后（黄），到期未完成的为红；/);
  assert.match(paper, /一、主要工作情况/);
  assert.match(paper, /二、存在的问题/);
  assert.match(paper, /三、下一步工作打算/);
  await app.screenshot('report-page');

  const md = await downloaded(page, '下载 Markdown');
  assert.match(md.name, /^落实情况报告-\d{4}-11-27\.md$/);
  const text = md.bytes.toString('utf8');
  assert.ok(text.startsWith('# 关于《'), text.slice(0, 40));
  assert.match(text, /序时进度83\.3%/);

  const html = await downloaded(page, '下载 HTML');
  assert.match(html.bytes.toString('utf8'), /<h1>关于《/);

  const docx = await downloaded(page, '下载 Word');
  assert.match(docx.name, /\.docx$/);
  assert.equal(docx.bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
  assert.ok(docx.bytes.includes(Buffer.from('word/document.xml')));

  // Monthly variant: the title names the month.
  await page.locator('select[name="report-variant"]').selectOption('month');
  assert.match(await title.innerText(), new RegExp(`${YEAR}年11月落实情况的报告$`));
});

test('edits to the draft are what gets exported', async (t) => {
  const { page } = await withExample(t);
  await openReport(page);
  await page.getByRole('button', { name: '编辑' }).click();
  const editor = page.locator('textarea[name="report-markdown"]');
  const draft = await editor.inputValue();
  assert.ok(draft.startsWith('# 关于《'));
  const added = '此外，我办还认真做好了其他工作，<b>不是标签</b>。';
  await editor.fill(draft.replace('## 二、存在的问题', `${added}\n\n## 二、存在的问题`));
  await page.getByRole('button', { name: '预览' }).click();
  const paper = page.locator('.report-paper');
  assert.match(await paper.innerText(), /此外，我办还认真做好了其他工作，<b>不是标签<\/b>。/);
  assert.equal(await paper.locator('b').count(), 0, 'typed markup stays text');
  const md = await downloaded(page, '下载 Markdown');
  assert.ok(md.bytes.toString('utf8').includes('此外，我办还认真做好了其他工作'));
  // Back to the data: the edit is gone.
  await page.getByRole('button', { name: '按数据重新生成' }).click();
  assert.doesNotMatch(await paper.innerText(), /此外，我办还认真做好了其他工作/);
});

async function checkChart(app, page, kind, shot) {
  const figure = page.locator(`figure[data-chart="${kind}"]`).first();
  await figure.waitFor();
  const svg = figure.locator('svg');
  const box = await svg.boundingBox();
  assert.ok(box && box.width > 300, `${kind} fills its container: ${JSON.stringify(box)}`);
  assert.ok((await svg.locator('text').count()) > 3, `${kind} has labels`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await figure.screenshot({ path: `${ARTIFACTS}/${shot}.png` });
  return figure;
}

test('the plan charts draw and download as SVG and PNG', async (t) => {
  const { app, page } = await withExample(t, { viewport: { width: 1280, height: 1000 } });
  await openReport(page);
  const dash = await checkChart(app, page, 'dashboard', 'chart-dashboard');
  await checkChart(app, page, 'trend', 'chart-trend');
  // Every target has a row, with its completion printed.
  assert.match(await dash.locator('svg').innerHTML(), /建立“第一议题”学习制度/);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dash.getByRole('button', { name: '下载 SVG' }).click(),
  ]);
  assert.match(svg.suggestedFilename(), /^各项指标完成率与序时进度\.svg$/);
  assert.match(fs.readFileSync(await svg.path(), 'utf8'), /^<svg /);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dash.getByRole('button', { name: '下载 PNG' }).click(),
  ]);
  assert.match(png.suggestedFilename(), /\.png$/);
  const bytes = fs.readFileSync(await png.path());
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  // Twice the drawn width of 720.
  assert.equal(bytes.readUInt32BE(16), 1440);
  fs.writeFileSync(`${ARTIFACTS}/chart-dashboard-download.png`, bytes);
});

test('each target kind has its chart on the target page', async (t) => {
  const { app, page } = await withExample(t, { viewport: { width: 1280, height: 1000 } });
  for (const [id, kinds] of [
    ['t1-08', ['cumulative', 'monthly']],
    ['t1-03', ['cumulative']],
    ['t1-02', ['cadence']],
    ['t1-05', ['cadence']],
    ['t3-02', ['readings']],
    ['t3-04', ['readings']],
    ['t4-01', ['readings']],
  ]) {
    await app.open(`#/targets/${id}`);
    for (const kind of kinds) await checkChart(app, page, kind, `chart-${id}-${kind}`);
  }
});
