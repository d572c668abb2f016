#!/usr/bin/env bash
# Portal load benchmark (`--serve`): fills a SQLite store with N generated documents (the store benchmark's
# pre-checked saves), starts `./gongkai serve` on a loopback port, and measures with wrk (Debian package) the search
# page, a document page and an API query at a fixed concurrency: p50/p99 latency and requests per second, plus the
# server's peak resident memory (VmHWM). Prints a markdown table; asserts nothing.
#   bench/serve-bench.sh [--documents 10000] [--connections 16] [--duration 20] [--port 5099] [--store PATH]
# Only 127.0.0.1 is ever targeted; every wrk run is bounded by --duration.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
documents=10000 connections=16 duration=20 port=5099 store=""
while (( $# )); do
    case "$1" in
        --documents) documents="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --store) store="$2"; shift 2 ;;
        *) echo "serve-bench: unknown option $1" >&2; exit 2 ;;
    esac
done
command -v wrk >/dev/null || { echo "serve-bench: wrk is not installed (apt-get install wrk)." >&2; exit 2; }
work="$(mktemp -d /tmp/gongkai-serve-bench.XXXXXX)"
[[ -n "$store" ]] || store="$work/bench.db"

if [[ ! -f "$store" ]]; then
    echo "serve-bench: filling $store with $documents documents…" >&2
    dotnet run -c Release --project "$root/bench/Gongkai.Benchmarks" -- --store --documents "$documents" --checked 0 \
        --target sqlite --sqlite "$store" --keep >&2
fi

"$root/gongkai" --help >/dev/null # builds the Release CLI when needed
GONGKAI_ADMIN_PASSWORD="bench-$(date +%s)" "$root/gongkai" serve --port "$port" --store "$store" >"$work/serve.out" 2>"$work/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/" && break; sleep 0.5; done
curl -fs -o /dev/null "$base/" || { cat "$work/serve.err" >&2; exit 1; }
pid="$(pgrep -P "$server" -f "gongkai.dll serve" || echo "$server")"

total="$(curl -fs "$base/api/documents?pageSize=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')"
doc="$(curl -fs "$base/api/documents?q=%E5%8C%BB%E7%96%97%E4%BF%9D%E9%9A%9C&pageSize=1" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')"
declare -a names=("检索页 /?q=医疗保障" "文件页 /documents/$doc" "接口 /api/documents?region=上海市&year=2024&kind=budget")
declare -a paths=("/?q=%E5%8C%BB%E7%96%97%E4%BF%9D%E9%9A%9C" "/documents/$doc" "/api/documents?region=%E4%B8%8A%E6%B5%B7%E5%B8%82&year=2024&kind=budget")

echo "| 请求 | 并发 | 请求/秒 | p50 | p99 |"
echo "|---|---|---|---|---|"
for i in "${!paths[@]}"; do
    curl -fs -o /dev/null "$base${paths[$i]}" # warm-up
    wrk -t2 -c"$connections" -d"${duration}s" --latency "$base${paths[$i]}" >"$work/wrk-$i.txt"
    rps="$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$i.txt")"
    p50="$(awk '$1=="50%" {print $2}' "$work/wrk-$i.txt")"
    p99="$(awk '$1=="99%" {print $2}' "$work/wrk-$i.txt")"
    errors="$(grep -E 'Non-2xx|Socket errors' "$work/wrk-$i.txt" | tr '\n' ' ' || true)"
    echo "| ${names[$i]} | $connections | $rps | $p50 | $p99 |${errors:+ $errors}"
done
hwm="$(awk '/VmHWM/ {print $2 " " $3}' "/proc/$pid/status" 2>/dev/null || echo "?")"
echo
echo "documents in store: $total; server peak memory (VmHWM): $hwm; $(nproc) cores; wrk -t2 -c$connections -d${duration}s"
