// The bundle in two modules and the app's parts (src/web/first_paint.rs, src/app/lazy.rs,
// scripts/build.sh): the critical path fits its budget; each part loads in a few files; a first visit
// fetches only the critical path before the dashboard is painted, every view loads its part and
// works (served, offline after one visit, and from the single file), a part that cannot be
// fetched says so and loads on retry, and the server sends precompressed files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { DIST, session, fileUrl } from './harness.mjs';
import { APP, APP_STYLES, CRITICAL, splitParts } from '../../tools/chunks.mjs';
import { BUDGET, measureSizes } from '../../tools/sizes.mjs';

/** Each view: its link in the navigation (Chinese), the class of its root and its part. */
const VIEWS = [
  { link: '台账', cls: '.view-ledger', part: 'ledger' },
  { link: '指标', cls: '.view-targets', part: 'targets' },
  { link: '计划', cls: '.view-plan', part: 'plan' },
  { link: '数据', cls: '.view-data', part: 'data' },
  { link: '报送', cls: '.view-reporting', part: 'reporting' },
  { link: '报告', cls: '.view-report', part: 'report' },
  { link: '帮助', cls: '.view-help', part: 'help' },
];


/** No service worker, so that the page's requests reach page.route (the worker would answer them
 *  from its cache, which Playwright's routes do not see). The app runs without it, not offline. */
const NO_WORKER = { serviceWorkers: 'block' };

async function visit(page, { link, cls }) {
  await page.locator('nav').first().getByRole('link', { name: link, exact: true }).click();
  await page.locator(cls).first().waitFor({ timeout: 15000 });
}

/** Every view, in turn, shows its content; the report its draft, the ledger its form. */
async function everyViewWorks(page) {
  for (const v of VIEWS) await visit(page, v);
  await visit(page, VIEWS[0]);
  assert.ok(await page.locator('form.add-form').isVisible(), 'the ledger shows its form');
  await visit(page, VIEWS[5]);
  assert.ok((await page.locator('.view-report').innerText()).length > 100, 'the report shows its draft');
  await page.locator('nav').first().getByRole('link', { name: '总览', exact: true }).click();
  await page.locator('.view-dashboard').waitFor();
}

test('the build lists a part for every view and the example ledger', () => {
  const parts = splitParts(DIST);
  for (const name of [...VIEWS.map((v) => v.part), 'history', 'intake', 'example']) {
    assert.ok(parts.has(name), `__wasm_split.js has a loader for ${name}`);
    for (const f of parts.get(name)) assert.ok(fs.existsSync(path.join(DIST, f)), `${f} is in dist/`);
  }
});

test('each part loads in a few files: small shared chunks are in the app module', () => {
  // wasm-split makes a chunk of every set of functions that a different set of parts shares;
  // unmerged, the data view's part needed 140 files, each a request and a module to instantiate
  // (docs/PERFORMANCE.md, "Fewer, larger chunks"). scripts/build.sh merges the small ones.
  const parts = splitParts(DIST);
  for (const [name, files] of parts) {
    assert.ok(files.length <= 16, `the ${name} part loads ${files.length} files (WASM_SPLIT_MERGE_BELOW in scripts/build.sh)`);
  }
  const chunks = fs.readdirSync(DIST).filter((f) => /^chunk_\d+\.wasm$/.test(f));
  assert.ok(chunks.length <= 40, `${chunks.length} shared chunks in dist/`);
});

test('the critical path is within its budget, and the first module holds no Leptos', () => {
  const { critical } = measureSizes(DIST);
  assert.ok(critical.brotli <= BUDGET,
    `the critical path is ${(critical.brotli / 1024).toFixed(1)} KB brotli, over its ${BUDGET / 1024} KB budget (node tools/sizes.mjs dist)`);
  // Leptos's own JavaScript classes and the split loader are the app module's, never the first's.
  const glue = fs.readFileSync(path.join(DIST, 'first.js'), 'utf8');
  assert.doesNotMatch(glue, /IntoUnderlying|__wasm_split/, 'first.js carries the app');
  assert.match(fs.readFileSync(path.join(DIST, 'luoshi.js'), 'utf8'), /IntoUnderlying/, 'luoshi.js is the app');
});

test('a first visit fetches only the critical path before the dashboard is painted', async (t) => {
  const app = await session(t);
  const { page } = app;
  // Marks the frame in which the dashboard is first painted, in the page's own clock.
  await app.context.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (!document.querySelector('.view-dashboard')) return;
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => performance.mark('dashboard-painted'), 0));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(app.url);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-painted').length > 0);
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready');
  const { entries, painted } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('dashboard-painted')[0].startTime,
    entries: performance.getEntriesByType('resource').map((e) => ({
      file: decodeURIComponent(new URL(e.name).pathname).replace(/^\//, ''),
      start: e.startTime,
      end: e.responseEnd,
    })),
  }));
  const code = entries.filter((e) => /\.(wasm|js|css)$/.test(e.file) && e.start < painted);
  const allowed = new Set([...CRITICAL, 'sw.js']);
  const main = entries.find((e) => e.file === 'first_bg.wasm');
  assert.ok(main, 'the first module is fetched');
  // The painted screen needs the critical path only. The app's module (Leptos and the views) is
  // asked for by the first module once it runs, so its files never compete with the critical
  // path's; the screen is painted without waiting for them (tests/e2e/first_paint.test.mjs).
  const appFiles = new Set([...APP, APP_STYLES]);
  for (const e of code.filter((e) => !allowed.has(e.file))) {
    assert.ok(appFiles.has(e.file), `${e.file} fetched in the ${painted.toFixed(0)} ms before the dashboard is not the app's`);
    assert.ok(e.start >= main.end, `${e.file} was asked for at ${e.start.toFixed(0)} ms, before the first module had arrived (${main.end.toFixed(0)} ms)`);
  }
  // Then, when the browser is idle, the parts are fetched ahead of use.
  const report = splitParts(DIST).get('report');
  await page.waitForFunction(
    (files) => files.every((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/' + f))),
    report,
    { timeout: 20000 },
  );
});

test('every view loads its part and works', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await everyViewWorks(page);
  await page.getByRole('button', { name: 'English' }).click();
  await visit(page, { link: 'Report', cls: '.view-report' });
});

test('offline after one visit, every view works', async (t) => {
  const app = await session(t);
  const { page } = await app.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  // The page's own prefetch of the parts ends first: cut mid-file, it would (rightly) log an error.
  const files = [...new Set(VIEWS.flatMap((v) => splitParts(DIST).get(v.part)))];
  await page.waitForFunction(
    (fs) => fs.every((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/' + f) && e.responseEnd > 0)),
    files,
    { timeout: 30000 },
  );
  await page.waitForTimeout(200);
  await app.server.stop();
  await app.reload();
  await everyViewWorks(page);
});

test('the single file from file:// works in every view', async (t) => {
  const app = await session(t, { serve: false });
  const { page } = app;
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(fileUrl('luoshi.html'));
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready');
  await everyViewWorks(page);
  const fetched = requested.filter((u) => !u.startsWith('data:'));
  assert.deepEqual(fetched, [fileUrl('luoshi.html')], 'the single file fetches nothing else');
});

test('a part that cannot be fetched says so, and loads on retry', async (t) => {
  const app = await session(t, { ...NO_WORKER, ignoreErrors: [/Failed to fetch|split_report|TypeError|net::ERR_FAILED/] });
  const { page } = app;
  const own = `**/${splitParts(DIST).get('report').at(-1)}`;
  let refused = 0;
  await page.route(own, (route) => {
    refused += 1;
    return route.abort();
  });
  await app.open();
  // Let the idle prefetch reach the report's part and fail on it first, so that the click below
  // starts a load of its own (a click while the prefetch is still fetching the same part is a
  // separate case, noted in docs/PERFORMANCE.md).
  for (let i = 0; i < 200 && refused === 0; i++) await page.waitForTimeout(50);
  assert.ok(refused > 0, 'the idle prefetch asked for the report part');
  await page.locator('nav').first().getByRole('link', { name: '报告', exact: true }).click();
  const failed = page.getByTestId('part-failed');
  await failed.waitFor({ timeout: 15000 });
  assert.match(await failed.innerText(), /未能加载/);
  await page.unroute(own);
  await failed.getByRole('button', { name: '重试' }).click();
  await page.locator('.view-report').waitFor({ timeout: 15000 });
  assert.equal(await failed.count(), 0);
});

test('a view opened while the prefetch is fetching its part, which then fails, says so and loads on retry', async (t) => {
  const app = await session(t, { ...NO_WORKER, ignoreErrors: [/Failed to fetch|split_report|TypeError|net::ERR_FAILED/] });
  const { page } = app;
  const own = `**/${splitParts(DIST).get('report').at(-1)}`;
  // The first request for the report's part (the idle prefetch's) is held until the view has
  // been opened and is waiting on it; then it and every later one fail.
  let requests = 0;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(own, async (route) => {
    requests += 1;
    if (requests === 1) await held;
    return route.abort();
  });
  await app.open();
  for (let i = 0; i < 200 && requests === 0; i++) await page.waitForTimeout(50);
  assert.equal(requests, 1, 'the idle prefetch asked for the report part');
  await page.locator('nav').first().getByRole('link', { name: '报告', exact: true }).click();
  await page.getByTestId('part-loading').waitFor({ timeout: 15000 });
  release();
  const failed = page.getByTestId('part-failed');
  await failed.waitFor({ timeout: 15000 });
  assert.match(await failed.innerText(), /未能加载/);
  await page.unroute(own);
  await failed.getByRole('button', { name: '重试' }).click();
  await page.locator('.view-report').waitFor({ timeout: 15000 });
  assert.equal(await failed.count(), 0);
});

test('the server sends the precompressed copy the browser accepts', async (t) => {
  const app = await session(t);
  const get = (file, encoding) =>
    new Promise((resolve, reject) => {
      http.get(app.url + file, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  const raw = fs.readFileSync(path.join(DIST, 'luoshi_bg.wasm'));
  const br = await get('luoshi_bg.wasm', 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.deepEqual(br.body, fs.readFileSync(path.join(DIST, 'luoshi_bg.wasm.br')));
  assert.ok(br.body.length < raw.length / 2);
  const gz = await get('luoshi_bg.wasm', 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  const plain = await get('luoshi_bg.wasm', 'identity');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.length, raw.length);
  for (const f of fs.readdirSync(DIST).filter((f) => /\.(wasm|js|css|html)$/.test(f))) {
    assert.ok(fs.existsSync(path.join(DIST, f + '.br')) && fs.existsSync(path.join(DIST, f + '.gz')), `${f} has .br and .gz`);
  }
});
