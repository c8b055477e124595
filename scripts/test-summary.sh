#!/usr/bin/env bash
# Adds up the Surefire reports of every module written after the stamp file $1 (the start of this run) and
# prints one closing line: "Tests: N passed, N failed, N skipped" (failed counts failures and errors).
set -euo pipefail
stamp="${1:?usage: test-summary.sh STAMP_FILE}"
cd "$(dirname "$0")/.."
tests=0 failures=0 errors=0 skipped=0 files=0
while IFS= read -r report; do
  files=$((files + 1))
  # The <testsuite ...> element carries the counts of one test class.
  header="$(grep -m1 -o '<testsuite [^>]*>' "$report" || true)"
  for key in tests failures errors skipped; do
    value="$(printf '%s' "$header" | grep -o " $key=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0)"
    eval "$key=\$(( $key + ${value:-0} ))"
  done
done < <(find . -path '*/target/surefire-reports/TEST-*.xml' -newer "$stamp" 2>/dev/null | sort)
failed=$((failures + errors))
passed=$((tests - failed - skipped))
echo "Surefire total over $files test classes: tests $tests, failures $failures, errors $errors, skipped $skipped"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
