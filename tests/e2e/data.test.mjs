// The Data view as a person uses it: export JSON and CSV; import a colleague's file with a
// preview, merge, undo; replace and undo; every kind of bad file is refused with a clear
// message and changes nothing; a file can be dropped on the page. Screenshots of the Data
// and Help views are written for review.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { session, storedDocument, storedSnapshot } from './harness.mjs';

const DOC_KEY = 'luoshi.doc.v1';
const YEAR = new Date().getFullYear();

async function storedRaw(page) {
  return storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));
}

async function untilStored(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const raw = await storedRaw(page);
    const doc = raw === null ? null : JSON.parse(raw);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(100);
  }
}

async function openData(page) {
  await page.locator('nav').getByRole('link', { name: /^(数据|Data)$/ }).click();
  await page.locator('.view-data').waitFor();
}

async function pickFile(page, name, content, mimeType = 'application/json') {
  await openData(page);
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  if (buffer.length > 40 * 1024 * 1024) {
    // Playwright passes large files by path only.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-'));
    const file = path.join(dir, name);
    fs.writeFileSync(file, buffer);
    await page.locator('#import-file').setInputFiles(file);
    fs.rmSync(dir, { recursive: true, force: true });
  } else {
    await page.locator('#import-file').setInputFiles({ name, mimeType, buffer });
  }
  await page.locator('#import-preview').waitFor();
}

/** Opens the app with the example ledger loaded and saved; returns the stored document. */
async function withExample(t, options) {
  const app = await session(t, options);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const doc = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  return { app, page, doc };
}

/** A stamp an hour from now, so that a colleague's edit is the newer one. */
function laterStamp() {
  return new Date(Date.now() + 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

test('exports the document as JSON and the ledger as CSV', async (t) => {
  const { page, doc } = await withExample(t);
  await openData(page);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 JSON 备份' }).click(),
  ]);
  assert.match(json.suggestedFilename(), /^落实台账-市政府办公室-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync(await json.path(), 'utf8');
  assert.ok(text.includes('\n  "'), 'pretty-printed');
  const file = JSON.parse(text);
  assert.deepEqual(Object.keys(file).slice(0, 4), ['format', 'version', 'exported_at', 'unit']);
  assert.equal(file.activities.length, doc.activities.length);
  await page.getByTestId('last-export').getByText(/上次导出/).waitFor();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 CSV 台账' }).click(),
  ]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  const bytes = fs.readFileSync(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l.length > 0);
  assert.equal(lines[0], '序号,日期,事项,关联指标,数量,参与人员,牵头处室,备注');
  assert.equal(lines.length, doc.activities.length + 1);
});

test("a colleague's file: preview, merge, undo, and a second import changes nothing", async (t) => {
  const { app, page, doc } = await withExample(t);
  const colleague = structuredClone(doc);
  colleague.unit = '秘书一处';
  colleague.exported_at = laterStamp();
  const stamp = laterStamp();
  for (const [i, id] of ['c-colleague-1', 'c-colleague-2'].entries()) {
    colleague.activities.push({
      id,
      date: `${YEAR}-04-0${i + 1}`,
      title: `同事登记的专题培训${i + 1}`,
      targets: ['t1-08'],
      updated_at: stamp,
    });
  }
  const changed = colleague.activities[0];
  changed.title = `${changed.title}（同事修改）`;
  changed.updated_at = stamp;
  const text = JSON.stringify(colleague, null, 2);

  await pickFile(page, '落实台账-秘书一处.json', text);
  const preview = page.getByTestId('import-preview');
  const summary = await page.getByTestId('merge-summary').innerText();
  assert.match(summary, /活动 \+2，修改 1/);
  assert.match(summary, /计划未变/);
  assert.match(await preview.innerText(), /秘书一处/);
  await app.screenshot('data-import-preview');
  // Nothing has changed yet.
  assert.equal((await untilStored(page, () => true, 'doc')).activities.length, doc.activities.length);

  await preview.getByRole('button', { name: '合并到当前数据' }).click();
  await page.locator('.toast').getByText(/已合并/).waitFor();
  let stored = await untilStored(page, (d) => d.activities.some((a) => a.id === 'c-colleague-1'), 'merged');
  assert.equal(stored.activities.length, doc.activities.length + 2);
  assert.ok(stored.activities.some((a) => a.title === changed.title), 'the newer edit won');
  assert.equal(stored.unit, '市政府办公室', 'the unit keeping the copy stays ours');

  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  stored = await untilStored(page, (d) => !d.activities.some((a) => a.id === 'c-colleague-1'), 'undone');
  assert.equal(stored.activities.length, doc.activities.length);
  assert.ok(!stored.activities.some((a) => a.title === changed.title), 'the edit is undone too');

  // Merge again, then import the same file a second time: nothing to do.
  await pickFile(page, '落实台账-秘书一处.json', text);
  await page.getByTestId('import-preview').getByRole('button', { name: '合并到当前数据' }).click();
  await untilStored(page, (d) => d.activities.length === doc.activities.length + 2, 'merged again');
  await pickFile(page, '落实台账-秘书一处.json', text);
  await page.getByText('合并不会改变任何内容').waitFor();
  await page.getByTestId('import-preview').getByRole('button', { name: '取消' }).click();
  await page.getByTestId('import-preview').waitFor({ state: 'detached' });
});

test('replacing all data is undoable', async (t) => {
  const { page, doc } = await withExample(t);
  const small = structuredClone(doc);
  small.activities = small.activities.slice(0, 3);
  await pickFile(page, 'small.json', JSON.stringify(small));
  await page.getByTestId('import-preview').getByRole('button', { name: '替换当前数据' }).click();
  await untilStored(page, (d) => d.activities.length === 3, 'replaced');
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await untilStored(page, (d) => d.activities.length === doc.activities.length, 'replace undone');
});

test('every kind of bad file is refused with a clear message and changes nothing', async (t) => {
  const { app, page, doc } = await withExample(t);
  const before = await storedRaw(page);

  const wrongType = structuredClone(doc);
  wrongType.activities[1].date = 20260305;
  const cases = [
    ['broken.json', '{\n  "format": "luoshi",\n  "version": 1,,\n}', /不是有效的 JSON（第 3 行第 \d+ 列）/],
    ['package.json', '{"name": "something-else", "version": "1.0.0"}', /不是落实台账文件/],
    ['newer.json', '{"format": "luoshi", "version": 99}', /更新版本/],
    ['deep.json', '['.repeat(500) + ']'.repeat(500), /嵌套超过/],
    ['huge.json', Buffer.alloc(257 * 1024 * 1024, 0x20), /文件过大/],
  ];
  for (const [name, content, message] of cases) {
    await pickFile(page, name, content);
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    const said = await refused.innerText();
    assert.match(said, message, `${name}: ${said}`);
    assert.match(said, /数据没有任何改动/, name);
    assert.equal(await storedRaw(page), before, `${name} changed the stored data`);
    if (name === 'newer.json') await app.screenshot('data-import-refused');
    await refused.getByRole('button', { name: '关闭' }).click();
    await refused.waitFor({ state: 'detached' });
  }

  // One record of the wrong type: that record is named and set aside, the rest offered.
  await pickFile(page, 'wrong-type.json', JSON.stringify(wrongType, null, 2));
  const aside = page.getByTestId('import-set-aside');
  await aside.waitFor();
  assert.match(await aside.innerText(), /activities\[1\]\.date/);
  await app.screenshot('data-import-set-aside');
  assert.equal(await storedRaw(page), before, 'a preview changes nothing');
  await page.getByTestId('import-preview').getByRole('button', { name: '取消' }).click();
  assert.equal(await storedRaw(page), before, 'wrong-type.json changed the stored data');

  // A CSV with a bad row: the rows are listed, and nothing is imported unless chosen.
  const csv = [
    '日期,事项,关联指标,数量',
    `${YEAR}-05-06,五月专题培训,全年组织专题培训6次,1`,
    `${YEAR}-13-45,日期写错的一行,全年组织专题培训6次,1`,
    `${YEAR}-05-08,指标写错的一行,没有这个指标,1`,
  ].join('\n');
  await pickFile(page, 'ledger.csv', csv, 'text/csv');
  const rows = page.getByTestId('csv-bad-rows');
  await rows.waitFor();
  const table = await rows.innerText();
  assert.match(table, /3\s+日期\s+无法识别日期/);
  assert.match(table, /4\s+关联指标\s+计划中没有指标“没有这个指标”/);
  await app.screenshot('data-csv-bad-rows');
  await page.getByTestId('import-preview').getByRole('button', { name: '取消' }).click();
  assert.equal(await storedRaw(page), before, 'cancelling a CSV changed the data');

  // Choosing to skip the bad rows imports the good one only.
  await pickFile(page, 'ledger.csv', csv, 'text/csv');
  await page.getByRole('button', { name: '跳过有问题的行，导入其余 1 条' }).click();
  const after = await untilStored(page, (d) => d.activities.length === doc.activities.length + 1, 'one row');
  assert.ok(after.activities.some((a) => a.title === '五月专题培训'));
});

test('a file dropped on the page opens the import preview', async (t) => {
  const { page, doc } = await withExample(t);
  const before = await storedRaw(page);
  await page.locator('nav').getByRole('link', { name: '台账' }).click();
  const colleague = structuredClone(doc);
  colleague.activities.push({
    id: 'c-dropped', date: `${YEAR}-06-01`, title: '拖入文件中的活动', targets: ['t1-09'], updated_at: laterStamp(),
  });
  const dt = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(colleague));
  await page.dispatchEvent('.app', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
  await page.getByTestId('import-preview').waitFor();
  assert.match(await page.getByTestId('merge-summary').innerText(), /活动 \+1/);
  assert.equal(await storedRaw(page), before, 'a drop alone changes nothing');
  await page.getByTestId('import-preview').getByRole('button', { name: '合并到当前数据' }).click();
  await untilStored(page, (d) => d.activities.some((a) => a.id === 'c-dropped'), 'dropped file merged');
});

test('screenshots of the Data and Help views', async (t) => {
  const { app, page } = await withExample(t);
  await openData(page);
  await page.getByTestId('store-place').waitFor();
  assert.match(await page.getByTestId('store-place').innerText(), /逐条保存在本浏览器的 IndexedDB 中/);
  await app.screenshot('data-zh');
  await page.locator('nav').getByRole('link', { name: '帮助' }).click();
  await page.getByRole('heading', { name: '序时进度' }).waitFor();
  for (const word of ['完成', '正常', '滞后', '严重滞后', '逾期', '临近到期', '达标', '未达标', '暂无数据']) {
    assert.ok(await page.locator('.status-table').getByText(word, { exact: true }).count() > 0, `status ${word}`);
  }
  await app.screenshot('help-zh');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('heading', { name: 'Time progress (序时进度)' }).waitFor();
  await app.screenshot('help-en');
  await openData(page);
  await app.screenshot('data-en');
});

test('the first save of a new day keeps yesterday as a snapshot, which can be restored', async (t) => {
  const app = await session(t);
  const { page } = app;
  await page.clock.install({ time: new Date(`${YEAR}-06-10T12:00:00Z`) });
  await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const yesterday = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');

  // Next day: the first change keeps the 10 June state as a snapshot.
  await page.clock.setSystemTime(new Date(`${YEAR}-06-11T12:00:00Z`));
  const csv = ['日期,事项,关联指标,数量', `${YEAR}-06-11,六月十一日的专题培训,全年组织专题培训6次,1`].join('\n');
  await pickFile(page, 'today.csv', csv, 'text/csv');
  await page.getByRole('button', { name: '导入 1 条活动' }).click();
  await untilStored(page, (d) => d.activities.length === yesterday.activities.length + 1, 'the new row');
  // Kept in IndexedDB beside the document's rows (src/app/sync/points.rs).
  const snap = await storedSnapshot(page, `${YEAR}-06-10`);
  assert.ok(snap, 'a snapshot of 10 June was kept');
  assert.equal(snap.activities.length, yesterday.activities.length);

  const table = page.getByTestId('snapshots');
  await table.getByText(`${YEAR}年6月10日`).waitFor();
  await table.getByRole('button', { name: '恢复' }).click();
  await untilStored(page, (d) => d.activities.length === yesterday.activities.length, 'restored');
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await untilStored(page, (d) => d.activities.length === yesterday.activities.length + 1, 'restore undone');
});

// A colleague's sheet of a thousand rows, most of them without a date (a merged date column,
// as exported from a summary sheet): the buttons come first, within sight; the list shows the
// first few, the count of the rest, and all of them when asked; an empty date says so.
test('a preview of 1,000 skipped rows keeps its buttons in sight and shortens the list', async (t) => {
  const { app, page, doc } = await withExample(t, { viewport: { width: 1280, height: 900 } });
  const rows = ['日期,事项,关联指标,数量', `${YEAR}-05-06,五月专题培训,全年组织专题培训6次,1`];
  for (let i = 0; i < 1000; i += 1) rows.push(`,第${i + 1}次座谈,全年组织专题培训6次,1`);
  await pickFile(page, 'ledger-1000.csv', rows.join('\n'), 'text/csv');
  const preview = page.getByTestId('import-preview');
  const skip = preview.getByRole('button', { name: '跳过有问题的行，导入其余 1 条' });
  // The buttons are within the window without scrolling, and come before the list.
  const box = await skip.boundingBox();
  assert.ok(box && box.y + box.height <= 900, `the button is in sight: ${JSON.stringify(box)}`);
  const table = page.getByTestId('csv-bad-rows');
  const order = await page.evaluate(() => {
    const b = [...document.querySelectorAll('#import-preview button')].find((x) => x.textContent.includes('跳过'));
    const t = document.querySelector('[data-testid=csv-bad-rows]');
    return b.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING ? 'buttons first' : 'list first';
  });
  assert.equal(order, 'buttons first');
  assert.equal(await table.locator('tbody tr').count(), 10);
  // An empty date is called empty, with its line and column.
  assert.match(await table.locator('tbody tr').first().innerText(), /3\s+日期\s+第3行的“日期”为空：请填写日期/);
  assert.doesNotMatch(await table.innerText(), /无法识别日期“”/);
  const more = page.getByTestId('csv-bad-rows-more');
  assert.match(await more.innerText(), /另有 990 条未列出/);
  await app.screenshot('data-csv-1000-bad-rows', { fullPage: false });
  await more.getByRole('button', { name: '显示全部 1000 条' }).click();
  assert.equal(await table.locator('tbody tr').count(), 1000);
  await more.getByRole('button', { name: '只显示前几条' }).click();
  assert.equal(await table.locator('tbody tr').count(), 10);
  // The good row imports; nothing else changes.
  await skip.click();
  const after = await untilStored(page, (d) => d.activities.length === doc.activities.length + 1, 'one row');
  assert.ok(after.activities.some((a) => a.title === '五月专题培训'));
});
