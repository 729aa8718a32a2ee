// Service worker: keeps the app shell in a versioned cache so the app opens with no network.
//
// The build stamps VERSION (a hash of the shell) and SHELL (its files: every file of dist/ but the
// single file and the .br/.gz copies, so every part loaded on demand is precached with the rest
// and a new version replaces them all at once). A new version installs
// in the background and then WAITS: it takes over only when the page, after the user agreed,
// posts 'luoshi-skip-waiting' (see start.js), so an open page never changes under the user.
// Every URL is relative to this file, so the app works at any sub-path of a static host.

const VERSION = '__LUOSHI_VERSION__';
const CACHE = `luoshi-${VERSION}`;
const SHELL = ["__LUOSHI_SHELL__"];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('luoshi-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'luoshi-skip-waiting') self.skipWaiting();
});

// Cache first for the shell; anything else of this origin goes to the network as usual.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      if (request.mode === 'navigate') {
        const shell = await cache.match('./');
        if (shell) return shell;
      }
      return fetch(request);
    }),
  );
});
