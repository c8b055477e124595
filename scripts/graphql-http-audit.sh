#!/usr/bin/env bash
# GraphQL-over-HTTP compliance: runs the graphql-http package's server audit against a running server.
#   ./nis2 audit [URL]        default URL: http://127.0.0.1:8080/graphql (start the service with ./nis2 run)
# Prints every failed check, then the counts "ok N, warnings N, errors N". Exits non-zero on any error.
# graphql-http and graphql are npm-installed once into scripts/audit/node_modules (gitignored).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${1:-${NIS2_AUDIT_URL:-http://127.0.0.1:8080/graphql}}"
GRAPHQL_HTTP_VERSION=1.23.1
GRAPHQL_VERSION=16.15.0

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "graphql-http-audit: node and npm are needed (apt-get install nodejs npm)" >&2
  exit 1
fi
cd "$here/audit"
if [ "$(node -p "try{require('graphql-http/package.json').version}catch(e){''}" 2>/dev/null)" != "$GRAPHQL_HTTP_VERSION" ]; then
  npm install --silent --no-audit --no-fund --no-save "graphql-http@$GRAPHQL_HTTP_VERSION" "graphql@$GRAPHQL_VERSION" >/dev/null
fi
if ! curl -s -o /dev/null --max-time 5 -X POST -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$url"; then
  echo "graphql-http-audit: no server answers at $url (start it with ./nis2 run, or pass the URL)" >&2
  exit 1
fi
exec node "$here/audit/audit.mjs" "$url"
