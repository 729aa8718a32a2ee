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

// Called by the first module once the first screen is on screen, with the promise of the app's
// stylesheet (or null). A failed fetch rejects; calling again fetches afresh.
window.luoshiStartApp = async (styles) => {
  // The app's wasm is fetched beside its JavaScript, not after it: the module's scripts
  // (luoshi.js, then __wasm_split.js) and the wasm's download overlap.
  const wasmResponse = fetch(new URL('luoshi_bg.wasm', import.meta.url));
  wasmResponse.catch(() => {});
  const app = await import('./luoshi.js');
  const wasm = await app.default({ module_or_path: wasmResponse });
  // Read by `./x bench`: wasm memory only grows, so its size now is its peak so far.
  globalThis.luoshiDiagnostics = { wasmMemoryBytes: () => wasm.memory.buffer.byteLength };
  await styles;
  app.mount();
};

// The app's scripts (luoshi.js, then __wasm_split.js, which it imports: two requests one after
// the other) are fetched and parsed while the first module reads storage and paints, but run
// only once the first screen is on screen (luoshiStartApp). The wasm, most of the bytes, is
// fetched then too, so that on a slow line it never delays that screen.
function preloadAppScripts() {
  for (const file of ['luoshi.js', '__wasm_split.js']) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

try {
  await init();
  performance.mark('luoshi-started');
  preloadAppScripts();
} catch (error) {
  failed(error);
}
registerServiceWorker();
