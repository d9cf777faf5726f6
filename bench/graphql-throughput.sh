#!/usr/bin/env bash
# Authenticated GraphQL throughput against a running Caregate (the Quick start), measured with wrk (Debian
# package "wrk"). Every request presents an API key, is authenticated (key look-up, rate limit, caller) and runs
# one query against PostgreSQL. Requests rotate over 8 keys so that the 250 requests/s per key limit is not what
# is measured. Bounded: one run of DURATION seconds against localhost only.
#
#   KEY=cg_... bench/graphql-throughput.sh            # KEY: an owner's API key (printed at first start)
#
# Environment: BASE (default http://localhost:8080), DURATION (30), CONNECTIONS (8), QUERY (see below).
set -euo pipefail
: "${KEY:?set KEY to the API key of an organization owner}"
BASE=${BASE:-http://localhost:8080}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-8}
DEFAULT_QUERY='{ user(or_current_user: true) { id first_name email } }'
QUERY=${QUERY:-$DEFAULT_QUERY}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

graphql() {
    curl -sf "$BASE/graphql" -H "Authorization: Basic $KEY" -H 'Content-Type: application/json' -d "$1"
}
owner=$(graphql '{"query":"{ user(or_current_user: true) { id } }"}' | sed -E 's/.*"id":"([0-9]+)".*/\1/')
keys=()
for i in $(seq 1 8); do
    keys+=("$(graphql "{\"query\":\"mutation { createApiKey(input: {name: \\\"bench $i\\\", user_id: \\\"$owner\\\"}) { api_key } }\"}" \
        | sed -E 's/.*"api_key":"([^"]+)".*/\1/')")
done

script=$(mktemp --suffix=.lua)
trap 'rm -f "$script"' EXIT
escape() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }   # backslashes and double quotes, for JSON and Lua strings
body=$(printf '{"query":"%s"}' "$(printf '%s' "$QUERY" | escape)" | escape)
{
    echo "local keys = {"
    for k in "${keys[@]}"; do echo "  \"$k\","; done
    echo "}"
    cat <<LUA
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  return wrk.format(nil, "/graphql", { ["Authorization"] = "Basic " .. keys[(n % #keys) + 1] }, "$body")
end
local statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f  p50 %.1f ms  p99 %.1f ms  errors %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
} > "$script"

echo "GraphQL, $CONNECTIONS connections, ${DURATION}s: $QUERY"
output=$(wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" --latency -s "$script" "$BASE")
echo "$output"
if grep -q 'Non-2xx' <<<"$output"; then
    echo "some requests failed: the measurement is not valid" >&2
    exit 1
fi
