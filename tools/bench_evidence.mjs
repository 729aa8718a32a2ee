// The evidence figures of the release bundle in dist/, printed, never asserted.
//
//   node tools/bench_evidence.mjs [--runs N]          (after ./x build)
//
// In headless Chromium, on the example ledger:
//   - adding a 20 MB PDF to an activity (picked in its evidence panel) until the panel lists
//     it: read, hashed (SHA-256 in wasm), stored in IndexedDB, the record changed and drawn;
//   - exporting a package of 100 files / 50 MB (attached to one activity first), from the click
//     until the download link is clicked;
//   - importing that package in a fresh browser: from picking it until the preview is painted,
//     then from the confirm click until the preview is gone (files stored, document merged).
// The files are random bytes (incompressible, as photos and PDFs are), with a PDF header.
// Each timing is the median of N runs (default 1).

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedCounts } from './bench_seed.mjs';
import { PAINTED } from './bench_steps.mjs';
import { startStaticServer } from './static-server.mjs';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => (x === undefined ? 'n/a' : `${x.toFixed(0)} ms`);
const goal = (x, g) => (x === undefined ? '' : x <= g ? `(goal ${g} ms: met)` : `(goal ${g} ms: MISSED)`);

function pdfLike(bytes, seed) {
  const b = crypto.createHash('sha256').update(String(seed)).digest();
  const out = Buffer.alloc(bytes);
  crypto.randomFillSync(out);
  Buffer.from('%PDF-1.4\n').copy(out);
  b.copy(out, 16);
  return out;
}

async function open(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready', null, { timeout: 60000 });
  return { context, page };
}

async function openPanel(page) {
  await page.locator('nav').first().getByRole('link', { name: '台账', exact: true }).click();
  await page.locator('.ledger-table tbody tr').first().locator('button[data-action="evidence"]').click();
  await page.getByTestId('evidence-panel').waitFor();
}

/** Hands `files` ({name, b64}) to an input as a user's pick would, then times until `done()`. */
async function pick(page, selector, files, doneJs) {
  await page.evaluate(async ([fs_]) => {
    globalThis.benchFiles = fs_.map(({ name, b64, type }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      return new File([bin], name, { type });
    });
    for (const f of globalThis.benchFiles) await f.arrayBuffer();
  }, [files]);
  return page.evaluate(`(async () => {
    const input = document.querySelector(${JSON.stringify(selector)});
    const dt = new DataTransfer();
    for (const f of globalThis.benchFiles) dt.items.add(f);
    const t0 = performance.now();
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    while (!(${doneJs})()) await new Promise((r) => setTimeout(r, 5));
    return (await (${PAINTED})()) - t0;
  })()`);
}

/** Waits until the example ledger is in the store. */
async function exampleStored(page) {
  for (let k = 0; k < 300; k += 1) {
    const c = await storedCounts(page);
    if (c && c.activity > 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the example ledger was not stored within 30 s');
}

async function main() {
  const server = await startStaticServer({ root: DIST });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  const r = { add: [], exp: [], preview: [], apply: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const { context, page } = await open(browser, server.url);
      await page.getByRole('button', { name: '载入示例台账' }).click();
      await exampleStored(page);
      await openPanel(page);
      const big = pdfLike(20 * 1024 * 1024, run);
      r.add.push(await pick(page, '[data-testid=evidence-file]', [{ name: `大文件${run}.pdf`, b64: big.toString('base64'), type: 'application/pdf' }],
        `() => document.querySelector('[data-testid=evidence-panel] li[data-name="大文件${run}.pdf"]')`));
      await context.close();
      // 100 files, 50 MB in all, on one activity of a fresh browser.
      const { context: c2, page: p2 } = await open(browser, server.url);
      const page_ = p2;
      await page_.getByRole('button', { name: '载入示例台账' }).click();
      await exampleStored(page_);
      await openPanel(page_);
      const files = Array.from({ length: 100 }, (_, i) => ({ name: `扫描件${i}.pdf`, b64: pdfLike(512 * 1024, `${run}-${i}`).toString('base64'), type: 'application/pdf' }));
      await pick(page_, '[data-testid=evidence-file]', files, `() => document.querySelectorAll('[data-testid=evidence-panel] li').length >= 100`);
      await page_.locator('nav').first().getByRole('link', { name: '数据', exact: true }).click();
      await page_.getByTestId('export-package').waitFor();
      await page_.evaluate(() => {
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          if (this.download) globalThis.benchHandedOver = performance.now();
          return click.call(this);
        };
      });
      const [download, ms] = await Promise.all([
        page_.waitForEvent('download', { timeout: 120000 }),
        page_.evaluate(async () => {
          globalThis.benchHandedOver = undefined;
          const t0 = performance.now();
          document.querySelector('[data-testid=export-package]').click();
          while (globalThis.benchHandedOver === undefined) await new Promise((res) => setTimeout(res, 5));
          return globalThis.benchHandedOver - t0;
        }),
      ]);
      r.exp.push(ms);
      const pkg = fs.readFileSync(await download.path());
      if (run === 0) console.log(`  package: 100 files, ${(pkg.length / 1024 / 1024).toFixed(1)} MB`);
      await c2.close();

      const fresh = await open(browser, server.url);
      await fresh.page.locator('nav').first().getByRole('link', { name: '数据', exact: true }).click();
      await fresh.page.getByTestId('import-package').waitFor({ state: 'attached' });
      r.preview.push(await pick(fresh.page, '[data-testid=import-package]', [{ name: 'pkg.zip', b64: pkg.toString('base64'), type: 'application/zip' }],
        `() => document.querySelector('[data-testid=package-preview]')`));
      r.apply.push(await fresh.page.evaluate(`(async () => {
        const t0 = performance.now();
        document.querySelector('[data-testid=package-confirm]').click();
        while (document.querySelector('[data-testid=package-preview]')) await new Promise((res) => setTimeout(res, 5));
        return (await (${PAINTED})()) - t0;
      })()`));
      await fresh.context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const a = median(r.add), e = median(r.exp), p = median(r.preview), ap = median(r.apply);
  console.log(`  add a 20 MB PDF until listed                     ${fmt(a).padStart(9)}  ${goal(a, 1000)}`);
  console.log(`  export a package of 100 files / 50 MB            ${fmt(e).padStart(9)}  ${goal(e, 3000)}`);
  console.log(`  import it: to the preview ${fmt(p)}, applied ${fmt(ap)}  ${fmt(p + ap).padStart(9)}  ${goal(p + ap, 3000)}`);
}

console.log(`\nevidence, in headless Chromium (median of ${runs} run${runs > 1 ? 's' : ''})`);
await main();
