// A minimal static server for dist/, used by the page-weight, Lighthouse and screenshot scripts and
// the offline and sub-path browser tests, so they need nothing but Node. Directory URLs serve
// index.html; unknown paths serve 404.html with status 404. It answers as a production host would:
// text gzip-compressed, and the fingerprinted files under /_astro/ cached for a year (their names
// change whenever their content does).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pf_meta': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving `root` on 127.0.0.1 at a free port; resolves to { url, close }. With `base`
 * ('/learning-techniques/'), the site is served under that path, as on a project page, and nothing
 * outside it exists. `close` also drops the connections the browser keeps open: the site is then gone.
 */
export function serveDist(root, { base = '/' } = {}) {
  const server = createServer(async (req, res) => {
    const requested = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const path = requested.startsWith(base) ? `/${requested.slice(base.length)}` : null;
    let file = join(root, path ?? '/no-such-file');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type };
      if (path?.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
      if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        headers['content-encoding'] = 'gzip';
        res.writeHead(200, headers);
        res.end(gzipSync(body));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(join(root, '404.html')).catch(() => 'not found'));
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const close = () => new Promise((r) => {
        server.close(r);
        server.closeAllConnections();
      });
      resolve({ url: `http://127.0.0.1:${port}`, close });
    });
  });
}
