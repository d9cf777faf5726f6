#!/usr/bin/env python3
"""Where a Caregate request's CPU goes, from a JFR recording (bench/patients-vs-hapi.sh with JFR=dir records one per
Caregate run): the jdk.ExecutionSample events (threads running Java code) grouped

  1. by the phase of Caregate's request path the sample ran in (key authentication, rate limit, audit, outbox, JSON
     reading/writing, the patient logic, ...; else the framework layer), and by cross-cutting markers (JSON provider
     look-ups, class loading, JTA, JCA, Hibernate, pgjdbc, EJB interceptors) anywhere on the stack;
  2. by the layer the sample's own frame is in (JDBC driver, Hibernate, JSON, Undertow, ...; JDK frames count for
     the first non-JDK frame that called them);
  3. the hottest methods (self) and the hottest Caregate methods (inclusive).

And the jdk.NativeMethodSample events (threads in native code, mostly waiting on a socket: PostgreSQL's answer, the
next request) of request threads, by the same phases. Parsed stacks are cached beside the recording
(recording.jfr.<event>.json).

    python3 bench/jfr-components.py recording.jfr [top]

Needs the JDK's `jfr` tool. Standard library only.
"""
import collections
import json
import re
import subprocess
import sys

# The phases of a request, most specific first: a sample belongs to the first phase one of whose patterns matches any
# frame of its stack (an EJB call's phase includes its interceptors, transaction, Hibernate and JDBC work).
PHASES = [
    (r"org\.caregate\.kernel\.limit\.|AccessLimits\.", "rate limit (per-key counter)"),
    (r"AccessFacadeBean\.authenticate|AccessFacade\$\$\$view\d*\.authenticate",
     "key authentication EJB call (hash, key/user/membership look-ups, its own transaction)"),
    (r"CallerFilter\.restBodyProblem|org\.caregate\.web\.security\.RequestLimits\.",
     "request body check in the caller filter (parses the JSON once)"),
    (r"org\.caregate\.platform\.audit\.|AuditTrail", "audit row"),
    (r"EventPublisher|PatientEvent\.", "outbox event"),
    (r"SoloPatientJson\.write|UserViews\.", "JSON: writing the answer"),
    (r"SoloPatientJson\.(read|parse)\b|SoloPatientJson\.read$|SoloJsonReader", "JSON: reading the request"),
    (r"PatientRecordFacade\$\$\$view\d*\.|PatientRecordFacadeBean\.|PatientRules\.|JpaUserRepository\.",
     "patient EJB call (rules, Hibernate, JDBC, its transaction)"),
    (r"io\.undertow\.server\.handlers\.accesslog", "access log"),
    (r"org\.jboss\.logmanager\.|org\.jboss\.logging\.", "logging (other)"),
    (r"CurrentCaller|CallerFilter\.requestId|AddressFilter\.(?!doFilter)", "caller filter: request id, caller"),
    (r"org\.jboss\.resteasy\.", "RESTEasy dispatch, providers, validation"),
    (r"org\.jboss\.weld\.|org\.jboss\.as\.weld", "CDI (Weld) request context, proxies"),
    (r"io\.undertow\.|org\.xnio\.|org\.wildfly\.extension\.undertow|org\.wildfly\.elytron\.web",
     "Undertow, servlet, XNIO"),
]
# samples with these on their stack, whatever their phase
MARKERS = [
    (r"jakarta\.json\.spi\.JsonProvider\.provider", "jakarta.json.Json.createXxx → JsonProvider.provider() (ServiceLoader look-up)"),
    (r"org\.jboss\.modules\.ModuleClassLoader|java\.util\.ServiceLoader|java\.util\.zip\.ZipFile", "class/resource loading (module class loader, ServiceLoader, zip)"),
    (r"com\.arjuna\.|org\.wildfly\.transaction\.", "JTA (Narayana, WildFly transaction client)"),
    (r"org\.jboss\.jca\.", "JCA connection pool and wrappers"),
    (r"org\.hibernate\.", "Hibernate"),
    (r"org\.postgresql\.", "pgjdbc"),
    (r"org\.jboss\.as\.ejb3\.|org\.jboss\.invocation\.", "EJB interceptor chain"),
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
    cache = f"{path}.{event_type}.json"
    try:
        with open(cache) as f:
            return [tuple(x) for x in json.load(f)]
    except (OSError, ValueError):
        pass
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "1024", "--events", event_type, path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    out = [(frames_of(e), e["values"].get("sampledThread", {}) or {}) for e in events]
    with open(cache, "w") as f:
        json.dump(out, f)
    return out


def classify(frames, default="other"):
    for pattern, name in PHASES:
        rx = re.compile(pattern)
        if any(rx.search(frame) for frame in frames):
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
    phases = collections.Counter(classify(f) for f, _ in request)
    table("Request threads, by phase of the request (first phase, most specific first, with a frame on the stack)",
          phases, n)
    markers = collections.Counter()
    for f, _ in request:
        for pattern, name in MARKERS:
            if any(re.search(pattern, x) for x in f):
                markers[name] += 1
    table("Request threads, samples with ... anywhere on the stack (overlapping)", markers, n)
    for phase, _ in phases.most_common(3):
        table(f"  layers within '{phase}'", collections.Counter(layer_of(f) for f, _ in request if classify(f) == phase),
              phases[phase], 8)
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
