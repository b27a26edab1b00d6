// Mermaid, served by the site itself and loaded only on pages that have a diagram.
//
// Material renders each ```mermaid block through the global `mermaid` (initialize, then render),
// and fetches Mermaid from a CDN only when no such global exists. This stand-in is that global:
// it costs nothing on pages without diagrams, and on the first render it loads the real
// mermaid.min.js (3.5 MB, published by site/hooks/winnet_docs.py from node_modules) from this
// site, hands it the configuration Material gave, and from then on the real one is the global.
// tests/browser/site.test.mjs checks that diagrams render as SVG with no request elsewhere.
(() => {
  const src = new URL("mermaid.min.js", document.currentScript.src).href;
  let config = {};
  let loading = null;
  const load = () =>
    (loading ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => {
        window.mermaid.initialize(config);
        resolve(window.mermaid);
      };
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.appendChild(script);
    }));
  window.mermaid = {
    initialize(options) {
      config = options;
    },
    render(id, text) {
      return load().then((mermaid) => mermaid.render(id, text));
    },
  };
})();
