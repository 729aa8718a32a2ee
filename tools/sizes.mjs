// Prints the transfer sizes of the release bundle: each wasm, JS and CSS file, raw, gzip and
// brotli, when it loads (first paint, or the parts that need it), and the critical path's total.
//
//   node tools/sizes.mjs [dist] [--json]
//
// Module API: measureSizes(dist) -> { rows: [{ name, raw, gzip, brotli, loads }], critical, total, singleFile }

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { APP, APP_STYLES, splitParts, whenLoaded } from './chunks.mjs';

/** Brotli budget of the critical path in bytes (wasm + JS + CSS before the first paint), and the aim. */
export const BUDGET = 150 * 1024;
export const AIM = 120 * 1024;

function compressed(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

function filesOf(dist, test) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (test(path.relative(dist, p))) out.push(p);
    }
  };
  walk(dist);
  return out.sort();
}

/** Every file of the bundle's code and style, one row each, with when it loads. */
export function measureSizes(dist) {
  const loads = whenLoaded(dist);
  const code = filesOf(dist, (f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
  const rows = code.map((f) => {
    const name = path.relative(dist, f).split(path.sep).join('/');
    return { name, ...compressed(fs.readFileSync(f)), loads: loads.get(name) || 'not loaded' };
  });
  rows.sort((a, b) => (a.loads === 'first paint') === (b.loads === 'first paint') ? a.name.localeCompare(b.name) : a.loads === 'first paint' ? -1 : 1);
  const sum = (name, rs) => {
    const t = { name, raw: 0, gzip: 0, brotli: 0 };
    for (const r of rs) for (const k of ['raw', 'gzip', 'brotli']) t[k] += r[k];
    return t;
  };
  const critical = sum('critical path', rows.filter((r) => r.loads === 'first paint'));
  const byName = new Map(rows.map((r) => [r.name, r]));
  const parts = [['app', [...APP, APP_STYLES]], ...splitParts(dist)]
    .map(([part, files]) => sum(part, files.map((f) => byName.get(f)).filter(Boolean)));
  const total = sum('every file', rows);
  const single = path.join(dist, 'luoshi.html');
  const singleFile = fs.existsSync(single) ? { name: 'luoshi.html', ...compressed(fs.readFileSync(single)) } : null;
  return { rows, critical, parts, total, singleFile };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function formatSizes({ rows, critical, parts = [], total, singleFile }) {
  const w = Math.max(16, ...rows.map((r) => r.name.length + 2));
  const line = (r) => `  ${r.name.padEnd(w)}${kb(r.raw).padStart(11)}${kb(r.gzip).padStart(11)}${kb(r.brotli).padStart(11)}`;
  const out = [`  ${'file'.padEnd(w)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}   loads`];
  for (const r of rows) out.push(`${line(r)}   ${r.loads}`);
  out.push(line(total) + '   (all of the above)');
  for (const p of parts) out.push(line({ ...p, name: `part ${p.name}` }) + '   (its file and shared chunks, when none is loaded yet)');
  if (singleFile) out.push(line(singleFile) + '   (single file, every part inside)');
  const verdict = critical.brotli <= AIM ? 'within the aim' : critical.brotli <= BUDGET ? 'within the budget, above the aim' : 'OVER BUDGET';
  out.push(`critical path (fetched before the dashboard is painted): ${kb(critical.raw)} raw, ${kb(critical.gzip)} gzip, ${kb(critical.brotli)} brotli (budget ${kb(BUDGET)}, aim ${kb(AIM)}: ${verdict})`);
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) || 'dist';
  const sizes = measureSizes(dist);
  console.log(args.includes('--json') ? JSON.stringify(sizes, null, 2) : formatSizes(sizes));
}
