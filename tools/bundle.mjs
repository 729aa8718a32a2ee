// Assembles the release bundle in dist/ from the wasm-bindgen output, index.html, static/
// and style/, and writes dist/luoshi.html: the whole app in one self-contained file.
//
//   node tools/bundle.mjs --stage target/web --out dist
//
// dist/ layout:
//   index.html, start.js, the first module (first.js, first_bg.wasm: paints the first screen),
//   style/main.css (its @imports inlined), the app's module (luoshi.js, luoshi_bg.wasm),
//   style/app.css, __wasm_split.js and the app's parts split off by wasm-split
//   (split_<part>.wasm, chunk_<n>.wasm),
//   sw.js (service worker, its cache name and file list stamped here), manifest.webmanifest, icons,
//   luoshi.html (single file: CSS, both modules' JS glue, their wasm and every part as base64
//   inlined, started with initSync, so it runs from file:// where a page cannot fetch a .wasm),
//   and beside every file its brotli (.br) and gzip (.gz) copy, for hosts that serve them.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { stage: 'target/web', out: 'dist' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--stage') opts.stage = argv[++i];
    else if (argv[i] === '--out') opts.out = argv[++i];
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  return { stage: path.resolve(ROOT, opts.stage), out: path.resolve(ROOT, opts.out) };
}

const sha256 = (data) => crypto.createHash('sha256').update(data).digest();
const read = (file) => fs.readFileSync(file, 'utf8');

function copyDir(from, to, filter = () => true) {
  if (!fs.existsSync(from)) return [];
  const copied = [];
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      copied.push(...copyDir(src, dst, filter).map((f) => path.join(entry.name, f)));
    } else if (filter(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
      copied.push(entry.name);
    }
  }
  return copied;
}

/** All files under dir, as '/'-separated paths relative to dir, sorted. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel + '/'));
    else out.push(rel);
  }
  return out.sort();
}

/** The stylesheet with its @import rules replaced by the imported files, recursively. */
function inlineCss(file, seen = new Set()) {
  if (!fs.existsSync(file) || seen.has(file)) return '';
  seen.add(file);
  const css = read(file);
  return css.replace(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?\s*;/g, (_, rel) =>
    inlineCss(path.resolve(path.dirname(file), rel), seen),
  );
}

function stampServiceWorker(out) {
  const sw = path.join(out, 'sw.js');
  if (!fs.existsSync(sw)) return;
  const shell = listFiles(out).filter((f) => f !== 'sw.js' && f !== 'luoshi.html' && !/\.(br|gz)$/.test(f));
  const hash = crypto.createHash('sha256');
  for (const f of shell) hash.update(f).update(fs.readFileSync(path.join(out, f)));
  const version = hash.digest('hex').slice(0, 12);
  const text = read(sw)
    .replace('__LUOSHI_VERSION__', version)
    .replace('["__LUOSHI_SHELL__"]', JSON.stringify(['./', ...shell]));
  fs.writeFileSync(sw, text);
}

function escapeScript(js) {
  return js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

/**
 * The start-up code of the single file: each module's wasm decoded from base64 and started with
 * initSync. The first module paints the first screen and then calls `luoshiStartApp`, which
 * starts the app's module and mounts the app (as start.js does for the served page).
 */
function singleFileStart(firstBase64, appBase64) {
  return `
const LUOSHI_FIRST_WASM = "${firstBase64}";
const LUOSHI_APP_WASM = "${appBase64}";
function luoshiBytes(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
window.luoshiStartApp = async (styles) => {
  const wasm = luoshiApp.initSync({ module: luoshiBytes(LUOSHI_APP_WASM) });
  globalThis.luoshiDiagnostics = { wasmMemoryBytes: () => wasm.memory.buffer.byteLength };
  await styles;
  luoshiApp.mount();
};
{
  const root = document.documentElement;
  try {
    // Its main paints the first screen; the app marks the page ready once mounted.
    luoshiFirst.initSync({ module: luoshiBytes(LUOSHI_FIRST_WASM) });
  } catch (error) {
    root.dataset.luoshi = 'failed';
    root.dataset.luoshiError = String(error);
    console.error('Luoshi failed to start:', error);
  }
}
`;
}

/**
 * A wasm-bindgen glue module as a script of its own scope: `const <name> = (() => { ... })()`,
 * its exports the object's properties. The single file holds two glue modules in one script,
 * and each has the same top-level names.
 */
function scopeGlue(glue, name) {
  const names = [];
  let body = glue.replace(/^export (function|class|const|let) (\w+)/gm, (_, kw, n) => {
    names.push(n);
    return `${kw} ${n}`;
  });
  body = body.replace(/^export \{([^}]*)\};?[ \t]*$/gm, (_, list) => {
    for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      const [local, exported] = item.split(/\s+as\s+/);
      names.push(exported ? `${exported}: ${local}` : local);
    }
    return '';
  });
  if (/^\s*(import|export)\s/m.test(body)) {
    throw new Error(`${name}: the glue imports other modules (wasm-bindgen snippets) or exports in a form the single file cannot inline`);
  }
  return `const ${name} = (() => {\n${body}\nreturn { ${names.join(', ')} };\n})();\n`;
}

function singleFileCsp(scriptText, cssText) {
  const h = (t) => `'sha256-${sha256(t).toString('base64')}'`;
  return [
    "default-src 'none'",
    `script-src ${h(scriptText)} 'wasm-unsafe-eval'`,
    `style-src ${h(cssText)}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The parts' loader (__wasm_split.js) made part of the single file's one module script: its
 * exports become an object under the name the glue imports it as, and each part's .wasm,
 * instead of being fetched, is taken from base64 inlined in the page (decoded when first
 * needed), so the parts load from file:// too.
 */
function inlineSplitLoader(out, glue) {
  // wasm-bindgen imports the loader once per function the main module takes from it.
  const importRe = /^import \* as (\w+) from ['"]\.\/__wasm_split\.js['"];?[ \t]*$/gm;
  const aliases = [...glue.matchAll(importRe)].map((m) => m[1]);
  if (aliases.length === 0) return glue;
  let loader = read(path.join(out, '__wasm_split.js'));
  loader = loader.replace(/^import \{ initSync \} from ['"]\.\/luoshi\.js['"];?[ \t]*$/m, '');
  const names = [];
  loader = loader.replace(/^export const (\w+) =/gm, (_, name) => {
    names.push(name);
    return `const ${name} =`;
  });
  const files = new Set();
  loader = loader.replace(/fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\)/g, (_, file) => {
    files.add(file);
    return `luoshiInlinedPart(${JSON.stringify(file)})`;
  });
  // Comments name the parts that share a chunk (a part may be called `export`): not code.
  const code = loader.replace(/\/\*[\s\S]*?\*\//g, '').replace(/import\.meta/g, '');
  if (/\b(import|export)\b[^(]/.test(code) || /fetch\(/.test(code)) {
    throw new Error('__wasm_split.js has a form the single file cannot inline: check tools/bundle.mjs');
  }
  const parts = {};
  for (const f of [...files].sort()) parts[f] = fs.readFileSync(path.join(out, f)).toString('base64');
  const inlined = `
const LUOSHI_PARTS = ${JSON.stringify(parts)};
function luoshiInlinedPart(file) {
  const text = atob(LUOSHI_PARTS[file]);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));
}
const luoshiSplitLoader = (() => {
${loader}
return { ${names.join(', ')} };
})();
${aliases.map((a) => `const ${a} = luoshiSplitLoader;`).join('\n')}
`;
  return glue.replace(importRe, '') + inlined;
}

function writeSingleFile(out) {
  const app = scopeGlue(inlineSplitLoader(out, read(path.join(out, 'luoshi.js'))), 'luoshiApp');
  const first = scopeGlue(read(path.join(out, 'first.js')), 'luoshiFirst');
  const firstWasm = fs.readFileSync(path.join(out, 'first_bg.wasm')).toString('base64');
  const appWasm = fs.readFileSync(path.join(out, 'luoshi_bg.wasm')).toString('base64');
  // Every view's rules, then the first screen's, in the order the served page links them.
  const css = inlineCss(path.join(ROOT, 'style', 'app.css')) + inlineCss(path.join(ROOT, 'style', 'main.css'));
  const script = escapeScript(first + app + singleFileStart(firstWasm, appWasm));
  const style = css.replace(/<\/style/gi, '<\\/style');
  const iconFile = path.join(out, 'icon.svg');
  const icon = fs.existsSync(iconFile)
    ? `<link rel="icon" href="data:image/svg+xml;base64,${fs.readFileSync(iconFile).toString('base64')}">`
    : '';

  let html = read(path.join(ROOT, 'index.html'));
  const replace = (re, by, what) => {
    if (!re.test(html)) throw new Error(`index.html has no ${what}`);
    html = html.replace(re, () => by);
  };
  replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(script, style)}">`, 'CSP meta tag');
  replace(/<link rel="icon"[^>]*>/, icon, 'icon link');
  replace(/\s*<link rel="manifest"[^>]*>/, '', 'manifest link');
  replace(/\s*<link rel="modulepreload"[^>]*>/g, '', 'module preload');
  replace(/\s*<link rel="preload"[^>]*>/, '', 'wasm preload');
  replace(/<link rel="stylesheet" href="style\/main.css">/, `<style>${style}</style>`, 'style/main.css link');
  replace(/<script type="module" src="start.js"><\/script>/, `<script type="module">${script}</script>`, 'start.js script');
  fs.writeFileSync(path.join(out, 'luoshi.html'), html);
}

function main() {
  const { stage, out } = parseArgs(process.argv.slice(2));
  for (const f of ['first.js', 'first_bg.wasm', 'luoshi.js', 'luoshi_bg.wasm']) {
    if (!fs.existsSync(path.join(stage, f))) throw new Error(`${stage}/${f} is missing: build the wasm first`);
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  copyDir(stage, out, (name) => !name.startsWith('.'));
  copyDir(path.join(ROOT, 'static'), out);
  // Two stylesheets, their @import rules inlined (each would wait for the one before): main.css
  // for the first screen, app.css for the rest.
  const mainCss = path.join(ROOT, 'style', 'main.css');
  if (!fs.existsSync(mainCss)) console.warn('warning: style/main.css is missing; the app will be unstyled');
  else {
    fs.mkdirSync(path.join(out, 'style'), { recursive: true });
    fs.writeFileSync(path.join(out, 'style', 'main.css'), inlineCss(mainCss));
    // The other views' rules, linked by the app once the first screen is painted.
    fs.writeFileSync(path.join(out, 'style', 'app.css'), inlineCss(path.join(ROOT, 'style', 'app.css')));
  }
  fs.copyFileSync(path.join(ROOT, 'index.html'), path.join(out, 'index.html'));
  stampServiceWorker(out);
  writeSingleFile(out);
  precompress(out);
}

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every file, so
 * that a host which serves precompressed files (./x serve, nginx gzip_static/brotli_static,
 * Apache, IIS: see README) sends them compressed without compressing on each request.
 */
function precompress(out) {
  for (const f of listFiles(out)) {
    if (/\.(br|gz|png|ico)$/.test(f)) continue;
    const file = path.join(out, f);
    const data = fs.readFileSync(file);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  }
}

main();
