#!/usr/bin/env python3
"""Webhook delivery benchmark against a running Caregate (the Quick start), standard library only.

A local receiver on 127.0.0.1 (the server must allow it: CAREGATE_WEBHOOK_ALLOWED_HOSTS=127.0.0.1) records the
arrival time and X-Caregate-Delivery of every POST, and checks every Healthie signature as seed 001 describes.

  1. Throughput: SUBSCRIPTIONS Healthie-style webhooks (signed) of one new organization listen for
     patient.created; EVENTS patients are created as fast as the API takes them. Deliveries per second =
     deliveries / (last arrival - first arrival), and every delivery must verify.
  2. Latency at a fixed rate: one webhook, RATE patients per second for SECONDS seconds; enqueue-to-delivery =
     arrival at the receiver - the moment the createClient call returned (the change had committed). Median, p95,
     p99, max. The path: outbox -> relay (woken on commit) -> topic -> consumer -> delivery row -> dispatcher (woken on
     commit). The receiver keeps connections open (HTTP/1.1), as a production receiver would.

    KEY=cg_... python3 bench/webhooks.py     # KEY: the operator's bootstrap key (may create organizations)

Environment: BASE (http://localhost:8080), SUBSCRIPTIONS (50), EVENTS (40), RATE (10), SECONDS (30), ROUNDS (1):
throughput rounds in a row, each on a new organization (the first ones after a start run while the JIT warms up).
"""
import hashlib
import hmac
import http.server
import json
import os
import statistics
import sys
import threading
import time
import urllib.request
import uuid

BASE = os.environ.get("BASE", "http://localhost:8080")
KEY = os.environ.get("KEY") or sys.exit("set KEY to the operator's bootstrap API key")
SUBSCRIPTIONS = int(os.environ.get("SUBSCRIPTIONS", "50"))
EVENTS = int(os.environ.get("EVENTS", "40"))
RATE = float(os.environ.get("RATE", "10"))
SECONDS = int(os.environ.get("SECONDS", "30"))
ROUNDS = int(os.environ.get("ROUNDS", "1"))

arrivals = []          # (time, path, delivery id, valid signature, body)
secrets = {}           # path -> signing secret
lock = threading.Lock()


class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the sender may reuse its connections

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        now = time.time()
        path = self.path.split("?")[0]
        digest = self.headers["Content-Digest"].split("=")[1]
        data = f"post {path}  {digest} application/json {len(body)}"
        secret = secrets.get(path, "")
        expected = hmac.new(secret.encode(), data.encode(), hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(expected, self.headers["Signature"].split("=")[1])
        with lock:
            arrivals.append((now, path, self.headers["X-Caregate-Delivery"], valid, body))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def gql(key, query, variables=None):
    request = urllib.request.Request(BASE + "/graphql", json.dumps({"query": query, "variables": variables or {}}).encode(),
                                     {"Content-Type": "application/json", "Authorization": "Basic " + key})
    answer = json.load(urllib.request.urlopen(request, timeout=30))
    if answer.get("errors"):
        raise SystemExit(f"GraphQL errors: {answer['errors']}")
    return answer["data"]


def organization():
    data = gql(KEY, """mutation($name: String, $email: String) { createOrganization(input: {name: $name,
        first_name: "Bench", last_name: "Owner", email: $email}) { api_key messages { field message } } }""",
               {"name": "Webhook bench " + uuid.uuid4().hex[:6], "email": f"bench-{uuid.uuid4().hex[:8]}@example.org"})
    return data["createOrganization"]["api_key"]


def subscribe(key, url, path):
    webhook = gql(key, """mutation($url: String) { createWebhook(input: {url: $url, event_types: ["patient.created"]}) {
        webhook { id signing_secret } messages { field message } } }""", {"url": url})["createWebhook"]
    if webhook["messages"]:
        raise SystemExit(f"createWebhook refused: {webhook['messages']} (allow 127.0.0.1 with CAREGATE_WEBHOOK_ALLOWED_HOSTS)")
    secrets[path] = webhook["webhook"]["signing_secret"]


def patient(key):
    data = gql(key, """mutation($e: String) { createClient(input: {first_name: "Bench", last_name: "Patient", email: $e}) {
        user { id } } }""", {"e": f"p-{uuid.uuid4().hex}@example.org"})
    return data["createClient"]["user"]["id"], time.time()


def wait_for(count, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        with lock:
            if len(arrivals) >= count:
                return
        time.sleep(0.05)
    raise SystemExit(f"only {len(arrivals)} of {count} deliveries arrived within {timeout} s")


def throughput(port, label):
    """One throughput round on a new organization with its own webhooks; prints deliveries per second."""
    with lock:
        arrivals.clear()
    key = organization()
    for i in range(SUBSCRIPTIONS):
        subscribe(key, f"http://127.0.0.1:{port}/{label}/{i}", f"/{label}/{i}")
    for _ in range(EVENTS):
        patient(key)
    wait_for(SUBSCRIPTIONS * EVENTS, 300)
    with lock:
        times = sorted(a[0] for a in arrivals)
        invalid = sum(1 for a in arrivals if not a[3])
        distinct = len({a[2] for a in arrivals})
    span = times[-1] - times[0]
    print(f"throughput: {len(times)} signed deliveries ({SUBSCRIPTIONS} webhooks x {EVENTS} events) in {span:.1f} s"
          f" = {len(times) / span:.0f}/s; invalid signatures {invalid}; distinct delivery ids {distinct}", flush=True)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]

    for round_ in range(ROUNDS):
        throughput(port, f"t{round_}")

    with lock:
        arrivals.clear()
    key = organization()
    subscribe(key, f"http://127.0.0.1:{port}/latency", "/latency")
    committed = {}
    start = time.time()
    for n in range(int(RATE * SECONDS)):
        time.sleep(max(0.0, start + n / RATE - time.time()))
        pid, at = patient(key)
        committed[pid] = at
    wait_for(len(committed), 60)
    with lock:
        latencies = sorted(a[0] - committed[str(json.loads(a[4])["resource_id"])] for a in arrivals if a[1] == "/latency")
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    print(f"latency at {RATE:g} events/s for {SECONDS} s ({len(latencies)} deliveries): median "
          f"{statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms")
    server.shutdown()


if __name__ == "__main__":
    main()
