// A tiny static file server for dist/, on loopback only.
//
// Used by `./x serve` (as a command) and by the end-to-end harness (as a module).
// It exists instead of `python3 -m http.server` so that .wasm is always served as
// application/wasm (streaming compilation) and the web app manifest with its own type,
// and so that tests can stop and restart it on the same port to simulate going offline.
//
// Compression: the build writes `<file>.br` and `<file>.gz` beside every asset; a request whose
// Accept-Encoding allows one gets it (brotli first) with Content-Encoding and `Vary:
// Accept-Encoding`, as a static host with precompressed files enabled would send it; a copy older
// than its file is ignored.
//
//   node tools/static-server.mjs [--port N] [--dir DIR]
//
// Module API:
//   startStaticServer({ root, port = 0, host = '127.0.0.1' })
//     -> Promise<{ url, port, root, stop(): Promise<void>, restart(): Promise<void> }>
//   `url` ends with '/'. `stop()` closes every open connection, so the page really sees the
//   server gone; `restart()` listens again on the same port.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** Maps a request path to a file under root, or null when it escapes root. */
function resolveFile(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const file = path.normalize(path.join(root, rel));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function handle(root, req, res) {
  let file = resolveFile(root, req.url || '/');
  if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    file = path.join(file, 'index.html');
  }
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
    return;
  }
  const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  // no-cache: the browser revalidates every time, so a rebuilt bundle shows at once.
  const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
  const encoded = precompressed(file, req.headers['accept-encoding']);
  if (encoded) {
    headers['content-encoding'] = encoded.encoding;
    file = encoded.file;
  }
  headers['content-length'] = fs.statSync(file).size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}

/** The tokens of an Accept-Encoding header that are not refused with q=0. */
export function acceptedEncodings(header) {
  const accepted = new Set();
  for (const part of String(header || '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (token && !(q && Number(q.slice(2)) === 0)) accepted.add(token);
  }
  return accepted;
}

/** The precompressed copy of `file` the request accepts (brotli first), or null. A copy older
 *  than its file (the file was changed after the build) is stale and not sent. */
function precompressed(file, acceptEncoding) {
  const accepted = acceptedEncodings(acceptEncoding);
  const changed = fs.statSync(file).mtimeMs;
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepted.has(encoding) && fs.existsSync(file + ext) && fs.statSync(file + ext).mtimeMs >= changed) {
      return { encoding, file: file + ext };
    }
  }
  return null;
}

export async function startStaticServer({ root, port = 0, host = '127.0.0.1' } = {}) {
  const dir = path.resolve(root);
  const sockets = new Set();
  const server = http.createServer((req, res) => handle(dir, req, res));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (p) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, host, () => {
        server.off('error', reject);
        resolve(server.address().port);
      });
    });
  const actual = await listen(port);
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    root: dir,
    stop: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
    restart: async () => {
      if (!server.listening) await listen(actual);
    },
  };
}

function parseArgs(argv) {
  const opts = { port: 8080, dir: 'dist' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') opts.port = Number(argv[++i]);
    else if (argv[i] === '--dir') opts.dir = argv[++i];
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error('--port needs a number between 0 and 65535');
  }
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  try {
    const s = await startStaticServer({ root: opts.dir, port: opts.port });
    console.log(`Luoshi is served at ${s.url}  (Ctrl-C stops it)`);
  } catch (e) {
    if (e.code === 'EADDRINUSE') {
      console.error(`port ${opts.port} is busy: try ./x serve --port ${opts.port + 1}`);
      process.exit(1);
    }
    throw e;
  }
}
