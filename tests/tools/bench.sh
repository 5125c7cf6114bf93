#!/usr/bin/env bash
# Benchmark: build a synthetic corpus of N copies of the repo's articles (zh + en) and report the
# time of each build stage and the peak memory. Never part of the tests.
#
#   bash tests/tools/bench.sh [COPIES=100]      # 10 articles × COPIES, bilingual
set -euo pipefail
cd "$(dirname "$0")/../.."
copies="${1:-100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/input/articles/zh" "$work/input/articles/en"
cp -r input/data input/site.yml "$work/input/"
for i in $(seq 1 "$copies"); do
  for file in input/articles/zh/*.md; do
    name="$(basename "$file" .md)"
    sed "s/^slug: ${name}\$/slug: ${name}-${i}/" "$file" > "$work/input/articles/zh/${name}-${i}.md"
    [ -f "input/articles/en/${name}.md" ] && cp "input/articles/en/${name}.md" "$work/input/articles/en/${name}-${i}.md"
  done
done
echo "corpus: $(ls "$work/input/articles/zh" | wc -l) zh + $(ls "$work/input/articles/en" | wc -l) en articles"

# The native executable (docs/deploy.md); compiling it takes a few minutes.
echo "dotnet publish src/SiteGen -c Release (native executable; takes a few minutes) …"
dotnet publish src/SiteGen -c Release -o "$work/bin" -v quiet -nologo >/dev/null
/usr/bin/time -f "peak memory: %M KB, wall: %e s" \
  "$work/bin/SiteGen" build --input "$work/input" --output "$work/output" --verbose "${@:2}"
echo "output: $(du -sh "$work/output" | cut -f1)"
