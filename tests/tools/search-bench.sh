#!/usr/bin/env bash
# The real build (search index included) against Hugo + Pagefind on Hugo's output, same corpus, same run.
# Never part of the tests.
#
#   BENCH=path/to/bench-kit bash tests/tools/search-bench.sh [-n "1000 4000 10000"] [-r 3] [--sitegen PATH]
#
# For each N: generates the corpus with the kit (gen_corpus.py: hugo and neutral layouts; to_sitegen.py)
# under $BENCH_WORK (default /tmp/sitegen-search-bench) unless it is there, then runs, alternating so
# that both see the same machine load, R rounds of
#   hugo:    hugo --source corpus/hugo --destination OUT && pagefind --site OUT   (Pagefind's CLI)
#   sitegen: sitegen build --input corpus/sitegen/input --theme corpus/sitegen/theme --output OUT
# each under tests/tools/peak-memory.mjs (wall, CPU and peak memory of the whole process tree, Pagefind included),
# outputs on tmpfs. Prints every run and the medians with SiteGen ÷ (Hugo + Pagefind). SiteGen runs from
# the repository root, so it finds Pagefind in node_modules; --sitegen is the executable (default: the
# native executable `dotnet publish -c Release` makes, published first).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
ns="1000 4000 10000"
rounds=3
sitegen=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) ns="$2"; shift 2 ;;
    -r) rounds="$2"; shift 2 ;;
    --sitegen) sitegen="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "${BENCH:-}" ] && [ -f "$BENCH/gen_corpus.py" ] || { echo "set BENCH to the benchmark kit's folder" >&2; exit 2; }
[ -x node_modules/.bin/pagefind ] || { echo "run npm ci first (Pagefind's CLI is needed for the Hugo side)" >&2; exit 2; }
work=${BENCH_WORK:-/tmp/sitegen-search-bench}
out=/dev/shm/sitegen-search-bench
mkdir -p "$work" "$out"
if [ -z "$sitegen" ]; then
  dotnet publish src/SiteGen -c Release -v quiet -nologo -o "$work/bin" >/dev/null
  sitegen="$work/bin/SiteGen"
fi

measure() { # label, command...: prints "wall cpu peak" (seconds, seconds, MiB)
  local label=$1
  shift
  node tests/tools/peak-memory.mjs --label "$label" -- "$@" 2>&1 >/dev/null | grep '^peak-memory:' | tee -a "$work/runs.log" |
    sed -n 's/.*wall \([0-9.]*\) s, CPU \([0-9.]*\) s, tree peak \([0-9]*\) MiB.*/\1 \2 \3/p'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "| N pairs | Hugo + Pagefind: wall / CPU / peak | SiteGen build: wall / CPU / peak | SiteGen ÷ (Hugo + Pagefind): wall, peak | load before |"
echo "|---:|---|---|---|---|"
for n in $ns; do
  corpus="$work/n$n"
  if [ ! -d "$corpus/sitegen/input" ]; then
    python3 "$BENCH/gen_corpus.py" --n "$n" --out "$corpus" --layouts hugo,neutral >/dev/null
    python3 "$BENCH/to_sitegen.py" "$corpus/neutral" "$repo" "$corpus/sitegen" >/dev/null
  fi
  # this checkout's theme, data/ and site.yml, as to_sitegen.py copies them (a corpus made by an older checkout is reused)
  rm -rf "$corpus/sitegen/theme" "$corpus/sitegen/input/data"
  cp -r theme "$corpus/sitegen/theme" && cp -r input/data "$corpus/sitegen/input/data" && cp input/site.yml "$corpus/sitegen/input/site.yml"
  : > "$work/hugo-$n" && : > "$work/sitegen-$n"
  loads=""
  for round in $(seq "$rounds"); do
    loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$out/hugo" "$out/sitegen"
    measure "hugo+pagefind n=$n #$round" bash -c 'hugo --quiet --source "$1" --destination "$2" && node_modules/.bin/pagefind --site "$2" >/dev/null' _ "$corpus/hugo" "$out/hugo" >> "$work/hugo-$n"
    rm -rf "$out/hugo"
    measure "sitegen n=$n #$round" "$sitegen" build --input "$corpus/sitegen/input" --theme "$corpus/sitegen/theme" --output "$out/sitegen" >> "$work/sitegen-$n"
    rm -rf "$out/sitegen"
  done
  for tool in hugo sitegen; do
    read -r "${tool}_wall" < <(cut -d' ' -f1 "$work/$tool-$n" | median)
    read -r "${tool}_cpu" < <(cut -d' ' -f2 "$work/$tool-$n" | median)
    read -r "${tool}_peak" < <(cut -d' ' -f3 "$work/$tool-$n" | median)
  done
  awk -v n="$n" -v hw="$hugo_wall" -v hc="$hugo_cpu" -v hp="$hugo_peak" -v sw="$sitegen_wall" -v sc="$sitegen_cpu" -v sp="$sitegen_peak" -v loads="$loads" \
    'BEGIN { printf "| %d | %.1f s / %.1f s / %d MiB | %.1f s / %.1f s / %d MiB | **%.2f×** wall, **%.2f×** peak | %s |\n", n, hw, hc, hp, sw, sc, sp, sw / hw, sp / hp, loads }'
done
echo "every run: $work/runs.log"
