#!/usr/bin/env bash
# Sends each abuse request of issue 6 (point 7) to a running service and prints how fast it is refused.
#   scripts/abuse-check.sh [URL] [TOKEN]   default URL: http://127.0.0.1:8080/graphql; TOKEN (or NIS2_ABUSE_TOKEN,
#                                          NIS2_BOOTSTRAP_TOKEN): the API token every request carries (without one
#                                          the service answers 401 before any limit is looked at)
# For each request: the HTTP status, the first error message, and curl's total time (median and maximum over
# ABUSE_ROUNDS rounds, default 20) on the loopback interface: the server's time to refuse plus sending the request
# (for the 10 MB bodies: as much of it as the server reads before answering). `{ rulesVersion }` is the baseline.
# (curl's time_starttransfer is not used: for larger bodies it marks the start of the upload, not the answer.)
# Each request carries `X-Abuse-Check: <name>`, so that the server's own processing time can be read from its access
# log: start the service with
#   --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory=/some/dir
#   --server.tomcat.accesslog.pattern='%{X-Abuse-Check}i %s %D'      (Tomcat 11: %D is in microseconds)
# and set ABUSE_ACCESS_LOG=/some/dir/access_log.<date>.log: the table then also shows the server-side median and
# maximum per request.
# Needs curl and python3. The requests are built in a temporary folder and removed afterwards.
set -euo pipefail
url="${1:-http://127.0.0.1:8080/graphql}"
rounds="${ABUSE_ROUNDS:-20}"
token="${2:-${NIS2_ABUSE_TOKEN:-${NIS2_BOOTSTRAP_TOKEN:-}}}"
auth=()
if [ -n "$token" ]; then auth=(-H "Authorization: Bearer $token"); else
  echo "abuse-check: no API token (argument 2, NIS2_ABUSE_TOKEN or NIS2_BOOTSTRAP_TOKEN): expect 401 everywhere" >&2; fi
command -v curl >/dev/null 2>&1 || { echo "abuse-check: curl is needed" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || { echo "abuse-check: python3 is needed" >&2; exit 1; }
curl -s -o /dev/null --max-time 5 "${auth[@]}" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url" \
  || { echo "abuse-check: no service answers at $url" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/nis2-abuse.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, os, sys
out = sys.argv[1]
def write(name, query, variables=None):
    body = {"query": query}
    if variables is not None:
        body["variables"] = variables
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(body, f)
write("01-baseline", "{ rulesVersion }")
write("02-depth-50", '{ __type(name: "Query") { ' + "ofType { " * 48 + "name" + " }" * 48 + " } }")
write("03-aliases-1000", "{ " + " ".join("a%d: rulesVersion" % i for i in range(1000)) + " }")
write("04-root-fields-21", "{ " + "rulesVersion " * 21 + "}")
write("05-fragment-cycle", "{ ...A } fragment A on Query { rulesVersion ...B } fragment B on Query { __typename ...A }")
write("06-first-1000000", "{ groups(first: 1000000) { edges { node { id } } } }")
write("07-nested-pages-100", "query($n: Int) { groups(first: $n) { edges { node { entities(first: $n) { edges { node {"
      " owners(first: $n) { edges { node { capitalPercent } } } } } } } } } }", {"n": 100})
fan = "{ ...F0 } " + " ".join("fragment F%d on Query { ...F%d ...F%d }" % (i, i + 1, i + 1) for i in range(40)) \
      + " fragment F40 on Query { __typename }"
write("08-fragment-fan-out-2^40", fan)
write("09-tokens-15001", "{ " + "__typename " * 15001 + "}")
write("10-parser-depth-400", "{ " + "a { " * 399 + "b" + " }" * 399 + " }")
with open(os.path.join(out, "11-body-10MB.json"), "w") as f:
    f.write('{"query":"{ rulesVersion }"' + " " * (10 * 1024 * 1024) + "}")
PY
cp "$work/11-body-10MB.json" "$work/12-body-10MB-chunked.json"

printf '%-26s %6s %9s %9s  %s\n' request status "median" "max" "first error (times: curl, total)"
for file in "$work"/*.json; do
  name="$(basename "$file" .json)"
  extra=()
  case "$name" in *chunked*) extra=(-H 'Transfer-Encoding: chunked') ;; esac
  times=()
  status=""
  for _ in $(seq "$rounds"); do
    line="$(curl -s -o "$work/answer" -w '%{http_code} %{time_total}' "${auth[@]}" -H 'Content-Type: application/json' \
      -H 'Accept: application/json' -H "X-Abuse-Check: $name" "${extra[@]}" --data-binary "@$file" "$url" || true)"
    status="${line%% *}"
    times+=("${line##* }")
  done
  message="$(python3 -c 'import json,sys
try:
    e = json.load(open(sys.argv[1])).get("errors") or [{"message": "(no error)"}]
    print(e[0]["message"][:90] + (" (+%d more)" % (len(e) - 1) if len(e) > 1 else ""))
except Exception as x:
    print("(unreadable answer)")' "$work/answer")"
  stats="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f", a[int((NR+1)/2)]*1000, a[NR]*1000}')"
  printf '%-26s %6s %7s ms %6s ms  %s\n' "$name" "$status" "${stats% *}" "${stats#* }" "$message"
done
if [ -n "${ABUSE_ACCESS_LOG:-}" ]; then
  sleep 1
  echo
  echo "server side (access log %D, last $rounds requests per name):"
  python3 - "$ABUSE_ACCESS_LOG" "$rounds" <<'PY'
import sys, collections
path, rounds = sys.argv[1], int(sys.argv[2])
times = collections.defaultdict(list)
for line in open(path):
    parts = line.split()
    if len(parts) == 3 and parts[0][:2].isdigit():
        times[parts[0]].append(int(parts[2]) / 1000.0)
for name in sorted(times):
    t = sorted(times[name][-rounds:])
    print("%-26s median %7.2f ms  max %7.2f ms  (%d requests)" % (name, t[(len(t) - 1) // 2], t[-1], len(t)))
PY
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
