// The store's figures of `./x bench` (tools/bench.mjs), at the sizes a 督查室 reaches, each checked
// by what is stored after it, never by what the page showed:
//   - 进度报送: thirty units' files of 1,000 activities picked at once over the example ledger;
//     the preview, the apply until its IndexedDB transaction has committed, then a reload and
//     the activities counted in the store;
//   - 100,000 activities and 10,000 readings: the first and the returning visit, the app ready,
//     one activity added until committed, one search keystroke;
//   - restore points at 100,000: a change on each of 31 days in a row (the page's clock set
//     forward), then the points the Data view lists;
//   - 200,000 activities: imported into an empty browser until committed, reloaded, counted.
// Each step's document is put in storage as tools/bench_seed.mjs says.

import { chromium } from 'playwright-core';
import { UNIT_ACTIVITIES, UNIT_FILES, unitFiles } from './bench_docs.mjs';
import { newPage, seededContext, storedCounts } from './bench_seed.mjs';
import {
  COMMITTED, PAINTED, SHOWN, addSaved, appReady, firstDashboard, searchOnce, goal, importFile, mb, median, ms, openPage, returningDashboard, toView,
} from './bench_steps.mjs';
import { startStaticServer } from './static-server.mjs';

const clear = (e) => String(e.message || e).split('\n')[0];

/** Runs `f(browser, url)` against dist/ in its own browser and server. */
export async function withBrowser(dist, args, f) {
  const server = await startStaticServer({ root: dist });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  try {
    return await f(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Reloads `page` and waits until the app is ready. */
async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready', null, { timeout: 120000 });
}

/** The example ledger in storage; the thirty files picked at once on #/reporting: from the pick
 *  until the one preview is painted (read, decode, merge each), then from the click on 确认导入
 *  until the transaction that writes the last unit's last activity has committed; then the page
 *  reloaded and the activities in the store counted. */
export async function measureConsolidate(opts, { browser, url, seed, example }) {
  const files = unitFiles(example);
  const expected = example.activities.length + UNIT_FILES * UNIT_ACTIVITIES;
  const needle = `u${UNIT_FILES - 1}-bench-${String(UNIT_ACTIVITIES - 1).padStart(6, '0')}`;
  const r = { preview: [], painted: [], committed: [], kept: [], notes: [] };
  for (let run = 0; run < opts.runs; run++) {
    const { context, page } = await newPage(browser, url, seed);
    try {
      await toView(page, '报送', '.view-reporting');
      await page.evaluate(async (fs) => {
        globalThis.benchFiles = fs.map((f) => new File([f.text], f.name, { type: 'application/json' }));
        await Promise.all(globalThis.benchFiles.map((f) => f.arrayBuffer()));
      }, files);
      r.preview.push(await page.evaluate(`(async () => {
        const input = document.querySelector('[data-testid=consolidate-files]');
        const t0 = performance.now();
        const dt = new DataTransfer();
        for (const f of globalThis.benchFiles) dt.items.add(f);
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        while (!document.querySelector('[data-testid=consolidate-preview]')) await new Promise((r) => setTimeout(r, 0));
        return (await (${PAINTED})()) - t0;
      })()`));
      const x = await page.evaluate(`(async () => {
        const saved = (${COMMITTED})(${JSON.stringify(needle)});
        const t0 = performance.now();
        document.querySelector('[data-testid=consolidate-apply]').click();
        while (document.querySelector('[data-testid=consolidate-preview]')) await new Promise((r) => setTimeout(r, 0));
        const painted = (await (${SHOWN})()) - t0;
        const s = await saved;
        return { painted, committed: s.committed - t0 };
      })()`);
      r.painted.push(x.painted);
      r.committed.push(x.committed);
      await reload(page);
      r.kept.push((await storedCounts(page)).activity);
    } catch (e) {
      r.notes.push(`consolidate: ${clear(e)}`);
    }
    await context.close();
  }
  const p = median(r.preview), c = median(r.committed);
  console.log(`\n进度报送: ${UNIT_FILES} unit files of ${UNIT_ACTIVITIES} activities each over the example ledger, picked at once, median of ${opts.runs} runs`);
  console.log(`  to the one preview (read, decode, merge)         ${ms(p).padStart(9)}  ${goal(p, 1000)}`);
  console.log(`  applied, the frame that shows it                 ${ms(median(r.painted)).padStart(9)}`);
  console.log(`  applied, until its transaction committed         ${ms(c).padStart(9)}  ${goal(c, 1000)}`);
  console.log(`  after a reload, activities in the store          ${r.kept.map(String).join(', ') || 'n/a'} of ${expected} (${r.kept.length && r.kept.every((k) => k === expected) ? 'all kept' : 'NOT all kept'})`);
  for (const n of new Set(r.notes)) console.log(`  note: ${n}`);
}

/** 100,000 activities and 10,000 readings in storage: the figures of the second column. */
export async function measureLarge(opts, { browser, url, seed }) {
  const r = { dashboard: [], ready: [], warm: [], add: [], write: [], filter: [], notes: [] };
  for (let run = 0; run < opts.runs; run++) {
    process.stderr.write(`  ${seed.activities} activities, run ${run + 1}/${opts.runs}\n`);
    const { context, page } = await newPage(browser, url, seed);
    const step = async (name, f) => f().catch((e) => r.notes.push(`${name}: ${clear(e)}`));
    await step('dashboard', async () => r.dashboard.push(await firstDashboard(page)));
    await step('app ready', async () => r.ready.push(await appReady(page)));
    await step('returning dashboard', async () => r.warm.push(await returningDashboard(page)));
    await step('search', async () => {
      await toView(page, '台账', '.view-ledger');
      r.filter.push(await searchOnce(page));
    });
    await step('add until committed', async () => {
      const sv = await addSaved(page, `大台账新增活动 ${run}`);
      r.add.push(sv.total);
      r.write.push(sv.write);
      await reload(page);
      const c = await storedCounts(page);
      if (c.activity !== seed.activities + 1) throw new Error(`after a reload the store holds ${c.activity} activities, not ${seed.activities + 1}`);
    });
    await context.close();
  }
  const d = median(r.dashboard), w = median(r.warm), a = median(r.add), f = median(r.filter);
  console.log(`\nin headless Chromium, ${seed.activities} activities and ${seed.readings} readings in IndexedDB (${mb(seed.chars * 2)} as UTF-16), median of ${opts.runs} runs`);
  console.log(`  navigation to painted dashboard, first visit     ${ms(d).padStart(9)}  ${goal(d, 350)}; each run: ${r.dashboard.map(ms).join(', ')}`);
  console.log(`  navigation to the app ready, first visit         ${ms(median(r.ready)).padStart(9)}  ${goal(median(r.ready), 1500)}`);
  console.log(`  navigation to painted dashboard, returning visit ${ms(w).padStart(9)}  ${goal(w, 200)}`);
  console.log(`  add one activity until committed (reload: kept)  ${ms(a).padStart(9)}  ${goal(a, 20)}`);
  console.log(`    of which from its row's write to the commit     ${ms(median(r.write)).padStart(9)}`);
  console.log(`  ledger search keystroke until shown              ${ms(f).padStart(9)}  ${goal(f, 100)}`);
  for (const n of new Set(r.notes)) console.log(`  note: ${n}`);
}

const DAY = 24 * 3600 * 1000;

/** The restore points of a document of `seed`'s size: one change on each of 31 days in a row;
 *  each day's first save keeps the day before whole. Then the Data view's list. */
export async function measureRestorePoints({ browser, url, seed }) {
  const days = 31;
  const start = Date.now() + DAY;
  const r = { first: [], listed: null, notes: [] };
  const context = await seededContext(browser, url, seed);
  try {
    await context.clock.install({ time: new Date(start) });
    const { page } = await openPage(context, url);
    await toView(page, '台账', '.view-ledger');
    for (let k = 0; k < days; k++) {
      await page.clock.setSystemTime(new Date(start + k * DAY));
      const sv = await addSaved(page, `每日一改 ${k}`);
      r.first.push(sv.total);
      // The day before is kept by a transaction of its own: wait for it before the next day.
      const want = Math.min(k + 1, 31);
      for (let t = 0; t < 600; t++) {
        const n = await page.evaluate(async () => {
          const db = await new Promise((resolve, reject) => {
            const req = indexedDB.open('luoshi-doc');
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          try {
            const s = db.transaction('rows', 'readonly').objectStore('rows');
            const keys = await new Promise((resolve) => { const q = s.getAllKeys(IDBKeyRange.bound('luoshi-snapshot/', 'luoshi-snapshot/\uffff')); q.onsuccess = () => resolve(q.result); });
            return keys.filter((x) => !x.endsWith('/index')).length;
          } finally {
            db.close();
          }
        });
        if (n >= Math.min(want, 30)) break;
        await page.waitForTimeout(100);
      }
    }
    await reload(page);
    await toView(page, '数据', '.view-data');
    await page.locator('[data-testid=snapshots] tbody tr').first().waitFor({ timeout: 30000 });
    r.listed = await page.locator('[data-testid=snapshots] tbody tr').count();
    r.sizes = await page.locator('[data-testid=snapshots] tbody tr td.num').allInnerTexts();
  } catch (e) {
    r.notes.push(`restore points: ${clear(e)}`);
  } finally {
    await context.close();
  }
  console.log(`\nrestore points, ${seed.activities} activities: one change on each of ${days} days in a row`);
  console.log(`  each day's first save until committed           ${ms(median(r.first)).padStart(9)}  (median; slowest ${ms(r.first.length ? Math.max(...r.first) : null)})`);
  console.log(`  restore points the Data view lists               ${String(r.listed ?? 'n/a').padStart(9)}  (goal ≥ 30 days: ${r.listed !== null && r.listed >= 30 ? 'met' : 'MISSED'}; each ${r.sizes?.[0] ?? 'n/a'})`);
  for (const n of new Set(r.notes)) console.log(`  note: ${n}`);
}

/** An empty browser; a file of `doc` imported through the Data view until its transaction has
 *  committed; the page reloaded (painted and ready timed) and every record counted. */
export async function measureHuge({ browser, url, doc }) {
  const text = JSON.stringify(doc);
  const r = { notes: [] };
  const { context, page } = await newPage(browser, url, null);
  try {
    const needle = doc.activities[doc.activities.length - 1].title;
    await page.evaluate(`void (globalThis.benchSaved = (${COMMITTED})(${JSON.stringify(needle)}))`);
    const imp = await importFile(page, 'luoshi-200k.json', text);
    if (imp.apply === null) throw new Error(`import ${imp.note}`);
    r.preview = imp.preview;
    r.apply = imp.apply;
    r.committed = await page.evaluate(async () => (await globalThis.benchSaved).committed - globalThis.benchApplyStart);
    // Reloaded on the dashboard, as the office opens the app.
    await page.evaluate(() => { location.hash = '#/'; });
    await page.waitForTimeout(3000);
    await reload(page);
    r.painted = await firstDashboard(page);
    r.ready = await appReady(page);
    r.counts = await storedCounts(page);
    await toView(page, '台账', '.view-ledger');
    r.shown = (await page.getByTestId('ledger-totals').innerText()).replace(/\s+/g, ' ');
  } catch (e) {
    r.notes.push(`200,000: ${clear(e)}`);
  } finally {
    await context.close();
  }
  const n = doc.activities.length;
  console.log(`\n${n} activities (${mb(Buffer.byteLength(text))} file) imported into an empty browser, then reloaded`);
  console.log(`  to the preview                                   ${ms(r.preview).padStart(9)}`);
  console.log(`  applied, the frame that shows it                 ${ms(r.apply).padStart(9)}`);
  console.log(`  applied, until its transaction committed         ${ms(r.committed).padStart(9)}`);
  console.log(`  after a reload: dashboard painted / app ready    ${ms(r.painted)} / ${ms(r.ready)}`);
  const all = r.counts?.activity === n;
  console.log(`  after a reload, activities in the store          ${r.counts?.activity ?? 'n/a'} of ${n} (${all ? 'holds' : 'DOES NOT HOLD'}); the ledger shows: ${r.shown ?? 'n/a'}`);
  for (const x of new Set(r.notes)) console.log(`  note: ${x}`);
}
