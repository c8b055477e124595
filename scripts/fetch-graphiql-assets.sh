#!/usr/bin/env bash
# Bundles GraphiQL into the adapters-graphql jar, so that /graphiql needs no CDN at run time.
# Called by Maven (exec-maven-plugin, phase process-resources) with the output folder:
#   scripts/fetch-graphiql-assets.sh adapters-graphql/target/classes/static/graphiql/vendor
# Takes the self-contained UMD builds from the npm registry tarballs (npm's own cache is reused, so a
# warm build does not download again) and skips all work when the folder already holds these versions.
set -euo pipefail
GRAPHIQL_VERSION=3.8.3
REACT_VERSION=18.3.1
out="${1:?usage: fetch-graphiql-assets.sh OUTPUT_DIR}"
stamp="graphiql@$GRAPHIQL_VERSION react@$REACT_VERSION react-dom@$REACT_VERSION"
files=(graphiql.min.js graphiql.min.css react.production.min.js react-dom.production.min.js)

complete=1
for f in "${files[@]}"; do [ -s "$out/$f" ] || complete=0; done
if [ "$complete" = 1 ] && [ "$(cat "$out/VERSIONS" 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-graphiql-assets: npm is needed at build time to bundle GraphiQL (apt-get install npm)" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent --prefer-offline "graphiql@$GRAPHIQL_VERSION" "react@$REACT_VERSION" "react-dom@$REACT_VERSION" >/dev/null )
mkdir -p "$out"
tar -xzf "$work/graphiql-$GRAPHIQL_VERSION.tgz" -C "$work" package/graphiql.min.js package/graphiql.min.css package/LICENSE
mv "$work/package/graphiql.min.js" "$work/package/graphiql.min.css" "$out/"
mv "$work/package/LICENSE" "$out/LICENSE.graphiql"
rm -rf "$work/package"
tar -xzf "$work/react-$REACT_VERSION.tgz" -C "$work" package/umd/react.production.min.js package/LICENSE
mv "$work/package/umd/react.production.min.js" "$out/"
mv "$work/package/LICENSE" "$out/LICENSE.react"
rm -rf "$work/package"
tar -xzf "$work/react-dom-$REACT_VERSION.tgz" -C "$work" package/umd/react-dom.production.min.js
mv "$work/package/umd/react-dom.production.min.js" "$out/"
echo "$stamp" > "$out/VERSIONS"
echo "fetch-graphiql-assets: bundled $stamp into $out"
