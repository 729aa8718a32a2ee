// Lighthouse's scores of the release bundle in dist/, printed, never asserted.
//
//   node tools/bench_lighthouse.mjs          (after ./x build)
//
// Serves dist/ with tools/static-server.mjs (the server `./x serve` uses: precompressed .br/.gz
// by Accept-Encoding) and runs Lighthouse's mobile preset (simulated slow 4G and a 4× slower
// CPU) and its desktop preset against the first visit of an empty browser: the default plan,
// every part prefetched after the first paint as a real first visit does. Lighthouse itself is
// the npm package pinned in package.json; Chromium is Debian's.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from './static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const AUDITS = [
  ['first-contentful-paint', 'first contentful paint'],
  ['largest-contentful-paint', 'largest contentful paint'],
  ['total-blocking-time', 'total blocking time'],
  ['interactive', 'time to interactive'],
  ['total-byte-weight', 'bytes transferred'],
];

async function run(url, port, config) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
  return result.lhr;
}

async function main() {
  const server = await startStaticServer({ root: DIST });
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const presets = [['mobile', undefined], ['desktop', desktopConfig]];
    const lhrs = [];
    for (const [name, config] of presets) lhrs.push([name, await run(server.url, chrome.port, config)]);
    console.log(`\nLighthouse ${lhrs[0][1].lighthouseVersion} against the bundle served as by ./x serve (first visit, default plan)`);
    for (const [name, lhr] of lhrs) {
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      const goal = name === 'mobile' ? '  (goal 90 / 100 / 100: ' + (scores[0] >= 90 && scores[1] === 100 && scores[2] === 100 ? 'met)' : 'MISSED)') : '';
      console.log(`  ${name.padEnd(8)} performance / accessibility / best practices   ${scores.join(' / ')}${goal}`);
      for (const [id, label] of AUDITS) {
        const a = lhr.audits[id];
        if (a) console.log(`    ${label.padEnd(28)} ${a.displayValue ?? ''}`);
      }
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
}

await main();
