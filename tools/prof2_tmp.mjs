import { exampleDocument, heavyDocument } from './bench_docs.mjs';
import { makeSeed, seededContext } from './bench_seed.mjs';
import { withBrowser } from './bench_store.mjs';
import fs from 'node:fs';
const N = Number(process.argv[2] || 10000);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const doc = heavyDocument(exampleDocument(), N);
const seed = await withBrowser('dist', ARGS, (b, u) => makeSeed(b, u, doc));
await withBrowser('dist', ARGS, async (browser, url) => {
  for (let run = 0; run < 2; run++) {
  const context = await seededContext(browser, url, seed);
  await context.addInitScript(() => {
    new MutationObserver((_, obs) => { if (document.documentElement.dataset.luoshi === 'ready') { obs.disconnect(); performance.mark('ready'); } }).observe(document.documentElement, { attributes: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready', null, { timeout: 120000 });
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync(`/tmp/prof/first${run}.cpuprofile`, JSON.stringify(profile));
  const t = await page.evaluate(() => ({ ready: performance.getEntriesByName('ready')[0]?.startTime, res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]) }));
  console.log(JSON.stringify(t));
  await context.close();
  }
});
