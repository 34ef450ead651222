# shellcheck shell=bash disable=SC2034  # SRC and PY are for the sourcing scripts
# The harness shared by the command-line test scripts; source it with
#   . "$(dirname "$0")/lib.sh"
# from a script called as `SCRIPT path/to/gazer`. It sets GAZER (absolute),
# SRC (the repository), PY, and WORK, a temporary directory that becomes the
# current one and is removed on exit. It offers:
#   check NAME COMMAND...  counts a check, passed if COMMAND exits 0
#   run ARGS...            runs gazer: stdout to $RUN_OUT (out.txt; a script
#                          may set another name), stderr to err.txt, the exit
#                          status to status.txt
#   status_is, stderr_has, stderr_lines_are, out_has, out_lacks: assertions
#                          on the last run
#   finish NAME            prints "NAME: N passed, M failed"; fails if any did
GAZER=$(realpath "$1")
SRC=$(cd "$(dirname "$0")/.." && pwd)
PY=/usr/bin/python3
RUN_OUT=out.txt
WORK=$(mktemp -d)
# chmod first: a test may leave an unreadable file behind.
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2
passed=0
failed=0

check() {  # check NAME COMMAND...: passes if COMMAND exits 0
  local name=$1
  shift
  if "$@" >"$WORK/check.out" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name"
    sed 's/^/    /' "$WORK/check.out" | head -30
  fi
}

run() {
  "$GAZER" "$@" >"$RUN_OUT" 2>err.txt
  echo $? >status.txt
}
status_is() { [ "$(cat status.txt)" = "$1" ] || { echo "status $(cat status.txt), want $1"; cat err.txt; return 1; }; }
stderr_has() { grep -qF -- "$1" err.txt || { echo "stderr lacks '$1':"; cat err.txt; return 1; }; }
stderr_lines_are() { [ "$(wc -l <err.txt)" -eq "$1" ] || { echo "stderr has $(wc -l <err.txt) lines, want $1:"; cat err.txt; return 1; }; }
out_has() { grep -qF -- "$1" "$RUN_OUT" || { echo "stdout lacks '$1':"; cat "$RUN_OUT"; return 1; }; }
out_lacks() { ! grep -qF -- "$1" "$RUN_OUT" || { echo "stdout has '$1':"; cat "$RUN_OUT"; return 1; }; }

finish() {  # finish NAME: the closing line; the script's exit status
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
