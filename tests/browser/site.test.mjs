// The built site in a real browser: Debian's Chromium, headless, driven by Playwright, against
// build/site served on 127.0.0.1 (see server.mjs). Run by `make test` after the site is built:
//   node --test tests/browser/*.test.mjs
// Every test also fails on a console error, an uncaught exception, a failed request, an HTTP
// error, or any request to another host than 127.0.0.1 (such requests are blocked, not sent).
// Screenshots of the home page and of each topic's landing page go to build/screenshots/.
//
// Environment: WINNET_SITE (default build/site), WINNET_SCREENSHOTS (default build/screenshots),
// CHROMIUM (default /usr/bin/chromium).
import assert from "node:assert/strict";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { serveSite } from "./server.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SITE = path.resolve(ROOT, process.env.WINNET_SITE ?? "build/site");
const SCREENSHOTS = path.resolve(ROOT, process.env.WINNET_SCREENSHOTS ?? "build/screenshots");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// Headless, and nothing Chromium does by itself on the network (updates, sync, safe browsing,
// QUIC probes). Playwright adds --headless and a fresh, temporary profile (--user-data-dir).
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// The four topics the home page routes to (its cards' titles), by the folder of their articles.
const TOPICS = [
  { name: "kube-proxy", card: "kube-proxy on Windows" },
  { name: "hns", card: "HNS, the Windows dataplane" },
  { name: "cni", card: "CNI plugins" },
  { name: "hostprocess", card: "HostProcess containers" },
];

// Page weight: everything a first visit to an article loads (HTML, style sheets, scripts, search
// index, images), in bytes as served (uncompressed; GitHub Pages compresses them further).
// Mermaid (3.5 MB) loads only on a page that has a diagram, and has its own allowance.
const BUDGET = {
  html: 150 * 1024, // the page itself
  page: 600 * 1024, // all it loads, Mermaid and the search index not counted
  mermaid: 4 * 1024 * 1024, // the Mermaid library, on pages with a diagram
  // The search index is fetched once by Material's search worker and then cached; it grows
  // with every article and every API symbol, so it has a budget of its own.
  search: 2 * 1024 * 1024,
};

const SEARCH_CASES = JSON.parse(await readFile(new URL("./search-cases.json", import.meta.url))).cases;

let browser;
let server;
let pages; // [{url, rel, html}] of every article in the sitemap

before(async () => {
  server = await serveSite(SITE);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  const sitemap = await (await fetch(new URL("sitemap.xml", server.url))).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.ok(urls.length > 0, `${SITE}/sitemap.xml lists no page: is site_url set in mkdocs.yml?`);
  pages = await Promise.all(
    urls.map(async (url) => ({ url, rel: url.slice(server.url.length), html: await (await fetch(url)).text() })),
  );
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Runs `fn({page, context})` in a fresh browser context (empty cache and storage) that watches for
 * what must never happen: console errors, uncaught exceptions, failed requests, HTTP errors and
 * requests to another host (blocked). Any of them fails the test, and they are named in the
 * message when `fn` fails first.
 */
async function withPage(options, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  const local = (url) => !/^https?:$/.test(url.protocol) || url.hostname === "127.0.0.1";
  await context.route(
    (url) => !local(url),
    (route) => {
      problems.push(`request to another host: ${route.request().url()}`);
      return route.abort("blockedbyclient").catch(() => {}); // the page may be gone already
    },
  );
  context.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error on ${msg.page()?.url()}: ${msg.text()}`);
  });
  context.on("weberror", (error) => problems.push(`uncaught exception on ${error.page()?.url()}: ${error.error()}`));
  context.on("requestfailed", (request) => {
    if (local(new URL(request.url()))) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  context.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  try {
    await fn({ page: await context.newPage(), context });
  } catch (error) {
    if (problems.length) error.message += `\nWhile this happened:\n  ${problems.join("\n  ")}`;
    throw error;
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, [], "the pages had console errors, failed requests or requests elsewhere");
}

const at = (rel) => new URL(rel, server.url).href;
const topicPage = (topic) => pages.find((p) => p.rel === `${topic.name}/`);

/** The label of the checked tab of each C++/Python tab set on the page. */
const chosenTabs = (page) =>
  page.$$eval(".tabbed-set", (sets) =>
    sets
      .map((set) => {
        const labels = [...set.querySelectorAll(":scope > .tabbed-labels > label")].map((l) => l.textContent.trim());
        const inputs = [...set.querySelectorAll(":scope > input")];
        return { labels, checked: labels[inputs.findIndex((input) => input.checked)] };
      })
      .filter(({ labels }) => labels.includes("C++") && labels.includes("Python"))
      .map(({ checked }) => checked),
  );

/** Follows a link on the page by clicking it, as a reader would. */
async function clickLinkTo(page, target) {
  const links = page.locator("a[href]");
  const index = await links.evaluateAll(
    (as, href) => as.findIndex((a) => a.href.split("#")[0] === href && a.checkVisibility()),
    target,
  );
  assert.ok(index >= 0, `no visible link to ${target} on ${page.url()}`);
  await links.nth(index).click();
}

test("the home page says what the site is and routes to the four topics", async () => {
  await withPage({ colorScheme: "light" }, async ({ page }) => {
    await page.goto(server.url);
    assert.match(await page.locator("h1").first().textContent(), /Windows networking for Kubernetes/);
    const tabs = await page.locator(".md-tabs__link").allTextContents();
    for (const tab of ["Home", "HNS", "API reference"]) {
      assert.ok(tabs.map((t) => t.trim()).includes(tab), `navigation tab ${tab} missing: ${tabs}`);
    }
    const cards = page.locator(".grid.cards > ul > li");
    assert.equal(await cards.count(), TOPICS.length, "one card per topic");
    for (const topic of TOPICS) {
      const card = cards.filter({ has: page.locator("strong", { hasText: topic.card }) });
      assert.equal(await card.count(), 1, `card "${topic.card}" missing`);
      const landing = topicPage(topic);
      const links = await card.locator("a").evaluateAll((as) => as.map((a) => a.href));
      if (landing) {
        assert.ok(links.includes(landing.url), `card "${topic.card}" does not link to ${landing.rel}`);
      } else {
        assert.deepEqual(links, [], `card "${topic.card}" links to a topic that has no page yet`);
        assert.match(await card.textContent(), /Being written/);
      }
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, "home.png"), fullPage: true });

    // Dark mode: the toggle in the header switches the palette.
    assert.equal(await page.locator("body").getAttribute("data-md-color-scheme"), "default");
    await page.locator("form[data-md-component=palette] label:visible").click();
    await page.waitForFunction(() => document.body.dataset.mdColorScheme === "slate");
    await page.mouse.move(640, 600); // away from the toggle and its tooltip
    await page.reload();
    assert.equal(await page.locator("body").getAttribute("data-md-color-scheme"), "slate", "the choice is kept");
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: path.join(SCREENSHOTS, "home-dark.png"), fullPage: true });
  });
});

test("each topic's landing page renders (screenshots for review)", async (t) => {
  for (const topic of TOPICS) {
    await t.test(topic.name, async (t) => {
      const landing = topicPage(topic);
      if (!landing) return t.skip(`no docs/${topic.name}/index.md yet`);
      await withPage({}, async ({ page }) => {
        await page.goto(landing.url);
        await page.locator("article h1").waitFor();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: path.join(SCREENSHOTS, `${topic.name}.png`), fullPage: true });
      });
    });
  }
});

test("pages open without reloading (instant loading)", async () => {
  await withPage({}, async ({ page }) => {
    await page.goto(server.url);
    await page.evaluate(() => (window.winnetSameDocument = true));
    const hns = topicPage(TOPICS[1]);
    await clickLinkTo(page, hns.url);
    await page.waitForURL(hns.url);
    await page.locator("article h1", { hasText: "HNS" }).waitFor();
    assert.equal(await page.evaluate(() => window.winnetSameDocument), true, "the page was reloaded");
  });
});

test("search finds each domain term where it is defined", async (t) => {
  const index = JSON.parse(await (await fetch(at("search/search_index.json"))).text()).docs;
  const plain = (html) => html.replace(/<[^>]+>/g, "").toLowerCase();
  for (const c of SEARCH_CASES) {
    await t.test(c.query, async (t) => {
      const query = c.query.toLowerCase();
      if (!index.some((doc) => plain(doc.title).includes(query) || plain(doc.text).includes(query))) {
        return t.skip(`no page mentions ${c.query} yet`);
      }
      await withPage({}, async ({ page }) => {
        await page.goto(server.url);
        await page.locator(".md-search__input").click();
        // Material says "Type to start searching" once its search worker has the index; keys
        // typed before that may be searched with an index still loading.
        await page.locator(".md-search-result__meta", { hasText: /Type to start searching/ }).waitFor();
        await page.keyboard.type(c.query);
        await page.locator(".md-search-result__meta", { hasText: /matching document/ }).waitFor();
        // The first result that matched (an article's own entry comes first, highlighting nothing).
        // Results of a partial query also say "matching documents", and Material fills the list
        // after the count: read the list until two reads 300 ms apart agree and it has a match.
        const matching = () =>
          page
            .locator(".md-search-result__list a")
            .evaluateAll((as) => as.map((a) => a.href).filter((href) => new URL(href).searchParams.get("h")));
        let hrefs = await matching();
        for (let tries = 0; tries < 30; tries++) {
          await page.waitForTimeout(300);
          const again = await matching();
          if (again.length > 0 && again.join() === hrefs.join()) break;
          hrefs = again;
        }
        assert.ok(hrefs.length > 0, `no result for ${c.query}`);
        const first = new URL(hrefs[0]);
        const found = first.pathname.slice(new URL(server.url).pathname.length) + first.hash;
        if (c.expect) {
          const [expectPage, expectAnchor] = c.expect.split("#");
          assert.equal(found.split("#")[0], expectPage, `first result for ${c.query} is ${found}`);
          if (expectAnchor) assert.equal(first.hash, `#${expectAnchor}`, `first result for ${c.query} is ${found}`);
        } else {
          const doc = index.find((d) => d.location === found.replace(/^\//, "")) ?? { title: "", text: "" };
          assert.ok(plain(doc.title + doc.text).includes(query), `first result for ${c.query}, ${found}, lacks it`);
        }
        // Following the result reaches the place, and the term is on the page.
        await page.locator(`.md-search-result__list a[href="${hrefs[0]}"]`).first().click();
        await page.waitForURL((url) => url.pathname === first.pathname);
        if (first.hash) await page.locator(`[id="${decodeURIComponent(first.hash.slice(1))}"]`).waitFor();
        const text = (await page.locator("body").textContent()).toLowerCase();
        for (const word of query.split(/::/)) assert.ok(text.includes(word), `${found} does not show ${word}`);
        if (!found.startsWith("api/")) {
          // Material highlights after the page is shown; a long page (the field reference) takes a
          // moment, so wait for the first mark rather than counting at once.
          await page.locator("mark[data-md-highlight]").first().waitFor({ timeout: 5000 }).catch(() => {});
          assert.ok(await page.locator("mark[data-md-highlight]").count(), `${found} highlights nothing`);
        }
      });
    });
  }
});

test("choosing Python once switches the code tabs on every page", async () => {
  const tabbed = pages.filter(
    (p) => /<label[^>]*>Python<\/label>/.test(p.html) && /<label[^>]*>C\+\+<\/label>/.test(p.html),
  );
  // Two articles of one topic, so that the sidebar links one to the other.
  const topic = (p) => p.rel.split("/")[0];
  const first = tabbed.find(
    (p) => topic(p) !== "contributing" && tabbed.some((q) => q !== p && topic(q) === topic(p)),
  );
  assert.ok(first, "two articles of one topic with C++/Python tabs are needed for this test");
  const second = tabbed.find((q) => q !== first && topic(q) === topic(first));
  await withPage({}, async ({ page }) => {
    await page.goto(first.url);
    assert.ok((await chosenTabs(page)).every((tab) => tab === "C++"), "C++ is the first choice");
    await page.locator(".tabbed-labels > label", { hasText: /^Python$/ }).first().click();
    assert.deepEqual(new Set(await chosenTabs(page)), new Set(["Python"]), `every tab of ${first.rel}`);
    const copy = page.locator(".tabbed-block:visible button[data-md-type=copy]");
    assert.ok(await copy.count(), "a code block has a copy button");
    await clickLinkTo(page, second.url);
    await page.waitForURL(second.url);
    await page.locator(".tabbed-set").first().waitFor();
    assert.deepEqual(new Set(await chosenTabs(page)), new Set(["Python"]), `after following a link to ${second.rel}`);
    await page.reload();
    assert.deepEqual(new Set(await chosenTabs(page)), new Set(["Python"]), `after reloading ${second.rel}`);
  });
});

test("the API reference opens from the navigation and from a field table", async () => {
  await withPage({}, async ({ page }) => {
    await page.goto(server.url);
    await page.locator(".md-tabs__link", { hasText: "API reference" }).click();
    await page.locator("article h1", { hasText: "API reference" }).waitFor();
    await page.locator("article a", { hasText: "C++ API" }).click();
    await page.waitForURL(/\/api\/cpp\.html$/);
    await page.locator("h1", { hasText: "C++ API" }).waitFor();
    await page.goto(at("api/python.html"));
    await page.locator("h1", { hasText: "Python API" }).waitFor();

    const withTable = pages.find((p) => /<td><a href="[^"]*api\/cpp\.html#/.test(p.html));
    assert.ok(withTable, "no page has a field table");
    await page.goto(withTable.url);
    const field = page.locator('td a[href*="api/cpp.html#"]').first();
    const href = await field.evaluate((a) => a.href);
    await field.click();
    await page.waitForURL(href);
    const anchor = decodeURIComponent(new URL(href).hash.slice(1));
    assert.ok(await page.locator(`[id="${anchor}"]`).isVisible(), `${href} has no visible entry`);
  });
});

test("Mermaid diagrams render as SVG, served by the site itself", async (t) => {
  const withDiagrams = pages.filter((p) => /class="mermaid"/.test(p.html));
  assert.ok(withDiagrams.length > 0, "no page has a diagram");
  for (const p of withDiagrams) {
    await t.test(p.rel || "home", async () => {
      await withPage({}, async ({ context, page }) => {
        await page.goto(p.url);
        const expected = (p.html.match(/class="mermaid"/g) ?? []).length;
        // Material draws each diagram into a closed shadow root, which only the DevTools protocol sees.
        const cdp = await context.newCDPSession(page);
        const rendered = async () => {
          const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
          let svgs = 0;
          const walk = (node, inMermaid) => {
            const isMermaid = node.nodeName === "DIV" && /(^|\s)mermaid(\s|$)/.test(attr(node, "class"));
            const drawn = (node.childNodeCount ?? node.children?.length ?? 0) > 0;
            if (inMermaid && node.nodeName === "svg" && drawn) svgs++;
            for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
              walk(child, inMermaid || isMermaid);
            }
          };
          walk(root, false);
          return svgs;
        };
        const deadline = Date.now() + 15000;
        while ((await rendered()) < expected && Date.now() < deadline) await page.waitForTimeout(200);
        assert.equal(await rendered(), expected, `diagrams drawn as SVG on ${p.rel}`);
      });
    });
  }
  await t.test("pages without a diagram do not load Mermaid", async () => {
    const plainPage = pages.find((p) => !/class="mermaid"/.test(p.html));
    await withPage({}, async ({ context, page }) => {
      const loaded = [];
      context.on("request", (r) => loaded.push(r.url()));
      await page.goto(plainPage.url);
      await page.waitForLoadState("networkidle");
      assert.ok(!loaded.some((url) => url.endsWith("/mermaid.min.js")), `${plainPage.rel} loaded Mermaid`);
    });
  });
});

const attr = (node, name) => {
  const a = node.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? a[i + 1] : "";
};

test("abbreviations explain themselves", async () => {
  const hns = topicPage(TOPICS[1]);
  await withPage({}, async ({ page }) => {
    await page.goto(hns.url);
    const vfp = page.locator("abbr", { hasText: /^VFP$/ }).first();
    assert.match((await vfp.getAttribute("title")) ?? "", /^Virtual Filtering Platform/);
  });
});

test("every article stays within its page-weight budget", async (t) => {
  for (const p of pages) {
    await t.test(p.rel || "home", async (t) => {
      await withPage({}, async ({ context, page }) => {
        const sizes = new Map();
        context.on("requestfinished", async (request) => {
          try {
            const response = await request.response();
            if (response) sizes.set(request.url(), (await response.body()).length);
          } catch {
            // the context closed first: the page is measured already
          }
        });
        await page.goto(p.url, { waitUntil: "networkidle" });
        if (/class="mermaid"/.test(p.html)) {
          await page.waitForFunction(() => !document.querySelector("pre.mermaid"), null, { timeout: 15000 });
          await page.waitForLoadState("networkidle");
        }
        const timing = await page.evaluate(
          () => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
        );
        const mermaid = [...sizes].filter(([url]) => url.endsWith("/mermaid.min.js")).reduce((s, [, n]) => s + n, 0);
        const search = [...sizes].filter(([url]) => url.endsWith("/search/search_index.json")).reduce((s, [, n]) => s + n, 0);
        const total = [...sizes.values()].reduce((s, n) => s + n, 0) - mermaid - search;
        const html = sizes.get(p.url) ?? 0;
        const kb = (n) => `${Math.round(n / 1024)} KB`;
        t.diagnostic(
          `${p.rel || "/"}: ${kb(total)} in ${sizes.size} files (page ${kb(html)}` +
            `${mermaid ? `, plus Mermaid ${kb(mermaid)}` : ""}${search ? `, plus the search index ${kb(search)}` : ""}), ` +
            `ready in ${Math.round(timing)} ms`,
        );
        assert.ok(html <= BUDGET.html, `${p.rel}: the page is ${kb(html)}, over its ${kb(BUDGET.html)} budget`);
        assert.ok(total <= BUDGET.page, `${p.rel}: loads ${kb(total)}, over its ${kb(BUDGET.page)} budget`);
        assert.ok(mermaid <= BUDGET.mermaid, `${p.rel}: Mermaid is ${kb(mermaid)}, over ${kb(BUDGET.mermaid)}`);
        assert.ok(search <= BUDGET.search, `the search index is ${kb(search)}, over ${kb(BUDGET.search)}`);
      });
    });
  }
});
