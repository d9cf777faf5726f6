#!/usr/bin/env python3
"""Scheduling benchmark against a running Caregate (the Quick start), standard library only.

Seeds a new organization with PROVIDERS providers (weekly availability Monday to Friday 09:00-17:00 New York
time, 30-minute appointment type, APPOINTMENTS_PER_PROVIDER existing appointments in the next month), then
measures:

  1. availableSlotsForRange at org level over 31 days for 1, 10 and 50 providers (sequential requests,
     after a warm-up; median and p95 latency);
  2. completeCheckout throughput with 32 concurrent clients booking distinct open slots without an account;
  3. pgbench on the same PostgreSQL running what one booking does in SQL: take the provider's schedule lock
     (SELECT ... FOR UPDATE of the provider's schedule row, written beforehand as a provider's first booking
     writes it), check for an overlapping active appointment, insert the appointment, commit. Its rows use
     organization_id -1 and are deleted afterwards.

    KEY=cg_... python3 bench/scheduling.py     # KEY: the operator's bootstrap key (may create organizations)

Start the server with CAREGATE_ANONYMOUS_REQUESTS_PER_MINUTE raised (e.g. 10000000): the bookings come without a key
from one address, and the default 600 a minute per address would answer most of them 429 (the client waits out
Retry-After, so the figure would measure the limit, not the booking).

Environment: BASE (http://localhost:8080), PROVIDERS (50), APPOINTMENTS_PER_PROVIDER (20), BOOKINGS (1500),
PGHOST (127.0.0.1), PGPORT (15432, the Quick start's), PGUSER (postgres), PGDATABASE (caregate),
PGBENCH_SECONDS (20), ANALYZE (0; 1: ANALYZE the database after seeding, with psql, so that the bookings are not
measured with plans PostgreSQL made for the nearly empty tables of a database created seconds before — autovacuum
analyzes a table at most once a minute). Bounded: everything runs against localhost and stops by itself.
"""
import datetime as dt
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

BASE = os.environ.get("BASE", "http://localhost:8080")
KEY = os.environ.get("KEY") or sys.exit("set KEY to the operator's bootstrap API key")
PROVIDERS = int(os.environ.get("PROVIDERS", "50"))
APPOINTMENTS = int(os.environ.get("APPOINTMENTS_PER_PROVIDER", "20"))
BOOKINGS = int(os.environ.get("BOOKINGS", "1500"))
CLIENTS = 32
ZONE = "America/New_York"


def graphql(key, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = "Basic " + key
    request = urllib.request.Request(BASE + "/graphql", data=body, headers=headers)
    for _ in range(10):
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                answer = json.loads(response.read())
            break
        except urllib.error.HTTPError as error:
            if error.code != 429:
                raise
            time.sleep(float(error.headers.get("Retry-After") or 1))
    else:
        raise RuntimeError("still rate-limited after 10 tries")
    if "errors" in answer:
        raise RuntimeError(answer["errors"])
    return answer["data"]


def parallel(tasks, threads=8):
    """Runs callables on a few threads (staying under the per-key rate limit); returns their results."""
    results, work = [None] * len(tasks), queue.Queue()
    for item in enumerate(tasks):
        work.put(item)

    def worker():
        while True:
            try:
                index, task = work.get_nowait()
            except queue.Empty:
                return
            results[index] = task()

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return results


def seed():
    unique = uuid.uuid4().hex[:8]
    owner_key = graphql(KEY, """mutation($n: String, $e: String) { createOrganization(input: {name: $n,
        first_name: "Bench", last_name: "Owner", email: $e}) { api_key messages { message } } }""",
                        {"n": "Scheduling bench " + unique, "e": f"bench-{unique}@example.org"})["createOrganization"]["api_key"]
    organization = graphql(owner_key, "{ organization { id } }")["organization"]["id"]
    type_id = graphql(owner_key, """mutation { createAppointmentType(input: {name: "Consultation", length: 30,
        clients_can_book: true}) { appointmentType { id } } }""")["createAppointmentType"]["appointmentType"]["id"]
    patient = graphql(owner_key, """mutation($e: String) { createClient(input: {first_name: "Bench", last_name: "Patient",
        email: $e}) { user { id } } }""", {"e": f"patient-{unique}@example.org"})["createClient"]["user"]["id"]

    def provider(i):
        return graphql(owner_key, """mutation($o: ID, $e: String) { createOrganizationMembership(input: {organization_id: $o,
            first_name: "Provider", last_name: $e, email: $e, org_role: "Standard", timezone: "America/New_York"}) {
            organizationMembership { user { id } } } }""", {"o": organization, "e": f"p{i}-{unique}@example.org"}
                       )["createOrganizationMembership"]["organizationMembership"]["user"]["id"]

    providers = parallel([lambda i=i: provider(i) for i in range(PROVIDERS)])
    start = dt.date.today() + dt.timedelta(days=1)
    availability = """mutation($d: Int, $s: String, $u: String) { createAvailability(input: {day_of_week: $d,
        is_repeating: true, range_start: $s, time: "09 00", end_time: "17 00", user_id: $u}) { availability { id } } }"""
    parallel([lambda p=p, d=d: graphql(owner_key, availability, {"d": d, "s": start.strftime("%B %-d, %Y"), "u": p})
              for p in providers for d in range(1, 6)])
    booking = """mutation($u: String, $t: String, $p: String, $d: String) { createAppointment(input: {user_id: $u,
        appointment_type_id: $t, contact_type: "Phone Call", other_party_id: $p, datetime: $d}) { appointment { id } } }"""
    weekdays = [start + dt.timedelta(days=i) for i in range(31) if (start + dt.timedelta(days=i)).weekday() < 5]
    parallel([lambda p=p, n=n: graphql(owner_key, booking, {"u": patient, "t": type_id, "p": p,
              "d": f"{weekdays[n % len(weekdays)]} {9 + (n * 3) % 8:02d}:00:00"})
              for p in providers for n in range(APPOINTMENTS)])
    booked = graphql(owner_key, '{ appointmentsCount(is_org: true, filter: "all", with_all_statuses: true) }')
    if booked["appointmentsCount"] != PROVIDERS * APPOINTMENTS:
        sys.exit(f"seeding booked {booked['appointmentsCount']} appointments, not {PROVIDERS * APPOINTMENTS}")
    return owner_key, providers, type_id, start


SLOTS = """query($p: String, $ps: [String], $t: String, $s: String, $e: String) { availableSlotsForRange(provider_id: $p,
    org_level: true, provider_ids: $ps, appt_type_id: $t, start_date: $s, end_date: $e, timezone: "America/New_York")
    { user_id date } }"""


def measure_slots(key, providers, type_id, start):
    end = start + dt.timedelta(days=30)
    rows = []
    for count in (1, 10, 50):
        chosen = providers[:count]
        variables = {"p": chosen[0], "ps": chosen, "t": type_id, "s": str(start), "e": str(end)}
        for _ in range(3):
            graphql(key, SLOTS, variables)
        timings, slots = [], 0
        for _ in range(20):
            began = time.perf_counter()
            slots = len(graphql(key, SLOTS, variables)["availableSlotsForRange"])
            timings.append((time.perf_counter() - began) * 1000)
        timings.sort()
        rows.append((count, slots, statistics.median(timings), timings[int(len(timings) * 0.95) - 1]))
    return rows


CHECKOUT = """mutation($t: String, $d: String, $e: String, $p: String) { completeCheckout(input: {appointment_type_id: $t,
    contact_type: "Healthie Video Call", date: $d, first_name: "Load", last_name: "Test", email: $e, provider_id: $p})
    { appointment { id } messages { message } } }"""


def measure_checkout(providers, type_id, start):
    end = start + dt.timedelta(days=30)
    open_slots = graphql(None, SLOTS, {"p": providers[0], "ps": providers, "t": type_id, "s": str(start), "e": str(end)}
                         )["availableSlotsForRange"]
    if len(open_slots) < BOOKINGS:
        sys.exit(f"only {len(open_slots)} open slots for {BOOKINGS} bookings")
    work = queue.Queue()
    for slot in open_slots[:BOOKINGS]:
        work.put(slot)
    latencies, refused, lock = [], [], threading.Lock()

    def client():
        while True:
            try:
                slot = work.get_nowait()
            except queue.Empty:
                return
            began = time.perf_counter()
            answer = graphql(None, CHECKOUT, {"t": type_id, "d": slot["date"], "p": slot["user_id"],
                                              "e": f"load-{uuid.uuid4().hex[:12]}@example.org"})["completeCheckout"]
            with lock:
                latencies.append((time.perf_counter() - began) * 1000)
                if answer["messages"]:
                    refused.append(answer["messages"])

    began = time.perf_counter()
    pool = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - began
    latencies.sort()
    return BOOKINGS / elapsed, statistics.median(latencies), latencies[int(len(latencies) * 0.99) - 1], len(refused)


PGBENCH_SCRIPT = r"""
\set provider 900000000 + :client_id
SELECT nextval('public.caregate_bench_slot') AS n \gset
BEGIN;
SELECT provider_id FROM scheduling.provider_schedule WHERE provider_id = :provider FOR UPDATE;
SELECT count(*) FROM scheduling.appointment WHERE provider_id = :provider
   AND starts_at < timestamptz '2030-01-01' + (:n + 1) * interval '30 minutes'
   AND ends_at > timestamptz '2030-01-01' + :n * interval '30 minutes'
   AND deleted_at IS NULL AND (pm_status IS NULL OR pm_status = 'Occurred');
INSERT INTO scheduling.appointment (organization_id, provider_id, patient_id, starts_at, ends_at, timezone, contact_type)
   VALUES (-1, :provider, 1, timestamptz '2030-01-01' + :n * interval '30 minutes',
           timestamptz '2030-01-01' + (:n + 1) * interval '30 minutes', 'UTC', 'video_chat');
COMMIT;
"""


def database():
    """The environment and the command line psql and pgbench reach the server's database with."""
    env = dict(os.environ, PGHOST=os.environ.get("PGHOST", "127.0.0.1"), PGPORT=os.environ.get("PGPORT", "15432"),
               PGUSER=os.environ.get("PGUSER", "postgres"), PGDATABASE=os.environ.get("PGDATABASE", "caregate"))
    return env, ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-c"]


def analyze():
    env, psql = database()
    subprocess.run(psql + ["ANALYZE"], env=env, check=True)


def pgbench():
    if not shutil.which("pgbench") or not shutil.which("psql"):
        return None
    env, psql = database()
    subprocess.run(psql + ["CREATE SEQUENCE IF NOT EXISTS public.caregate_bench_slot; "
                           "INSERT INTO scheduling.provider_schedule (provider_id, organization_id) "
                           f"SELECT 900000000 + c, -1 FROM generate_series(0, {CLIENTS - 1}) c ON CONFLICT DO NOTHING"],
                   env=env, check=True)
    with tempfile.NamedTemporaryFile("w", suffix=".sql") as script:
        script.write(PGBENCH_SCRIPT)
        script.flush()
        try:
            output = subprocess.run(["pgbench", "-n", "-c", str(CLIENTS), "-j", "2", "-T",
                                     os.environ.get("PGBENCH_SECONDS", "20"), "-f", script.name],
                                    env=env, check=True, capture_output=True, text=True).stdout
        finally:
            subprocess.run(psql + ["DELETE FROM scheduling.appointment WHERE organization_id = -1; "
                                   "DELETE FROM scheduling.provider_schedule WHERE organization_id = -1; "
                                   "DROP SEQUENCE public.caregate_bench_slot"], env=env, check=True)
    tps = next(line for line in output.splitlines() if line.startswith("tps"))
    latency = next(line for line in output.splitlines() if line.startswith("latency average"))
    return tps, latency


def main():
    began = time.perf_counter()
    key, providers, type_id, start = seed()
    print(f"seeded {len(providers)} providers, {len(providers) * 5} weekly availabilities and "
          f"{len(providers) * APPOINTMENTS} appointments in {time.perf_counter() - began:.0f} s")
    if os.environ.get("ANALYZE") == "1":
        analyze()
        print("database analyzed after seeding")
    print("availableSlotsForRange, org level, 31 days:")
    for count, slots, median, p95 in measure_slots(key, providers, type_id, start):
        print(f"  {count:>2} providers: {slots:>5} slots, median {median:.1f} ms, p95 {p95:.1f} ms")
    rate, median, p99, refused = measure_checkout(providers, type_id, start)
    print(f"completeCheckout, {CLIENTS} clients, {BOOKINGS} distinct slots: {rate:.0f} bookings/s, "
          f"median {median:.1f} ms, p99 {p99:.1f} ms, refused {refused}")
    result = pgbench()
    if result is None:
        print("pgbench: not installed (apt-get install postgresql-client), skipped")
    else:
        print(f"pgbench, {CLIENTS} clients, lock + check + insert: {result[0]}; {result[1]}")
    if refused:
        sys.exit("some bookings of distinct open slots were refused: the measurement is not valid")


if __name__ == "__main__":
    main()
