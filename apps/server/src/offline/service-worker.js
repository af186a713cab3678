// Velkomst's service worker (served at /sw.js; offline-pages.tsx fills in the three constants).
// Progressive enhancement: every page works without it. Online, pages always come from the
// server (network first), so nobody reads a stale page while connected; offline, a page saved
// on an earlier visit is shown with a "saved on …, you are offline" notice, and anything else
// gets the offline page in the reader's language.
const version = "__VERSION__";
const coreAssets = __CORE_ASSETS__;
const languages = __LANGUAGES__;

// Assets are named by their content, so each version has its own cache and the old one is dropped
// when the new worker takes over. Saved pages outlive versions: they are replaced on every visit.
const assetCache = "velkomst-assets-" + version;
const pageCache = "velkomst-pages";
const offlinePagePath = (lang) => "/" + lang + "/frakoblet";
const languageOf = (url) => {
  const first = url.pathname.split("/")[1];
  return languages.indexOf(first) === -1 ? languages[0] : first;
};
// The plan's calendar file is saved with the plan; its PDF once it has been opened (it is 100–170 KB).
const isPlanFile = (url) => /^\/[a-z]{2}\/min-plan\/(kalender\.ics|plan\.pdf)$/.test(url.pathname);
const isSignOut = (url) => /^\/[a-z]{2}\/logg-ut$/.test(url.pathname);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(assetCache)
      // From the browser's HTTP cache where the page already loaded them: no extra bytes.
      .then((cache) => cache.addAll(coreAssets))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("velkomst-assets-") && name !== assetCache).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
      // The page that installed the worker was loaded before it: save it now, so a plan made on
      // the first visit is there offline too.
      .then(() => self.clients.matchAll({ type: "window" }))
      .then((windows) =>
        Promise.allSettled(windows.flatMap((client) => [saveFromNetwork(new Request(client.url, { credentials: "same-origin" })), saveOfflinePage(new URL(client.url))])),
      ),
  );
});

async function saveFromNetwork(request) {
  const response = await fetch(request);
  if (response.ok && response.headers.get("x-offline") === "save") await savePage(request, response);
}

/** `/assets/app.3f9a1c2b7d.css` → `app.css`, to find today's file for a page saved by an older version. */
const plainAssetName = (pathname) => pathname.replace(/^\/assets\//, "").replace(/\.[0-9a-f]{10}(\.[a-z]+)$/, "$1");

async function asset(request) {
  const cache = await caches.open(assetCache);
  const cached = await cache.match(request);
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const wanted = plainAssetName(new URL(request.url).pathname);
    for (const key of await cache.keys()) {
      if (plainAssetName(new URL(key.url).pathname) === wanted) return cache.match(key);
    }
    throw error;
  }
}

/** Saves a page (with the moment it was saved) and the stylesheets and scripts it names. */
async function savePage(request, response) {
  const html = await response.clone().text();
  const headers = new Headers(response.headers);
  headers.set("x-saved-at", new Date().toISOString());
  const pages = await caches.open(pageCache);
  await pages.put(request, new Response(html, { status: 200, headers }));
  const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  const calendar = [...html.matchAll(/href="(\/[a-z]{2}\/min-plan\/kalender\.ics\?[^"]*)"/g)].map((match) => match[1].replace(/&amp;/g, "&"));
  const cache = await caches.open(assetCache);
  await Promise.allSettled([...assets.map((url) => cache.match(url).then((hit) => hit || cache.add(url))), ...calendar.map((url) => pages.add(url))]);
}

/** The saved page with its notice shown: the date in the page's own locale, Norwegian time. */
async function withNotice(saved) {
  const html = await saved.text();
  const savedAt = new Date(saved.headers.get("x-saved-at") || Date.now());
  const locale = (html.match(/data-offline-notice="([^"]+)"/) || [])[1] || "nb-NO";
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" }).format(savedAt);
  const shown = html.replace(/(data-offline-notice="[^"]*") hidden=""/, "$1").replace("%SAVED_AT%", formatted);
  return new Response(shown, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
}

/** The offline page in the language of this address, once per version (a few kB), for when the network is gone. */
async function saveOfflinePage(url) {
  const cache = await caches.open(assetCache);
  const path = offlinePagePath(languageOf(url));
  if (!(await cache.match(path))) await cache.add(path);
}

async function offlinePage(url) {
  const cache = await caches.open(assetCache);
  const page = (await cache.match(offlinePagePath(languageOf(url)))) || (await cache.match(offlinePagePath(languages[0])));
  return page || Response.error();
}

async function fromSaved(event, url, error) {
  const saved = await caches.open(pageCache).then((pages) => pages.match(event.request));
  if (saved && isPlanFile(url)) return saved;
  if (saved) return withNotice(saved);
  if (event.request.mode === "navigate") return offlinePage(url);
  throw error;
}

async function page(event, url) {
  // Known to be offline: straight to what was saved (the browser's own cache would otherwise
  // answer for a page seen minutes ago, without the notice that says so).
  if (self.navigator.onLine === false) return fromSaved(event, url, new TypeError("offline"));
  try {
    const response = await fetch(event.request);
    if (response.ok && response.headers.get("x-offline") === "save") event.waitUntil(savePage(event.request, response.clone()));
    if (response.ok && isPlanFile(url)) {
      const copy = response.clone();
      event.waitUntil(caches.open(pageCache).then((pages) => pages.put(event.request, copy)));
    }
    event.waitUntil(saveOfflinePage(url));
    return response;
  } catch (error) {
    return fromSaved(event, url, error);
  }
}

/**
 * Signing out forgets every saved page before the request goes on (also offline): on a shared
 * phone the next person must not read someone's plan without a network. The server's answer also
 * says `Clear-Site-Data: "cache"` for the browser's own cache.
 */
function signOut(request) {
  return caches.delete(pageCache).then(() => fetch(request));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && isSignOut(url)) return event.respondWith(signOut(request));
  if (request.method !== "GET") return;
  if (url.pathname.startsWith("/assets/")) event.respondWith(asset(request));
  else if (request.mode === "navigate" || isPlanFile(url)) event.respondWith(page(event, url));
});
