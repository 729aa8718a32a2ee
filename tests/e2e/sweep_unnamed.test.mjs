// The evidence sweep deletes only what is provably unnamed. A PDF (tests/fixtures/evidence/, written
// by Pillow, see make.py there) is attached to a record of the example ledger and its stored time
// set an hour back, past the ten minutes that protect a file just stored. Then:
// (a) the stored document is made unreadable — version 99, or cut in half — and the app left idle
//     past its sweep (ten seconds after start): the file is still stored, the Data view says why
//     nothing is swept, and once the original document is put back the record's file downloads
//     byte-identical;
// (b) tab A deletes the record, tab B opens and idles past its sweep, tab A undoes: the record's
//     file downloads byte-identical.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { session, storedDocument, storeAsEarlierBuild } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PDF_PATH = path.join(HERE, '..', 'fixtures', 'evidence', '会议纪要.pdf');
const PDF = fs.readFileSync(PDF_PATH);
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const DOC_KEY = 'luoshi.doc.v1';
// The sweep runs ten seconds after a fresh start; this leaves it time to run and (wrongly) delete.
const PAST_THE_SWEEP_MS = 14000;

async function storedDoc(page) {
  return storedDocument(page);
}

async function untilStored(page, pred, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const doc = await storedDoc(page);
    if (doc && pred(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the stored document: ${what}`);
    await page.waitForTimeout(100);
  }
}

async function go(page, name) {
  await page.locator('nav').getByRole('link', { name }).click();
}

/** Opens the evidence panel of activity `id` from its ledger row. */
async function openPanel(page, id) {
  await go(page, '台账');
  const row = page.locator(`.ledger-table tbody tr[data-id="${id}"]`);
  await row.locator('button[data-action="evidence"]').click();
  const panel = page.getByTestId('evidence-panel');
  await panel.waitFor();
  return panel;
}

/** Downloads the PDF from activity `id`'s panel; its bytes. */
async function downloadPdf(page, id) {
  const panel = await openPanel(page, id);
  const item = panel.locator('li[data-name="会议纪要.pdf"]');
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByTestId('evidence-download').click()]);
  return fs.readFileSync(await download.path());
}

/** The hashes in the app's file store. */
async function storedHashes(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-files');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const keys = db.transaction('files').objectStore('files').getAllKeys();
      keys.onsuccess = () => { db.close(); resolve(keys.result); };
      keys.onerror = () => reject(keys.error);
    };
  }));
}

/** Sets the stored time of file `hash` an hour back, keeping the rest of its value. */
async function ageFile(page, hash) {
  await page.evaluate((key) => new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-files');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('files', 'readwrite');
      const st = tx.objectStore('files');
      const get = st.get(key);
      get.onsuccess = () => {
        const value = get.result;
        value.at = Date.now() - 3600 * 1000;
        st.put(value, key);
      };
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), hash);
}

/** The example ledger with the PDF on its first activity, the file aged; the activity's id. */
async function ledgerWithPdf(page) {
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').first().getAttribute('data-id');
  await openPanel(page, id);
  await page.getByTestId('evidence-file').setInputFiles([PDF_PATH]);
  await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 1, 'the PDF on the record');
  assert.deepEqual(await storedHashes(page), [sha(PDF)]);
  await ageFile(page, sha(PDF));
  return id;
}

for (const [what, spoil] of [
  ['written by a newer version (99)', (raw) => JSON.stringify({ ...JSON.parse(raw), version: 99 })],
  ['cut in half', (raw) => raw.slice(0, Math.floor(raw.length / 2))],
]) {
  test(`a stored document ${what} stops the sweep; put back, its file downloads byte-identical`, async (t) => {
    const app = await session(t, { ignoreErrors: [/evidence files not swept/] });
    const { page } = await app.open();
    const id = await ledgerWithPdf(page);
    const original = await storedDocument(page).then((d) => (d === null ? null : JSON.stringify(d)));

    await storeAsEarlierBuild(page, spoil(original));
    await app.reload();
    await page.getByText('无法读取').first().waitFor();
    await page.waitForTimeout(PAST_THE_SWEEP_MS);
    assert.deepEqual(await storedHashes(page), [sha(PDF)], 'the file is still stored');
    await go(page, '数据');
    const stopped = page.getByTestId('sweep-stopped');
    await stopped.waitFor();
    assert.match(await stopped.textContent(), /无法读取|更新版本/);

    // The original document back, the unreadable copy dealt with.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('luoshi.recovery.v1')) localStorage.removeItem(k);
    });
    await storeAsEarlierBuild(page, original);
    await app.reload();
    assert.equal(sha(await downloadPdf(page, id)), sha(PDF));
  });
}

test('a record deleted in tab A, tab B idle past its sweep, undone in A: its file downloads byte-identical', async (t) => {
  const app = await session(t);
  const { page: a } = await app.open();
  const id = await ledgerWithPdf(a);
  await go(a, '台账');
  await a.locator(`.ledger-table tbody tr[data-id="${id}"] button[data-action="delete"]`).click();
  await untilStored(a, (d) => !d.activities.some((x) => x.id === id), 'the record deleted');

  const b = await app.context.newPage();
  await b.goto(app.url);
  await b.locator('nav').waitFor();
  await b.waitForTimeout(PAST_THE_SWEEP_MS);
  assert.deepEqual(await storedHashes(b), [sha(PDF)], 'tab B deleted nothing');
  await go(b, '数据');
  const waiting = b.getByTestId('pending-files');
  await waiting.getByText('会议纪要.pdf').waitFor();
  await b.screenshot({ path: path.join(HERE, '..', 'artifacts', 'sweep-pending-files.png'), fullPage: true });

  await a.bringToFront();
  await a.evaluate(() => document.activeElement?.blur());
  await a.keyboard.press('Control+z');
  await untilStored(a, (d) => d.activities.some((x) => x.id === id && x.evidence.length === 1), 'the record back');
  assert.equal(sha(await downloadPdf(a, id)), sha(PDF));
});
