// The store at a 督查室's size (src/app/sync/indexed/, docs/FORMAT.md "The stored form"):
// thirty units' files of 1,000 activities merged at once on the 报送 page, and a ledger of
// 200,000 activities imported, each reloaded and counted in what IndexedDB holds.
//
// The units' files are exports of the example plan (the app's own 载入示例台账, then each unit's
// activities as a unit's copy of Luoshi writes them); the 200,000-activity file is
// tests/fixtures/v3/complete.json (the format's own fixture) with its activities repeated under
// new ids and dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { session, storedDocument } from './harness.mjs';
import { MARKED_ROWS } from '../../tools/stored_rows.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = JSON.parse(fs.readFileSync(path.join(HERE, '..', 'fixtures', 'v3', 'complete.json'), 'utf8'));

/** In the page: how many activities the document the marker names has in IndexedDB, single
 *  rows and packs alike (tools/stored_rows.mjs); counted in the page, so that 60 MB of rows
 *  stay there. */
async function storedActivities(page) {
  return page.evaluate(`(async () => {
    const rows = await (${MARKED_ROWS})();
    return rows === null ? null : rows.filter(([k]) => k.startsWith('activity/')).length;
  })()`);
}

/** Waits until the store holds `n` activities. */
async function untilActivities(page, n, what, timeout = 120000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const have = await storedActivities(page);
    if (have === n) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${n} stored activities (${what}); found ${have}`);
    await page.waitForTimeout(250);
  }
}

test("thirty units' files of 1,000 activities each, merged at once, are all there after a reload", async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  let example = null;
  for (let k = 0; k < 100 && !(example?.activities.length > 0); k++) {
    example = await storedDocument(page);
    if (!(example?.activities.length > 0)) await page.waitForTimeout(200);
  }
  assert.ok(example?.activities.length > 0, 'the example ledger is stored');
  const year = Number(example.plan.start.slice(0, 4));
  const target = example.activities[0].targets[0];
  const files = Array.from({ length: 30 }, (_, u) => {
    const unit = `第${u + 1}单位`;
    const activities = Array.from({ length: 1000 }, (__, i) => {
      const day = new Date(Date.UTC(year, 0, 1 + (i % 300))).toISOString().slice(0, 10);
      return { id: `u${u}-${i}`, date: day, title: `${unit}专题调研第${i}次`, targets: [target], recorded_by: unit, updated_at: `${day}T18:00:00+08:00` };
    });
    const file = {
      format: example.format,
      version: example.version,
      exported_at: `${year}-11-03T17:00:00+08:00`,
      unit,
      covers: { from: example.plan.start, to: `${year}-11-03` },
      plan: example.plan,
      activities,
      readings: [],
    };
    return { name: `落实台账-${unit}-${year}-11-03.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
  });
  await page.locator('nav').first().getByRole('link', { name: '报送', exact: true }).click();
  await page.getByTestId('consolidate-files').setInputFiles(files);
  const preview = page.getByTestId('consolidate-preview');
  await preview.waitFor({ timeout: 60000 });
  assert.match(await preview.locator('h4').innerText(), /30 个文件/);
  await page.getByTestId('consolidate-apply').click();
  const expected = example.activities.length + 30_000;
  await untilActivities(page, expected, 'the merge');
  await app.reload();
  await untilActivities(page, expected, 'after reload', 10000);
  // The app shows them too: the ledger's total after the reload.
  await page.locator('nav').first().getByRole('link', { name: '台账', exact: true }).click();
  await page.getByTestId('ledger-totals').getByText(new RegExp(`共 ${expected} 条`)).waitFor({ timeout: 60000 });
  assert.equal(app.errors.length, 0);
});

test('a ledger of 200,000 activities is imported, reloaded and all there', async (t) => {
  const app = await session(t);
  const { page } = await app.open('#/data');
  const doc = structuredClone(FIXTURE);
  const base = doc.activities;
  const year = Number(doc.plan.start.slice(0, 4));
  for (let i = doc.activities.length; i < 200_000; i++) {
    const a = structuredClone(base[i % base.length]);
    a.id = `big-${i}`;
    a.date = new Date(Date.UTC(year, 0, 1 + (i % 300))).toISOString().slice(0, 10);
    a.title = `${a.title}（第${i}条）`;
    delete a.evidence;
    doc.activities.push(a);
  }
  // Past what a file handed over as a buffer may be: picked from disk, as a person does.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-200k-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'big.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  await page.locator('#import-file').setInputFiles(file);
  // Another plan's file: opened in place of the (empty) default plan, after its backup.
  const refused = page.getByTestId('import-other-plan');
  await refused.waitFor({ timeout: 120000 });
  await Promise.all([
    page.waitForEvent('download', { timeout: 120000 }),
    refused.getByRole('button', { name: '下载备份并改为打开此文件' }).click(),
  ]);
  await untilActivities(page, 200_000, 'the import', 300000);
  await page.evaluate(() => { location.hash = '#/'; });
  await app.reload();
  await untilActivities(page, 200_000, 'after reload', 10000);
  await page.locator('nav').first().getByRole('link', { name: '台账', exact: true }).click();
  await page.getByTestId('ledger-totals').getByText(/共 200000 条/).waitFor({ timeout: 120000 });
  assert.equal(app.errors.length, 0);
});
