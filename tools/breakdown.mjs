// Where the first module's bytes go: its functions' code grouped by crate (and by module for
// this crate), from the names the linker keeps, before wasm-bindgen and wasm-opt. Sizes are
// raw code bytes before optimisation: a guide to proportions, not to the shipped size.
//
//   node tools/breakdown.mjs [target/web-first.wasm] [--top N] [--depth D]
//
// scripts/build.sh keeps the first module (the critical path's wasm) as cargo linked it at target/web-first.wasm.

import fs from 'node:fs';

function parse(buf) {
  let p = 8;
  const uleb = () => {
    let r = 0, shift = 0, b;
    do { b = buf[p++]; r += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return r;
  };
  const skipLimits = () => { const flags = uleb(); uleb(); if (flags & 1) uleb(); };
  let importedFns = 0, data = 0;
  const bodies = [], names = new Map();
  while (p < buf.length) {
    const id = buf[p++];
    const len = uleb();
    const end = p + len;
    if (id === 2) {
      for (let n = uleb(); n > 0; n--) {
        p += uleb(); p += uleb();
        const kind = buf[p++];
        if (kind === 0) { uleb(); importedFns++; }
        else if (kind === 1) { p++; skipLimits(); }
        else if (kind === 2) skipLimits();
        else if (kind === 3) p += 2;
        else { p++; uleb(); }
      }
    } else if (id === 10) {
      for (let n = uleb(); n > 0; n--) { const size = uleb(); bodies.push(size); p += size; }
    } else if (id === 11) {
      data = len;
    } else if (id === 0) {
      const nameLen = uleb();
      const name = buf.subarray(p, p + nameLen).toString();
      p += nameLen;
      if (name === 'name') {
        while (p < end) {
          const sub = buf[p++];
          const subEnd = uleb() + p;
          if (sub === 1) {
            for (let n = uleb(); n > 0; n--) {
              const index = uleb();
              const l = uleb();
              names.set(index, buf.subarray(p, p + l).toString());
              p += l;
            }
          }
          p = subEnd;
        }
      }
    }
    p = end;
  }
  return { importedFns, bodies, names, data };
}

/** `_ZN6luoshi3app5state...E` -> `luoshi::app::state::...` (Rust's legacy mangling). */
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== 'E') {
    const m = /^\d+/.exec(name.slice(i));
    if (!m) break;
    i += m[0].length;
    parts.push(name.slice(i, i + Number(m[0])));
    i += Number(m[0]);
  }
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\.\./g, '::').replace(/\$C\$/g, ',').replace(/\$RF\$/g, '&');
}

function groupOf(name, depth) {
  // `<A as B>::f` and `drop_in_place<A>` count for A's crate: the code is A's, instantiated.
  const n = demangle(name).replace(/^_?</, '').replace(/^core::ptr::drop_in_place</, '').replace(/^impl /, '').replace(/^&(mut )?/, '').replace(/^(\$LP\$)+/, '');
  if (n.startsWith('__wbindgen_describe')) return 'wasm-bindgen descriptors (removed by wasm-bindgen)';
  if (n.startsWith('luoshi::')) return n.split('::').slice(0, depth).filter((s) => !/^h[0-9a-f]{16}$/.test(s)).join('::');
  if (n.startsWith('__wbindgen') || n.startsWith('__wbg')) return 'wasm-bindgen glue';
  const m = /^([a-z_][a-z_0-9]*)::/.exec(n);
  return m ? m[1] : '(other)';
}

const args = process.argv.slice(2);
/**
 * For a module wasm-split wrote (pass --linked=<the module it read>): wasm-split 0.2.4 writes the main module's name section with its function indices shifted (on
 * 2026-11-30 by 15), so read as written every name belongs to another function. The shift is
 * found by aligning body sizes with the linked module wasm-split read, where each name is right:
 * the one under which most bodies have their own function's size (wasm-split changes a body
 * only by its relocated indices).
 */
function nameShift() {
  const linked = args.find((a) => a.startsWith('--linked='))?.slice(9);
  if (!linked || !fs.existsSync(linked)) return 0;
  const input = parse(fs.readFileSync(linked));
  const sizeOf = new Map();
  input.bodies.forEach((size, i) => {
    const n = input.names.get(i + input.importedFns);
    if (n) sizeOf.set(n, size);
  });
  let best = [0, -1];
  for (let k = -64; k <= 64; k++) {
    let same = 0;
    bodies.forEach((size, i) => {
      const n = names.get(i + importedFns + k);
      if (n && sizeOf.has(n) && Math.abs(sizeOf.get(n) - size) <= 8) same++;
    });
    if (same > best[1]) best = [k, same];
  }
  console.log(`names aligned with ${linked}: shifted by ${best[0]} (${best[1]} of ${bodies.length} bodies agree in size)`);
  return best[0];
}


const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) || 'target/web-first.wasm';
const top = Number(args[args.indexOf('--top') + 1]) || 30;
const depth = Number(args[args.indexOf('--depth') + 1]) || 3;
const { importedFns, bodies, names, data } = parse(fs.readFileSync(file));
const shift = nameShift();
const groups = new Map();
let code = 0;
bodies.forEach((size, i) => {
  const name = names.get(i + importedFns + shift);
  const g = name ? groupOf(name, depth) : '(no name: made by wasm-split)';
  groups.set(g, (groups.get(g) || 0) + size);
  code += size;
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: code ${kb(code)} in ${bodies.length} functions, data ${kb(data)}`);
for (const [g, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${kb(size).padStart(10)} ${((100 * size) / code).toFixed(1).padStart(5)}%  ${g}`);
}
