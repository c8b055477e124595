# shellcheck shell=bash
# Sourced by ./nis2 and .ci/run. Exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME, the java on PATH, then the usual JVM folders (/usr/lib/jvm, /opt/java, ~/.sdkman).
# NIS2_JDK_SEARCH_DIRS (space-separated globs) replaces those folders, e.g. to test the failure message.

nis2_java_major() {  # $1 = path to a java binary; prints its feature version or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1 | cut -d. -f1
}

nis2_select_jdk() {
  local candidate major best="" best_major=0
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local search_dirs="${NIS2_JDK_SEARCH_DIRS:-/usr/lib/jvm/* /opt/java/* /opt/jdk* $HOME/.sdkman/candidates/java/*}"
  # shellcheck disable=SC2086 # the globs are meant to expand
  for candidate in $search_dirs; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(nis2_java_major "$candidate/bin/java")"
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ]; then
      # Keep the caller's own JDK when it is recent enough; otherwise take the newest found.
      if [ "$candidate" = "${JAVA_HOME:-}" ]; then best="$candidate"; best_major=$major; break; fi
      if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
    fi
  done
  if [ -z "$best" ]; then
    echo "nis2-assessor needs a JDK 21 or newer (none found in JAVA_HOME, PATH or /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, and retry." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
