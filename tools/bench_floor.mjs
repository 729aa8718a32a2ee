// The first visit's floor on this machine: how long the browser itself takes to show the same
// first screen when no module has to be fetched, compiled or run. `./x bench` prints it beside
// the first visit, so that the 300 ms goal can be read against what any page costs here.
//
// The first screen is taken from the bundle itself: the dashboard as the first module paints it
// from the same stored document (the app's module refused, so that the painted copy stays), saved
// as a static page with the same stylesheet. Two pages are then timed in fresh browser contexts,
// the document in storage as for the first visit (tools/bench_seed.mjs), from navigation until
// the dashboard's heading is presented (its Element Timing entry, as the bench times the app):
//   - the static page alone;
//   - the static page hidden until a script has read the rows the first module paints from
//     (the meta and summary rows and the plan's rows, from IndexedDB), as the first module must.
//
// Module API: measureFloor({ dist, seed, runs, args }) -> { staticPage: ms[], withRead: ms[], notes: [] }

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { seededContext } from './bench_seed.mjs';
import { markDashboardPresented } from './bench_steps.mjs';
import { startStaticServer } from './static-server.mjs';

/** The dashboard's HTML as the first module paints it from `seed`, scripts and the
 *  Content-Security-Policy taken out (the bar lengths it sets through the DOM stay as style
 *  attributes). */
async function paintedFirstScreen(browser, dist, seed) {
  const server = await startStaticServer({ root: dist });
  const context = await seededContext(browser, server.url, seed, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.route('**/luoshi.js', (route) => route.abort());
    await page.goto(server.url);
    await page.locator('#first-paint').waitFor({ timeout: 30000 });
    const html = await page.evaluate(() => {
      document.getElementById('app-failed')?.remove();
      return `<!doctype html>\n${document.documentElement.outerHTML}`;
    });
    return html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
      // The app's stylesheet, linked by the first module once its frame was shown.
      .replace(/<link rel="stylesheet" href="style\/app.css">/, '')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  } finally {
    await context.close();
    await server.stop();
  }
}

/** Navigation until the dashboard's heading is presented, in a fresh context. The page that
 *  reads the rows must have found the summary and the plan's rows. */
async function presented(browser, url, seed) {
  const t = await presentedOnce(browser, url, seed);
  if (t.read !== null && !(t.read > 1)) throw new Error(`the page read ${t.read} rows: no summary and plan`);
  return t.ms;
}

async function presentedOnce(browser, url, seed) {
  const context = await seededContext(browser, url, seed, { serviceWorkers: 'block' });
  try {
    await context.addInitScript(markDashboardPresented, 'floor-painted');
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('floor-painted').length > 0, null, { timeout: 30000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('floor-painted')[0].startTime);
    const read = url.endsWith('read.html') ? await page.evaluate(() => window.luoshiFloorRead) : null;
    return { ms, read };
  } finally {
    await context.close();
  }
}

/** In the floor's page: reads what the first module paints from, then shows the page and sets
 *  `luoshiFloorRead` to the number of rows read. */
function readRows() {
  const doc = JSON.parse(localStorage.getItem('luoshi.store.v1')).doc;
  const prefix = `luoshi/${new TextEncoder().encode(doc).length}:${doc}/`;
  const req = indexedDB.open('luoshi-doc');
  req.onsuccess = () => {
    const store = req.result.transaction('rows', 'readonly').objectStore('rows');
    store.get(`${prefix}meta/`);
    const summary = store.get(`${prefix}summary/`);
    const plan = store.getAll(IDBKeyRange.bound(`${prefix}plan/`, `${prefix}plan/\uffff`));
    plan.onsuccess = () => {
      window.luoshiFloorRead = plan.result.length + (summary.result === undefined ? 0 : 1);
      document.getElementById('floor-hidden').remove();
    };
  };
}

export async function measureFloor({ dist, seed, runs, args }) {
  const r = { staticPage: [], withRead: [], notes: [] };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-floor-'));
  let server = null;
  try {
    const html = await paintedFirstScreen(browser, dist, seed);
    fs.mkdirSync(path.join(dir, 'style'));
    fs.copyFileSync(path.join(dist, 'style', 'main.css'), path.join(dir, 'style', 'main.css'));
    for (const f of ['icon.svg', 'manifest.webmanifest']) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    // A classic script in the head, fetched like the bundle's scripts: it reads the summary row
    // and the plan's rows of the document the marker names, and only then shows the page.
    fs.writeFileSync(path.join(dir, 'read.js'), `(${readRows.toString()})();\n`);
    fs.writeFileSync(path.join(dir, 'read.html'), html.replace('</head>', '<style id="floor-hidden">body{visibility:hidden}</style><script src="read.js"></script></head>'));
    server = await startStaticServer({ root: dir });
    for (let run = 0; run < runs; run++) {
      r.staticPage.push(await presented(browser, server.url, seed));
      r.withRead.push(await presented(browser, `${server.url}read.html`, seed));
    }
  } catch (e) {
    r.notes.push(`floor: ${String(e.message || e).split('\n')[0]}`);
  } finally {
    if (server) await server.stop();
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return r;
}
