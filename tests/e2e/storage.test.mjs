// Browser storage as a person meets it: what is added is there after a reload; a full
// storage is loud and the download right there holds every record; two tabs editing at
// once lose nothing; the language choice is remembered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { session, storedDocument } from './harness.mjs';

const DOC_KEY = 'luoshi.doc.v1';
const YEAR = new Date().getFullYear();

/** The document as stored in the page's localStorage (parsed), or null. */
async function storedDoc(page) {
  const raw = await storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));
  return raw === null ? null : JSON.parse(raw);
}

/** Waits until the stored document satisfies `pred`. */
async function untilStored(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const doc = await storedDoc(page);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(100);
  }
}

const titles = (doc) => doc.activities.map((a) => a.title);

/** A CSV ledger of activities for the default plan's 专题培训 target. */
function csvOf(rows) {
  const lines = ['序号,日期,事项,关联指标,数量,参与人员,牵头处室,备注'];
  rows.forEach((title, i) => {
    lines.push(`${i + 1},${YEAR}-03-${String(i + 10).padStart(2, '0')},${title},全年组织专题培训6次,1,,机关党委,`);
  });
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

async function openData(page) {
  await page.locator('nav').getByRole('link', { name: /^(数据|Data)$/ }).click();
  await page.locator('.view-data').waitFor();
}

/** Picks a file in the Data view and waits for the preview. */
async function pickFile(page, name, text, mimeType = 'text/csv') {
  await openData(page);
  await page.locator('#import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page.locator('#import-preview').waitFor();
}

/** Imports a CSV of the given activity titles through the Data view. */
async function importCsv(page, rows, name = 'ledger.csv') {
  await pickFile(page, name, csvOf(rows));
  await page.getByRole('button', { name: `导入 ${rows.length} 条活动` }).click();
  await page.locator('#import-preview').waitFor({ state: 'detached' });
}

test('activities added are there after a reload', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  const rows = ['三月专题培训：保密知识', '三月专题培训：公文写作', '三月专题培训：应急处置'];
  await importCsv(page, rows);
  await untilStored(page, (d) => rows.every((r) => titles(d).includes(r)), 'the three activities');
  await page.locator('.topbar').getByText('已保存', { exact: true }).waitFor();

  await app.reload();
  const doc = await storedDoc(page);
  for (const r of rows) assert.ok(titles(doc).includes(r), `${r} is stored after reload`);
  await page.locator('nav').getByRole('link', { name: '台账' }).click();
  for (const r of rows) {
    await page.getByText(r).first().waitFor({ timeout: 10000 });
  }
  // The first-open offer is gone once there is something of the user's.
  assert.equal(await page.getByRole('button', { name: '载入示例台账' }).count(), 0);
});

test('where IndexedDB cannot be used, a full storage shows a warning, and its download holds every record', async (t) => {
  const app = await session(t, { indexedDB: false, ignoreErrors: [/QuotaExceeded|exceeded the quota/i] });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const before = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');

  // Fill the rest of localStorage with someone else's data, in ever smaller blocks.
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 16; size >>= 1) {
      const block = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, block);
          n += 1;
        } catch {
          break;
        }
      }
    }
    return n;
  });
  assert.ok(filled > 0, 'storage was filled');

  const rows = ['存储已满时登记的活动一', '存储已满时登记的活动二'];
  await importCsv(page, rows, 'full.csv');
  const warning = page.getByTestId('save-warning');
  await warning.waitFor();
  assert.match(await warning.innerText(), /存储空间已满/);
  assert.match(await warning.innerText(), /只在本页面的内存中/);
  await page.locator('.topbar').getByText('未保存', { exact: true }).waitFor();
  // The stored copy is the last good one: nothing half-written.
  assert.deepEqual(titles(await storedDoc(page)), titles(before));
  await app.screenshot('storage-full-warning');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: '下载 JSON 备份' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^落实台账-.+-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(file.format, 'luoshi');
  const ids = new Set(file.activities.map((a) => a.id));
  for (const a of before.activities) assert.ok(ids.has(a.id), `activity ${a.id} is in the download`);
  for (const r of rows) assert.ok(titles(file).includes(r), `${r} is in the download`);
  assert.equal(file.activities.length, before.activities.length + rows.length);

  // Once there is room again, trying again saves and the warning goes.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
  });
  await warning.getByRole('button', { name: '重试保存' }).click();
  await warning.waitFor({ state: 'detached' });
  const after = await untilStored(page, (d) => rows.every((r) => titles(d).includes(r)), 'the retried save');
  assert.equal(after.activities.length, before.activities.length + rows.length);
});

test('two tabs editing at the same time lose nothing', async (t) => {
  const app = await session(t);
  const { page: a } = await app.open();
  const b = await app.context.newPage();
  await b.goto(app.url);
  await b.locator('nav').waitFor();

  // A change in one tab shows up in the other without a reload.
  await importCsv(a, ['甲窗口的第一条活动']);
  await untilStored(b, (d) => titles(d).includes('甲窗口的第一条活动'), 'first change');
  await b.locator('nav').getByRole('link', { name: '台账' }).click();
  await b.getByText('甲窗口的第一条活动').first().waitFor({ timeout: 10000 });

  // Both tabs confirm an import at once: each save finds the other's and merges.
  await pickFile(a, 'a.csv', csvOf(['甲窗口同时导入一', '甲窗口同时导入二']));
  await pickFile(b, 'b.csv', csvOf(['乙窗口同时导入一', '乙窗口同时导入二']));
  await Promise.all([
    a.getByRole('button', { name: '导入 2 条活动' }).click(),
    b.getByRole('button', { name: '导入 2 条活动' }).click(),
  ]);
  const all = ['甲窗口的第一条活动', '甲窗口同时导入一', '甲窗口同时导入二', '乙窗口同时导入一', '乙窗口同时导入二'];
  const doc = await untilStored(a, (d) => all.every((x) => titles(d).includes(x)), 'both tabs\u2019 imports');
  assert.equal(doc.activities.length, all.length, 'no record lost or doubled');

  // Both tabs end up showing the same five records.
  for (const page of [a, b]) {
    await page.reload();
    await page.locator('nav').waitFor();
    await page.locator('nav').getByRole('link', { name: '台账' }).click();
    for (const x of all) await page.getByText(x).first().waitFor({ timeout: 10000 });
  }
  const again = await storedDoc(b);
  assert.deepEqual(titles(again).sort(), [...all].sort());
});

test('the language choice is remembered across reloads', async (t) => {
  const app = await session(t);
  const { page } = await app.open('#/data');
  await page.getByRole('heading', { name: '数据', exact: true }).waitFor();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('heading', { name: 'Data', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await app.reload();
  await page.getByRole('heading', { name: 'Data', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.ok(await page.getByRole('link', { name: 'Ledger', exact: true }).isVisible());
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await page.getByRole('heading', { name: '数据', exact: true }).waitFor();
  await app.reload();
  await page.getByRole('heading', { name: '数据', exact: true }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
});
