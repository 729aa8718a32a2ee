// Starts Luoshi in two modules. The first (first.js, src/first.rs) paints the first screen from
// storage, then calls `luoshiStartApp` below: that fetches the app's module (luoshi.js: Leptos,
// the shell and every view), waits for the app's stylesheet and mounts the app, which takes the
// painted copy's place and marks <html> with data-luoshi="ready" (src/web/first_paint.rs).
// A first module that cannot start marks it "failed", with data-luoshi-error; an app module
// that cannot be fetched is said by the first module, with a retry.
// Kept as an external module so the Content-Security-Policy needs no inline script.
//
// Offline: registers the service worker (sw.js). When a new version has been downloaded it
// sets data-luoshi-update="ready" on <html> and fires `luoshi-update-ready` on window; the app
// shows its "new version" banner and, when the user agrees, fires `luoshi-apply-update` on
// window; the new version then takes over and the page reloads once.
import init from './first.js';

const root = document.documentElement;

function failed(error) {
  root.dataset.luoshi = 'failed';
  root.dataset.luoshiError = String(error);
  console.error('Luoshi failed to start:', error);
  const note = document.getElementById('luoshi-loading');
  if (note) {
    note.textContent = '落实台账无法启动，请使用最新版的 Chrome、Edge 或 Firefox。' +
      ' Luoshi could not start: please use a recent Chrome, Edge or Firefox.';
  }
}

function announceUpdate(registration) {
  root.dataset.luoshiUpdate = 'ready';
  window.dispatchEvent(new CustomEvent('luoshi-update-ready'));
  window.addEventListener('luoshi-apply-update', () => {
    if (!registration.waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    registration.waiting.postMessage('luoshi-skip-waiting');
  }, { once: true });
}

// A worker that finishes installing while another controls the page is a new version.
function watchForUpdates(registration) {
  if (registration.waiting && navigator.serviceWorker.controller) announceUpdate(registration);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) announceUpdate(registration);
    });
  });
}

async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  try {
    const registration = await navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' });
    watchForUpdates(registration);
  } catch (error) {
    // The app works without it, only not offline.
    console.warn('Luoshi: offline mode is unavailable:', error);
  }
}

// The app's wasm, fetched and compiled: a promise of its WebAssembly.Module. A server that
// does not say application/wasm only costs the streaming.
function compileApp() {
  const compiled = fetch(new URL('luoshi_bg.wasm', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`luoshi_bg.wasm: ${response.status} ${response.statusText}`);
    return WebAssembly.compileStreaming(response.clone())
      .catch(() => response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)));
  });
  compiled.catch(() => {});
  return compiled;
}

// The app's scripts are fetched and its wasm compiled while the first module reads storage
// and the first screen is laid out and painted (the browser compiles off the page's thread),
// so that the app can start as soon as the first screen is on screen.
let appModule = null;
let appScript = null;

// Called by the first module once the first screen is on screen, with the promise of the app's
// stylesheet (or null). A failed fetch rejects; calling again fetches afresh.
window.luoshiStartApp = async (styles) => {
  const compiled = appModule ?? compileApp();
  const script = appScript ?? import('./luoshi.js');
  appModule = null;
  appScript = null;
  const app = await script;
  const wasm = await app.default({ module_or_path: compiled });
  // Read by `./x bench`: wasm memory only grows, so its size now is its peak so far.
  globalThis.luoshiDiagnostics = { wasmMemoryBytes: () => wasm.memory.buffer.byteLength };
  await styles;
  app.mount();
};

try {
  await init();
  performance.mark('luoshi-started');
  appModule = compileApp();
  appScript = import('./luoshi.js');
  appScript.catch(() => {});
} catch (error) {
  failed(error);
}
registerServiceWorker();
