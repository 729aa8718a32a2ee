// The other ways evidence arrives, as a browser delivers them: files dropped on a ledger row and
// on the row being edited, an image pasted from the clipboard into the evidence panel, evidence
// on a ratio target's readings (attach, list, open, remove with undo), and a package (.zip)
// dropped on the page or picked with the document import going to the package's preview.
// Drops and pastes are the browser's own DragEvent and ClipboardEvent, carrying a DataTransfer
// with File objects made in the page from the fixtures (tests/fixtures/evidence/, written by
// Pillow, see make.py there). After each, the page is reloaded and the files found again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { session, storedDocument } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, '..', 'fixtures', 'evidence');
const PNG = fs.readFileSync(path.join(FIXTURES, '签到表.png'));
const PDF = fs.readFileSync(path.join(FIXTURES, '会议纪要.pdf'));
const JPG = fs.readFileSync(path.join(FIXTURES, '培训现场.jpg'));
const DOC_KEY = 'luoshi.doc.v1';
const sha = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

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

async function withExample(t) {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  await untilStored(page, (d) => d.activities.length > 0 && d.readings.length > 0, 'the example ledger');
  return { app, page };
}

/** Dispatches, on the element `selector`, the browser's `kind` event ('drop' or 'paste') carrying
 *  `files` ({ name, type, buf }) in a DataTransfer; whether the app took it (preventDefault). */
async function deliver(page, selector, kind, files) {
  const list = files.map((f) => ({ name: f.name, type: f.type, b64: f.buf.toString('base64') }));
  return page.evaluate(([sel, k, fs_]) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element ${sel}`);
    const dt = new DataTransfer();
    for (const f of fs_) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    let e;
    if (k === 'paste') {
      e = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt });
    } else {
      el.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      e = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt });
    }
    el.dispatchEvent(e);
    return e.defaultPrevented;
  }, [selector, kind, list]);
}

/** Downloads the file named `name` from the open panel; its bytes. */
async function downloadFrom(panel, page, name) {
  const item = panel.locator(`li[data-name="${name}"]`);
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByTestId('evidence-download').click()]);
  assert.equal(download.suggestedFilename(), name);
  return fs.readFileSync(await download.path());
}

async function openLedgerPanel(page, id) {
  await go(page, '台账');
  const row = page.locator(`.ledger-table tbody tr[data-id="${id}"]`);
  await row.locator('button[data-action="evidence"]').click();
  const panel = page.getByTestId('evidence-panel');
  await panel.waitFor();
  return { row, panel };
}

test('files dropped on a ledger row are attached to its activity and found after a reload', async (t) => {
  const { app, page } = await withExample(t);
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').nth(2).getAttribute('data-id');
  const before = (await storedDoc(page)).activities.find((a) => a.id === id);
  const taken = await deliver(page, `.ledger-table tbody tr[data-id="${id}"] td.col-title`, 'drop', [
    { name: '会议纪要.pdf', type: 'application/pdf', buf: PDF },
    { name: '签到表.png', type: 'image/png', buf: PNG },
  ]);
  assert.ok(taken, 'the row takes the drop');
  const doc = await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 2, 'two files on the row');
  const after = doc.activities.find((a) => a.id === id);
  assert.deepEqual(after.evidence.map((e) => [e.name, e.sha256]).sort(), [['会议纪要.pdf', sha(PDF)], ['签到表.png', sha(PNG)]]);
  assert.equal(after.title, before.title);
  // The drop did not open the import: the page stays on the ledger, no preview anywhere.
  assert.equal(await page.locator('.view-ledger').count(), 1);
  assert.equal(await page.locator('.drop-overlay').count(), 0);
  const row = page.locator(`.ledger-table tbody tr[data-id="${id}"]`);
  await row.locator('button[data-action="evidence"]', { hasText: /^\s*2\s*$/ }).waitFor();

  await app.reload();
  const { panel } = await openLedgerPanel(page, id);
  assert.equal(sha(await downloadFrom(panel, page, '会议纪要.pdf')), sha(PDF));
  assert.equal(sha(await downloadFrom(panel, page, '签到表.png')), sha(PNG));
  await panel.locator('img.evidence-thumb').waitFor();
});

test('a file dropped on the row being edited is attached; the edit stays open and saving keeps it', async (t) => {
  const { app, page } = await withExample(t);
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').first().getAttribute('data-id');
  await page.locator(`.ledger-table tbody tr[data-id="${id}"] button[data-action="edit"]`).click();
  const editing = page.locator('.ledger-table tr.editing');
  await editing.waitFor();
  await editing.getByLabel('备注').fill('拖入材料时正在编辑');
  assert.ok(await deliver(page, '.ledger-table tr.editing', 'drop', [{ name: '培训现场.jpg', type: 'image/jpeg', buf: JPG }]));
  await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 1, 'the photo on the record');
  // The row is still being edited, with what was typed.
  assert.equal(await editing.getByLabel('备注').inputValue(), '拖入材料时正在编辑');
  await editing.getByRole('button', { name: '保存' }).click();
  const doc = await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.notes === '拖入材料时正在编辑', 'the edit saved');
  const a = doc.activities.find((x) => x.id === id);
  assert.deepEqual(a.evidence.map((e) => [e.name, e.sha256]), [['培训现场.jpg', sha(JPG)]]);

  await app.reload();
  const { panel } = await openLedgerPanel(page, id);
  assert.equal(sha(await downloadFrom(panel, page, '培训现场.jpg')), sha(JPG));
});

test('an image pasted from the clipboard into the evidence panel is attached and found after a reload', async (t) => {
  const { app, page } = await withExample(t);
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').nth(1).getAttribute('data-id');
  const { panel } = await openLedgerPanel(page, id);
  await panel.focus();
  // A screenshot pasted from the clipboard arrives as an unnamed PNG.
  assert.ok(await deliver(page, '[data-testid=evidence-panel]', 'paste', [{ name: '', type: 'image/png', buf: PNG }]));
  const doc = await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 1, 'the pasted image');
  const e = doc.activities.find((a) => a.id === id).evidence[0];
  assert.equal(e.sha256, sha(PNG));
  assert.equal(e.mime, 'image/png');
  await panel.getByTestId('evidence-item').waitFor();
  // Pasting text is left to the text box.
  const text = await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '市府办〔2026〕12号');
    const ev = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt });
    document.querySelector('#evidence-reference').dispatchEvent(ev);
    return ev.defaultPrevented;
  });
  assert.equal(text, false);

  await app.reload();
  const again = await openLedgerPanel(page, id);
  assert.equal(sha(await downloadFrom(again.panel, page, e.name)), sha(PNG));
  await again.panel.locator('img.evidence-thumb').waitFor();
});

test('a reading of a ratio target opens the same evidence panel: attach, list, open, remove and undo', async (t) => {
  const { app, page } = await withExample(t);
  await page.goto(`${app.url}#/targets/t3-04`);
  const row = page.locator('tr[data-reading="r-0002"]');
  await row.waitFor();
  await row.locator('button[data-action="evidence"]').click();
  const panel = page.getByTestId('evidence-panel');
  await panel.waitFor();
  await page.getByTestId('evidence-file').setInputFiles({ name: '会议纪要.pdf', mimeType: 'application/pdf', buffer: PDF });
  await untilStored(page, (d) => d.readings.find((r) => r.id === 'r-0002')?.evidence?.length === 1, 'the PDF on the reading');
  await panel.locator('li[data-name="会议纪要.pdf"]').waitFor();
  await row.locator('button[data-action="evidence"]', { hasText: /^\s*1\s*$/ }).waitFor();
  // A drop on another reading's row attaches to that reading.
  assert.ok(await deliver(page, 'tr[data-reading="r-0006"]', 'drop', [{ name: '签到表.png', type: 'image/png', buf: PNG }]));
  await untilStored(page, (d) => d.readings.find((r) => r.id === 'r-0006')?.evidence?.length === 1, 'the PNG on the second reading');
  // The target page's list names both.
  const listed = page.getByTestId('target-evidence');
  await listed.getByText('会议纪要.pdf').waitFor();
  await listed.getByText('签到表.png').waitFor();
  await app.screenshot('evidence-reading-panel');

  await app.reload();
  await page.locator('tr[data-reading="r-0002"] button[data-action="evidence"]').click();
  const again = page.getByTestId('evidence-panel');
  assert.equal(sha(await downloadFrom(again, page, '会议纪要.pdf')), sha(PDF));
  await again.locator('li[data-name="会议纪要.pdf"]').getByRole('button', { name: '移除' }).click();
  // A record without evidence is written without the field.
  await untilStored(page, (d) => (d.readings.find((r) => r.id === 'r-0002')?.evidence ?? []).length === 0, 'the PDF removed');
  assert.equal(await again.locator('li[data-name="会议纪要.pdf"]').count(), 0);
  await page.locator('.toast').getByRole('button', { name: '撤销' }).last().click();
  const back = await untilStored(page, (d) => d.readings.find((r) => r.id === 'r-0002')?.evidence?.length === 1, 'the removal undone');
  assert.equal(back.readings.find((r) => r.id === 'r-0002').evidence[0].sha256, sha(PDF));
  await again.locator('li[data-name="会议纪要.pdf"]').waitFor();
  // The bytes were never dropped: the file opens again.
  assert.equal(sha(await downloadFrom(again, page, '会议纪要.pdf')), sha(PDF));
});

/** A package of the example ledger with one file, exported from a page. */
async function examplePackage(t) {
  const { page } = await withExample(t);
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').first().getAttribute('data-id');
  await deliver(page, `.ledger-table tbody tr[data-id="${id}"]`, 'drop', [{ name: '签到表.png', type: 'image/png', buf: PNG }]);
  await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 1, 'the PNG on the row');
  await go(page, '数据');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-package').click()]);
  return { id, bytes: fs.readFileSync(await download.path()) };
}

test('a package dropped on the page, or picked with the document import, opens the package preview', async (t) => {
  const pkg = await examplePackage(t);

  // Dropped on the dashboard of a fresh browser.
  const app = await session(t);
  const { page } = await app.open();
  assert.ok(await deliver(page, 'main', 'drop', [{ name: '落实台账-数据包.zip', type: 'application/zip', buf: pkg.bytes }]));
  const preview = page.getByTestId('package-preview');
  await preview.getByTestId('package-files').getByText(/新文件 1 个/).waitFor();
  assert.equal(await page.getByTestId('import-refused').count(), 0);
  assert.equal((await storedDoc(page))?.activities?.length ?? 0, 0, 'nothing changes before the confirmation');
  await preview.getByTestId('package-confirm').click();
  const doc = await untilStored(page, (d) => d.activities.find((a) => a.id === pkg.id)?.evidence?.length === 1, 'the package merged');
  assert.equal(doc.activities.find((a) => a.id === pkg.id).evidence[0].sha256, sha(PNG));
  await app.reload();
  const { panel } = await openLedgerPanel(page, pkg.id);
  assert.equal(sha(await downloadFrom(panel, page, '签到表.png')), sha(PNG));

  // Picked with the JSON/CSV import control of another fresh browser (a type the browser does not name).
  const other = await session(t);
  const { page: p2 } = await other.open();
  await go(p2, '数据');
  await p2.locator('#import-file').setInputFiles({ name: 'unit-package.ZIP', mimeType: 'application/octet-stream', buffer: pkg.bytes });
  await p2.getByTestId('package-preview').getByTestId('package-files').getByText(/新文件 1 个/).waitFor();
  assert.equal(await p2.getByTestId('import-refused').count(), 0);
  assert.equal(await p2.getByTestId('import-preview').count(), 0);

  // A damaged archive dropped on the page is named and refused; nothing changes.
  const broken = Buffer.from(pkg.bytes.subarray(0, 200));
  assert.ok(await deliver(p2, 'main', 'drop', [{ name: '坏的.zip', type: 'application/zip', buf: broken }]));
  await p2.getByText(/坏的\.zip/).first().waitFor();
  assert.equal((await storedDoc(p2))?.activities?.length ?? 0, 0);
});

test('pasted screenshots get distinct names from the moment; the same file twice is kept once and said', async (t) => {
  const { app, page } = await withExample(t);
  await go(page, '台账');
  const id = await page.locator('.ledger-table tbody tr').nth(3).getAttribute('data-id');
  const { panel } = await openLedgerPanel(page, id);
  await panel.focus();
  // Chrome names every pasted image "image.png": two different screenshots, one paste each.
  assert.ok(await deliver(page, '[data-testid=evidence-panel]', 'paste', [{ name: 'image.png', type: 'image/png', buf: PNG }]));
  await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 1, 'the first screenshot');
  assert.ok(await deliver(page, '[data-testid=evidence-panel]', 'paste', [{ name: 'image.png', type: 'image/jpeg', buf: JPG }]));
  let doc = await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 2, 'the second screenshot');
  const names = doc.activities.find((a) => a.id === id).evidence.map((e) => e.name);
  assert.equal(new Set(names).size, 2, `distinct names: ${names}`);
  for (const n of names) assert.match(n, /^截图-\d{8}-\d{6}(-\d+)?\.(png|jpg)$/, n);
  assert.ok(!names.includes('image.png'));

  // The first screenshot pasted again (same bytes): not a third entry, and a warning says so.
  assert.ok(await deliver(page, '[data-testid=evidence-panel]', 'paste', [{ name: 'image.png', type: 'image/png', buf: PNG }]));
  await page.locator('.toast-warning').getByText(new RegExp(`与本条已有的“${names[0].replace(/[.]/g, '\\.')}”是同一个文件，未重复添加`)).waitFor();
  // The same file dropped twice in one drop: one entry more, not two.
  assert.ok(await deliver(page, '[data-testid=evidence-panel]', 'drop', [
    { name: '会议纪要.pdf', type: 'application/pdf', buf: PDF },
    { name: '会议纪要（副本）.pdf', type: 'application/pdf', buf: PDF },
  ]));
  doc = await untilStored(page, (d) => d.activities.find((a) => a.id === id)?.evidence?.length === 3, 'the PDF once');
  await page.getByText('“会议纪要（副本）.pdf”与本条已有的“会议纪要.pdf”是同一个文件，未重复添加').waitFor();
  const after = doc.activities.find((a) => a.id === id).evidence;
  assert.deepEqual(after.map((e) => e.sha256).sort(), [sha(PNG), sha(JPG), sha(PDF)].sort());
  await app.screenshot('evidence-screenshot-names');

  // The ledger's 佐证材料 column and the panel after a reload name them apart.
  await app.reload();
  const again = await openLedgerPanel(page, id);
  for (const n of names) await again.panel.locator(`li[data-name="${n}"]`).waitFor();
});
