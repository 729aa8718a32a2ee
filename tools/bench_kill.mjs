// What survives a browser killed outright right after an edit: the release bundle in dist/,
// served on loopback, in Debian's Chromium started by hand with its own profile directory.
// Each round adds one activity, waits `--delay` ms (default 10), SIGKILLs the browser, starts it
// again on the same profile and reads the stored document back (IndexedDB, as the app reads
// it). Prints how many of the rounds' activities were kept. Printed, never asserted.
//
//   node tools/bench_kill.mjs [--rounds 20] [--delay 10]        (after ./x build)

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { MARKED_ROWS } from './stored_rows.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opts = { rounds: 20, delay: 10 };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--rounds') opts.rounds = Number(process.argv[++i]);
  else if (process.argv[i] === '--delay') opts.delay = Number(process.argv[++i]);
  else throw new Error(`unknown argument: ${process.argv[i]}`);
}

let port = 9300 + Math.floor(Math.random() * 500);

/** Chromium on `profile`, with its DevTools port; the process and a connected Browser. */
async function start(profile) {
  port += 1;
  const proc = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank'],
  { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      return { proc, browser };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('Chromium did not start');
}

/** Titles of the activities stored, read from IndexedDB as the app keeps them (single rows and
 *  packs alike, tools/stored_rows.mjs). */
async function storedTitles(page) {
  return page.evaluate(`(async () => {
    const rows = await (${MARKED_ROWS})();
    if (rows === null) return JSON.parse(localStorage.getItem('luoshi.doc.v1') ?? '{"activities":[]}').activities.map((a) => a.title);
    return rows.filter(([k]) => k.startsWith('activity/')).map(([, v]) => JSON.parse(v).r.title);
  })()`);
}

async function main() {
  const server = await startStaticServer({ root: path.join(ROOT, 'dist') });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-kill-'));
  let { proc, browser } = await start(profile);
  let page = browser.contexts()[0].pages()[0] ?? await browser.contexts()[0].newPage();
  await page.goto(`${server.url}#/ledger`);
  await page.waitForSelector('html[data-luoshi=ready]');
  const added = [];
  let kept = 0;
  for (let round = 0; round < opts.rounds; round++) {
    const title = `被强行关闭前登记第${round + 1}条`;
    added.push(title);
    await page.locator('#add-target').fill('专题培训');
    await page.getByLabel('事项', { exact: true }).first().fill(title);
    await page.evaluate(() => document.querySelector('form.add-form').requestSubmit());
    await new Promise((r) => setTimeout(r, opts.delay));
    proc.kill('SIGKILL');
    await new Promise((r) => proc.once('exit', r));
    ({ proc, browser } = await start(profile));
    page = browser.contexts()[0].pages()[0] ?? await browser.contexts()[0].newPage();
    await page.goto(`${server.url}#/ledger`);
    await page.waitForSelector('html[data-luoshi=ready]');
    const titles = await storedTitles(page);
    if (titles.includes(title)) kept += 1;
  }
  const titles = await storedTitles(page);
  console.log(`browser killed ${opts.delay} ms after adding an activity: ${kept} of ${opts.rounds} kept`
    + ` (all rounds together: ${added.filter((t) => titles.includes(t)).length} of ${added.length} stored at the end)`);
  proc.kill('SIGKILL');
  await server.stop();
  await new Promise((r) => proc.once('exit', r));
  // A killed browser's helper processes may still write to its profile for a moment.
  for (let attempt = 1; ; attempt++) {
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
      break;
    } catch (e) {
      if (attempt === 5) {
        console.log(`  (the killed browser's profile ${profile} could not be removed: ${e.code})`);
        break;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

await main();
