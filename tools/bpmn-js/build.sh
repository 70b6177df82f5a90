#!/usr/bin/env bash
# Vendors the bpmn-js NavigatedViewer (UMD build, global BpmnJS) and its styles into the Workflows admin module, which
# serves these files itself (no CDN at run time). 18.x is the newest major that still ships the dist/ UMD bundles.
# The viewer itself draws no icon-font glyphs; bpmn-font.css (+ woff2/woff) is there for bpmn-icon-* classes on the
# page. It is upstream's bpmn.css with its ../font/ paths made flat, so the admin CSP can say font-src 'self'.
# (bpmn-embedded.css would need font-src data: and still makes Chromium ask for a missing bpmn.eot.)
set -euo pipefail
cd "$(dirname "$0")"
out=../../src/OrchardCommerce.Workflows.Admin/assets
dist=node_modules/bpmn-js/dist

npm ci --no-audit --no-fund
mkdir -p "$out"
cp "$dist/bpmn-navigated-viewer.production.min.js" "$out/bpmn-navigated-viewer.production.min.js"
cp "$dist/assets/bpmn-js.css" "$dist/assets/diagram-js.css" "$out/"
sed "s|\.\./font/|./|g" "$dist/assets/bpmn-font/css/bpmn.css" > "$out/bpmn-font.css"
cp "$dist/assets/bpmn-font/font/bpmn.woff2" "$dist/assets/bpmn-font/font/bpmn.woff" "$out/"
# We ship no source maps, so browsers must not ask for one (18.31.1 has none; later builds might).
sed -i '/^\/\/# sourceMappingURL=/d' "$out/bpmn-navigated-viewer.production.min.js"
sed -i '/^\/\*# sourceMappingURL=.*\*\/$/d' "$out"/bpmn-js.css "$out"/diagram-js.css "$out"/bpmn-font.css
# The bpmn-js licence requires the bpmn.io watermark the viewer draws to stay visible: keep .bjs-powered-by uncovered.
cp node_modules/bpmn-js/LICENSE "$out/LICENSE-bpmn-js.txt"
node third-party.mjs > "$out/THIRD-PARTY.txt"
cd "$out"
sha256sum bpmn-navigated-viewer.production.min.js bpmn-js.css diagram-js.css bpmn-font.css bpmn.woff2 bpmn.woff
