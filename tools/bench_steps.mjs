// The in-page steps `./x bench` times (tools/bench.mjs). Each opens or drives a page of the
// release bundle in headless Chromium and returns what it measured in the page, in milliseconds
// unless it says otherwise.

import fs from 'node:fs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

export const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(0)} ms`);
export const mb = (x) => (x === null || x === undefined ? 'n/a' : `${(x / 1024 / 1024).toFixed(1)} MB`);
export const goal = (x, g) => (x === null || x === undefined || Number.isNaN(x) ? '' : x <= g ? `(goal ${g} ms: met)` : `(goal ${g} ms: MISSED)`);

/** In the page: resolves with performance.now() once the frame after this moment is painted. */
export const PAINTED = `() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))`;

/** In the page: resolves with performance.now() at the start of the next animation frame, the
 *  one that draws what the DOM holds now. For a step whose change makes the app write tens of
 *  thousands of rows right after that frame: PAINTED's task would wait behind that write, though
 *  the frame is on screen before it. */
export const SHOWN = `() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))`;

/** In a page: a promise of `{ first, committed }` (performance.now() of the first put of a row
 *  containing `needle`, and of its transaction's commit). A transaction that aborts (another
 *  tab's save came first) is not counted: the save made again after it is. */
export const COMMITTED = `(needle) => new Promise((resolve) => {
  const put = IDBObjectStore.prototype.put;
  let first = null;
  IDBObjectStore.prototype.put = function (value, key) {
    const req = put.call(this, value, key);
    const tx = this.transaction;
    if (typeof value === 'string' && value.includes(needle) && !tx.benchWatched) {
      tx.benchWatched = true;
      if (first === null) first = performance.now();
      tx.addEventListener('complete', () => {
        IDBObjectStore.prototype.put = put;
        resolve({ first, committed: performance.now() });
      });
    }
    return req;
  };
})`;

/** An init script: marks `name` at the moment the dashboard's heading was first on screen, from its
 *  Element Timing entry (elementtiming="dashboard" on the heading, in the painted first screen and
 *  in the app's view): the frame's presentation time, whatever tasks run after that frame. */
export function markDashboardPresented(name) {
  new PerformanceObserver((list, obs) => {
    const e = list.getEntries().find((x) => x.identifier === 'dashboard');
    if (!e) return;
    obs.disconnect();
    performance.mark(name, { startTime: e.renderTime || e.loadTime });
  }).observe({ type: 'element', buffered: true });
}

/** A page of `context` that has opened the app at `url` and waited for it to be ready. */
export async function openPage(context, url) {
  // Every file of the split bundle in the resource timeline (the default buffer holds 250): the
  // steps that wait for a part's file look there.
  await context.addInitScript(() => performance.setResourceTimingBufferSize(5000));
  await context.addInitScript(markDashboardPresented, 'bench-dashboard-painted');
  await context.addInitScript(() => {
    // Marks the first frame after the app has mounted in place of the painted first screen
    // (src/web/first_paint.rs): from then on its controls work.
    new MutationObserver((_, obs) => {
      if (document.documentElement.dataset.luoshi !== 'ready') return;
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => performance.mark('bench-app-ready'), 0));
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-luoshi'] });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.luoshi, null, { timeout: 60000 });
  if ((await page.evaluate(() => document.documentElement.dataset.luoshi)) !== 'ready') {
    throw new Error(`the app did not start: ${errors.join(' | ')}`);
  }
  return { context, page, errors };
}

export async function toView(page, zh, cls) {
  await page.locator('nav').first().getByRole('link', { name: zh, exact: true }).click();
  await page.locator(cls).first().waitFor({ timeout: 60000 });
}

export async function firstDashboard(page) {
  await page.waitForFunction(() => performance.getEntriesByName('bench-dashboard-painted').length > 0, null, { timeout: 60000 });
  return page.evaluate(() => performance.getEntriesByName('bench-dashboard-painted')[0].startTime);
}

/** Navigation until the app has mounted and its controls work (after the painted first screen). */
export async function appReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('bench-app-ready').length > 0, null, { timeout: 60000 });
  return page.evaluate(() => performance.getEntriesByName('bench-app-ready')[0].startTime);
}

/** A returning visit: the page reloaded twice (HTTP cache and compiled code kept, as for anyone
 *  who opens the app every day); the dashboard of the last load. */
export async function returningDashboard(page) {
  for (let k = 0; k < 2; k++) {
    await page.waitForTimeout(1000);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready', null, { timeout: 60000 });
  }
  return firstDashboard(page);
}

/** A view opened at once after a reload, before the idle prefetch has loaded its part: 数据, the
 *  part that shares the most code with other views. From going to #/data until the view is
 *  painted; the part's files come from the service worker's cache, as on any visit after the
 *  first. */
export async function coldView(page) {
  await page.waitForTimeout(1000);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready', null, { timeout: 60000 });
  const x = await page.evaluate(`(async () => {
    const loaded = performance.getEntriesByType('resource').some((e) => e.name.endsWith('/split_data.wasm'));
    const t0 = performance.now();
    location.hash = '#/data';
    while (!document.querySelector('.view-data')) await new Promise((r) => setTimeout(r, 0));
    const t1 = await (${PAINTED})();
    return { ms: t1 - t0, loaded };
  })()`);
  if (x.loaded) throw new Error('the prefetch had already fetched the part');
  return x.ms;
}

/** Time from going to #/history until the grid of every target × month is painted (the status
 *  history: one engine evaluation per month, then the grid drawn). As a person's click comes a
 *  while after the dashboard, the step waits until the idle prefetch has fetched the view's part
 *  (at most 10 s), as the first click on 报告 does; a click before that adds the part's fetch. */
export async function historyGrid(page) {
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/split_history.wasm')),
    null, { timeout: 10000 },
  ).catch(() => {});
  await page.waitForTimeout(200);
  return page.evaluate(`(async () => {
    const t0 = performance.now();
    location.hash = '#/history';
    while (!document.querySelector('[data-testid="history-grid"] tbody tr')) await new Promise((r) => setTimeout(r, 0));
    const t1 = await (${PAINTED})();
    const grid = document.querySelector('[data-testid="history-grid"]');
    return { ms: t1 - t0, rows: grid.querySelectorAll('tbody tr').length, months: grid.querySelectorAll('thead th').length - 1 };
  })()`);
}

/** The first click on 报告 a second after the first paint (as a person would), until the report's
 *  draft is painted: its part has been prefetched while the browser was idle, or is fetched now. */
export async function firstReport(page) {
  await page.waitForTimeout(1000);
  const ms = await page.evaluate(`(async () => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === '报告');
    const t0 = performance.now();
    link.click();
    while (!document.querySelector('.view-report')) await new Promise((r) => setTimeout(r, 0));
    return (await (${PAINTED})()) - t0;
  })()`);
  await page.evaluate(() => { location.hash = '#/dashboard'; });
  await page.locator('.view-dashboard').waitFor({ timeout: 60000 });
  return ms;
}

/** Time from a click on 台账 until the ledger view is painted (its rows, however many it draws). */
export async function ledgerDraw(page) {
  return page.evaluate(`(async () => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === '台账');
    const t0 = performance.now();
    link.click();
    while (!document.querySelector('.view-ledger')) await new Promise((r) => setTimeout(r, 0));
    const t1 = await (${PAINTED})();
    return { ms: t1 - t0, rows: document.querySelectorAll('.view-ledger tbody tr').length };
  })()`);
}

/** The ledger turning a page (one page of rows replacing another) until painted, the median of ten turns
 *  between pages 1 and 2, both shown once before; then the same rows, read back from the DOM as data (every
 *  element, attribute and text), built again with plain DOM calls into the same table and painted,
 *  the median of ten: the rows' own cost against plain JavaScript. */
export async function ledgerRows(page) {
  return page.evaluate(`(async () => {
    const tbody = () => document.querySelector('.ledger-table tbody');
    const first = () => tbody().querySelector('tr')?.dataset.id;
    const next = [...document.querySelectorAll('.view-ledger .pager button')].pop();
    if (!next || next.disabled) return null;
    const turn = async (button) => {
      const before = first();
      const t0 = performance.now();
      button.click();
      while (first() === before) await new Promise((r) => setTimeout(r, 0));
      return (await (${PAINTED})()) - t0;
    };
    // Pages 2 and back to 1 first: the timed turn to page 2 then draws text whose glyphs the
    // browser has already rasterised, as the plain table's copy of the same rows does.
    const prev = document.querySelector('.view-ledger .pager button');
    await turn(next);
    await turn(prev);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    // Five turns each way; the median of each side, as one page turn is a few frames.
    const turns = [];
    for (let k = 0; k < 5; k++) {
      turns.push(await turn(next));
      turns.push(await turn(prev));
    }
    await turn(next);
    const ledger = median(turns);
    const spec = (n) => n.nodeType === 3 ? n.data : n.nodeType === 1 ? {
      tag: n.tagName.toLowerCase(), attrs: [...n.attributes].map((a) => [a.name, a.value]), kids: [...n.childNodes].map(spec).filter((k) => k !== null),
    } : null;
    const rows = [...tbody().children].map(spec);
    const build = (s) => {
      if (typeof s === 'string') return document.createTextNode(s);
      const el = document.createElement(s.tag);
      for (const [k, v] of s.attrs) el.setAttribute(k, v);
      for (const k of s.kids) el.append(build(k));
      return el;
    };
    const old = tbody();
    const plains = [];
    for (let k = 0; k < 10; k++) {
      const t1 = performance.now();
      const fresh = document.createElement('tbody');
      for (const r of rows) fresh.append(build(r));
      old.replaceWith(fresh);
      plains.push((await (${PAINTED})()) - t1);
      fresh.replaceWith(old);
      await (${PAINTED})();
    }
    return { ledger, plain: median(plains), rows: rows.length };
  })()`);
}

/** The same rows as a plain table built with the DOM API, in the same page, painted. */
export async function plainTable(page, doc, count = doc.activities.length) {
  const rows = doc.activities.slice(0, count).map((a) => [a.date, a.title, (a.targets || []).join('、'), String(a.quantity ?? ''),
    (a.people || []).join('、'), a.lead_unit || '', a.notes || '']);
  return page.evaluate(`(async (rows) => {
    const host = document.createElement('div');
    host.style.position = 'absolute';
    host.style.top = '0';
    document.body.append(host);
    const t0 = performance.now();
    const table = document.createElement('table');
    const body = document.createElement('tbody');
    for (const r of rows) {
      const tr = document.createElement('tr');
      for (const c of r) {
        const td = document.createElement('td');
        td.textContent = c;
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    host.append(table);
    const t1 = await (${PAINTED})();
    host.remove();
    return t1 - t0;
  })(${JSON.stringify(rows)})`);
}

/** Fills the ledger's add form: the first target offered and `title`. */
async function fillAddForm(page, title) {
  const form = page.locator('form.add-form');
  await form.waitFor();
  const target = await page.locator('#ledger-target-options option').first().getAttribute('value');
  await form.locator('#add-target').fill(target);
  await form.locator('.f-title input').fill(title);
}

/** Adds one activity in the ledger's form; time until the new title is in the DOM, painted. */
export async function addOne(page, title) {
  await fillAddForm(page, title);
  return page.evaluate(`(async (title) => {
    const seen = new Promise((resolve) => {
      new MutationObserver((records, obs) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if ((n.textContent || '').includes(title)) { obs.disconnect(); resolve(); return; }
          }
          if (r.type === 'characterData' && (r.target.data || '').includes(title)) { obs.disconnect(); resolve(); return; }
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    document.querySelector('form.add-form').requestSubmit();
    await seen;
    return (await (${PAINTED})()) - t0;
  })(${JSON.stringify(title)})`);
}

/** Adds one activity; time from the submit until it is saved: the IndexedDB transaction that
 *  writes its row has committed. Also the part of it from that transaction's first write. */
export async function addSaved(page, title) {
  await fillAddForm(page, title);
  return page.evaluate(`(async (title) => {
    const saved = (${COMMITTED})(title);
    const t0 = performance.now();
    document.querySelector('form.add-form').requestSubmit();
    const s = await saved;
    return { total: s.committed - t0, write: s.committed - s.first };
  })(${JSON.stringify(title)})`);
}

/** One character typed into the ledger's search box; time until the shown rows change, painted. */
export async function filterKeystroke(page) {
  return page.evaluate(`(async () => {
    const box = document.querySelector('.view-ledger input[type=search]');
    const totals = document.querySelector('[data-testid=ledger-totals]');
    if (!box || !totals) return null;
    const before = totals.textContent;
    const changed = new Promise((resolve) => {
      new MutationObserver((_, obs) => {
        if (totals.textContent !== before) { obs.disconnect(); resolve(); }
      }).observe(totals, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    box.value = '7';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, data: '7', inputType: 'insertText' }));
    await changed;
    return (await (${PAINTED})()) - t0;
  })()`);
}

/** One keystroke in the ledger's search box timed (filterKeystroke), then the box emptied again so
 *  that later steps see the whole ledger. */
export async function searchOnce(page) {
  const f = await filterKeystroke(page);
  if (f === null) throw new Error('no search box or totals in the ledger');
  await page.evaluate(() => {
    const b = document.querySelector('.view-ledger input[type=search]');
    b.value = '';
    b.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  return f;
}

/** Import of a file through the Data view: to its preview painted, then replacing the document
 *  until the frame that shows the result (SHOWN: the rows are written after it). The file
 *  is handed to the page beforehand and picked in the page, so that the time is the app's own and
 *  not the automation's transfer of 10 MB. The click on apply is at `benchApplyStart` in the
 *  page's clock. */
export async function importFile(page, name, text) {
  await toView(page, '数据', '.view-data');
  // Read once before the clock starts, as a file on disk is there to be read: the browser hands
  // a new Blob's bytes over in the background, which is no part of the app's work.
  await page.evaluate(async ([n, t]) => {
    globalThis.benchFile = new File([t], n, { type: 'application/json' });
    await globalThis.benchFile.arrayBuffer();
  }, [name, text]);
  const preview = await page.evaluate(`(async () => {
    const input = document.querySelector('#import-file');
    const shown = () => document.querySelector('[data-testid=import-preview], [data-testid=import-refused]');
    const t0 = performance.now();
    const dt = new DataTransfer();
    dt.items.add(globalThis.benchFile);
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    while (!shown()) await new Promise((r) => setTimeout(r, 0));
    return (await (${PAINTED})()) - t0;
  })()`);
  await page.evaluate(() => { delete globalThis.benchFile; });
  if (await page.locator('[data-testid=import-refused]').count()) {
    const why = await page.locator('[data-testid=import-refused]').innerText();
    return { preview, apply: null, note: `refused: ${why.replace(/\s+/g, ' ').slice(0, 120)}` };
  }
  const apply = await page.evaluate(`(async () => {
    const button = document.querySelector('[data-testid=import-preview] .btn-danger');
    const t0 = performance.now();
    globalThis.benchApplyStart = t0;
    button.click();
    while (document.querySelector('[data-testid=import-preview]')) await new Promise((r) => setTimeout(r, 0));
    return (await (${SHOWN})()) - t0;
  })()`);
  return { preview, apply, note: '' };
}

/** Export through the Data view: from the click until the file is handed to the browser (the
 *  download link is clicked). The download itself is checked for its size. */
export async function exportFile(page) {
  await toView(page, '数据', '.view-data');
  const button = page.locator('.view-data').getByRole('button', { name: /导出 JSON|Export JSON/ }).first();
  await button.evaluate((b) => {
    b.dataset.benchExport = '1';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) globalThis.benchHandedOver = performance.now();
      return click.call(this);
    };
  });
  const [download, ms] = await Promise.all([
    page.waitForEvent('download', { timeout: 120000 }),
    page.evaluate(() => {
      const t0 = performance.now();
      document.querySelector('[data-bench-export]').click();
      return globalThis.benchHandedOver - t0;
    }),
  ]);
  const file = await download.path();
  return { ms, bytes: file ? fs.statSync(file).size : 0 };
}

export async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
  const wasm = await page.evaluate(() => globalThis.luoshiDiagnostics?.wasmMemoryBytes?.() ?? null);
  return { jsHeap: get('JSHeapUsedSize'), jsHeapTotal: get('JSHeapTotalSize'), wasm };
}
