// The evidence sweep: ten seconds after a fresh page starts, stored files that no record and no
// snapshot names, and that were stored more than ten minutes ago, are deleted from IndexedDB.
// When a snapshot cannot be read, nothing is deleted: the files it may name are not unnamed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session } from './harness.mjs';

const OLD_FILE = 'a'.repeat(64);

/** Stores a file in the app's IndexedDB store as stored an hour ago, named by no record. */
async function storeOldFile(page) {
  await page.evaluate((hash) => new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-files', 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains('files')) req.result.createObjectStore('files');
    };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('files', 'readwrite');
      tx.objectStore('files').put({ blob: new Blob(['会议纪要'], { type: 'text/plain' }), at: Date.now() - 3600 * 1000 }, hash);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), OLD_FILE);
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

test('an old file no record names is swept from the file store after start', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await storeOldFile(page);
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

test('a snapshot that cannot be read stops the sweep: nothing is deleted', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await storeOldFile(page);
  await page.evaluate(() => localStorage.setItem('luoshi.snapshot.v1.2026-01-05', '{"format": "luoshi", "version": 3, "plan": '));
  await app.reload();
  // The sweep runs ten seconds after start; give it time to run and (wrongly) delete.
  await page.waitForTimeout(14000);
  assert.deepEqual(await storedHashes(page), [OLD_FILE]);
});
