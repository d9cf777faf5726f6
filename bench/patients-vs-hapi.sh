#!/usr/bin/env bash
# Patient create and read, Caregate (Solo API) vs HAPI FHIR JPA (issue 16): one PostgreSQL 15, one server after the
# other, the same wrk method for both.
#
#   bench/patients-vs-hapi.sh CAREGATE_SERVER HAPI_WAR
#
#   CAREGATE_SERVER  a provisioned Caregate server (ear/target/server of `mvn -DskipTests install`); it is not
#                    modified — its standalone/ is copied to a scratch directory
#   HAPI_WAR         target/ROOT.war of hapifhir/hapi-fhir-jpaserver-starter, tag image/v8.8.0-1, built with
#                    `mvn -B -DskipTests package` (a Spring Boot WAR: java -jar)
#
# What it does:
#   1. A private PostgreSQL 15 cluster (PGDATA, port PGPORT; initdb'd with PostgreSQL's defaults on first use, started
#      if not running), fresh databases `caregate` (owner caregate: creates pg_trgm and btree_gist itself) and `hapi`.
#   2. For each server in turn (Caregate, then HAPI; the other one is stopped):
#      - start to ready: from the launch to Caregate's readiness (deployment marker, /health/ready of the server and of
#        the management interface, as the launcher's WildFlyServer waits for) / to HAPI's GET /fhir/metadata 200;
#        both start against an empty database (Caregate's Flyway, HAPI's hbm2ddl create the schema);
#      - create: wrk -t2 -cCONNECTIONS, WARMUP s warm-up then DURATION s measured, each request a distinct patient
#        (name, birth date, phone, email, EHR id, MRN; bench/patients.lua). Caregate: POST /qapi/v1/patients with
#        an organization's API keys, rotated over KEYS keys so the 250 requests/s per key limit is not what is
#        measured; HAPI: POST /fhir/Patient (no authentication: the starter has none by default);
#      - Caregate: the outbox's backlog when the measured create run ends (events appended, not yet relayed);
#      - the database is topped up to PATIENTS patients if the create runs made fewer; Caregate: its outbox is let
#        drain (the relay publishing the creates' events to JMS, at most DRAIN_MAX s), then both rest SETTLE s;
#      - read: the first PATIENTS patient ids (from the database), wrk the same way, each request one id at random:
#        Caregate GET /qapi/v1/patients/id/type/SPID/value/{spid}, HAPI GET /fhir/Patient/{id};
#      - RSS of the server's JVM after the runs (VmRSS, and its peak VmHWM).
#   3. Prints a table: requests/s, p50, p99, non-2xx and socket errors of each run (non-2xx must be 0: the run
#      fails otherwise), the CPU time the server's JVM and PostgreSQL (postmaster and all its processes) used per
#      request in the measured run (from /proc; wrk's own CPU is not counted), start to ready, RSS, and Caregate /
#      HAPI ratios.
#
# Environment: PGBIN (/usr/lib/postgresql/15/bin), PGDATA (/tmp/pg15), PGPORT (5433), DURATION (30), WARMUP (10),
# CONNECTIONS (16), PATIENTS (10000), KEYS (32), DRAIN_MAX (300), SETTLE (5), HTTP_PORT (8180: both servers; Caregate gets port offset
# HTTP_PORT-8080, so its management port is 9990 + that), SERVERS ("caregate hapi"), WORK (a scratch directory,
# default mktemp), JFR (a directory: record a JFR profile, settings=profile, of Caregate during the measured create
# and read runs, stacks up to 512 frames deep — costs throughput, so not for the figures; bench/jfr-components.py
# reads them), HAPI_JAVA_OPTS (none), STOP_PG (1: stop the cluster at the end if this script started it), ANALYZE (0;
# 1: ANALYZE the server's database between the warm-up and the measured run, so that the run does not measure plans
# PostgreSQL made for a nearly empty table — autovacuum analyzes at most once a minute, and a connection keeps its
# generic plan of a prepared statement until then; docs/performance.md).
# HAPI runs with its application.yaml defaults except the datasource (PostgreSQL, dialect HapiFhirPostgresDialect,
# hibernate.search.enabled=false as the starter's README shows for PostgreSQL) and the port. Caregate runs with its
# defaults (bin/standalone.conf: -Xmx512m; pool 30) and the CAREGATE_* environment of docs/operations.md.
# Needs: bash, curl, wrk, psql/initdb/pg_ctl of PostgreSQL 15, python3, java 17+. As root, PostgreSQL runs as user
# postgres. Share the machine with nothing else while it runs (the project's rule: hold /tmp/caregate-build.lock,
# `flock /tmp/caregate-build.lock bench/patients-vs-hapi.sh ...`); it takes about 8-10 minutes.
set -euo pipefail

CAREGATE_SERVER=$(realpath "${1:?usage: $0 CAREGATE_SERVER HAPI_WAR}")
HAPI_WAR=$(realpath "${2:?usage: $0 CAREGATE_SERVER HAPI_WAR}")
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGDATA=${PGDATA:-/tmp/pg15}
PGPORT=${PGPORT:-5433}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-16}
PATIENTS=${PATIENTS:-10000}
KEYS=${KEYS:-32}
HTTP_PORT=${HTTP_PORT:-8180}
SERVERS=${SERVERS:-caregate hapi}
STOP_PG=${STOP_PG:-1}
DRAIN_MAX=${DRAIN_MAX:-300}
SETTLE=${SETTLE:-5}
ANALYZE=${ANALYZE:-0}
DRAIN=
BACKLOG=
OFFSET=$((HTTP_PORT - 8080))
BASE=http://127.0.0.1:$HTTP_PORT
HERE=$(cd "$(dirname "$0")" && pwd)
LUA=$HERE/patients.lua
WORK=${WORK:-$(mktemp -d /tmp/patients-vs-hapi.XXXXXX)}
mkdir -p "$WORK"
RUN=$(date +%s)
BOOTSTRAP_KEY=bench-bootstrap-key-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')

for tool in curl wrk python3 java "$PGBIN/initdb" "$PGBIN/pg_ctl" "$PGBIN/psql"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -x "$CAREGATE_SERVER/bin/standalone.sh" ] || { echo "no provisioned server at $CAREGATE_SERVER" >&2; exit 1; }
[ -f "$HAPI_WAR" ] || { echo "no HAPI WAR at $HAPI_WAR" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/"; then echo "something already listens on $BASE" >&2; exit 1; fi

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_su() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

# ---------------------------------------------------------------- PostgreSQL 15
PG_STARTED=
if [ ! -f "$PGDATA/PG_VERSION" ]; then
    log "initdb $PGDATA (PostgreSQL defaults; trust authentication on loopback)"
    mkdir -p "$PGDATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$PGDATA"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    log "starting PostgreSQL on port $PGPORT"
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
        -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PGDATA" start >/dev/null
    PG_STARTED=1
fi
psql_su -d postgres <<SQL
DROP DATABASE IF EXISTS caregate;
DROP DATABASE IF EXISTS hapi;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caregate') THEN CREATE ROLE caregate LOGIN PASSWORD 'caregate'; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hapi') THEN CREATE ROLE hapi LOGIN PASSWORD 'hapi'; END IF;
END \$\$;
CREATE DATABASE caregate OWNER caregate;
CREATE DATABASE hapi OWNER hapi;
SQL
PG_VERSION=$(psql_su -d postgres -At -c 'SHOW server_version')
PG_SETTINGS=$(psql_su -d postgres -At -c "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name)
    FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'full_page_writes',
    'max_connections', 'work_mem', 'wal_level', 'checkpoint_timeout', 'max_wal_size', 'effective_cache_size', 'jit')")

# ---------------------------------------------------------------- servers
SERVER_PID=    # the script or java process we launched
JAVA_PID=      # the server's JVM
cleanup() {
    stop_server || true
    if [ -n "$PG_STARTED" ] && [ "$STOP_PG" = 1 ]; then as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null || true; fi
}
trap cleanup EXIT

stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    [ -n "$JAVA_PID" ] && kill "$JAVA_PID" 2>/dev/null || true
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
        if kill -0 "$SERVER_PID" 2>/dev/null || { [ -n "$JAVA_PID" ] && kill -0 "$JAVA_PID" 2>/dev/null; }; then
            sleep 0.5
        else
            break
        fi
    done
    [ -n "$JAVA_PID" ] && kill -9 "$JAVA_PID" 2>/dev/null || true
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID= JAVA_PID=
}

ok() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1")" = 200 ]; }
now() { date +%s.%N; }

start_caregate() {
    local base=$WORK/caregate-base
    rm -rf "$base"
    cp -a "$CAREGATE_SERVER/standalone" "$base"
    rm -f "$base"/deployments/*.deployed "$base"/deployments/*.failed "$base"/deployments/*.isdeploying
    T0=$(now)
    (cd "$CAREGATE_SERVER" && exec env \
        CAREGATE_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/caregate" CAREGATE_DB_USER=caregate \
        CAREGATE_DB_PASSWORD=caregate CAREGATE_BOOTSTRAP_API_KEY="$BOOTSTRAP_KEY" \
        CAREGATE_JMS_PORT=$((61616 + OFFSET)) LAUNCH_JBOSS_IN_BACKGROUND=true \
        PREPEND_JAVA_OPTS="${JFR:+-XX:FlightRecorderOptions=stackdepth=512}" \
        bin/standalone.sh -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=$OFFSET \
        >"$WORK/caregate-console.log" 2>&1) &
    SERVER_PID=$!
    local deadline=$((SECONDS + 300))
    until [ -f "$base/deployments/caregate.ear.deployed" ] && ok "http://127.0.0.1:$((9990 + OFFSET))/health/ready" \
            && ok "$BASE/health/ready"; do
        [ -f "$base/deployments/caregate.ear.failed" ] && { cat "$base/deployments/caregate.ear.failed" >&2; exit 1; }
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$WORK/caregate-console.log" >&2; exit 1; }
        [ $SECONDS -lt $deadline ] || { echo "Caregate not ready in 300 s" >&2; exit 1; }
        sleep 0.2
    done
    READY=$(python3 -c "print(f'{$(now) - $T0:.1f}')")
    JAVA_PID=$(ps -o pid=,args= --ppid "$SERVER_PID" | awk '/jboss-modules/ { print $1; exit }')
}

start_hapi() {
    T0=$(now)
    # shellcheck disable=SC2086
    java ${HAPI_JAVA_OPTS:-} -jar "$HAPI_WAR" --server.port="$HTTP_PORT" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/hapi" \
        --spring.datasource.username=hapi --spring.datasource.password=hapi \
        --spring.datasource.driver-class-name=org.postgresql.Driver \
        --spring.jpa.properties.hibernate.dialect=ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect \
        --spring.jpa.properties.hibernate.search.enabled=false \
        >"$WORK/hapi-console.log" 2>&1 &
    SERVER_PID=$!
    JAVA_PID=$SERVER_PID
    local deadline=$((SECONDS + 600))
    until ok "$BASE/fhir/metadata"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$WORK/hapi-console.log" >&2; exit 1; }
        [ $SECONDS -lt $deadline ] || { echo "HAPI not ready in 600 s" >&2; exit 1; }
        sleep 0.2
    done
    READY=$(python3 -c "print(f'{$(now) - $T0:.1f}')")
}

# One GraphQL request to Caregate: gql KEY QUERY PATH → the value at PATH (dot-separated) of the answer's data.
gql() {
    python3 - "$BASE/graphql" "$1" "$2" "$3" <<'PY'
import json, sys, urllib.request
url, key, query, path = sys.argv[1:]
request = urllib.request.Request(url, json.dumps({"query": query}).encode(),
                                 {"Content-Type": "application/json", "Authorization": "Basic " + key})
answer = json.load(urllib.request.urlopen(request, timeout=60))
value = answer.get("data")
for part in path.split("."):
    value = value[part] if isinstance(value, dict) else None
if value is None:
    sys.exit(f"GraphQL: no {path} in {answer}")
print(value)
PY
}

rss_mb() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# CPU time in clock ticks of each process, "pid ticks" per line: the server's JVM, or PostgreSQL's postmaster and
# every process it started (backends, WAL writer, checkpointer, ...). A process's own time and that of its children it
# has waited for, so that the postmaster also counts the autovacuum workers and backends that ended meanwhile.
ticks() {
    for p in "$@"; do
        [ -r "/proc/$p/stat" ] && echo "$p $(sed 's/.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 + $14 + $15 }')"
    done
    true
}
pg_pids() {
    local pm
    pm=$(head -1 "$PGDATA/postmaster.pid")
    echo "$pm" $(pgrep -P "$pm")
}
# CPU milliseconds per request between two ticks snapshots: a process seen only in the second counts from zero.
cpu_ms_per_request() {   # before after requests
    awk -v hz="$(getconf CLK_TCK)" -v n="$3" 'FILENAME == ARGV[1] { before[$1] = $2; next } { used += $2 - before[$1] }
        END { printf "%.2f", (n > 0 ? used * 1000 / hz / n : 0) }' "$1" "$2"
}

# wrk: warm-up, then the measured run → "requests/s p50 p99 non2xx socket_errors"; the CPU the server and PostgreSQL
# used per request in the measured run → CPU_SERVER[name], CPU_PG[name] (milliseconds)
measure() {   # name mode keys ids
    local name=$1 mode=$2 keys=$3 ids=$4 line
    log "$name: warm-up ${WARMUP}s"
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$LUA" "$BASE" -- "$mode" "${RUN}w$name" "$keys" "$ids" \
        >"$WORK/$name-warmup.txt" 2>&1 || true
    if [ "$ANALYZE" = 1 ]; then
        log "$name: ANALYZE of the ${mode%%-*} database"
        psql_su -d "${mode%%-*}" -c ANALYZE
    fi
    if [ -n "${JFR:-}" ] && [ "$mode" != "${mode#caregate}" ]; then
        mkdir -p "$JFR"
        jcmd "$JAVA_PID" JFR.start name="$name" settings=profile duration="${DURATION}s" \
            filename="$JFR/$name.jfr" >/dev/null
    fi
    log "$name: measured ${DURATION}s"
    local pg
    pg=$(pg_pids)
    ticks "$JAVA_PID" >"$WORK/$name-jvm-ticks-0"; ticks $pg >"$WORK/$name-pg-ticks-0"
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$LUA" "$BASE" -- "$mode" "${RUN}m$name" \
        "$keys" "$ids" >"$WORK/$name.txt" 2>&1
    pg=$(pg_pids)
    ticks "$JAVA_PID" >"$WORK/$name-jvm-ticks-1"; ticks $pg >"$WORK/$name-pg-ticks-1"
    local requests
    requests=$(awk '/requests in/ { print $1; exit }' "$WORK/$name.txt")
    CPU_SERVER[$name]=$(cpu_ms_per_request "$WORK/$name-jvm-ticks-0" "$WORK/$name-jvm-ticks-1" "$requests")
    CPU_PG[$name]=$(cpu_ms_per_request "$WORK/$name-pg-ticks-0" "$WORK/$name-pg-ticks-1" "$requests")
    [ -n "${JFR:-}" ] && [ "$mode" != "${mode#caregate}" ] && sleep 2
    line=$(tail -1 "$WORK/$name.txt")
    RESULT[$name]=$line
    log "$name: $line"
}

# Tops the database up to PATIENTS patients (when the create runs made fewer): python3, CONNECTIONS threads.
top_up() {   # kind count keys_file
    local kind=$1 missing=$(($2 < PATIENTS ? PATIENTS - $2 : 0))
    [ "$missing" -gt 0 ] || return 0
    log "$kind: topping up $missing patients"
    python3 - "$kind" "$missing" "$BASE" "${3:-}" "$CONNECTIONS" "$RUN" <<'PY'
import json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor
kind, missing, base, keys_file, threads, run = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
keys = open(keys_file).read().split() if keys_file else []
def create(i):
    # the same fields as bench/patients.lua's bodies, so that topped-up patients read back just as large
    tag = f"{run}-top-{i}"
    first, last = ["Ada", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta"][i % 7], ["Quinn", "Reyes", "Sato", "Toure", "Ueda"][i % 5]
    gender, birth = ("female", "male")[i % 2], f"{1940 + i % 70:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    phone, email = f"+1 (212) {i % 1000:03d}-{i % 10000:04d}", f"{first}.{last}.{tag}@example.org".lower()
    if kind == "caregate":
        body = {"id": "ehr-" + tag, "mrn": "MRN-" + tag, "accountNumber": "A-" + tag,
                "name": [{"use": "usual", "family": f"{first} {last}", "firstName": first, "middleName": "", "lastName": last, "alias": ""}],
                "birthDate": birth, "gender": gender, "maritalStatus": "married",
                "telecom": [{"use": "home", "system": "phone", "value": phone}, {"use": "home", "system": "email", "value": email}],
                "contact": [], "preferredLanguage": "English", "race": "White", "ethnicity": "not Hispanic or Latino",
                "address": [{"city": "New York", "use": "home", "apartment": "", "country": "USA", "state": "NY", "postalcode": "10019",
                             "line": ["123 Main St", ""]}],
                "active": True, "deceased": False, "isLinkedByEmail": False, "sharedEmailGroup": None}
        request = urllib.request.Request(base + "/qapi/v1/patients", json.dumps(body).encode(),
                                         {"Content-Type": "application/json", "Api-Key": keys[i % len(keys)]})
    else:
        body = {"resourceType": "Patient", "identifier": [
                    {"system": "urn:ehr:patient", "value": "ehr-" + tag},
                    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                     "system": "urn:ehr:mrn", "value": "MRN-" + tag},
                    {"system": "urn:ehr:account", "value": "A-" + tag}],
                "active": True, "name": [{"use": "usual", "family": last, "given": [first]}],
                "telecom": [{"system": "phone", "value": phone, "use": "home"}, {"system": "email", "value": email, "use": "home"}],
                "gender": gender, "birthDate": birth, "deceasedBoolean": False,
                "address": [{"use": "home", "line": ["123 Main St"], "city": "New York", "state": "NY", "postalCode": "10019", "country": "USA"}],
                "maritalStatus": {"text": "married"}, "communication": [{"language": {"text": "English"}}]}
        request = urllib.request.Request(base + "/fhir/Patient", json.dumps(body).encode(), {"Content-Type": "application/fhir+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert 200 <= response.status < 300
with ThreadPoolExecutor(threads) as pool:
    list(pool.map(create, range(missing)))
PY
}

declare -A RESULT READY_S RSS_MB HWM_MB COUNT CPU_SERVER CPU_PG

run_caregate() {
    log "Caregate: starting $CAREGATE_SERVER"
    start_caregate
    READY_S[caregate]=$READY
    log "Caregate: ready in ${READY} s (JVM $JAVA_PID)"
    local owner org user keys=$WORK/caregate-keys.txt ids=$WORK/caregate-ids.txt
    owner=$(gql "$BOOTSTRAP_KEY" 'mutation { createOrganization(input: {name: "Patients bench", first_name: "Bench",
        last_name: "Owner", email: "bench-owner@example.org"}) { api_key messages { message } } }' \
        createOrganization.api_key)
    org=$(gql "$owner" '{ organization { id } }' organization.id)
    user=$(gql "$owner" '{ user(or_current_user: true) { id } }' user.id)
    : >"$keys"
    for i in $(seq 1 "$KEYS"); do
        gql "$owner" "mutation { createApiKey(input: {name: \"bench $i\", user_id: \"$user\"}) { api_key } }" \
            createApiKey.api_key >>"$keys"
    done
    measure caregate-create caregate-create "$keys" -
    # How far the relay kept up while the creates ran: every create appends one event to the outbox.
    BACKLOG=$(PGPASSWORD=caregate "$PGBIN/psql" -X -At -F' ' -h 127.0.0.1 -p "$PGPORT" -U caregate -d caregate -c \
        "SELECT count(*) FILTER (WHERE published_at IS NULL), count(*) FROM caregate.outbox_event")
    BACKLOG="${BACKLOG%% *} of ${BACKLOG##* } events still unpublished when the measured create run ended"
    log "Caregate: outbox: $BACKLOG"
    local count
    count=$(PGPASSWORD=caregate "$PGBIN/psql" -X -At -h 127.0.0.1 -p "$PGPORT" -U caregate -d caregate -c \
        "SELECT count(*) FROM identity.app_user WHERE organization_id = $org AND role = 'PATIENT'")
    top_up caregate "$count" "$keys"
    # The creates left events in Caregate's outbox; its relay publishes them to JMS in the background. Let that
    # finish before reading, so that the read run measures reads only (it would otherwise share the CPU with it).
    local waited=$SECONDS unpublished
    while :; do
        unpublished=$(PGPASSWORD=caregate "$PGBIN/psql" -X -At -h 127.0.0.1 -p "$PGPORT" -U caregate -d caregate -c \
            "SELECT count(*) FROM caregate.outbox_event WHERE published_at IS NULL")
        [ "$unpublished" = 0 ] || [ $((SECONDS - waited)) -ge "$DRAIN_MAX" ] && break
        sleep 1
    done
    DRAIN="${unpublished} events unpublished after $((SECONDS - waited)) s"
    log "Caregate: outbox: $DRAIN"
    sleep "$SETTLE"
    PGPASSWORD=caregate "$PGBIN/psql" -X -At -h 127.0.0.1 -p "$PGPORT" -U caregate -d caregate -c \
        "SELECT id FROM identity.app_user WHERE organization_id = $org AND role = 'PATIENT' ORDER BY id LIMIT $PATIENTS" \
        >"$ids"
    COUNT[caregate]="$(wc -l <"$ids") of $(( count > PATIENTS ? count : PATIENTS ))"
    measure caregate-read caregate-read "$keys" "$ids"
    RSS_MB[caregate]=$(rss_mb "$JAVA_PID" VmRSS)
    HWM_MB[caregate]=$(rss_mb "$JAVA_PID" VmHWM)
    stop_server
}

run_hapi() {
    log "HAPI: starting $HAPI_WAR"
    start_hapi
    READY_S[hapi]=$READY
    log "HAPI: ready in ${READY} s (JVM $JAVA_PID)"
    local ids=$WORK/hapi-ids.txt count
    measure hapi-create hapi-create - -
    count=$(PGPASSWORD=hapi "$PGBIN/psql" -X -At -h 127.0.0.1 -p "$PGPORT" -U hapi -d hapi -c \
        "SELECT count(*) FROM hfj_resource WHERE res_type = 'Patient'")
    top_up hapi "$count" ""
    sleep "$SETTLE"
    PGPASSWORD=hapi "$PGBIN/psql" -X -At -h 127.0.0.1 -p "$PGPORT" -U hapi -d hapi -c \
        "SELECT fhir_id FROM hfj_resource WHERE res_type = 'Patient' ORDER BY res_id LIMIT $PATIENTS" >"$ids"
    COUNT[hapi]="$(wc -l <"$ids") of $(( count > PATIENTS ? count : PATIENTS ))"
    measure hapi-read hapi-read - "$ids"
    RSS_MB[hapi]=$(rss_mb "$JAVA_PID" VmRSS)
    HWM_MB[hapi]=$(rss_mb "$JAVA_PID" VmHWM)
    stop_server
}

for server in $SERVERS; do "run_$server"; done

# ---------------------------------------------------------------- report
field() { local line=${RESULT[$1]:-"- - - - -"}; echo "$line" | awk -v i="$2" '{ print $i }'; }
echo
echo "Patients, Caregate vs HAPI FHIR JPA — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ { print $2 }') GB"
echo "PostgreSQL $PG_VERSION at 127.0.0.1:$PGPORT; settings: $PG_SETTINGS"
echo "(initdb's postgresql.conf untouched; started with only -p $PGPORT, listen_addresses=127.0.0.1, unix_socket_directories=$PGDATA)"
echo "wrk -t2 -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s measured per run; reads over ${COUNT[caregate]:-?} (Caregate) / ${COUNT[hapi]:-?} (HAPI) patients"
echo "Java: $(java -version 2>&1 | head -1)"
[ "$ANALYZE" = 1 ] && echo "ANALYZE of the server's database between each warm-up and its measured run"
[ -n "$BACKLOG" ] && echo "Caregate's outbox after the creates: $BACKLOG"
[ -n "$DRAIN" ] && echo "Caregate's outbox before the read run: $DRAIN"
echo
printf '%-26s %12s %9s %9s %8s %8s %14s %14s\n' run requests/s p50_ms p99_ms non-2xx sock_err server_cpu_ms pg_cpu_ms
for name in caregate-create hapi-create caregate-read hapi-read; do
    [ -n "${RESULT[$name]:-}" ] || continue
    printf '%-26s %12s %9s %9s %8s %8s %14s %14s\n' "$name" "$(field $name 1)" "$(field $name 2)" "$(field $name 3)" \
        "$(field $name 4)" "$(field $name 5)" "${CPU_SERVER[$name]:-?}" "${CPU_PG[$name]:-?}"
done
echo "(server_cpu_ms, pg_cpu_ms: CPU time the server's JVM and PostgreSQL's processes used in the measured run, per request)"
echo
printf '%-10s %16s %12s %14s\n' server start_to_ready_s rss_mb peak_rss_mb
for server in caregate hapi; do
    [ -n "${READY_S[$server]:-}" ] || continue
    printf '%-10s %16s %12s %14s\n' "$server" "${READY_S[$server]}" "${RSS_MB[$server]:-?}" "${HWM_MB[$server]:-?}"
done
if [ -n "${RESULT[caregate-create]:-}" ] && [ -n "${RESULT[hapi-create]:-}" ]; then
    echo
    awk -v c="$(field caregate-create 1)" -v h="$(field hapi-create 1)" 'BEGIN { printf "create: Caregate / HAPI = %.2fx\n", c / h }'
    awk -v c="$(field caregate-read 1)" -v h="$(field hapi-read 1)" 'BEGIN { printf "read:   Caregate / HAPI = %.2fx\n", c / h }'
fi
echo "(wrk output and server logs: $WORK)"
bad=0
for name in "${!RESULT[@]}"; do
    [ "$(field "$name" 4)" = 0 ] && [ "$(field "$name" 5)" = 0 ] || { echo "$name had failed requests: not valid" >&2; bad=1; }
done
exit $bad
