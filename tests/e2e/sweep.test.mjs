// The evidence sweep: ten seconds after a fresh page starts (and every hour after), a stored file
// that no record, snapshot or undo entry names is marked unnamed in IndexedDB; one marked more
// than 30 days ago is deleted. A file stored before the marks existed (`{ blob, at }`) is marked,
// not deleted. When a snapshot cannot be read, nothing is marked or deleted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './harness.mjs';

const OLD_FILE = 'a'.repeat(64);

const DAY_MS = 24 * 3600 * 1000;

/** Stores a file in the app's IndexedDB store as stored an hour ago, named by no record; with
 *  `unnamedDays`, marked unnamed that many days ago. */
async function storeOldFile(page, unnamedDays = null) {
  await page.evaluate(([hash, unnamedSince]) => new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-files', 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains('files')) req.result.createObjectStore('files');
    };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('files', 'readwrite');
      const value = { blob: new Blob(['会议纪要'], { type: 'text/plain' }), at: Date.now() - 3600 * 1000 };
      if (unnamedSince !== null) value.unnamed_since = unnamedSince;
      tx.objectStore('files').put(value, hash);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [OLD_FILE, unnamedDays === null ? null : Date.now() - unnamedDays * DAY_MS]);
}

/** The stored value of `hash` without its blob. */
async function storedValue(page, hash) {
  return page.evaluate((key) => new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-files', 1);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const get = req.result.transaction('files').objectStore('files').get(key);
      get.onsuccess = () => {
        req.result.close();
        const { blob, ...rest } = get.result ?? {};
        resolve(get.result ? { ...rest, size: blob.size } : null);
      };
      get.onerror = () => reject(get.error);
    };
  }), hash);
}

/** The hashes in the app's file store. */
async function storedHashes(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-files', 1);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const keys = db.transaction('files').objectStore('files').getAllKeys();
      keys.onsuccess = () => { db.close(); resolve(keys.result); };
      keys.onerror = () => reject(keys.error);
    };
  }));
}

test('a file no record has named for over 30 days is swept from the file store after start', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await storeOldFile(page, 31);
  await app.reload();
  assert.deepEqual(await storedHashes(page), [OLD_FILE], 'kept until the sweep runs');
  await page.waitForFunction(
    () => new Promise((resolve) => {
      const req = indexedDB.open('luoshi-files', 1);
      req.onsuccess = () => {
        const keys = req.result.transaction('files').objectStore('files').getAllKeys();
        keys.onsuccess = () => { req.result.close(); resolve(keys.result.length === 0); };
      };
    }),
    null,
    { timeout: 30000, polling: 500 },
  );
});

test('an old file never marked is marked unnamed, kept, and listed on the Data page', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await storeOldFile(page);
  await app.reload();
  await page.waitForFunction(
    (key) => new Promise((resolve) => {
      const req = indexedDB.open('luoshi-files', 1);
      req.onsuccess = () => {
        const get = req.result.transaction('files').objectStore('files').get(key);
        get.onsuccess = () => { req.result.close(); resolve(typeof get.result?.unnamed_since === 'number'); };
      };
    }),
    OLD_FILE,
    { timeout: 30000, polling: 500 },
  );
  assert.deepEqual(await storedHashes(page), [OLD_FILE], 'marked, not deleted');
  await page.locator('nav').getByRole('link', { name: '数据' }).click();
  const row = page.getByTestId('pending-files').locator(`tr[data-sha256="${OLD_FILE}"]`);
  await row.waitFor();
  assert.match(await row.textContent(), /名称未记录/);

  // 立即删除 asks first, then deletes.
  await row.getByTestId('pending-delete').click();
  await row.getByTestId('pending-delete-ask').waitFor();
  await row.getByRole('button', { name: '取消' }).click();
  assert.deepEqual(await storedHashes(page), [OLD_FILE]);
  await row.getByTestId('pending-delete').click();
  await row.getByTestId('pending-delete-confirm').click();
  await page.getByTestId('pending-files-none').waitFor();
  assert.deepEqual(await storedHashes(page), []);
});

test('保留 keeps a file waiting to be deleted for another 30 days', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await storeOldFile(page, 20);
  await app.reload();
  await page.locator('nav').getByRole('link', { name: '数据' }).click();
  const row = page.getByTestId('pending-files').locator(`tr[data-sha256="${OLD_FILE}"]`);
  await row.waitFor();
  const marked = (await storedValue(page, OLD_FILE)).unnamed_since;
  assert.ok(Date.now() - marked > 19 * DAY_MS);
  const before = Date.now();
  await row.getByTestId('pending-keep').click();
  await page.locator('.toast').getByText('已保留').waitFor();
  const kept = (await storedValue(page, OLD_FILE)).unnamed_since;
  assert.ok(kept >= before, 'the mark stamped again with now');
  assert.deepEqual(await storedHashes(page), [OLD_FILE]);
});

test('a snapshot that cannot be read stops the sweep: nothing is deleted', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await storeOldFile(page, 31);
  await page.evaluate(() => localStorage.setItem('luoshi.snapshot.v1.2026-01-05', '{"format": "luoshi", "version": 3, "plan": '));
  await app.reload();
  // The sweep runs ten seconds after start; give it time to run and (wrongly) delete.
  await page.waitForTimeout(14000);
  assert.deepEqual(await storedHashes(page), [OLD_FILE]);
  await page.locator('nav').getByRole('link', { name: '数据' }).click();
  assert.match(await page.getByTestId('sweep-stopped').textContent(), /快照无法读取/);
});
