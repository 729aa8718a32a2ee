// Prints the transfer sizes of the release bundle: wasm, JS and CSS, raw, gzip and brotli.
//
//   node tools/sizes.mjs [dist] [--json]
//
// Module API: measureSizes(dist) -> { rows: [{ name, raw, gzip, brotli }], total: {...} }

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Brotli budget of the whole app in bytes (wasm + JS + CSS), and the aim. */
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

/** Sizes of one group of files, compressed one by one as a server would send them. */
function group(name, files) {
  const sum = { name, raw: 0, gzip: 0, brotli: 0, files: files.length };
  for (const f of files) {
    const c = compressed(fs.readFileSync(f));
    sum.raw += c.raw;
    sum.gzip += c.gzip;
    sum.brotli += c.brotli;
  }
  return sum;
}

export function measureSizes(dist) {
  const rows = [
    group('wasm', filesOf(dist, (f) => f.endsWith('.wasm'))),
    group('JS', filesOf(dist, (f) => f.endsWith('.js') && f !== 'sw.js')),
    group('CSS', filesOf(dist, (f) => f.endsWith('.css'))),
  ];
  const total = { name: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  const single = path.join(dist, 'luoshi.html');
  const singleFile = fs.existsSync(single) ? { name: 'luoshi.html', ...compressed(fs.readFileSync(single)) } : null;
  return { rows, total, singleFile };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function formatSizes({ rows, total, singleFile }) {
  const line = (r) => `  ${r.name.padEnd(12)}${kb(r.raw).padStart(12)}${kb(r.gzip).padStart(12)}${kb(r.brotli).padStart(12)}`;
  const out = [`  ${''.padEnd(12)}${'raw'.padStart(12)}${'gzip'.padStart(12)}${'brotli'.padStart(12)}`];
  for (const r of rows) out.push(line(r));
  out.push(line(total));
  if (singleFile) out.push(line(singleFile) + '   (single file)');
  const verdict = total.brotli <= AIM ? 'within the aim' : total.brotli <= BUDGET ? 'within the budget, above the aim' : 'OVER BUDGET';
  out.push(`total brotli: ${kb(total.brotli)} (budget ${kb(BUDGET)}, aim ${kb(AIM)}: ${verdict})`);
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) || 'dist';
  const sizes = measureSizes(dist);
  console.log(args.includes('--json') ? JSON.stringify(sizes, null, 2) : formatSizes(sizes));
}
