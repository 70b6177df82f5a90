#!/usr/bin/env bash
# Vendors the GraphiQL browser build into the GraphQL API module, which serves these files itself (no CDN at run time).
# graphiql 4.1.2 is the newest line that still publishes a UMD bundle (5.x is ESM + Monaco workers only); the bundle
# expects React 18 UMD globals, and React 19 no longer publishes UMD files, so React stays on 18.3.1.
set -euo pipefail
cd "$(dirname "$0")"
out=../../src/Modules/OrchardCommerce.GraphQL.Api/GraphiQL/assets

npm ci --no-audit --no-fund
mkdir -p "$out"
cp node_modules/react/umd/react.production.min.js "$out/react.production.min.js"
cp node_modules/react-dom/umd/react-dom.production.min.js "$out/react-dom.production.min.js"
cp node_modules/graphiql/graphiql.min.js "$out/graphiql.min.js"
cp node_modules/graphiql/graphiql.min.css "$out/graphiql.min.css"
# The bundle ends with a sourceMappingURL comment; we ship no map, so browsers must not ask for one.
sed -i '/^\/\/# sourceMappingURL=/d' "$out/graphiql.min.js"
cp node_modules/graphiql/LICENSE "$out/LICENSE-graphiql.txt"
cp node_modules/react/LICENSE "$out/LICENSE-react.txt"
node third-party.mjs > "$out/THIRD-PARTY.txt"
sha256sum "$out"/*.js "$out"/*.css | sed "s|$out/||"
