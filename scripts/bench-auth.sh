#!/usr/bin/env bash
# Authentication benchmark (issue 6): what token authentication costs. Run as `./nis2 bench auth` or directly.
#
# Builds the service jar and starts it twice on 127.0.0.1, each on a throwaway embedded PostgreSQL:
#   A (BENCH_PORT, default 18085): the normal service; requests carry the bootstrap admin API token;
#   B (BENCH_PORT+1): the same jar with --nis2.bench.unauthenticated=true (a bench-only switch, refused in the prod
#     profile): requests carry no credentials and run as the system caller of the default tenant; every other
#     filter (headers, CSRF, CORS, authorisation of the use case) runs as on A.
# Then, in one run, measures POST /graphql { rulesVersion } on both with wrk in alternating rounds (default 3 x 5 s
# each, so that load from other processes falls on both alike) and prints both throughputs and the ratio
# A / B (goal >= 0.8). Stops both servers.
#
# Settings (environment): BENCH_DURATION (s per server, default 15), BENCH_ROUNDS (3), BENCH_WARMUP (s per server,
# default 15), BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_PORT (18085), BENCH_SKIP_BUILD=1 to reuse the jar.
# Needs wrk (Debian: apt-get install -y wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
nis2_select_jdk

duration="${BENCH_DURATION:-15}"
rounds="${BENCH_ROUNDS:-3}"
warmup="${BENCH_WARMUP:-15}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-32}"
port_a="${BENCH_PORT:-18085}"
port_b=$((port_a + 1))
body="scripts/bench/rules-version.json"
lua="scripts/bench/post-json.lua"
token="nis2_BenchmarkAdminToken00000000000010rOuSx"   # benchmark data only (well formed: CRC32 in base62)

command -v wrk >/dev/null 2>&1 || { echo "bench-auth: wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || { echo "bench-auth: curl is needed" >&2; exit 1; }
for p in "$port_a" "$port_b"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/" 2>/dev/null; then echo "bench-auth: port $p is in use; set BENCH_PORT" >&2; exit 1; fi
done

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "bench-auth: building the service jar (./mvnw -q -DskipTests -pl bootstrap -am package)"
  ./mvnw -B -q -DskipTests -pl bootstrap -am package
fi
jar="$(ls bootstrap/target/bootstrap-*-exec.jar | head -1)"
[ -f "$jar" ] || { echo "bench-auth: no service jar in bootstrap/target" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/nis2-bench-auth.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

start() {  # $1 = name, $2 = port, $3... = extra arguments
  local name="$1" port="$2"; shift 2
  NIS2_DATA_DIR="$work/data-$name" NIS2_DB_URL="" NIS2_BOOTSTRAP_TOKEN="$token" \
    NIS2_TOKEN_SECRET="benchmark-only-token-secret-0123456789abcdef" PORT="$port" \
    "$JAVA_HOME/bin/java" ${NIS2_JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --logging.level.root=warn "$@" \
    > "$work/server-$name.log" 2>&1 &
  pids+=($!)
}
echo "bench-auth: starting $jar twice (A :$port_a with token authentication, B :$port_b --nis2.bench.unauthenticated=true)"
start a "$port_a"
start b "$port_b" --nis2.bench.unauthenticated=true

wait_for() {  # $1 = port, $2 = Authorization header value or ""
  local auth=()
  [ -n "$2" ] && auth=(-H "Authorization: $2")
  for _ in $(seq 1 600); do
    if curl -sf --max-time 5 -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d @"$body" "http://127.0.0.1:$1/graphql"; then return 0; fi
    sleep 0.5
  done
  echo "bench-auth: the service on :$1 did not answer within 300 s:" >&2
  for log in "$work"/server-*.log; do echo "== $log" >&2; tail -n 40 "$log" >&2; done
  exit 1
}
wait_for "$port_a" "Bearer $token"
wait_for "$port_b" ""
# A without a token must be refused (so A really authenticates), B must answer without one.
status_a="$(curl -s --max-time 5 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d @"$body" "http://127.0.0.1:$port_a/graphql")"
[ "$status_a" = 401 ] || { echo "bench-auth: A answered $status_a without a token (expected 401)" >&2; exit 1; }
echo "bench-auth: A answers $(curl -s --max-time 5 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d @"$body" "http://127.0.0.1:$port_a/graphql"); without a token: HTTP $status_a"
echo "bench-auth: B answers $(curl -s --max-time 5 -H 'Content-Type: application/json' -d @"$body" "http://127.0.0.1:$port_b/graphql") without a token"

run() {  # $1 = port, $2 = seconds, $3 = authorization header value or ""
  WRK_BODY_FILE="$body" WRK_AUTHORIZATION="$3" wrk -t"$threads" -c"$connections" -d"${2}s" --latency -s "$lua" \
    "http://127.0.0.1:$1/graphql"
}
rps() { sed -n 's/^Requests\/sec: *//p' | tr -d ' '; }

echo "bench-auth: warm-up, ${warmup}s per server"
run "$port_a" "$warmup" "Bearer $token" > /dev/null
run "$port_b" "$warmup" "" > /dev/null

slice=$(( (duration + rounds - 1) / rounds ))
echo "bench-auth: measuring ${duration}s per server ($rounds alternating rounds of ${slice}s), $threads threads, $connections connections; load average $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/a.rps"; : > "$work/b.rps"
for round in $(seq 1 "$rounds"); do
  for s in a b; do
    if [ "$s" = a ]; then out="$(run "$port_a" "$slice" "Bearer $token")"; else out="$(run "$port_b" "$slice" "")"; fi
    if grep -q 'Non-2xx' <<< "$out"; then echo "bench-auth: non-2xx responses from $s:" >&2; echo "$out" >&2; exit 1; fi
    r="$(rps <<< "$out")"
    echo "$r" >> "$work/$s.rps"
    printf '  round %d %-28s %10s requests/s  (latency p50 %s, p99 %s)\n' "$round" \
      "$([ "$s" = a ] && echo 'A (API token)' || echo 'B (no authentication)')" "$r" \
      "$(awk '$1 == "50%" { print $2 }' <<< "$out")" "$(awk '$1 == "99%" { print $2 }' <<< "$out")"
  done
done

mean() { awk '{ s += $1; n++ } END { printf "%.1f", s / n }' "$1"; }
a_rps="$(mean "$work/a.rps")"
b_rps="$(mean "$work/b.rps")"
ratio="$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN { printf "%.2f", a / b }')"
echo
echo "{ rulesVersion } with API token authentication: $a_rps requests/s"
echo "{ rulesVersion } without authentication:       $b_rps requests/s"
echo "ratio with / without:                          $ratio (goal >= 0.8); load average $(cut -d' ' -f1-3 /proc/loadavg)"
