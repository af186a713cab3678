// Registers the service worker that keeps visited pages and "Min plan" for reading offline
// (apps/server/src/offline). Without it, or without JavaScript, every page works as before.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js", { updateViaCache: "none" }).catch(function () {
    // Not allowed here (private mode, an old browser): the site simply stays online-only.
  });
}
