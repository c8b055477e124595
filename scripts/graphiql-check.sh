#!/usr/bin/env bash
# Checks the bundled GraphiQL page in a real headless Chromium: it renders, runs { rulesVersion } and gets
# the answer, and loads nothing from outside the server. Needs Debian's chromium (apt-get install chromium);
# playwright-core (pinned in scripts/audit/package.json; it downloads no browser) is npm-installed into scripts/audit/node_modules (gitignored).
#   scripts/graphiql-check.sh [GRAPHIQL_URL] [SCREENSHOT] [TOKEN]   default http://127.0.0.1:8080/graphiql, graphiql.png;
#   TOKEN (or NIS2_BOOTSTRAP_TOKEN): the API token put into GraphiQL's Headers pane, as a user would
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${1:-http://127.0.0.1:8080/graphiql}"
shot="$(realpath -m "${2:-graphiql.png}")"
[ -x /usr/bin/chromium ] || { echo "graphiql-check: needs /usr/bin/chromium (apt-get install chromium)" >&2; exit 1; }
cd "$here/audit"
[ -d node_modules/playwright-core ] || npm install --silent --no-audit --no-fund >/dev/null
token="${3:-${NIS2_BOOTSTRAP_TOKEN:-}}"
[ -n "$token" ] || { echo "graphiql-check: an API token is needed (argument 3 or NIS2_BOOTSTRAP_TOKEN)" >&2; exit 1; }
exec node graphiql-check.mjs "$url" "$shot" "$token"
