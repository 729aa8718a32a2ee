// The Excel workbook as a person uses it: export the example's .xlsx from the Data view and
// open it (a small zip reader on node's own zlib: the workbook's parts are read as Excel reads
// them); import a workbook into an empty ledger through the preview and see the rows in the
// ledger; import a workbook kept the way an office keeps it (tests/fixtures/xlsx/
// office_ledger.xlsx) and see what was noticed and which rows were refused.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { session, storedDocument } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_LEDGER = path.join(HERE, '..', 'fixtures', 'xlsx', 'office_ledger.xlsx');
const DOC_KEY = 'luoshi.doc.v1';

/** The entries of a zip archive, by name, inflated: enough of the format to read a workbook. */
function unzip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  assert.ok(eocd >= 0, 'a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = {};
  for (let i = 0; i < count; i += 1) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    files[name] = (method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8');
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const unescape = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text of every cell of a sheet part, by reference ("A2"), shared strings resolved. */
function cells(files, sheetPart) {
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    unescape([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
  );
  const out = {};
  for (const m of files[sheetPart].matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const [, ref, attrs, body = ''] = m;
    const v = /<v>(.*?)<\/v>/s.exec(body)?.[1];
    const s = /\bs="(\d+)"/.exec(attrs)?.[1] ?? '0';
    const text = /\bt="s"/.test(attrs) ? shared[Number(v)] : v;
    out[ref] = { text, style: Number(s) };
  }
  return out;
}

async function openData(page) {
  await page.locator('nav').getByRole('link', { name: /^(数据|Data)$/ }).click();
  await page.locator('.view-data').waitFor();
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

async function exportExample(t) {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).click();
  const doc = await untilStored(page, (d) => d.activities.length > 0, 'the example ledger');
  await openData(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel 工作簿（.xlsx）' }).click(),
  ]);
  await app.screenshot('xlsx-data-view');
  return { download, doc, bytes: fs.readFileSync(await download.path()) };
}

test('exports the example as a workbook with the ledger and the coloured figures', async (t) => {
  const { download, doc, bytes } = await exportExample(t);
  assert.match(download.suggestedFilename(), /^落实台账-市政府办公室-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const files = unzip(bytes);
  const sheets = [...files['xl/workbook.xml'].matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(sheets, ['台账', '指标进度']);

  const ledger = cells(files, 'xl/worksheets/sheet1.xml');
  const headers = 'ABCDEFGHI'.split('').map((c) => ledger[`${c}2`].text);
  assert.deepEqual(headers, ['序号', '日期', '事项', '计入指标', '数量', '人员', '牵头处室', '备注', '佐证材料']);
  const rows = Object.keys(ledger).filter((r) => /^C\d+$/.test(r) && Number(r.slice(1)) > 2);
  assert.equal(rows.length, doc.activities.length);
  const first = [...doc.activities].sort((a, b) => (a.date + a.id < b.date + b.id ? -1 : 1))[0];
  assert.equal(ledger.C3.text, first.title);
  // The date is a number (an Excel date) shown with a date format.
  const [y, m, d] = first.date.split('-').map(Number);
  const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
  assert.equal(Number(ledger.B3.text), serial);

  const styles = files['xl/styles.xml'];
  const xfs = [...styles.split('<cellXfs')[1].split('</cellXfs>')[0].matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
  const numFmt = (style) => {
    const id = /numFmtId="(\d+)"/.exec(xfs[style])[1];
    return new RegExp(`numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1];
  };
  assert.equal(numFmt(ledger.B3.style), 'yyyy-mm-dd');

  const figures = cells(files, 'xl/worksheets/sheet2.xml');
  assert.equal(figures.H2.text, '状态');
  assert.equal(numFmt(figures.F3.style), '0.0%');
  const fills = styles.split('<fills')[1].split('</fills>')[0].split('<fill>').slice(1);
  const fillOf = (style) => /fgColor rgb="([0-9A-F]+)"/.exec(fills[Number(/fillId="(\d+)"/.exec(xfs[style])[1])])?.[1];
  const byStatus = {};
  for (const [ref, cell] of Object.entries(figures)) {
    if (/^H\d+$/.test(ref) && Number(ref.slice(1)) > 2) byStatus[cell.text] = fillOf(cell.style);
  }
  if (byStatus['正常']) assert.equal(byStatus['正常'], 'FFC6EFCE');
  if (byStatus['滞后']) assert.equal(byStatus['滞后'], 'FFFFEB9C');
  if (byStatus['严重滞后']) assert.equal(byStatus['严重滞后'], 'FFFFC7CE');
  assert.ok(Object.keys(byStatus).length >= 3, `several statuses: ${JSON.stringify(byStatus)}`);
  assert.ok(files['xl/worksheets/sheet2.xml'].includes('state="frozen"'));
});

test('imports a workbook into an empty ledger through the preview', async (t) => {
  const { bytes, doc } = await exportExample(t);
  const app = await session(t);
  const { page } = await app.open();
  await openData(page);
  await page.locator('#import-xlsx').setInputFiles({
    name: '示例台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await page.locator('#import-preview').waitFor();
  await page.getByTestId('xlsx-notes').getByText('读取工作表“台账”，表头在第 2 行。').waitFor();
  assert.match(await page.getByTestId('csv-summary').textContent(), new RegExp(`${doc.activities.length}`));
  await page.locator('#import-preview').getByRole('button', { name: /导入/ }).click();
  const stored = await untilStored(page, (d) => d.activities.length === doc.activities.length, 'the imported rows');
  const titles = (ds) => ds.map((a) => `${a.date} ${a.title} ${a.quantity}`).sort();
  assert.deepEqual(titles(stored.activities), titles(doc.activities));
  await page.locator('nav').getByRole('link', { name: '台账' }).click();
  // The ledger opens on the latest activities.
  const latest = [...doc.activities].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  await page.getByText(latest.title).first().waitFor();
});

test('reads a ledger kept the way an office keeps it and says what it noticed', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await openData(page);
  await page.locator('#import-xlsx').setInputFiles(OFFICE_LEDGER);
  await page.locator('#import-preview').waitFor();
  const notes = page.getByTestId('xlsx-notes');
  await notes.getByText('读取工作表“2026年台账”，表头在第 3 行。').waitFor();
  await notes.getByText(/隐藏的工作表未读取：“说明”/).waitFor();
  await notes.getByText(/有 1 个单元格是公式（F5）/).waitFor();
  await notes.getByText(/C6 读作/).waitFor();
  const bad = page.getByTestId('csv-bad-rows');
  await bad.getByText('F 数量').waitFor();
  await bad.getByText(/#N\/A/).waitFor();
  await bad.getByText(/四月中旬/).waitFor();
  await app.screenshot('xlsx-import-preview');
  // Refusing changes nothing.
  await page.locator('#import-preview').getByRole('button', { name: '取消' }).click();
  const stored = await storedDoc(page);
  assert.equal(stored?.activities?.length ?? 0, 0);
});

test('a file that is not a workbook is refused with a clear message', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await openData(page);
  await page.locator('#import-xlsx').setInputFiles({
    name: '台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('日期,事项\n2026-03-05,学习\n'),
  });
  const refused = page.getByTestId('import-refused');
  await refused.getByText(/不是 Excel 工作簿/).waitFor();
  await refused.getByText('数据没有任何改动。').waitFor();
});
