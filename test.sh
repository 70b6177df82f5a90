#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need, then `dotnet test`.
# The tests start their own PostgreSQL server (a temporary cluster on a free port) and their own Kestrel hosts.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages the tests use: PostgreSQL server binaries (storage tests run on SQLite and PostgreSQL) and
# Chromium (the jobs dashboard's browser test drives /usr/bin/chromium through Playwright; no browser download).
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The GraphQL differential tests compare our parser with the real graphql-js, pinned in tests/graphql-conformance.
if [ ! -d tests/graphql-conformance/node_modules ]; then
  echo "Installing graphql-js for the GraphQL conformance tests ..."
  npm ci --prefix tests/graphql-conformance --no-audit --no-fund
fi

# The workflow engine's conformance test drives it with Camunda's own 8.8 client, pinned in tests/camunda-conformance.
if [ ! -d tests/camunda-conformance/node_modules ]; then
  echo "Installing Camunda's client for the workflow conformance tests ..."
  npm ci --prefix tests/camunda-conformance --no-audit --no-fund
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test OrchardCommerce.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies' own summaries.
awk '/^(Passed|Failed)! +- Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     /^Test Run Aborted/ { a++ }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s; if (a) printf "%d test run(s) aborted before reporting: see above\n", a }' "$log"
exit "$status"
