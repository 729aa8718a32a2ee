// The performance figures of the release bundle in dist/, printed, never asserted.
//
//   node tools/bench.mjs [--runs N] [--skip-native] [--skip-large]    (./x bench builds dist/ first)
//
// 1. Transfer sizes of each wasm, JS and CSS file: raw, gzip, brotli, when it loads, and the
//    critical path (what is fetched before the dashboard is painted) on its own line
//    (tools/sizes.mjs, tools/chunks.mjs).
// 2. In headless Chromium, with a 10,000-activity document in IndexedDB (made deterministically
//    from the native `luoshi example` document, tools/bench_docs.mjs; stored once by the app
//    itself and put into each fresh context before its page opens, tools/bench_seed.mjs):
//      - navigation to the first painted dashboard: a first visit (empty cache) and a
//        returning one (the page reloaded; cache and compiled code kept); beside the first
//        visit, this machine's floor: the same first screen as a static page, with and without
//        reading the rows it is painted from (tools/bench_floor.mjs),
//      - the first click on 报告 a second after the first paint, until the report is painted,
//      - 数据 opened at once after a reload, before the idle prefetch has loaded its part,
//      - adding one activity until the ledger lists it, and until it is saved (the IndexedDB
//        transaction that writes its row has committed),
//      - one keystroke in the ledger's search box until the table shows the result,
//      - the ledger turning a page of 50 rows, against the same rows' DOM built by plain
//        JavaScript in the same table (a ratio); switching to the ledger view; a plain table of
//        all 10,000 rows for scale,
//      - the same page turn in the same document with evidence on 2,000 of its activities (a
//        fresh page of its own, after the other steps),
//      - importing a 10 MB file (to the preview, then applying it) and exporting it, both timed
//        in the page from the user's action,
//      - going to the status-history grid (every target × month) until it is painted,
//      - peak JS heap and wasm memory.
//    Each timing is the median of N runs (default 3) in fresh pages. "Painted" means the
//    next animation frame after the DOM change was seen, plus one task: when the frame is done.
// 3. The store at size (tools/bench_store.mjs), each step checked by counting what is stored
//    after a reload: thirty units' files of 1,000 activities; unless --skip-large, 100,000
//    activities with 10,000 readings, 31 days of restore points at that size, and 200,000
//    activities imported into an empty browser.
// 4. A browser killed outright 10 ms after an edit, 20 rounds (tools/bench_kill.mjs); the
//    evidence figures (tools/bench_evidence.mjs) and Lighthouse's mobile and desktop
//    scores against the bundle as `./x serve` serves it (tools/bench_lighthouse.mjs).
// 5. The native benchmarks of the engine and of the ledger after a change (cargo bench --bench
//    engine, --bench ledger), unless --skip-native.
//
// The steps timed in the page are in tools/bench_steps.mjs; the floor in tools/bench_floor.mjs.

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFloor } from './bench_floor.mjs';
import { YEAR, exampleDocument, heavyDocument, withEvidence } from './bench_docs.mjs';
import { makeSeed, newPage } from './bench_seed.mjs';
import {
  goal, mb, ms, median, toView, firstDashboard, appReady, returningDashboard, coldView, historyGrid, firstReport, ledgerDraw, ledgerRows, plainTable, addOne, addSaved, searchOnce, importFile, exportFile, memory,
} from './bench_steps.mjs';
import { measureConsolidate, measureHuge, measureLarge, measureRestorePoints, withBrowser } from './bench_store.mjs';
import { formatSizes, measureSizes } from './sizes.mjs';
import { startStaticServer } from './static-server.mjs';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const ACTIVITIES = 10_000;
const LARGE = 100_000;
const LARGE_READINGS = 10_000;
const HUGE = 200_000;
const IMPORT_BYTES = 10 * 1024 * 1024;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info'];

function parseArgs(argv) {
  const opts = { runs: 3, native: true, large: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--skip-native') opts.native = false;
    else if (argv[i] === '--skip-large') opts.large = false;
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  return opts;
}

// ---------------------------------------------------------------- report


async function measureBrowser(opts, { seed, doc, importText, evidenceSeed = null }) {
  const server = await startStaticServer({ root: DIST });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  const r = { dashboard: [], ready: [], report: [], warm: [], pageRows: [], pagePlain: [], add: [], save: [], saveWrite: [], filter: [], ledger: [], plain: [], rows: 0, importPreview: [], importApply: [], exportMs: [], exportBytes: 0, history: [], coldView: [], historyShape: '', evRows: [], evPlain: [], evShown: 0, mem: { jsHeap: 0, wasm: 0 }, notes: [] };
  const peak = (m) => {
    r.mem.jsHeap = Math.max(r.mem.jsHeap, m.jsHeap);
    r.mem.wasm = m.wasm === null ? r.mem.wasm : Math.max(r.mem.wasm, m.wasm);
    if (m.wasm === null) r.notes.push('wasm memory: the page exposes no luoshiDiagnostics');
  };
  try {
    for (let run = 0; run < opts.runs; run++) {
      process.stderr.write(`  browser run ${run + 1}/${opts.runs}\n`);
      const { context, page } = await newPage(browser, server.url, seed);
      // A step that fails is reported as n/a with its reason; the others still run.
      const step = async (name, f) => {
        try {
          return await f();
        } catch (e) {
          r.notes.push(`${name}: ${String(e.message || e).split('\n')[0]}`);
          return null;
        }
      };
      await step('dashboard', async () => r.dashboard.push(await firstDashboard(page)));
      await step('app ready', async () => r.ready.push(await appReady(page)));
      await step('report', async () => r.report.push(await firstReport(page)));
      peak(await memory(page));
      await step('returning dashboard', async () => r.warm.push(await returningDashboard(page)));
      await step('view before its part', async () => r.coldView.push(await coldView(page)));
      await step('history grid', async () => {
        const h = await historyGrid(page);
        r.history.push(h.ms);
        r.historyShape = `${h.rows} targets × ${h.months} months`;
      });
      await step('ledger', async () => r.ledger.push((await ledgerDraw(page)).ms));
      await step('ledger rows', async () => {
        const x = await ledgerRows(page);
        if (x === null) throw new Error('the ledger has a single page');
        r.pageRows.push(x.ledger);
        r.pagePlain.push(x.plain);
        r.rows = x.rows;
      });
      await step('search', async () => r.filter.push(await searchOnce(page)));
      await step('add', async () => r.add.push(await addOne(page, `基准新增活动 ${run}`)));
      await step('save', async () => {
        const sv = await addSaved(page, `基准保存活动 ${run}`);
        r.save.push(sv.total);
        r.saveWrite.push(sv.write);
      });
      peak(await memory(page));
      await step('import', async () => {
        const imp = await importFile(page, 'luoshi-10mb.json', importText);
        r.importPreview.push(imp.preview);
        if (imp.apply !== null) r.importApply.push(imp.apply);
        if (imp.note) r.notes.push(`import: ${imp.note}`);
      });
      await step('export', async () => {
        const exp = await exportFile(page);
        r.exportMs.push(exp.ms);
        r.exportBytes = exp.bytes;
      });
      peak(await memory(page));
      // Last, so that its 10,000 rows and their clean-up touch no other figure.
      await step('plain table', async () => {
        await toView(page, '台账', '.view-ledger');
        r.plain.push(await plainTable(page, doc));
      });
      await context.close();
      // The same page turn with 2,000 of the activities carrying evidence, in a page of its own.
      if (evidenceSeed !== null) {
        const ev = await newPage(browser, server.url, evidenceSeed);
        try {
          // As in the main page, where this step comes after the others: the app has started and
          // its idle prefetch has fetched the navigation's parts (the last is 督办's), at most 10 s.
          await ev.page.waitForFunction(
            () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/split_duban.wasm')),
            null, { timeout: 10000 },
          ).catch(() => {});
          await ev.page.waitForTimeout(500);
          await toView(ev.page, '台账', '.view-ledger');
          const x = await ledgerRows(ev.page);
          if (x === null) throw new Error('the ledger has a single page');
          r.evRows.push(x.ledger);
          r.evPlain.push(x.plain);
          r.evShown = await ev.page.evaluate(() => [...document.querySelectorAll('.ledger-table tbody tr [data-action=evidence]')]
            .filter((b) => /\d/.test(b.textContent)).length);
        } catch (e) {
          r.notes.push(`ledger rows with evidence: ${String(e.message || e).split('\n')[0]}`);
        }
        await ev.context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return r;
}

function printBrowser(r, importBytes) {
  const d = median(r.dashboard), w = median(r.warm), a = median(r.add), f = median(r.filter.filter((x) => x !== null));
  const l = median(r.ledger), p = median(r.plain);
  const ip = median(r.importPreview), ia = median(r.importApply), e = median(r.exportMs);
  const lr = median(r.pageRows), lp = median(r.pagePlain);
  console.log(`  navigation to painted dashboard, returning visit ${ms(w).padStart(9)}  ${goal(w, 150)}`);
  console.log(`  navigation to painted dashboard, first visit     ${ms(d).padStart(9)}  ${goal(d, 300)}; each run: ${r.dashboard.map(ms).join(', ')}`);
  if (r.floor) {
    // tools/bench_floor.mjs: the same first screen with no module to fetch, compile or run.
    const fs0 = median(r.floor.staticPage), fr = median(r.floor.withRead);
    console.log(`    the same first screen as static HTML           ${ms(fs0).padStart(9)}  (this machine's floor, ${r.floor.staticPage.length} fresh contexts)`);
    console.log(`    static HTML that reads the stored document    ${ms(fr).padStart(9)}  (storage loaded on first access)`);
    r.notes.push(...r.floor.notes);
  }
  console.log(`  navigation to the app ready, first visit         ${ms(median(r.ready)).padStart(9)}  (its controls work: the app has taken the painted screen's place)`);
  const rep = median(r.report);
  console.log(`  first click on 报告 after the first paint         ${ms(rep).padStart(9)}  ${goal(rep, 200)}`);
  const cv = median(r.coldView);
  console.log(`  数据 opened at once after a reload, part not loaded ${ms(cv).padStart(7)}  (its part's files from the worker's cache)`);
  console.log(`  add one activity until it is shown               ${ms(a).padStart(9)}  ${goal(a, 50)}`);
  const sv = median(r.save);
  console.log(`  add one activity until committed (10,000 stored) ${ms(sv).padStart(9)}  ${goal(sv, 20)}`);
  console.log(`    of which from its row's write to the commit     ${ms(median(r.saveWrite)).padStart(9)}`);
  console.log(`  ledger search keystroke until shown              ${ms(f).padStart(9)}  ${goal(f, 50)}`);
  console.log(`  import ${mb(importBytes)} file: to the preview           ${ms(ip).padStart(9)}`);
  console.log(`  import ${mb(importBytes)} file: applied, shown          ${ms(ia).padStart(9)}  (preview + apply ${ms(ip + ia)}) ${goal(ip + ia, 300)}`);
  console.log(`  export (click until handed to the browser, ${mb(r.exportBytes)}) ${ms(e).padStart(9)}  ${goal(e, 200)}`);
  console.log(`  ledger next page (${r.rows} rows replaced)         ${ms(lr).padStart(9)}`);
  console.log(`  plain JS, the same ${r.rows} rows' DOM              ${ms(lp).padStart(9)}   ratio ${(lr / lp).toFixed(2)}× (goal ≤ 1.30×: ${lr / lp <= 1.3 ? 'met' : 'MISSED'})`);
  if (r.evRows.length) {
    const er = median(r.evRows), ep = median(r.evPlain);
    console.log(`  the same, ${ACTIVITIES / 5} of ${ACTIVITIES} with evidence (${r.evShown} on the page) ${ms(er).padStart(9)}`);
    console.log(`  plain JS, the same rows' DOM                     ${ms(ep).padStart(9)}   ratio ${(er / ep).toFixed(2)}× (goal ≤ 1.30×: ${er / ep <= 1.3 ? 'met' : 'MISSED'})`);
  }
  console.log(`  switching to the ledger view (form, filters, rows) ${ms(l).padStart(9)}`);
  const h = median(r.history);
  console.log(`  status-history grid, ${r.historyShape}      ${ms(h).padStart(9)}  ${goal(h, 100)}`);
  console.log(`  plain JS table, all ${ACTIVITIES} rows                  ${ms(p).padStart(9)}   (the ledger draws one page of ${r.rows})`);
  console.log(`  peak JS heap                                     ${mb(r.mem.jsHeap).padStart(9)}`);
  console.log(`  wasm memory                                      ${mb(r.mem.wasm || null).padStart(9)}`);
  for (const n of new Set(r.notes)) console.log(`  note: ${n}`);
}

function nativeBench() {
  // The engine, and what the ledger view works out again after every change.
  for (const bench of ['engine', 'ledger']) {
    console.log(`\nnative benchmark (cargo bench --bench ${bench})`);
    const r = spawnSync('cargo', ['bench', '--bench', bench], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) console.log(`  the native benchmark ${bench} failed`);
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const chromiumVersion = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`Luoshi bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${chromiumVersion}`);
  console.log('\ntransfer size');
  console.log(formatSizes(measureSizes(DIST)));

  const example = exampleDocument();
  const doc = heavyDocument(example, ACTIVITIES);
  // The 10 MB import: the same activities with notes long enough to reach the size.
  const perActivity = Math.ceil((IMPORT_BYTES - JSON.stringify(doc).length) / ACTIVITIES / 3);
  const importText = JSON.stringify(heavyDocument(example, ACTIVITIES, { notesLength: Math.max(0, perActivity) }));
  // Each document stored by the app itself, once (tools/bench_seed.mjs).
  process.stderr.write('  storing the documents through the app\n');
  const [seed, evidenceSeed, exampleSeed] = await withBrowser(DIST, ARGS, async (browser, url) => [
    await makeSeed(browser, url, doc),
    await makeSeed(browser, url, withEvidence(doc)),
    await makeSeed(browser, url, example),
  ]);
  console.log(`\nin headless Chromium, ${ACTIVITIES} activities in IndexedDB (${mb(JSON.stringify(doc).length)} of JSON), median of ${opts.runs} runs`);
  const r = await measureBrowser(opts, { seed, doc, importText, evidenceSeed });
  r.floor = await measureFloor({ dist: DIST, seed, runs: opts.runs * 3, args: ARGS });
  printBrowser(r, Buffer.byteLength(importText));
  await withBrowser(DIST, ARGS, (browser, url) => measureConsolidate(opts, { browser, url, seed: exampleSeed, example }));
  if (opts.large) {
    const large = heavyDocument(example, LARGE, { readings: LARGE_READINGS });
    const largeSeed = await withBrowser(DIST, ARGS, (browser, url) => makeSeed(browser, url, large));
    await withBrowser(DIST, ARGS, (browser, url) => measureLarge(opts, { browser, url, seed: largeSeed }));
    await withBrowser(DIST, ARGS, (browser, url) => measureRestorePoints({ browser, url, seed: largeSeed }));
    await withBrowser(DIST, ARGS, (browser, url) => measureHuge({ browser, url, doc: heavyDocument(example, HUGE) }));
  }
  // A browser killed outright 10 ms after an edit, 20 times: how many edits were kept.
  spawnSync('node', [path.join(ROOT, 'tools', 'bench_kill.mjs')], { cwd: ROOT, stdio: 'inherit' });
  // Evidence: a 20 MB PDF added, a 100-file package exported and imported.
  spawnSync('node', [path.join(ROOT, 'tools', 'bench_evidence.mjs')], { cwd: ROOT, stdio: 'inherit' });
  // Lighthouse, mobile and desktop presets, against the bundle as `./x serve` serves it.
  spawnSync('node', [path.join(ROOT, 'tools', 'bench_lighthouse.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (opts.native) nativeBench();
}

await main();
