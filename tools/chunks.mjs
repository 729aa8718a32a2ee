// Which file of the bundle loads when: the critical path, and the parts split off by wasm-split.
//
// wasm-split writes __wasm_split.js: one loader per split point (`__wasm_split_load_<name>`)
// that fetches `split_<name>.wasm` after the shared chunks it depends on (`chunk_<n>.wasm`,
// code used by several parts). This module reads that file, so the sizes, the bench and the
// tests all agree on what belongs to which part.
//
// Module API:
//   CRITICAL                      the files fetched before the dashboard is painted.
//   APP                           the app's module, fetched after that paint.
//   splitParts(dir) -> Map<part, string[]>   the .wasm files each split point loads.
//   whenLoaded(dir) -> Map<file, string>     for each file, 'first paint' or the parts that load it.

import fs from 'node:fs';
import path from 'node:path';

/** The files the browser fetches before the dashboard is painted (index.html aside): the first module. */
export const CRITICAL = ['start.js', 'first.js', 'first_bg.wasm', 'style/main.css'];

/** The app's module and its parts' loader, fetched once the first screen is painted. */
export const APP = ['luoshi.js', '__wasm_split.js', 'luoshi_bg.wasm'];

export const SPLIT_JS = '__wasm_split.js';

/** Every view's rules but the first screen's: linked by the first module with the app's module. */
export const APP_STYLES = 'style/app.css';

/** Map part name -> the .wasm files its loader fetches (its own and the shared chunks it needs). */
export function parseSplitJs(text) {
  const chunkFiles = new Map();
  for (const m of text.matchAll(/const (__chunk_\d+) = makeLoad\([\s\S]*?"\.\/([\w.-]+\.wasm)"/g)) {
    chunkFiles.set(m[1], m[2]);
  }
  const parts = new Map();
  for (const m of text.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\);/g)) {
    const files = [];
    for (const dep of m[3].split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!chunkFiles.has(dep)) throw new Error(`${SPLIT_JS}: ${m[1]} depends on unknown ${dep}`);
      files.push(chunkFiles.get(dep));
    }
    const own = m[2].match(/"\.\/([\w.-]+\.wasm)"/);
    if (own) files.push(own[1]);
    parts.set(m[1], files);
  }
  return parts;
}

export function splitParts(dir) {
  const file = path.join(dir, SPLIT_JS);
  return fs.existsSync(file) ? parseSplitJs(fs.readFileSync(file, 'utf8')) : new Map();
}

/** For each wasm file of the bundle: 'first paint', or the parts whose opening loads it. */
export function whenLoaded(dir) {
  const out = new Map();
  for (const f of CRITICAL) if (fs.existsSync(path.join(dir, f))) out.set(f, 'first paint');
  for (const f of [...APP, APP_STYLES]) if (fs.existsSync(path.join(dir, f))) out.set(f, 'app');
  for (const [part, files] of splitParts(dir)) {
    for (const f of files) out.set(f, out.has(f) && out.get(f) !== 'first paint' ? `${out.get(f)}, ${part}` : part);
  }
  return out;
}
