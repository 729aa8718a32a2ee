// Offline and one file: after one visit the app opens and saves with the server gone (service
// worker), and dist/luoshi.html starts from file:// and keeps what is added across a reload.
// Both run under the Content-Security-Policy of their page: a violation is a console error,
// which fails the test.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, session, fileUrl, startServer, waitForApp } from './harness.mjs';

/** Adds one activity through the ledger's form and waits until the ledger lists it. */
async function addActivity(page, title) {
  await page.locator('nav').first().getByRole('link', { name: /^(台账|Ledger)$/ }).click();
  const form = page.locator('form.add-form');
  await form.waitFor();
  const target = await page.locator('#ledger-target-options option').first().getAttribute('value');
  assert.ok(target, 'the ledger offers no target to link an activity to');
  await form.locator('#add-target').fill(target);
  await form.locator('.f-title input').fill(title);
  await form.locator('button[type=submit]').click();
  await page.getByText(title).first().waitFor({ timeout: 10000 });
}

async function seesActivity(page, title) {
  await page.locator('nav').first().getByRole('link', { name: /^(台账|Ledger)$/ }).click();
  await page.getByText(title).first().waitFor({ timeout: 10000 });
}

/** Resolves once a service worker controls the page (it claims it on first install). */
async function untilControlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

function cspOf(page) {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

test('after one visit the app opens and saves with the server gone', async (t) => {
  const app = await session(t);
  const { page } = await app.open();

  const csp = await cspOf(page);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);

  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    return (await fetch(href)).json();
  });
  assert.equal(manifest.name, '落实台账');
  assert.equal(manifest.lang, 'zh-CN');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'), 'the manifest lists a 512 px icon');

  await untilControlled(page);
  const cdp = await app.context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // 'in-incognito' is the test's fresh browser context, not the app.
  const blocking = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  assert.deepEqual(blocking, [], 'Chromium can install the app');
  await app.server.stop();

  await app.reload();
  const title = '离线时登记的活动';
  await addActivity(page, title);
  await app.reload();
  await seesActivity(page, title);
  await app.screenshot('offline-after-reload');
});

test('the single file starts from file:// and keeps an added activity', async (t) => {
  const app = await session(t, { serve: false });
  const { page } = app;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));

  await page.goto(fileUrl('luoshi.html'));
  await waitForApp(page);
  const csp = await cspOf(page);
  assert.match(csp, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);

  const title = '单文件中登记的活动';
  await addActivity(page, title);
  await page.reload();
  await waitForApp(page);
  await seesActivity(page, title);
  await app.screenshot('single-file-after-reload');

  const outside = requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(outside, [], 'the single file fetched something over the network');
});

test('a new version waits until the page agrees, then takes over with one reload', async (t) => {
  // A copy of dist/ that the test can change, as a new deployment would.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-update-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.cpSync(DIST, root, { recursive: true });
  const server = await startServer({ root });
  t.after(() => server.stop());

  const app = await session(t, { serve: false });
  const { page } = app;
  await page.goto(server.url);
  await waitForApp(page);
  await untilControlled(page);
  const cachesBefore = await page.evaluate(() => caches.keys());
  assert.equal(cachesBefore.length, 1, `one shell cache at first: ${cachesBefore}`);

  const sw = path.join(root, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'next'"));
  await page.evaluate(() => {
    window.luoshiSamePage = true;
    window.luoshiUpdateEvents = 0;
    window.addEventListener('luoshi-update-ready', () => window.luoshiUpdateEvents++);
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(() => document.documentElement.dataset.luoshiUpdate === 'ready');
  assert.equal(await page.evaluate(() => window.luoshiUpdateEvents), 1, 'luoshi-update-ready fired once');
  assert.equal(await page.evaluate(() => window.luoshiSamePage), true, 'the open page was left alone');
  assert.deepEqual(await page.evaluate(() => caches.keys().then((k) => k.sort())), [...cachesBefore, 'luoshi-next'].sort());

  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => window.dispatchEvent(new CustomEvent('luoshi-apply-update'))),
  ]);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.luoshiSamePage), undefined, 'the page reloaded');
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['luoshi-next'], 'the old cache is gone');
});
