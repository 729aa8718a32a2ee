// What an import, another tab or a full browser may not do to the data: another plan's file
// taking over the plan, a replace undone by a second tab, a file stamped 2099 deleting records,
// one impossible date hiding every record, and a full storage dropping snapshots unsaid or
// advising what cannot help.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { session, storedDocument, storeAsEarlierBuild } from './harness.mjs';

const DOC_KEY = 'luoshi.doc.v1';
const RECOVERY_KEY = 'luoshi.recovery.v1';
const YEAR = new Date().getFullYear();

async function storedDoc(page) {
  const raw = await storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));
  return raw === null ? null : JSON.parse(raw);
}

async function untilStored(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const doc = await storedDoc(page);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(50);
  }
}

async function openData(page) {
  await page.locator('nav').getByRole('link', { name: /^(数据|Data)$/ }).click();
  await page.locator('.view-data').waitFor();
}

async function pickFile(page, name, text, mimeType = 'application/json') {
  await openData(page);
  await page.locator('#import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page.locator('#import-preview').waitFor();
}

async function withExample(t, options) {
  const app = await session(t, options);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const doc = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  return { app, page, doc };
}

function csvOf(rows) {
  const lines = ['序号,日期,事项,关联指标,数量,参与人员,牵头处室,备注'];
  rows.forEach((title, i) => {
    lines.push(`${i + 1},${YEAR}-03-${String((i % 20) + 10).padStart(2, '0')},${title},全年组织专题培训6次,1,,机关党委,`);
  });
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

async function importCsv(page, rows, name = 'ledger.csv') {
  await pickFile(page, name, csvOf(rows), 'text/csv');
  await page.getByRole('button', { name: `导入 ${rows.length} 条活动` }).click();
  await page.locator('#import-preview').waitFor({ state: 'detached' });
}

/** Fills what is left of localStorage with someone else's data, in ever smaller blocks. */
async function fillStorage(page, smallest = 16) {
  return page.evaluate((smallest) => {
    let n = 0;
    for (let size = 1 << 20; size >= smallest; size >>= 1) {
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
  }, smallest);
}

const titles = (doc) => doc.activities.map((a) => a.title);
const targetsOf = (doc) => doc.plan.sections.flatMap((s) => s.targets);

test("another plan's file is refused on the Data page and offered to open instead", async (t) => {
  const { app, page, doc } = await withExample(t);
  assert.ok(doc.plan.id, 'the example plan has an id');
  const theirs = structuredClone(doc);
  theirs.plan.id = 'p-another-plan';
  theirs.plan.title = '另一单位的计划';
  theirs.plan.updated_at = new Date(Date.now() + 3600e3).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  theirs.plan.sections[0].targets.push({ id: 't-other', title: '另一计划的指标', goal: { kind: 'count', target: 3 } });

  await pickFile(page, '另一计划.json', JSON.stringify(theirs));
  const refused = page.getByTestId('import-other-plan');
  await refused.waitFor();
  const said = await refused.innerText();
  assert.match(said, new RegExp(`属于另一计划（p-another-plan），与本计划（${doc.plan.id}）不同，不予导入`), said);
  assert.equal(await page.getByRole('button', { name: '合并到当前数据' }).count(), 0, 'no merge offered');
  await app.screenshot('guards-other-plan');
  let stored = await storedDoc(page);
  assert.equal(stored.plan.id, doc.plan.id, 'nothing changed');

  // Open it instead: the current data is downloaded first, then replaced.
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    refused.getByRole('button', { name: '下载备份并改为打开此文件' }).click(),
  ]);
  const saved = JSON.parse(fs.readFileSync(await backup.path(), 'utf8'));
  assert.equal(saved.plan.id, doc.plan.id);
  assert.equal(saved.activities.length, doc.activities.length);
  stored = await untilStored(page, (d) => d.plan.id === 'p-another-plan', 'opened instead');
  assert.ok(targetsOf(stored).some((x) => x.id === 't-other'));
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  stored = await untilStored(page, (d) => d.plan.id === doc.plan.id, 'undone');
  assert.equal(stored.plan.title, doc.plan.title);
  assert.equal(stored.activities.length, doc.activities.length);
});

test('a replace in one tab is not undone by a second tab, nor is its undo', async (t) => {
  const { app, page: a, doc } = await withExample(t);
  const b = await app.context.newPage();
  await b.goto(app.url);
  await b.locator('nav').waitFor();
  const n = doc.activities.length;

  const small = structuredClone(doc);
  small.activities = small.activities.slice(0, 3);
  small.readings = [];
  await pickFile(a, 'small.json', JSON.stringify(small));
  await a.getByTestId('import-preview').getByRole('button', { name: '替换当前数据' }).click();
  await untilStored(a, (d) => d.activities.length === 3, 'replaced');

  // The second tab saves a change of its own: the replaced records stay replaced.
  await importCsv(b, ['第二个标签页登记的活动']);
  let stored = await untilStored(b, (d) => titles(d).includes('第二个标签页登记的活动'), "the second tab's add");
  await b.waitForTimeout(500);
  stored = await storedDoc(b);
  assert.equal(stored.activities.length, 4, `the replace holds: ${stored.activities.length} activities`);
  assert.equal(stored.readings.length, 0, 'no reading came back');
  await b.locator('nav').getByRole('link', { name: '台账' }).click();
  await b.getByTestId('ledger-totals').filter({ hasText: /4/ }).waitFor();

  // The backup opened with 替换当前数据 brings every record back, in both tabs.
  await pickFile(a, 'backup.json', JSON.stringify(doc));
  await a.getByTestId('import-preview').getByRole('button', { name: '替换当前数据' }).click();
  await untilStored(a, (d) => d.activities.length === n, 'the backup opened');
  await importCsv(b, ['第二个标签页的第二条活动']);
  await untilStored(b, (d) => titles(d).includes('第二个标签页的第二条活动'), 'second add');
  await b.waitForTimeout(500);
  stored = await storedDoc(b);
  assert.equal(stored.activities.length, n + 1);
  assert.equal(stored.readings.length, doc.readings.length);

  // A replace undone at once: the undo holds in the other tab too.
  await pickFile(a, 'small.json', JSON.stringify(small));
  await a.getByTestId('import-preview').getByRole('button', { name: '替换当前数据' }).click();
  await untilStored(a, (d) => d.activities.length === 3, 'replaced again');
  await a.locator('.toast').getByRole('button', { name: '撤销' }).first().click();
  await untilStored(a, (d) => d.activities.length === n + 1, 'undone');
  await importCsv(b, ['第二个标签页的第三条活动']);
  await untilStored(b, (d) => titles(d).includes('第二个标签页的第三条活动'), 'third add');
  await b.waitForTimeout(500);
  stored = await storedDoc(b);
  assert.equal(stored.activities.length, n + 2);
  assert.equal(stored.readings.length, doc.readings.length);
});

test('a file stamped 2099 deletes nothing and says why', async (t) => {
  const { app, page, doc } = await withExample(t);
  const FUTURE = '2099-01-01T00:00:00+08:00';
  const theirs = structuredClone(doc);
  const gone = theirs.activities.splice(0, 214);
  theirs.tombstones = gone.map((a) => ({ kind: 'activity', id: a.id, deleted_at: FUTURE }));
  theirs.activities.push({
    id: 'a-from-2099',
    date: `${YEAR}-05-06`,
    title: '来自2099年的记录',
    targets: ['t1-08'],
    updated_at: FUTURE,
  });

  await pickFile(page, '2099.json', JSON.stringify(theirs));
  const note = page.getByTestId('import-future');
  await note.waitFor();
  assert.match(await note.innerText(), /215 项.*晚于本机时钟一天以上（最晚 2099-01-01 00:00）/);
  const summary = await page.getByTestId('merge-summary').innerText();
  assert.match(summary, /删除 0/, summary);
  await app.screenshot('guards-future-preview');
  await page.getByTestId('import-preview').getByRole('button', { name: '合并到当前数据' }).click();
  const stored = await untilStored(page, (d) => titles(d).includes('来自2099年的记录'), 'merged');
  assert.equal(stored.activities.length, doc.activities.length + 1, 'no record deleted');
  const added = stored.activities.find((a) => a.id === 'a-from-2099');
  assert.ok(!added.updated_at.startsWith('2099'), `taken at the import time: ${added.updated_at}`);
  assert.ok(!(stored.tombstones || []).some((x) => x.deleted_at.startsWith('2099')), 'no tombstone from 2099');
});

test('one impossible date sets one record aside: every other loads, the bad one is kept', async (t) => {
  const { app, page, doc } = await withExample(t);
  const bad = structuredClone(doc);
  bad.activities[12].date = `${YEAR}-02-30`;
  const badId = bad.activities[12].id;
  const raw = JSON.stringify(bad);
  await storeAsEarlierBuild(page, raw);
  await app.reload();

  const notice = page.getByTestId('recovery-notice');
  await notice.filter({ hasText: `1 条记录无法读取` }).waitFor({ timeout: 15000 });
  const said = await notice.innerText();
  assert.match(said, new RegExp(`其余 ${doc.activities.length - 1 + doc.readings.length} 条记录已载入`), said);
  assert.match(said, /activities\[12\]\.date/, said);
  await app.screenshot('guards-set-aside');
  const stored = await untilStored(page, (d) => d.activities.length === doc.activities.length - 1, 'the rest saved');
  assert.ok(!stored.activities.some((a) => a.id === badId));
  const kept = await page.evaluate((k) => localStorage.getItem(k), RECOVERY_KEY);
  assert.equal(kept, raw, 'the stored text is kept byte for byte');

  // The copy downloaded: imported as it is, it names the bad record and offers the rest.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: '下载原有数据' }).click(),
  ]);
  const copy = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(copy, raw);
  await pickFile(page, 'copy.json', copy);
  const aside = page.getByTestId('import-set-aside');
  await aside.waitFor();
  assert.match(await aside.innerText(), /1 条记录无法读取/);
  assert.match(await aside.innerText(), /activities\[12\]\.date/);
  assert.ok(await page.getByRole('button', { name: '合并其余记录' }).isVisible());
  await page.getByTestId('import-preview').getByRole('button', { name: '取消' }).click();

  // Fixed by hand, it brings the record back.
  const fixed = JSON.parse(copy);
  fixed.activities[12].date = `${YEAR}-02-28`;
  await pickFile(page, 'fixed.json', JSON.stringify(fixed));
  assert.match(await page.getByTestId('merge-summary').innerText(), /活动 \+1/);
  await page.getByTestId('import-preview').getByRole('button', { name: '合并到当前数据' }).click();
  await untilStored(page, (d) => d.activities.some((a) => a.id === badId), 'the record back');
});

test('where IndexedDB cannot be used, a full storage says which snapshots it dropped, and an undone add clears the warning', async (t) => {
  const app = await session(t, { indexedDB: false, ignoreErrors: [/QuotaExceeded|exceeded the quota/i] });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const before = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  // Two older snapshots, then storage filled to the brim.
  const raw = JSON.stringify(before);
  await page.evaluate(([raw, year]) => {
    localStorage.setItem(`luoshi.snapshot.v1.${year}-01-05`, raw);
    localStorage.setItem(`luoshi.snapshot.v1.${year}-01-06`, raw);
  }, [raw, YEAR]);
  assert.ok((await fillStorage(page)) > 0);

  // An add that fits only once the oldest snapshot goes: it goes, and the user is told which.
  await importCsv(page, ['存储将满时登记的活动']);
  await page.locator('.toast').filter({ hasText: `已删除 ${YEAR}-01-05 的快照` }).waitFor();
  await untilStored(page, (d) => titles(d).includes('存储将满时登记的活动'), 'saved');
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('luoshi.snapshot.')));
  assert.deepEqual(left, [`luoshi.snapshot.v1.${YEAR}-01-06`]);

  // Full again, with a snapshot too small to make room: the warning does not send the user
  // to delete snapshots, and the snapshot is kept.
  await page.evaluate((year) => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
    localStorage.setItem(`luoshi.snapshot.v1.${year}-01-06`, '{"format":"luoshi","version":3}');
  }, YEAR);
  await fillStorage(page);
  const big = Array.from({ length: 400 }, (_, i) => `存储已满时登记的长标题活动第${i + 1}条，用来占满空间`);
  await importCsv(page, big, 'big.csv');
  const warning = page.getByTestId('save-warning');
  await warning.waitFor();
  const text = await warning.innerText();
  assert.match(text, /删除全部快照也放不下/, text);
  assert.doesNotMatch(text, /删除旧的快照/, text);
  assert.match(text, /并非落实台账的数据/, text);
  const still = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('luoshi.snapshot.')));
  assert.deepEqual(still, [`luoshi.snapshot.v1.${YEAR}-01-06`], 'no snapshot dropped for nothing');
  await app.screenshot('guards-full-warning');

  // Undoing the add that overflowed: nothing is left unsaved, and the warning goes.
  await page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await warning.waitFor({ state: 'detached' });
  await page.locator('.topbar').getByText('已保存', { exact: true }).waitFor();
});

test('where IndexedDB cannot be used, the import preview says when the result will not fit', async (t) => {
  const app = await session(t, { indexedDB: false, ignoreErrors: [/QuotaExceeded|exceeded the quota/i] });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const doc = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  await fillStorage(page, 1024);
  const bigger = structuredClone(doc);
  for (let i = 0; i < 300; i += 1) {
    bigger.activities.push({
      id: `a-big-${i}`,
      date: `${YEAR}-04-01`,
      title: `放不下的活动第${i + 1}条：用于估算导入后的大小是否超出浏览器剩余空间`,
      targets: ['t1-08'],
      updated_at: doc.plan.updated_at,
    });
  }
  await pickFile(page, 'bigger.json', JSON.stringify(bigger));
  const room = page.getByTestId('import-room');
  await room.waitFor();
  assert.match(await room.innerText(), /即使删除全部快照也只有约/);
  assert.match(await room.innerText(), /无法保存到浏览器/);
  // Nothing has changed.
  assert.equal((await storedDoc(page)).activities.length, doc.activities.length);
});
