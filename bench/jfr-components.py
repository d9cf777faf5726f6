#!/usr/bin/env python3
"""Where a Caregate request's CPU goes, from a JFR recording (bench/patients-vs-hapi.sh with JFR=dir records one per
Caregate run): the jdk.ExecutionSample events (threads running Java code) grouped

  1. by the part of Caregate's request path on whose behalf the sample ran (the innermost frame naming one: key
     authentication, rate limit, audit, JSON reading/writing, the patient logic, ...; else the framework layer);
  2. by the layer the sample's own frame is in (JDBC driver, Hibernate, JSON, Undertow, ...; JDK frames count for
     the first non-JDK frame that called them);
  3. the hottest methods (self) and the hottest Caregate methods (inclusive).

And the jdk.NativeMethodSample events (threads in native code, mostly waiting on a socket: PostgreSQL's answer, the
next request) of request threads, by the same parts.

    python3 bench/jfr-components.py recording.jfr [top]

Needs the JDK's `jfr` tool. Standard library only.
"""
import collections
import json
import re
import subprocess
import sys

# (pattern on "package.Class.method", part) — checked from the innermost frame outwards; the first match names the part.
PARTS = [
    (r"org\.caregate\.kernel\.limit\.|AccessLimits\.|AnonymousLimits\.|RequestLimits\.", "rate limit"),
    (r"ApiKeySecret\.", "key authentication: hashing the key"),
    (r"AccessFacadeBean\.authenticate", "key authentication: look-ups (key, user, membership)"),
    (r"org\.caregate\.web\.security\.Credentials\.", "key authentication: header parsing"),
    (r"\.audit\.|AuditTrail", "audit"),
    (r"EventPublisher|[Oo]utbox|PatientEvent", "event (outbox) publishing"),
    (r"SoloPatientJson\.read|CallerFilter\.restBodyProblem", "JSON: reading the request"),
    (r"SoloPatientJson\.write|UserViews\.", "JSON/view: writing the answer"),
    (r"PatientRules\.|PatientRecordFacadeBean\.|PatientPublicIds\.|identity\.infrastructure\.|identity\.domain\.",
     "patient logic (incl. its Hibernate/JDBC)"),
    (r"org\.caregate\.web\.security\.CallerFilter\.requestId|ErrorResponses", "caller filter: request id, MDC"),
    (r"io\.undertow\.server\.handlers\.accesslog|AccessLog", "access log"),
    (r"org\.jboss\.logging|org\.jboss\.logmanager|java\.util\.logging", "logging"),
]
# the layers a sample is put in when no Caregate part is on its stack above (innermost frame first)
FRAMEWORK = [
    (r"org\.jboss\.resteasy\.", "RESTEasy (JAX-RS dispatch, providers)"),
    (r"org\.jboss\.as\.ejb3|org\.jboss\.invocation|org\.jboss\.ejb|org\.jboss\.as\.ee\.|org\.jboss\.weld|org\.jboss\.as\.weld",
     "EJB/CDI interceptors and proxies"),
    (r"com\.arjuna|org\.wildfly\.transaction|org\.jboss\.jca|org\.jboss\.tm", "transactions, JCA pool"),
    (r"org\.hibernate\.", "Hibernate (not under a Caregate part)"),
    (r"org\.postgresql\.", "JDBC (not under a Caregate part)"),
    (r"io\.undertow\.|org\.xnio\.|org\.wildfly\.extension\.undertow|org\.jboss\.threads", "Undertow, XNIO, threads"),
    (r"org\.apache\.activemq|org\.wildfly\.extension\.messaging", "Artemis (JMS)"),
    (r"org\.caregate\.", "other Caregate code (caller filter, resource method)"),
]
LAYERS = [
    (r"^org\.postgresql\.", "JDBC driver (pgjdbc)"),
    (r"^org\.hibernate\.|^net\.bytebuddy|^org\.jboss\.jandex", "Hibernate"),
    (r"^jakarta\.json|^org\.eclipse\.parsson|^org\.glassfish\.json|^com\.fasterxml|^org\.eclipse\.yasson", "JSON (JSON-P/B, Jackson)"),
    (r"^io\.undertow\.|^org\.xnio\.|^org\.wildfly\.extension\.undertow", "Undertow, XNIO"),
    (r"^org\.jboss\.resteasy\.", "RESTEasy"),
    (r"^org\.jboss\.weld\.|^org\.jboss\.as\.weld", "Weld (CDI)"),
    (r"^org\.jboss\.as\.ejb3|^org\.jboss\.invocation|^org\.jboss\.ejb|^org\.jboss\.as\.ee|^org\.jboss\.as\.naming|^org\.wildfly\.security",
     "EJB container, interceptors, security context"),
    (r"^com\.arjuna|^org\.wildfly\.transaction|^org\.jboss\.jca|^org\.jboss\.tm|^org\.jboss\.as\.connector|^io\.agroal", "transactions, JCA/datasource"),
    (r"^org\.jboss\.logging|^org\.jboss\.logmanager", "logging"),
    (r"^org\.jboss\.threads|^org\.jboss\.modules", "JBoss threads/modules"),
    (r"^org\.apache\.activemq", "Artemis (JMS)"),
    (r"^org\.caregate\.", "Caregate's own code"),
]
JDK = re.compile(r"^(java\.|javax\.|jdk\.|sun\.|com\.sun\.)")


def frames_of(event):
    out = []
    for frame in event["values"]["stackTrace"]["frames"] or []:
        method = frame["method"]
        out.append(method["type"]["name"].replace("/", ".") + "." + method["name"])
    return out  # innermost first


def load(path, event_type):
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", event_type, path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    return [(frames_of(e), e["values"].get("sampledThread", {}) or {}) for e in events]


def classify(frames, default="JDK/other"):
    for rules in (PARTS, FRAMEWORK):
        for frame in frames:
            for pattern, name in rules:
                if re.search(pattern, frame):
                    return name
    return default


def layer_of(frames):
    for frame in frames:
        if JDK.match(frame):
            continue
        for pattern, name in LAYERS:
            if re.search(pattern, frame):
                return name
        return "other library (" + ".".join(frame.split(".")[:2]) + ")"
    return "JDK only (no library frame)"


def is_request(frames, thread):
    name = (thread.get("javaName") or "")
    return name.startswith("default task") or any("io.undertow.server.Connectors.executeRootHandler" in f for f in frames)


def table(title, counter, total, top=None):
    print(f"\n{title} ({total} samples)")
    for name, n in counter.most_common(top):
        print(f"  {100.0 * n / total:5.1f} %  {name}")


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    samples = load(path, "jdk.ExecutionSample")
    request = [(f, t) for f, t in samples if is_request(f, t)]
    print(f"{path}: {len(samples)} execution samples, {len(request)} on request threads "
          f"({100.0 * len(request) / max(1, len(samples)):.0f} %)")
    other = collections.Counter((t.get("javaName") or "?").rstrip("0123456789- ") for f, t in samples
                                if not is_request(f, t))
    table("Execution samples off the request threads, by thread", other, len(samples), 8)
    n = max(1, len(request))
    table("Request threads, by part of the request path (innermost frame naming one)",
          collections.Counter(classify(f) for f, _ in request), n)
    table("Request threads, by layer of the running frame (JDK frames count for their caller)",
          collections.Counter(layer_of(f) for f, _ in request), n)
    table("Hottest methods (self), request threads", collections.Counter(f[0] for f, _ in request if f), n, top)
    inclusive = collections.Counter()
    for f, _ in request:
        for frame in set(x for x in f if x.startswith("org.caregate.")):
            inclusive[frame] += 1
    table("Caregate methods on the stack (inclusive), request threads", inclusive, n, top)
    native = [(f, t) for f, t in load(path, "jdk.NativeMethodSample") if is_request(f, t)]
    if native:
        table("Request threads in native code (mostly waiting on a socket), by part",
              collections.Counter(classify(f) + ("  [socket read]" if any(
                  "SocketInputStream" in x or "NioSocketImpl" in x or "SocketDispatcher.read" in x for x in f[:6]) else "")
                                  for f, _ in native), len(native), 15)


if __name__ == "__main__":
    main()
