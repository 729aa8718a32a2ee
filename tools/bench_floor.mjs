// The first visit's floor on this machine: how long the browser itself takes to show the same
// first screen when no module has to be fetched, compiled or run. `./x bench` prints it beside
// the first visit, so that the 300 ms goal can be read against what any page costs here.
//
// The first screen is taken from the bundle itself: the dashboard as the first module paints it
// from the same stored document (the app's module refused, so that the painted copy stays), saved
// as a static page with the same stylesheet. Two pages are then timed in fresh browser contexts,
// the document in storage as for the first visit, from navigation until the dashboard's heading
// is presented (its Element Timing entry, as the bench times the app):
//   - the static page alone;
//   - the static page with a script that reads the stored document, as the first module must
//     (the browser loads the origin's whole storage on its first access).
//
// Module API: measureFloor({ dist, docText, docKey, runs, args }) -> { staticPage: ms[], withRead: ms[], notes: [] }

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { markDashboardPresented } from './bench_steps.mjs';
import { startStaticServer } from './static-server.mjs';

function contextOptions(url, docKey, docText) {
  return {
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    storageState: { cookies: [], origins: [{ origin: new URL(url).origin, localStorage: [{ name: docKey, value: docText }] }] },
  };
}

/** The dashboard's HTML as the first module paints it from `docText`, scripts and the
 *  Content-Security-Policy taken out (the bar lengths it sets through the DOM stay as style
 *  attributes). */
async function paintedFirstScreen(browser, dist, docKey, docText) {
  const server = await startStaticServer({ root: dist });
  const context = await browser.newContext(contextOptions(server.url, docKey, docText));
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
 *  reads the document must have read all of it: a context whose storage did not receive it (seen
 *  now and then) is closed and the visit made again, at most three times. */
async function presented(browser, url, docKey, docText) {
  for (let attempt = 1; ; attempt++) {
    const t = await presentedOnce(browser, url, docKey, docText);
    if (t.read === null || t.read === docText.length) return t.ms;
    if (attempt === 3) throw new Error(`the page read ${t.read} characters of ${docText.length} in 3 contexts`);
  }
}

async function presentedOnce(browser, url, docKey, docText) {
  const context = await browser.newContext(contextOptions(url, docKey, docText));
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

export async function measureFloor({ dist, docText, docKey, runs, args }) {
  const r = { staticPage: [], withRead: [], notes: [] };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-floor-'));
  let server = null;
  try {
    const html = await paintedFirstScreen(browser, dist, docKey, docText);
    fs.mkdirSync(path.join(dir, 'style'));
    fs.copyFileSync(path.join(dist, 'style', 'main.css'), path.join(dir, 'style', 'main.css'));
    for (const f of ['icon.svg', 'manifest.webmanifest']) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    // A classic script in the head, fetched like the bundle's scripts: it reads the document.
    fs.writeFileSync(path.join(dir, 'read.js'), `window.luoshiFloorRead = (localStorage.getItem(${JSON.stringify(docKey)}) || '').length;\n`);
    fs.writeFileSync(path.join(dir, 'read.html'), html.replace('</head>', '<script src="read.js"></script></head>'));
    server = await startStaticServer({ root: dir });
    for (let run = 0; run < runs; run++) {
      r.staticPage.push(await presented(browser, server.url, docKey, docText));
      r.withRead.push(await presented(browser, `${server.url}read.html`, docKey, docText));
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
