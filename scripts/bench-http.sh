#!/usr/bin/env bash
# HTTP benchmark of assessProfile (issue 4, point 6, third bullet). Run as `./nis2 bench http` or directly.
#
# Builds the service jar, starts it on 127.0.0.1 (embedded PostgreSQL in a throwaway directory under $TMPDIR,
# or the PostgreSQL of NIS2_DB_URL when set), warms it up, then in one run measures with wrk:
#   1. POST /graphql assessProfile: a realistic profile (two activities, previous figures), reasoning and all
#      other fields requested, passed as variables;
#   2. POST /graphql { rulesVersion }: a trivial query on the same server;
# and prints both throughputs (requests/s) and their ratio (goal >= 0.7), and the server CPU time per request of
# each (from /proc/<pid>/stat around every round: steadier than throughput on a shared machine). Stops the server.
#
# The two queries are measured in alternating rounds (default 4 x 4 s each), in the order profile-trivial,
# trivial-profile, profile-trivial, ... (each query goes first in half of the rounds), and the figures are the mean of
# the rounds: on a shared machine, load that comes and goes then falls on both queries alike, and a steady drift
# (the machine getting faster or slower during the run) does not favour the query that always runs second.
#
# Settings (environment): BENCH_DURATION (s per query, default 16), BENCH_ROUNDS (4), BENCH_WARMUP (s per query,
# default 15), BENCH_THREADS (2),
# BENCH_CONNECTIONS (32), BENCH_PORT (18080), BENCH_SKIP_BUILD=1 to reuse the jar in bootstrap/target.
# Needs wrk (Debian: apt-get install -y wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
nis2_select_jdk

duration="${BENCH_DURATION:-16}"
rounds="${BENCH_ROUNDS:-4}"
warmup="${BENCH_WARMUP:-15}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-32}"
port="${BENCH_PORT:-18080}"
url="http://127.0.0.1:$port/graphql"
profile_body="scripts/bench/assess-profile.json"
trivial_body="scripts/bench/rules-version.json"
lua="scripts/bench/post-json.lua"

command -v wrk >/dev/null 2>&1 || { echo "bench-http: wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || { echo "bench-http: curl is needed" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
  echo "bench-http: port $port is in use; set BENCH_PORT" >&2; exit 1
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "bench-http: building the service jar (./mvnw -q -DskipTests -pl bootstrap -am package)"
  ./mvnw -B -q -DskipTests -pl bootstrap -am package
fi
jar="$(ls bootstrap/target/bootstrap-*-exec.jar 2>/dev/null | head -1 || true)"
[ -n "$jar" ] || jar="$(ls bootstrap/target/bootstrap-*.jar | grep -v -e '-plain' -e '-sources' | head -1)"
[ -f "$jar" ] || { echo "bench-http: no service jar in bootstrap/target" >&2; exit 1; }

# Every request needs a token: the server is started with this bootstrap admin token (benchmark data only).
export NIS2_BOOTSTRAP_TOKEN="${NIS2_BOOTSTRAP_TOKEN:-nis2_BenchmarkAdminToken00000000000010rOuSx}"
export NIS2_TOKEN_SECRET="${NIS2_TOKEN_SECRET:-benchmark-only-token-secret-0123456789abcdef}"
export WRK_AUTHORIZATION="Bearer $NIS2_BOOTSTRAP_TOKEN"
auth=(-H "Authorization: $WRK_AUTHORIZATION")

work="$(mktemp -d "${TMPDIR:-/tmp}/nis2-bench-http.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ -n "${NIS2_DB_URL:-}" ]; then
  db="PostgreSQL at ${NIS2_DB_URL%%\?*} (NIS2_DB_URL)"
else
  export NIS2_DATA_DIR="$work/data"
  db="embedded PostgreSQL in $NIS2_DATA_DIR (throwaway)"
fi
echo "bench-http: starting $jar on 127.0.0.1:$port, $db, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
PORT="$port" "$JAVA_HOME/bin/java" ${NIS2_JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 \
  --logging.level.root=warn > "$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 240); do
  if curl -sf -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d @"$trivial_body" "$url"; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { echo "bench-http: the service did not start:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  sleep 0.5
done

check() {  # $1 = body file, $2 = field that must be in data
  local out
  out="$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d @"$1" "$url")"
  if [[ "$out" == *'"errors"'* ]] || [[ "$out" != *"\"$2\""* ]]; then
    echo "bench-http: unexpected answer to $1: ${out:0:400}" >&2; exit 1
  fi
}
check "$profile_body" reasoning
check "$trivial_body" rulesVersion
echo "bench-http: sample assessProfile answer: $(curl -s "${auth[@]}" -H 'Content-Type: application/json' -d @"$profile_body" "$url" | head -c 160)..."

run() {  # $1 = body file, $2 = seconds; prints wrk's report
  WRK_BODY_FILE="$1" wrk -t"$threads" -c"$connections" -d"${2}s" --latency -s "$lua" "$url"
}
rps() { sed -n 's/^Requests\/sec: *//p' | tr -d ' '; }
# CPU time (user + system) the server process has used so far, in clock ticks (/proc/<pid>/stat fields 14, 15)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
ticks_per_s="$(getconf CLK_TCK)"

echo "bench-http: warm-up, ${warmup}s per query"
run "$profile_body" "$warmup" > /dev/null
run "$trivial_body" "$warmup" > /dev/null

# The two queries are measured in alternating rounds, so that a change of load on the machine during the run
# (other processes) hits both alike; each query gets $duration seconds in total and goes first in every other round.
slice=$(( (duration + rounds - 1) / rounds ))
echo "bench-http: measuring ${duration}s per query ($rounds alternating rounds of ${slice}s), $threads threads, $connections connections, 127.0.0.1"
: > "$work/profile.rps"; : > "$work/trivial.rps"; : > "$work/profile.cpu"; : > "$work/trivial.cpu"
for round in $(seq 1 "$rounds"); do
  order="profile trivial"; [ $((round % 2)) -eq 0 ] && order="trivial profile"
  for q in $order; do
    body="$profile_body"; [ "$q" = trivial ] && body="$trivial_body"
    t0="$(server_ticks)"
    run "$body" "$slice" > "$work/$q.$round.txt"
    t1="$(server_ticks)"
    if grep -q 'Non-2xx' "$work/$q.$round.txt"; then
      echo "bench-http: non-2xx responses to $q:" >&2; cat "$work/$q.$round.txt" >&2; exit 1
    fi
    r="$(rps < "$work/$q.$round.txt")"
    echo "$r" >> "$work/$q.rps"
    n="$(sed -n 's/^ *\([0-9][0-9]*\) requests in.*/\1/p' "$work/$q.$round.txt")"
    us="$(awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$ticks_per_s" 'BEGIN { printf "%.0f", (b - a) * 1e6 / hz / n }')"
    echo "$us" >> "$work/$q.cpu"
    printf '  round %d %-8s %10s requests/s  server CPU %5s us/request  (latency p50 %s, p99 %s, load %s)\n' "$round" "$q" "$r" \
      "$us" "$(awk '$1 == "50%" { print $2 }' "$work/$q.$round.txt")" "$(awk '$1 == "99%" { print $2 }' "$work/$q.$round.txt")" \
      "$(cut -d' ' -f1 /proc/loadavg)"
  done
done

mean() { awk '{ s += $1; n++ } END { printf "%.1f", s / n }' "$1"; }
profile_rps="$(mean "$work/profile.rps")"
trivial_rps="$(mean "$work/trivial.rps")"
ratio="$(awk -v a="$profile_rps" -v b="$trivial_rps" 'BEGIN { printf "%.2f", a / b }')"
echo
echo "assessProfile (reasoning requested): $profile_rps requests/s"
echo "{ rulesVersion } (trivial query):    $trivial_rps requests/s"
echo "ratio assessProfile / trivial:       $ratio (goal >= 0.7)"
echo "ratio per round:                     $(paste -d' ' "$work/profile.rps" "$work/trivial.rps" | awk '{ printf "%s%.2f", (NR > 1 ? " " : ""), $1 / $2 }')"
profile_cpu="$(mean "$work/profile.cpu")"
trivial_cpu="$(mean "$work/trivial.cpu")"
echo "server CPU per request:              assessProfile $profile_cpu us, { rulesVersion } $trivial_cpu us (ratio $(awk -v a="$trivial_cpu" -v b="$profile_cpu" 'BEGIN { printf "%.2f", a / b }'))"
