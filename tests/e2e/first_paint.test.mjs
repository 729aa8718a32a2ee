// The first screen painted by the first module before the app's module has arrived
// (src/web/first_paint.rs, src/present/first_screen.rs): it is the app's own first screen,
// element for element, with its controls disabled; the app takes its place without a change;
// links followed meanwhile are honoured; an app module that cannot be fetched says so, keeps the
// figures on screen and mounts on retry.
//
// Each test holds or refuses the app module's requests (luoshi.js, luoshi_bg.wasm) with
// page.route, so the service worker is kept out (it would answer from its cache, which routes
// do not see).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, exampleLoaded } from './harness.mjs';
/** The app module's wasm. */
const APP_PART = '**/luoshi_bg.wasm';
/** The app module: its glue and its wasm. */
const APP_MODULE = '**/luoshi{.js,_bg.wasm}';

/** Holds every request for the app module's wasm until `release()` is called. */
async function holdAppPart(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(APP_PART, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** A session whose document is the example ledger, stored; no service worker. */
async function withExample(t, options) {
  const app = await session(t, { ...options, serviceWorkers: 'block' });
  const { page } = await app.open();
  await page.getByRole('button', { name: '载入示例台账' }).first().click();
  await exampleLoaded(page);
  await page.getByText('已保存', { exact: true }).waitFor();
  return app;
}

/**
 * In the page: the top bar, the notices and the main area under `root`, each as a list of
 * lines (element, its attributes sorted, its text runs, a bar's length), leaving out what the
 * two copies are allowed to differ in: the painted copy's `id="first-paint"`, `aria-busy`,
 * `disabled` and `data-w`/`data-l`, comments the app's renderer leaves, and the charts' slot,
 * which the charts fill after the first paint.
 */
function shape(rootSelector) {
  const root = document.querySelector(rootSelector);
  const skip = new Set(['aria-busy', 'disabled', 'data-w', 'data-l', 'style', 'value']);
  const lines = [];
  const walk = (el, depth) => {
    const attrs = [...el.attributes]
      .filter((a) => !skip.has(a.name) && !(a.name === 'id' && a.value === 'first-paint'))
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort()
      .join(' ');
    const length = el.style.width || el.style.left;
    const value = el.tagName === 'INPUT' ? ` value=${el.value}` : '';
    lines.push(`${' '.repeat(depth)}<${el.tagName.toLowerCase()} ${attrs}>${length ? ` [${length}]` : ''}${value}`);
    if (el.classList.contains('chart-slot')) return;
    let text = '';
    const flush = () => {
      if (text.trim()) lines.push(`${' '.repeat(depth + 1)}"${text}"`);
      text = '';
    };
    for (const n of el.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
      else if (n.nodeType === Node.ELEMENT_NODE) {
        flush();
        walk(n, depth + 1);
      }
    }
    flush();
  };
  for (const part of ['header.topbar', '.banners', 'main']) walk(root.querySelector(part), 0);
  return lines;
}

/** Holds the app part, reloads, and returns the painted copy's shape; then lets the app in
 *  and returns the app's. */
async function paintedThenMounted(app, { screenshot } = {}) {
  const { page } = app;
  const release = await holdAppPart(page);
  await page.reload();
  await page.locator('#first-paint .view-dashboard').waitFor();
  assert.notEqual(await page.evaluate(() => document.documentElement.dataset.luoshi), 'ready');
  // Every control of the copy waits for the app.
  const enabled = await page.locator('#first-paint :is(button, select, input):not([disabled])').count();
  assert.equal(enabled, 0, 'no control of the painted copy can be used');
  if (screenshot) await app.screenshot(screenshot);
  const painted = await page.evaluate(shape, '#first-paint');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready');
  assert.equal(await page.locator('#first-paint').count(), 0, 'the painted copy is gone');
  assert.equal(await page.locator('.app').count(), 1, 'one app on the page');
  const mounted = await page.evaluate(shape, '.app');
  return { painted, mounted };
}

test('the painted first screen is the app\'s own, and the app takes its place unchanged', async (t) => {
  const app = await withExample(t);
  const { painted, mounted } = await paintedThenMounted(app, { screenshot: 'first-paint' });
  assert.ok(painted.length > 200, `the copy has the whole dashboard (${painted.length} lines)`);
  assert.ok(painted.some((l) => l.includes('data-testid="plan-completion"')));
  assert.ok(painted.some((l) => /class="bar-fill".*\[\d/.test(l)), 'the bars have their lengths');
  assert.deepEqual(painted, mounted);
});

test('in English, and with the export reminder, the copy is the app\'s own too', async (t) => {
  const app = await withExample(t);
  const { page } = app;
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Saved', { exact: true }).waitFor();
  // Records first saved ten days ago and never exported: the reminder is due.
  await page.evaluate(() => {
    const key = 'luoshi.settings.v1';
    const s = JSON.parse(localStorage.getItem(key));
    const d = new Date(Date.now() - 10 * 86400000);
    s.since = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    localStorage.setItem(key, JSON.stringify(s));
  });
  const { painted, mounted } = await paintedThenMounted(app, { screenshot: 'first-paint-en' });
  assert.ok(painted.some((l) => l.includes('class="banner banner-reminder"')), 'the reminder is painted');
  assert.ok(painted.some((l) => l.includes('"Plan completion"')));
  assert.deepEqual(painted, mounted);
});

test('a first open paints the default plan under the welcome offer, as the app does', async (t) => {
  const app = await session(t, { serviceWorkers: 'block' });
  const { page } = app;
  const release = await holdAppPart(page);
  await page.goto(app.url);
  await page.locator('#first-paint .banner-welcome').waitFor();
  const painted = await page.evaluate(shape, '#first-paint');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready');
  assert.deepEqual(painted, await page.evaluate(shape, '.app'));
});

test('a link followed on the painted screen is honoured once the app has arrived', async (t) => {
  const app = await withExample(t);
  const { page } = app;
  const release = await holdAppPart(page);
  await page.reload();
  await page.locator('#first-paint').getByRole('link', { name: '台账', exact: true }).click();
  assert.equal(new URL(page.url()).hash, '#/ledger');
  release();
  await page.locator('.view-ledger').waitFor({ timeout: 15000 });
  assert.equal(await page.locator('.view-dashboard').count(), 0);
});

test('an app module that cannot be fetched says so, keeps the figures, and mounts on retry', async (t) => {
  const app = await withExample(t, { ignoreErrors: [/Failed to fetch|luoshi|TypeError|net::ERR_FAILED|module script/] });
  const { page } = app;
  const completion = await page.getByTestId('plan-completion').innerText();
  // Neither the glue nor the wasm arrives, as from a server that lost the app's files.
  await page.route(APP_MODULE, (route) => route.abort());
  await page.reload();
  const failed = page.getByTestId('part-failed');
  await failed.waitFor({ timeout: 15000 });
  assert.match(await failed.innerText(), /未能加载/);
  assert.equal(await page.locator('#first-paint').getByTestId('plan-completion').innerText(), completion);
  await app.screenshot('first-paint-failed', { fullPage: false });
  await page.unroute(APP_MODULE);
  await failed.getByRole('button', { name: '重试' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready', null, { timeout: 15000 });
  assert.equal(await failed.count(), 0);
  assert.equal(await page.getByTestId('plan-completion').innerText(), completion);
  // The app works: the language button now answers.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('Plan completion').first().waitFor();
});
