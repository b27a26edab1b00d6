// A static server for the built site on 127.0.0.1, standing in for GitHub Pages: the site is
// served under the path of its site_url (from sitemap.xml, "/" for a local build), a folder's
// index.html answers for the folder, and a missing file is a 404 with the site's 404 page.
//
// The one difference from Pages: sitemap.xml's absolute URLs name the published host, and
// Material's instant loading follows only links that are in the sitemap, so the server rewrites
// that host to its own (as `mkdocs serve` does) to let the tests exercise instant loading.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
  ".gz": "application/gzip",
  ".inv": "application/octet-stream",
};

/** The path the site is published under, from the first <loc> of its sitemap: "/" or "/repo/". */
export async function basePath(siteDir) {
  const sitemap = await readFile(path.join(siteDir, "sitemap.xml"), "utf8").catch(() => "");
  const loc = /<loc>([^<]+)<\/loc>/.exec(sitemap);
  if (!loc) return "/";
  const p = new URL(loc[1]).pathname;
  return p.endsWith("/") ? p : p.replace(/[^/]*$/, "");
}

/** Starts serving `siteDir` on a free port of 127.0.0.1. Resolves to {url, close}. */
export async function serveSite(siteDir) {
  const base = await basePath(siteDir);
  let origin = "";
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const send = (status, body, type, extra = {}) => {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-cache", ...extra });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    const notFound = async () =>
      send(404, await readFile(path.join(siteDir, "404.html")).catch(() => "not found"), TYPES[".html"]);
    if (!url.pathname.startsWith(base)) return notFound();
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    let file = path.join(siteDir, rel);
    if (!file.startsWith(path.resolve(siteDir))) return notFound();
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith("/")) return send(301, "", TYPES[".txt"], { Location: `${url.pathname}/` });
      file = path.join(file, "index.html");
      rel = path.join(rel, "index.html");
    }
    let body = await readFile(file).catch(() => null);
    if (body === null) return notFound();
    if (rel === "sitemap.xml") {
      body = body.toString("utf8").replace(/<loc>[a-z]+:\/\/[^/<]+/g, `<loc>${origin}`);
    }
    send(200, body, TYPES[path.extname(file)] ?? "application/octet-stream");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: `${origin}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
