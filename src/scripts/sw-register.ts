/**
 * Registers the service worker (/sw.js, docs/offline.md) once the page has loaded, so that its
 * downloads do not compete with the page's own. Only in a production build: under `astro dev`
 * a worker would serve stale copies of the pages being edited, so there it removes one that a
 * preview on the same address may have left.
 */
if ('serviceWorker' in navigator) {
  if (import.meta.env.PROD) {
    addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => {}));
  } else {
    void navigator.serviceWorker
      .getRegistrations()
      .then((all) => all.forEach((registration) => void registration.unregister()));
  }
}
