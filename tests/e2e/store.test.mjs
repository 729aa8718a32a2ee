// The document kept in IndexedDB, record by record (src/app/sync/indexed.rs, docs/FORMAT.md
// "The stored form"): the move from an earlier build's localStorage document with every record
// kept and the old copy left; a ledger larger than localStorage could ever hold, imported,
// reloaded and all there; a full browser quota said and recovered from; a newer build in
// another tab stopping this one's writes.
//
// The documents are tests/fixtures/v3/complete.json (the format's own fixture) with its
// activities repeated under new ids and dates, as a 督查室's years of records would be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { session, storedDocument } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = JSON.parse(fs.readFileSync(path.join(HERE, '..', 'fixtures', 'v3', 'complete.json'), 'utf8'));
const DOC_KEY = 'luoshi.doc.v1';
const MARKER_KEY = 'luoshi.store.v1';

/** The fixture with `n` activities: its own, then copies with new ids spread over the year. */
function grown(n) {
  const doc = structuredClone(FIXTURE);
  const base = doc.activities;
  const year = Number(doc.plan.start.slice(0, 4));
  for (let i = doc.activities.length; i < n; i++) {
    const a = structuredClone(base[i % base.length]);
    a.id = `grown-${i}`;
    const day = new Date(Date.UTC(year, 0, 1 + (i % 300)));
    a.date = day.toISOString().slice(0, 10);
    a.title = `${a.title}（第${i}条）`;
    delete a.evidence;
    doc.activities.push(a);
  }
  return doc;
}

/** Waits until the stored document passes `pred`; returns it. */
async function untilStored(page, pred, what) {
  const deadline = Date.now() + 60000;
  for (;;) {
    const doc = await storedDocument(page);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(200);
  }
}

/** The example ledger loaded and saved; the stored document. */
async function exampleStored(page) {
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const doc = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  await page.locator('.topbar').getByText('已保存', { exact: true }).waitFor();
  return doc;
}

/** Waits until the document stored holds `n` activities; returns it. */
async function untilCount(page, n, what) {
  const deadline = Date.now() + 60000;
  for (;;) {
    const doc = await storedDocument(page);
    if (doc && doc.activities.length === n) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${n} stored activities (${what}); found ${doc?.activities.length}`);
    await page.waitForTimeout(200);
  }
}

test("an earlier build's localStorage document moves into IndexedDB with every record, and the old copy stays", async (t) => {
  const app = await session(t);
  const { page } = app;
  const doc = grown(20_000);
  const text = JSON.stringify(doc);
  // Where an earlier build kept it, in the app's own page before any of its scripts runs (a
  // write of 9 MB from another page of the origin does not always reach a new page in time).
  await app.context.addInitScript(([k, v]) => {
    if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
  }, [DOC_KEY, text]);
  await app.open();
  await page.locator('.toast').filter({ hasText: '移入浏览器的 IndexedDB' }).waitFor();

  assert.ok(await page.evaluate((k) => localStorage.getItem(k), MARKER_KEY), 'the marker names the document');
  const moved = await storedDocument(page);
  assert.equal(moved.activities.length, doc.activities.length);
  assert.deepEqual(moved.activities.map((a) => a.id).sort(), doc.activities.map((a) => a.id).sort());
  const byId = new Map(moved.activities.map((a) => [a.id, a]));
  for (const a of doc.activities.slice(0, 50)) assert.equal(byId.get(a.id).title, a.title);
  assert.equal(moved.readings.length, doc.readings.length);
  assert.equal(moved.plan.sections.length, doc.plan.sections.length);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), DOC_KEY), text, 'the localStorage copy is left as it was');

  // The Data view says where the data is; a reload reads it from IndexedDB, with nothing lost.
  await page.goto(`${app.url}#/data`);
  await page.getByTestId('store-place').filter({ hasText: 'IndexedDB' }).waitFor();
  await app.screenshot('store-data-view');
  await app.reload();
  const again = await storedDocument(page);
  assert.equal(again.activities.length, doc.activities.length);
  await page.goto(`${app.url}#/ledger`);
  await page.locator('main').getByText(/20[,，]?000/).first().waitFor();
});

test('a ledger larger than localStorage holds is imported, reloaded and all there', async (t) => {
  const app = await session(t);
  const { page } = await app.open('#/data');
  const doc = grown(40_000);
  const buffer = Buffer.from(JSON.stringify(doc));
  assert.ok(buffer.length > 10 * 1024 * 1024, `the file is past what localStorage holds: ${buffer.length} bytes`);
  await page.locator('#import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer });
  // Another plan's file: opened in place of the (empty) default plan, after its backup.
  const refused = page.getByTestId('import-other-plan');
  await refused.waitFor({ timeout: 60000 });
  await Promise.all([
    page.waitForEvent('download'),
    refused.getByRole('button', { name: '下载备份并改为打开此文件' }).click(),
  ]);
  await untilCount(page, 40_000, 'the import');
  await page.locator('.topbar').getByText('已保存', { exact: true }).waitFor({ timeout: 60000 });
  await app.reload();
  const stored = await untilCount(page, 40_000, 'after reload');
  assert.equal(new Set(stored.activities.map((a) => a.id)).size, 40_000, 'every id once');
  assert.equal(app.errors.length, 0);
});

test('a full browser quota says which change was not saved; freed, a retry saves it', async (t) => {
  // The quota is set before the page first opens its database (Chromium applies the DevTools
  // override to connections opened after it), and no service worker fills it with its cache.
  const app = await session(t, { serviceWorkers: 'block', ignoreErrors: [/QuotaExceeded|quota/i] });
  const cdp = await app.context.newCDPSession(app.page);
  const origin = new URL(app.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_500_000 });
  const { page } = await app.open();
  const before = await exampleStored(page);

  // Someone else's data fills what is left, in ever smaller blocks.
  const filled = await page.evaluate(async () => {
    const db = await new Promise((res, rej) => {
      const q = indexedDB.open('filler');
      q.onupgradeneeded = () => q.result.createObjectStore('blocks');
      q.onsuccess = () => res(q.result);
      q.onerror = () => rej(q.error);
    });
    let n = 0;
    for (let size = 1 << 20; size >= 512; size >>= 1) {
      for (;;) {
        const tx = db.transaction('blocks', 'readwrite');
        tx.objectStore('blocks').put('x'.repeat(size), n);
        const ok = await new Promise((res) => { tx.oncomplete = () => res(true); tx.onabort = () => res(false); });
        if (!ok) break;
        n += 1;
      }
    }
    db.close();
    return n;
  });
  assert.ok(filled > 0, 'storage was filled');

  await page.goto(`${app.url}#/ledger`);
  await page.locator('#add-target').fill('专题培训');
  await page.getByLabel('事项', { exact: true }).first().fill('存储已满时登记的活动');
  await page.evaluate(() => document.querySelector('form.add-form').requestSubmit());
  const warning = page.getByTestId('save-warning');
  await warning.waitFor();
  assert.match(await warning.innerText(), /存储空间已满/);
  assert.match(await warning.innerText(), /此前已保存的数据完好/);
  await page.locator('.topbar').getByText('未保存', { exact: true }).waitFor();
  await app.screenshot('store-quota-warning');
  const still = await storedDocument(page);
  assert.equal(still.activities.length, before.activities.length, 'what was saved is whole');

  // Room again: a retry saves the change, and a reload finds it.
  await page.evaluate(() => new Promise((res, rej) => {
    const q = indexedDB.deleteDatabase('filler');
    q.onsuccess = () => res();
    q.onerror = () => rej(q.error);
  }));
  await warning.getByRole('button', { name: '重试保存' }).click();
  await warning.waitFor({ state: 'detached' });
  await untilCount(page, before.activities.length + 1, 'the retried save');
  await app.reload();
  const after = await storedDocument(page);
  assert.ok(after.activities.some((a) => a.title === '存储已满时登记的活动'));
});

test('a newer build opening the data in another tab stops this tab from writing, and says so', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  const before = await exampleStored(page);

  // Another tab opens the database at a newer version (as a newer build would) and keeps it.
  const other = await app.context.newPage();
  await other.goto(`${app.url}manifest.webmanifest`);
  await other.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-doc', 2);
    req.onsuccess = () => { globalThis.kept = req.result; resolve(); };
    req.onerror = () => reject(req.error);
  }));

  await page.goto(`${app.url}#/ledger`);
  await page.locator('#add-target').fill('专题培训');
  await page.getByLabel('事项', { exact: true }).first().fill('旧版本标签页中的修改');
  await page.evaluate(() => document.querySelector('form.add-form').requestSubmit());
  const warning = page.getByTestId('save-warning');
  await warning.waitFor();
  assert.match(await warning.innerText(), /更新版本/);
  const stored = await storedDocument(other);
  assert.equal(stored.activities.length, before.activities.length, 'the older tab wrote nothing');
});

test('a row that cannot be read sets that record aside; every other loads, and the row is kept', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  const before = await exampleStored(page);
  const victim = before.activities[3].id;
  // Spoil that activity's row: its date made impossible, as a damaged disk or a bad tool might.
  // The row is where the app keeps it: its own row, or its entry in the last pack that holds
  // it (src/store/pack.rs).
  const key = await page.evaluate(async (id) => {
    const docId = JSON.parse(localStorage.getItem('luoshi.store.v1')).doc;
    const prefix = `luoshi/${new TextEncoder().encode(docId).length}:${docId}/`;
    const key = `${prefix}activity/${id}`;
    const spoil = (text) => { const row = JSON.parse(text); row.r.date = '2026-02-30'; return JSON.stringify(row); };
    const db = await new Promise((res, rej) => { const q = indexedDB.open('luoshi-doc'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
    const st = db.transaction('rows', 'readwrite').objectStore('rows');
    const done = (q) => new Promise((res) => { q.onsuccess = () => res(q.result); });
    const single = await done(st.get(key));
    if (single !== undefined) {
      st.put(spoil(single), key);
    } else {
      const packs = IDBKeyRange.bound(`${prefix}pack/`, `${prefix}pack/\uffff`);
      const [keys, values] = [await done(st.getAllKeys(packs)), await done(st.getAll(packs))];
      const at = values.findLastIndex((v) => v.split('\n').includes(key));
      const lines = values[at].split('\n');
      const i = lines.indexOf(key);
      lines[i + 1] = spoil(lines[i + 1]);
      st.put(lines.join('\n'), keys[at]);
    }
    await new Promise((res) => { st.transaction.oncomplete = res; });
    db.close();
    return key;
  }, victim);
  await app.reload();
  const notice = page.getByTestId('recovery-notice');
  await notice.filter({ hasText: '1 条记录无法读取' }).waitFor();
  await app.screenshot('store-row-set-aside');
  // A change saved afterwards leaves the spoilt row where it was.
  await page.goto(`${app.url}#/ledger`);
  await page.locator('#add-target').fill('专题培训');
  await page.getByLabel('事项', { exact: true }).first().fill('坏行之后登记的活动');
  await page.evaluate(() => document.querySelector('form.add-form').requestSubmit());
  const after = await untilStored(page, (d) => d.activities.some((a) => a.title === '坏行之后登记的活动'), 'the add after the bad row');
  assert.equal(after.activities.filter((a) => a.id === victim).length, 1, 'the spoilt row is still stored');
  assert.ok(key.includes(victim));
});

test('without IndexedDB the app says so and keeps the document in localStorage', async (t) => {
  const app = await session(t, { indexedDB: false });
  const { page } = await app.open();
  await page.locator('.toast').filter({ hasText: '不能使用浏览器的 IndexedDB' }).waitFor();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await page.locator('.topbar').getByText('已保存', { exact: true }).waitFor();
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('luoshi.doc.v1') ?? '{"activities":[]}').activities.length > 0));
  const raw = await page.evaluate(() => localStorage.getItem('luoshi.doc.v1'));
  assert.ok(raw && JSON.parse(raw).activities.length > 0, 'the document is in localStorage');
  await page.goto(`${app.url}#/data`);
  await page.getByTestId('store-place').filter({ hasText: 'IndexedDB' }).waitFor();
  await app.reload();
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('luoshi.doc.v1'))).activities.length, JSON.parse(raw).activities.length);
});

/** In the page: adds the activity titled `title` from the ledger's form (filled), and resolves
 *  to when (performance.now(), from the submit) its row was first in the page and when the
 *  transaction writing it committed. `hold` (ms): another connection keeps a readwrite
 *  transaction on the store busy that long first, so this write waits behind it. */
async function addTimed(page, title, hold) {
  return page.evaluate(async ({ title, hold }) => {
    if (hold) {
      const db = await new Promise((res, rej) => {
        const q = indexedDB.open('luoshi-doc');
        q.onsuccess = () => res(q.result);
        q.onerror = () => rej(q.error);
      });
      const tx = db.transaction('rows', 'readwrite');
      const st = tx.objectStore('rows');
      const until = performance.now() + hold;
      // Requests one after another keep the transaction from committing until `until`.
      const spin = () => { if (performance.now() < until) st.get('nothing').onsuccess = spin; };
      spin();
      tx.oncomplete = () => db.close();
    }
    const put = IDBObjectStore.prototype.put;
    const t = {};
    const committed = new Promise((resolve) => {
      IDBObjectStore.prototype.put = function (value, key) {
        const req = put.call(this, value, key);
        const tx = this.transaction;
        if (typeof value === 'string' && value.includes(title) && !tx.watched) {
          tx.watched = true;
          tx.addEventListener('complete', () => { t.committed = performance.now() - t0; resolve(); });
        }
        return req;
      };
    });
    const shown = new Promise((resolve) => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('.view-ledger table')?.textContent.includes(title)) {
          t.shown = performance.now() - t0;
          obs.disconnect();
          resolve();
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    document.querySelector('form.add-form').requestSubmit();
    await Promise.all([committed, shown]);
    IDBObjectStore.prototype.put = put;
    return t;
  }, { title, hold });
}

test('an added activity is shown once its write has committed, or a moment later if the write waits', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await exampleStored(page);
  await page.goto(`${app.url}#/ledger`);
  const add = async (title, hold) => {
    await page.locator('#add-target').fill('专题培训');
    await page.getByLabel('事项', { exact: true }).first().fill(title);
    return addTimed(page, title, hold);
  };

  // What the page shows of a change is what is saved: the row appears after its commit.
  const plain = await add('提交后才显示的活动', 0);
  assert.ok(plain.shown >= plain.committed, `shown at ${plain.shown} ms, committed at ${plain.committed} ms`);

  // Another connection's long write holds this one up: the row is shown before that ends.
  const held = await add('等待写入时也显示的活动', 400);
  assert.ok(held.committed >= 400, `the write waited behind the other (committed at ${held.committed} ms)`);
  assert.ok(held.shown < held.committed, `shown at ${held.shown} ms, before the commit at ${held.committed} ms`);
  await page.locator('.topbar').getByText('已保存', { exact: true }).waitFor();

  await app.reload();
  const stored = await storedDocument(page);
  for (const title of ['提交后才显示的活动', '等待写入时也显示的活动']) {
    assert.ok(stored.activities.some((a) => a.title === title), `${title} is kept`);
  }
});
