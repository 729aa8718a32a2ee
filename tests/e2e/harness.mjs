// End-to-end test harness: the release bundle in dist/, served on loopback, driven in
// Debian's headless Chromium through playwright-core, run by `node --test tests/e2e/`.
//
// `./x test` builds dist/ first; to rerun only the browser tests after `./x build`:
//   node --test tests/e2e/              (all)      node --test tests/e2e/ledger.test.mjs   (one)
//
// API
// ---
//   session(t, options?) -> Promise<App>
//     The usual entry point. Starts a static server for dist/ on a free loopback port,
//     launches Chromium, opens a fresh context (empty storage) and one page, and watches
//     it for errors. Registers cleanup with t.after(): closes everything and FAILS THE TEST
//     if the page logged any console error or threw an uncaught error (a Rust panic shows
//     as both). Options:
//       ignoreErrors: RegExp[]   console/page error texts that are expected (default []).
//       viewport: { width, height }          (default 1280 x 800).
//       locale: string                        (default 'zh-CN').
//       serve: false             no server (for file:// tests); app.url is then null.
//       indexedDB: false         the page has no IndexedDB: the document stays in localStorage.
//       serviceWorkers: 'block'  no service worker (default 'allow'). Tests that refuse or
//                                hold the app's files with page.route need it: a worker
//                                answers from its cache, which page.route never sees (and
//                                routing sw.js away does not keep it from installing).
//
//   App (what session() returns):
//     app.page                  the Playwright Page.
//     app.context, app.browser  the BrowserContext and Browser.
//     app.url                   the server's base URL, ending in '/', e.g. http://127.0.0.1:40123/
//     app.server                { url, port, stop(), restart() } — stop() drops the server and
//                               every open connection (to test offline use); restart() comes
//                               back on the same port.
//     app.errors                array of { kind: 'console' | 'page' | 'http', text } seen so far
//                               ('http': a response with status >= 400, with its URL).
//     await app.open(path = '') navigates to app.url + path and waits for the app to mount.
//     await app.reload()        reloads and waits for the app to mount again.
//     await app.screenshot(name, { fullPage = true }?) writes tests/artifacts/<name>.png; returns
//                               the path. fullPage: false keeps only the first screen (viewport).
//     app.assertNoErrors()      throws now if any unexpected error was seen (also run at cleanup).
//
//   Lower-level helpers, for tests that need them:
//     DIST, ARTIFACTS                          absolute paths of dist/ and tests/artifacts/.
//     CHROMIUM_PATH, CHROMIUM_ARGS             the browser and its headless flags.
//     startServer({ root = DIST, port = 0 })   -> { url, port, stop(), restart() }.
//     launchBrowser()                          -> Playwright Browser (headless Debian Chromium).
//     watchErrors(page, errors)                appends console errors, page errors and HTTP >= 400
//                                              responses to `errors`.
//     waitForApp(page, { timeout = 20000 })    resolves when the app has mounted: <html> has
//                                              data-luoshi="ready" (set by start.js once the wasm
//                                              has started) and a <nav> is visible. Throws with
//                                              the reason when start-up failed.
//     screenshot(page, name, { fullPage })     as app.screenshot.
//     fileUrl(relPath)                         file:// URL of a path under dist/, e.g. 'luoshi.html'.
//     exampleLoaded(page)                      resolves once the example ledger is in the document
//                                              (its code is a part loaded on demand, so the click
//                                              alone does not mean it is there yet).
//
// Example:
//   import { test } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { session } from './harness.mjs';
//
//   test('the ledger lists activities', async (t) => {
//     const app = await session(t);
//     const { page } = await app.open();
//     await page.getByRole('link', { name: '台账' }).click();
//     assert.ok(await page.locator('table').isVisible());
//     await app.screenshot('ledger');
//   });

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../tools/static-server.mjs';
import { markedRows } from '../../tools/stored_rows.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function startServer({ root = DIST, port = 0 } = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run ./x build first`);
  }
  return startStaticServer({ root, port });
}

export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium chromium-driver`);
  }
  // Playwright gives every launch a new empty --user-data-dir of its own.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export function watchErrors(page, errors) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push({ kind: 'console', text: msg.text() });
  });
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push({ kind: 'http', text: `${res.status()} ${res.url()}` });
  });
  page.on('pageerror', (err) => {
    errors.push({ kind: 'page', text: String(err && err.stack ? err.stack : err) });
  });
  return errors;
}

export async function waitForApp(page, { timeout = 20000 } = {}) {
  const state = await page
    .waitForFunction(
      () => {
        const s = document.documentElement.dataset.luoshi;
        return s === 'ready' || s === 'failed' ? s : false;
      },
      null,
      { timeout },
    )
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
  if (state === 'failed') {
    const why = await page.evaluate(() => document.documentElement.dataset.luoshiError || '');
    throw new Error(`the app failed to start: ${why}`);
  }
  if (state === 'timeout') {
    throw new Error(`the app did not start within ${timeout} ms (no data-luoshi="ready" on <html>)`);
  }
  await page.locator('nav').first().waitFor({ state: 'visible', timeout });
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

export function fileUrl(relPath) {
  return pathToFileURL(path.join(DIST, relPath)).href;
}

function unexpected(errors, ignore) {
  return errors.filter((e) => !ignore.some((re) => re.test(e.text)));
}

export async function session(t, options = {}) {
  const {
    ignoreErrors = [],
    viewport = { width: 1280, height: 800 },
    locale = 'zh-CN',
    serve = true,
    serviceWorkers = 'allow',
    indexedDB = true,
  } = options;
  const server = serve ? await startServer() : null;
  const browser = await launchBrowser().catch(async (e) => {
    if (server) await server.stop();
    throw e;
  });
  const context = await browser.newContext({ viewport, locale, serviceWorkers });
  // The split bundle has more files than the browser's default resource-timing buffer (250
  // entries) holds; tests that wait for a part's file in the timeline need every entry.
  await context.addInitScript(() => performance.setResourceTimingBufferSize(5000));
  // A context without IndexedDB (as some file:// pages and locked-down browsers are): the
  // document stays in localStorage.
  if (!indexedDB) await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  const page = await context.newPage();
  const errors = watchErrors(page, []);

  const app = {
    page,
    context,
    browser,
    server,
    url: server ? server.url : null,
    errors,
    async open(rel = '') {
      if (!server) throw new Error('session(t, { serve: false }) has no server: use page.goto(fileUrl(...))');
      await page.goto(server.url + rel);
      await waitForApp(page);
      return app;
    },
    async reload() {
      await page.reload();
      await waitForApp(page);
      return app;
    },
    screenshot: (name, options) => screenshot(page, name, options),
    assertNoErrors() {
      const bad = unexpected(errors, ignoreErrors);
      if (bad.length > 0) {
        const list = bad.map((e) => `  [${e.kind}] ${e.text}`).join('\n');
        throw new Error(`the page reported ${bad.length} error(s):\n${list}`);
      }
    },
  };

  t.after(async () => {
    await browser.close().catch(() => {});
    if (server) await server.stop();
    app.assertNoErrors();
  });
  return app;
}

/** Resolves once the example ledger, asked for by a click, is in the document: the app says so in
 *  a notice. Its code is a part loaded on demand, so the dashboard may still show the empty
 *  ledger's figures for a moment after the click. */
export async function exampleLoaded(page) {
  await page.getByText('已载入示例台账。', { exact: true }).first().waitFor({ timeout: 20000 });
}

// The stored document as the exchange format writes it ({ unit, plan, activities, readings,
// reports, notices, tombstones }), or null when nothing is stored. Read the way the app reads
// it: from IndexedDB (database `luoshi-doc`, store `rows`) when localStorage's marker
// `luoshi.store.v1` names a document kept there, else from localStorage's `luoshi.doc.v1`.
// Rows (docs/FORMAT.md, "The stored form"): `luoshi/<n>:<doc>/<kind>/<id>`, records single or
// many to a row (tools/stored_rows.mjs unpacks them); the plan's head row { unit, plan,
// sections: [ids] }, one row per section, one { n, r } row per record.
export async function storedDocument(page) {
  const rows = await markedRows(page);
  if (rows === null) {
    const raw = await page.evaluate(() => localStorage.getItem('luoshi.doc.v1'));
    return raw === null ? null : JSON.parse(raw);
  }
  if (rows.length === 0) return null;
  const byKind = {};
  rows.forEach(([rest, value]) => {
    const slash = rest.indexOf('/');
    const kind = rest.slice(0, slash);
    (byKind[kind] ||= []).push([rest.slice(slash + 1), JSON.parse(value)]);
  });
  const plan = byKind.plan || [];
  const head = plan.find(([id]) => id === 'plan')?.[1];
  // No plan stored: no document (the app never writes rows without one).
  if (!head) return null;
  const section = (id) => plan.find(([rid]) => rid === `s:${id}`)?.[1];
  const day = { activity: 'date', reading: 'date', report: 'sent', notice: 'issued' };
  const records = (kind) => (byKind[kind] || [])
    .map(([, v]) => v)
    .sort((a, b) => (a.r[day[kind]] < b.r[day[kind]] ? -1 : a.r[day[kind]] > b.r[day[kind]] ? 1 : (a.n ?? 0) - (b.n ?? 0)))
    .map((v) => v.r);
  const meta = (byKind.meta || [])[0]?.[1];
  return {
    format: 'luoshi',
    version: meta?.format ?? 3,
    unit: head?.unit ?? '',
    plan: head ? { ...head.plan, sections: head.sections.map(section).filter(Boolean) } : null,
    activities: records('activity'),
    readings: records('reading'),
    reports: records('report'),
    notices: records('notice'),
    tombstones: (byKind.tombstone || []).map(([, v]) => v),
  };
}

// The restore point of `day` (YYYY-MM-DD) of the document kept in IndexedDB, parsed, or null.
export async function storedSnapshot(page, day) {
  return page.evaluate(async (d) => {
    const marker = localStorage.getItem('luoshi.store.v1');
    if (marker === null) return null;
    const docId = JSON.parse(marker).doc;
    const key = `luoshi-snapshot/${new TextEncoder().encode(docId).length}:${docId}/${d}`;
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('luoshi-doc');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const req = db.transaction('rows', 'readonly').objectStore('rows').get(key);
      const v = await new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
      return v === undefined ? null : JSON.parse(v);
    } finally {
      db.close();
    }
  }, day);
}

// Puts `raw` where an earlier build kept the document (localStorage's `luoshi.doc.v1`), with
// no document in IndexedDB: the next start reads it from there, as the first start of this
// build after an earlier one does (and keeps it aside if it cannot be read).
export async function storeAsEarlierBuild(page, raw) {
  await page.evaluate(async (text) => {
    localStorage.removeItem('luoshi.store.v1');
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase('luoshi-doc');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    localStorage.setItem('luoshi.doc.v1', text);
  }, raw);
}
