// Evidence as a person uses it: attach a PNG and a PDF (tests/fixtures/evidence/, written by
// Pillow, see make.py there) to an activity, reload and find them (the thumbnail drawn, the
// download byte-identical), export a package, open a fresh browser, import the package and get
// every record and every byte back (SHA-256 checked here in node). A package with a damaged file
// names that file and imports the rest.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { session, storedDocument } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, '..', 'fixtures', 'evidence');
const PNG = path.join(FIXTURES, '签到表.png');
const PDF = path.join(FIXTURES, '会议纪要.pdf');
const DOC_KEY = 'luoshi.doc.v1';
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

/** The entries of a zip archive, by name, as bytes. */
function unzip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  assert.ok(eocd >= 0, 'a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = {};
  for (let i = 0; i < count; i += 1) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    files[name] = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

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
  return { row, panel };
}

/** Downloads the file named `name` from the open panel; its bytes. */
async function downloadFrom(panel, page, name) {
  const item = panel.locator(`li[data-name="${name}"]`);
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByTestId('evidence-download').click()]);
  assert.equal(download.suggestedFilename(), name);
  return fs.readFileSync(await download.path());
}

const png = fs.readFileSync(PNG);
const pdf = fs.readFileSync(PDF);
let exported = null;
let activityId = null;

test('attaches a PNG and a PDF, finds them after a reload, and a package brings every byte back', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  await go(page, '台账');
  activityId = await page.locator('.ledger-table tbody tr').first().getAttribute('data-id');
  const { panel } = await openPanel(page, activityId);
  await page.getByTestId('evidence-file').setInputFiles([PNG, PDF]);
  const doc = await untilStored(
    page,
    (d) => d.activities.find((a) => a.id === activityId)?.evidence?.length === 2,
    'two files on the activity',
  );
  const evidence = doc.activities.find((a) => a.id === activityId).evidence;
  assert.deepEqual(
    evidence.map((e) => [e.name, e.sha256, e.size]).sort(),
    [
      ['会议纪要.pdf', sha(pdf), pdf.length],
      ['签到表.png', sha(png), png.length],
    ],
  );
  await panel.getByTestId('evidence-item').nth(1).waitFor();
  await app.screenshot('evidence-panel');

  await app.reload();
  const again = await openPanel(page, activityId);
  assert.equal((await again.row.locator('button[data-action="evidence"]').textContent()).trim(), '2');
  const thumb = again.panel.locator('img.evidence-thumb');
  await thumb.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth === 96, await thumb.elementHandle());
  assert.equal(sha(await downloadFrom(again.panel, page, '会议纪要.pdf')), sha(pdf));
  assert.equal(sha(await downloadFrom(again.panel, page, '签到表.png')), sha(png));

  await go(page, '数据');
  await page.getByTestId('json-no-files').waitFor();
  await page.getByTestId('files-storage').getByText(/佐证材料文件/).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-package').click()]);
  assert.match(download.suggestedFilename(), /^落实台账-.*\.zip$/);
  exported = fs.readFileSync(await download.path());
  await app.screenshot('evidence-data-view');
  const files = unzip(exported);
  const manifest = JSON.parse(files['manifest.json'].toString('utf8'));
  assert.equal(manifest.files.length, 2);
  for (const f of manifest.files) assert.equal(sha(files[f.path]), f.sha256);
  const inside = JSON.parse(files['luoshi.json'].toString('utf8'));
  assert.equal(inside.activities.length, doc.activities.length);

  // A fresh browser: nothing stored.
  const fresh = await session(t);
  const { page: p2 } = await fresh.open();
  assert.equal(await storedDoc(p2), null);
  await go(p2, '数据');
  await p2.getByTestId('import-package').setInputFiles({ name: 'pkg.zip', mimeType: 'application/zip', buffer: exported });
  const preview = p2.getByTestId('package-preview');
  await preview.getByTestId('package-files').getByText(/新文件 2 个/).waitFor();
  // Nothing changes until confirmed.
  assert.equal((await storedDoc(p2))?.activities?.length ?? 0, 0);
  await fresh.screenshot('evidence-package-preview');
  await preview.getByTestId('package-confirm').click();
  const back = await untilStored(p2, (d) => d.activities.length === doc.activities.length, 'the package merged');
  assert.deepEqual(
    back.activities.map((a) => [a.id, a.title, JSON.stringify(a.evidence)]),
    doc.activities.map((a) => [a.id, a.title, JSON.stringify(a.evidence)]),
  );
  const restored = await openPanel(p2, activityId);
  assert.equal(sha(await downloadFrom(restored.panel, p2, '会议纪要.pdf')), sha(pdf));
  assert.equal(sha(await downloadFrom(restored.panel, p2, '签到表.png')), sha(png));
});

test('a package with a damaged file names it and imports the rest', async (t) => {
  assert.ok(exported, 'the first test exported a package');
  const damaged = Buffer.from(exported);
  // The PDF is stored as is: change one byte of it inside the archive.
  const at = damaged.indexOf(pdf);
  assert.ok(at > 0, 'the PDF is stored uncompressed');
  damaged[at + (pdf.length >> 1)] ^= 0xff;
  const app = await session(t);
  const { page } = await app.open();
  await go(page, '数据');
  await page.getByTestId('import-package').setInputFiles({ name: 'damaged.zip', mimeType: 'application/zip', buffer: damaged });
  const preview = page.getByTestId('package-preview');
  await preview.getByTestId('package-damaged').getByText(/会议纪要\.pdf/).waitFor();
  await preview.getByTestId('package-files').getByText(/新文件 1 个/).waitFor();
  await app.screenshot('evidence-damaged-package');
  await preview.getByTestId('package-confirm').click();
  await untilStored(page, (d) => d.activities.length > 0, 'the package merged');
  const { panel } = await openPanel(page, activityId);
  assert.equal(sha(await downloadFrom(panel, page, '签到表.png')), sha(png));
});

test('a file the browser refuses for lack of room is named; the record keeps its other files', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  // The browser's own answer when its quota is spent, for any Blob over 1 KB (the PDF; not the PNG).
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (value && value.blob && value.blob.size > 1024) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.call(this, value, key);
    };
  });
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').first().getAttribute('data-id');
  const before = (await storedDoc(page)).activities.find((a) => a.id === id);
  const { panel } = await openPanel(page, id);
  await page.getByTestId('evidence-file').setInputFiles([PNG, PDF]);
  await page.getByText(/浏览器存储空间不足，文件“会议纪要\.pdf”未能保存/).waitFor();
  const doc = await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 1, 'the PNG alone');
  const after = doc.activities.find((a) => a.id === id);
  assert.equal(after.evidence[0].name, '签到表.png');
  assert.equal(after.title, before.title);
  await panel.locator('li[data-name="签到表.png"]').waitFor();
  assert.equal(await panel.locator('li[data-name="会议纪要.pdf"]').count(), 0);
});

// A quota smaller than the one the browser reports (set for the origin through the DevTools
// protocol, as a policy would): Chromium's navigator.storage.estimate() still reports the
// nominal one, and only refuses the write. Once refused, the Data view's storage line says the
// quota in force, not the nominal figure.
test('the storage line shows the quota in force once the browser has refused a file', async (t) => {
  // The quota is set before the page first opens its databases (Chromium applies the DevTools
  // override to an origin's IndexedDB opened after it), and no service worker fills it with its
  // cache; the browser still reports its own quota to the page.
  const app = await session(t, { serviceWorkers: 'block' });
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.url).origin, quotaSize: 2 * 1024 * 1024 });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  await go(page, '数据');
  const line = page.getByTestId('files-storage');
  await line.getByText(/浏览器允许/).waitFor();
  const nominal = await line.innerText();
  await app.screenshot('evidence-quota-before', { fullPage: false });

  // A 3 MiB file of random bytes (not compressible) is refused.
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').first().getAttribute('data-id');
  await openPanel(page, id);
  const big = { name: '现场录像截图合集.png', mimeType: 'image/png', buffer: crypto.randomBytes(3 * 1024 * 1024) };
  await page.getByTestId('evidence-file').setInputFiles([big]);
  await page.getByText(/浏览器存储空间不足，文件“现场录像截图合集\.png”未能保存/).waitFor();

  await go(page, '数据');
  await line.getByText(/已拒绝存入文件/).waitFor();
  const said = await line.innerText();
  assert.notEqual(said, nominal);
  assert.match(said, /并未生效/);
  await app.screenshot('evidence-quota-in-force', { fullPage: false });
});
