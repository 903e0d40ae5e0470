#!/usr/bin/env bash
# Packs one built binary as a release archive and its SHA-256 checksum file, the layout that
# action.yml downloads: atlas-sunset-TARGET.tar.gz (atlas-sunset-TARGET.zip for Windows) holding the
# binary and README.md at its root, and ARCHIVE.sha256 holding "HASH  ARCHIVE".
# Usage: scripts/package-release.sh TARGET BINARY OUT_DIR   (run from the repository's top)
set -euo pipefail
target=$1 binary=$2 out=$3
name="atlas-sunset-$target"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$binary" README.md "$stage/"
mkdir -p "$out"
out=$(cd "$out" && pwd)
case "$target" in
  *windows*) archive="$name.zip"; (cd "$stage" && zip -q -r "$out/$archive" .) ;;
  *) archive="$name.tar.gz"; tar -C "$stage" -czf "$out/$archive" . ;;
esac
cd "$out"
if command -v sha256sum >/dev/null; then
  sha256sum "$archive" >"$archive.sha256"
else
  shasum -a 256 "$archive" >"$archive.sha256"
fi
echo "$out/$archive"
