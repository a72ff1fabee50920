#!/usr/bin/env bash
# Runs a validator for a ctest test: run-tool.sh TOOL ARGS...
# A missing tool skips the test (exit 77) on a developer machine and fails it in CI,
# as tests/support does for the C++ tests.
set -u
tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
  case "${CI:-}" in
    "" | 0 | false)
      echo "SKIP: $tool is not installed (tools/dev test installs it)"
      exit 77
      ;;
  esac
  echo "FAIL: $tool is required in CI but not installed" >&2
  exit 1
fi
exec "$@"
