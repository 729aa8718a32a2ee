// The stored document of `./x bench`: made once per document by the app itself, then put into
// each fresh browser context before the page that is timed opens.
//
// - makeSeed: a context of its own opens the app, imports the document through the Data view
//   and waits until IndexedDB holds every record, the meta row and a summary row of the meta's
//   revision; then it reads back the whole store (every row, as the app wrote it) and the
//   origin's localStorage (the marker that names the document). What is timed later is thus
//   the store exactly as this build writes it, never a copy made by the bench.
// - seededContext: a fresh context (empty HTTP cache, no service worker) with that localStorage,
//   whose rows are written by a page of the origin that loads nothing of the app (the static
//   server's 404 page), closed before the timed page opens.
// - storedCounts: in a page, how many records of each kind the marker's document has stored
//   (tools/stored_rows.mjs reads them, packs and single rows alike).

import { importFile, openPage } from './bench_steps.mjs';
import { MARKED_ROWS } from './stored_rows.mjs';

const DB = 'luoshi-doc';
const STORE = 'rows';
const MARKER = 'luoshi.store.v1';
/** Rows handed to the page per transaction while seeding. */
const CHUNK = 20_000;

/** In a page: `{ activity, reading, meta, summary }` for the document the marker names: the
 *  counts of its activity and reading rows, and the revisions of its meta and summary rows
 *  (null when absent). Null when no marker is set. */
export const STORED_COUNTS = `async () => {
  const rows = await (${MARKED_ROWS})();
  if (rows === null) return null;
  const count = (kind) => rows.filter(([k]) => k.startsWith(kind + '/')).length;
  const revision = (kind) => {
    const row = rows.find(([k]) => k === kind + '/');
    return row === undefined ? null : JSON.parse(row[1]).revision ?? null;
  };
  return { activity: count('activity'), reading: count('reading'), meta: revision('meta'), summary: revision('summary') };
}`;

export async function storedCounts(page) {
  return page.evaluate(`(${STORED_COUNTS})()`);
}

/** Waits until the page's store holds `activities` activity rows and `readings` reading rows,
 *  with a summary row of the meta's revision. */
export async function untilStored(page, activities, readings, timeoutMs = 600_000) {
  const t0 = Date.now();
  let last = null;
  for (;;) {
    last = await storedCounts(page).catch((e) => ({ error: String(e) }));
    if (last && last.activity === activities && last.reading === readings && last.meta !== null && last.summary === last.meta) return last;
    if (Date.now() - t0 > timeoutMs) throw new Error(`not stored within ${timeoutMs / 1000} s: ${JSON.stringify(last)}`);
    await page.waitForTimeout(250);
  }
}

/** The app's own store of `doc` (an object in the file format), read back whole. */
export async function makeSeed(browser, url, doc) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.luoshi === 'ready', null, { timeout: 60000 });
    const imp = await importFile(page, 'bench-seed.json', JSON.stringify(doc));
    if (imp.apply === null) throw new Error(`the seed document was not imported: ${imp.note}`);
    const readings = Array.isArray(doc.readings) ? doc.readings.length : 0;
    await untilStored(page, doc.activities.length, readings);
    const local = await page.evaluate(() => Object.entries(localStorage).map(([name, value]) => ({ name, value })));
    const rows = await page.evaluate(async ({ db: name, store: s }) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        const store = db.transaction(s, 'readonly').objectStore(s);
        const done = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
        const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
        return keys.map((k, i) => [k, values[i]]);
      } finally {
        db.close();
      }
    }, { db: DB, store: STORE });
    return { local, rows, activities: doc.activities.length, readings, chars: rows.reduce((n, [k, v]) => n + k.length + v.length, 0) };
  } finally {
    await context.close();
  }
}

/** A fresh context holding `seed` (see makeSeed); `options` are passed to newContext. */
export async function seededContext(browser, url, seed, options = {}) {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    ...options,
    storageState: { cookies: [], origins: [{ origin, localStorage: seed.local }] },
  });
  const page = await context.newPage();
  try {
    const r = await page.goto(new URL('/bench-seed-no-such-page', url).href);
    if (r && r.status() !== 404) throw new Error(`the seeding page loaded something (${r.status()})`);
    await page.evaluate(async ({ db: name, store: s }) => {
      await new Promise((resolve, reject) => {
        const req = indexedDB.open(name, 1);
        req.onupgradeneeded = () => req.result.createObjectStore(s);
        req.onsuccess = () => { req.result.close(); resolve(); };
        req.onerror = () => reject(req.error);
      });
    }, { db: DB, store: STORE });
    for (let i = 0; i < seed.rows.length; i += CHUNK) {
      await page.evaluate(async ({ db: name, store: s, rows }) => {
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open(name, 1);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        try {
          await new Promise((resolve, reject) => {
            const tx = db.transaction(s, 'readwrite', { durability: 'strict' });
            const store = tx.objectStore(s);
            for (const [k, v] of rows) store.put(v, k);
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error);
          });
        } finally {
          db.close();
        }
      }, { db: DB, store: STORE, rows: seed.rows.slice(i, i + CHUNK) });
    }
    const counts = await storedCounts(page);
    if (!counts || counts.activity !== seed.activities || counts.reading !== seed.readings) {
      throw new Error(`the seeded store holds ${JSON.stringify(counts)}, not ${seed.activities} activities and ${seed.readings} readings`);
    }
  } catch (e) {
    await context.close();
    throw e;
  }
  await page.close();
  return context;
}

/** A fresh context holding `seed` (tools/bench_seed.mjs: the document in IndexedDB as this
 *  build stores it, and the marker naming it; null: nothing stored), and a page of it that has
 *  opened the app at `url` (its first visit) and waited for it to be ready. The seeded store is
 *  checked before the page opens, so that no read of it in the page comes before the steps that
 *  are timed there. */
export async function newPage(browser, url, seed) {
  const context = seed === null
    ? await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    : await seededContext(browser, url, seed);
  return openPage(context, url);
}
