#!/usr/bin/env bash
# GraphQL-over-HTTP compliance: runs the graphql-http package's server audit against a running server.
#   ./nis2 audit [URL] [TOKEN]  default URL: http://127.0.0.1:8080/graphql (start the service with ./nis2 run);
#                               TOKEN (or NIS2_AUDIT_TOKEN, NIS2_BOOTSTRAP_TOKEN): the API token sent with every request
# Prints every failed check, then the counts "ok N, warnings N, errors N". Exits non-zero on any error.
# graphql-http and graphql (pinned in scripts/audit/package.json) are npm-installed once into
# scripts/audit/node_modules (gitignored).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${1:-${NIS2_AUDIT_URL:-http://127.0.0.1:8080/graphql}}"
token="${2:-${NIS2_AUDIT_TOKEN:-${NIS2_BOOTSTRAP_TOKEN:-}}}"
[ -n "$token" ] || echo "graphql-http-audit: no API token given (argument 2, NIS2_AUDIT_TOKEN or NIS2_BOOTSTRAP_TOKEN): every request will be refused with 401" >&2

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "graphql-http-audit: node and npm are needed (apt-get install nodejs npm)" >&2
  exit 1
fi
cd "$here/audit"
# Versions are pinned in scripts/audit/package.json.
[ -d node_modules/graphql-http ] && [ -d node_modules/graphql ] || npm install --silent --no-audit --no-fund >/dev/null
if ! curl -s -o /dev/null --max-time 5 -X POST -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$url"; then
  echo "graphql-http-audit: no server answers at $url (start it with ./nis2 run, or pass the URL)" >&2
  exit 1
fi
exec node "$here/audit/audit.mjs" "$url" "$token"
