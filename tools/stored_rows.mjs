// The stored document's rows as the app reads them, for the bench and the end-to-end tests.
//
// The app keeps a document's records in IndexedDB (database `luoshi-doc`, store `rows`) one row
// per record or many to a row (src/store/pack.rs): a pack's key is `…/pack/<revision>.<n>.<writer>`
// and its text the line `luoshi-pack 1`, then each row as two lines, its key and its text. A
// row's text is its single row's if there is one, else the one in the last pack (in key order)
// that holds it; an empty text says the row is deleted.

/** In a page: `async (docId) => [[rest, text], …]`, every row of the document `docId`, unpacked,
 *  with `rest` the key after the document's prefix (`activity/a-17`, `plan/plan`, `meta/`). */
export const STORED_ROWS = `async (docId) => {
  const prefix = 'luoshi/' + new TextEncoder().encode(docId).length + ':' + docId + '/';
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('luoshi-doc');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const store = db.transaction('rows', 'readonly').objectStore('rows');
    const range = IDBKeyRange.bound(prefix, prefix + '\\uffff');
    const all = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const [keys, values] = await Promise.all([all(store.getAllKeys(range)), all(store.getAll(range))]);
    const rows = new Map();
    const singles = [];
    keys.forEach((k, i) => {
      if (!k.slice(prefix.length).startsWith('pack/')) { singles.push([k, values[i]]); return; }
      const lines = values[i].split('\\n');
      if (lines[0] !== 'luoshi-pack 1') throw new Error('not a pack: ' + k);
      for (let j = 1; j + 1 < lines.length; j += 2) rows.set(lines[j], lines[j + 1]);
    });
    for (const [k, v] of singles) rows.set(k, v);
    const out = [];
    for (const [k, v] of rows) if (v !== '' && k.startsWith(prefix)) out.push([k.slice(prefix.length), v]);
    return out;
  } finally {
    db.close();
  }
}`;

/** In a page: the rows of the document the localStorage marker names (STORED_ROWS), or null
 *  when no marker is set. */
export const MARKED_ROWS = `async () => {
  const marker = localStorage.getItem('luoshi.store.v1');
  if (marker === null) return null;
  return (${STORED_ROWS})(JSON.parse(marker).doc);
}`;

/** The rows of the document the marker of `page`'s origin names, or null. */
export async function markedRows(page) {
  return page.evaluate(`(${MARKED_ROWS})()`);
}
