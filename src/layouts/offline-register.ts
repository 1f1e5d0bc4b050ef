/**
 * Registers the service worker that keeps the whole course on the device (src/integrations/offline.mjs),
 * once the page has loaded so its precaching never competes with the page's own requests. Not with
 * Save-Data on: precaching is every page of the course, several megabytes, which a reader who asked to
 * save data did not ask for. Where registration fails (a private window, a file:// copy) the course
 * still works online; nothing else depends on it.
 */
import { BASE } from '../site-base';

interface SaveDataConnection {
  readonly saveData?: boolean;
}

function register(): void {
  const connection = (navigator as Navigator & { connection?: SaveDataConnection }).connection;
  if (connection?.saveData) return;
  navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => {});
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
