#!/usr/bin/env bash
# What GraphQL costs on top of authentication (issue 16): against one running Caregate (the Quick start), in one run,
# wrk measures (1) a trivial authenticated JAX-RS read — Solo's GET /qapi/v1/webhooks of an organization without
# webhooks: key look-up, rate limit, caller, one small query, JSON — and (2) the GraphQL read
# { user(or_current_user: true) { id } } — the same authentication, one small query, plus GraphQL's parsing,
# validation and execution. Both rotate over 32 keys (the 250 requests/s per key limit is not what is measured).
# Prints requests/s and latency of each and their ratio (GraphQL / JAX-RS).
#
#   KEY=cg_... bench/read-ratio.sh            # KEY: an owner's API key (printed at first start)
#
# Environment: BASE (http://localhost:8080), DURATION (20), WARMUP (15, each side, before either is measured),
# CONNECTIONS (8). Needs wrk (apt-get install wrk).
set -euo pipefail
: "${KEY:?set KEY to the API key of an organization owner}"
BASE=${BASE:-http://localhost:8080}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-8}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

graphql() {
    curl -sf "$BASE/graphql" -H "Authorization: Basic $KEY" -H 'Content-Type: application/json' -d "$1"
}
owner=$(graphql '{"query":"{ user(or_current_user: true) { id } }"}' | sed -E 's/.*"id":"([0-9]+)".*/\1/')
keys=()
for i in $(seq 1 32); do
    keys+=("$(graphql "{\"query\":\"mutation { createApiKey(input: {name: \\\"ratio $$ $i\\\", user_id: \\\"$owner\\\"}) { api_key } }\"}" \
        | sed -E 's/.*"api_key":"([^"]+)".*/\1/')")
done

rest_script=$(mktemp --suffix=.lua)
graphql_script=$(mktemp --suffix=.lua)
trap 'rm -f "$rest_script" "$graphql_script"' EXIT
lua_keys() {
    echo "local keys = {"
    for k in "${keys[@]}"; do echo "  \"$k\","; done
    echo "}"
    echo "local n = 0"
}
report='
done = function(summary, latency, requests)
  io.write(string.format("%.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end'
{
    lua_keys
    cat <<'LUA'
request = function()
  n = n + 1
  return wrk.format("GET", "/qapi/v1/webhooks", { ["Api-Key"] = keys[(n % #keys) + 1] })
end
LUA
    echo "$report"
} > "$rest_script"
{
    lua_keys
    cat <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  return wrk.format(nil, "/graphql", { ["Authorization"] = "Basic " .. keys[(n % #keys) + 1] },
    '{"query":"{ user(or_current_user: true) { id } }"}')
end
LUA
    echo "$report"
} > "$graphql_script"

warm() {      # both sides are warmed up before either is measured: measuring one while the JIT still compiles the
              # code both share (key look-up, rate limit, caller) swung the ratio between 41 % and 97 % on one tree
    wrk -t 2 -c "$CONNECTIONS" -d "${WARMUP}s" -s "$1" "$BASE" >/dev/null
}
measure() {   # script → "requests/s p50 p99 errors"
    wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" --latency -s "$1" "$BASE" | tail -1
}
warm "$rest_script"
warm "$graphql_script"
read -r rest_rps rest_p50 rest_p99 rest_errors <<<"$(measure "$rest_script")"
read -r gql_rps gql_p50 gql_p99 gql_errors <<<"$(measure "$graphql_script")"
if [ "$rest_errors" != 0 ] || [ "$gql_errors" != 0 ]; then
    echo "some requests failed (JAX-RS $rest_errors, GraphQL $gql_errors): the measurement is not valid" >&2
    exit 1
fi
echo "JAX-RS  GET /qapi/v1/webhooks                  $rest_rps requests/s, p50 $rest_p50 ms, p99 $rest_p99 ms"
echo "GraphQL { user(or_current_user: true) { id } } $gql_rps requests/s, p50 $gql_p50 ms, p99 $gql_p99 ms"
awk -v g="$gql_rps" -v r="$rest_rps" 'BEGIN { printf "GraphQL / JAX-RS: %.0f %%\n", 100 * g / r }'
