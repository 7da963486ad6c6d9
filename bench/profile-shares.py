#!/usr/bin/env python3
# Shares of a JFR recording's execution samples over a window (docs/performance.md "Issue 18, stop 24"):
#   bench/profile-shares.py FILE [HH:MM:SS HH:MM:SS | auto:FRAME SECONDS]
# auto:FRAME takes the densest window of SECONDS with FRAME on the stack (e.g. auto:RegionResource.get 20).
import re, subprocess, sys, collections, datetime
f = sys.argv[1]; t0 = sys.argv[2] if len(sys.argv) > 2 else None; t1 = sys.argv[3] if len(sys.argv) > 3 else None
out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '200', f], capture_output=True, text=True).stdout
samples = []
for block in out.split('jdk.ExecutionSample {')[1:]:
    m = re.search(r'startTime = (\S+)', block); ts = m.group(1)
    th = re.search(r'sampledThread = "([^"]*)"', block); th = th.group(1) if th else '?'
    frames = [l.strip() for l in block.split('stackTrace = [', 1)[1].split('\n') if l.startswith('    ') and '(' in l]
    samples.append((ts, th, frames))
def secs(ts):
    h, m, s = ts.split(':'); return int(h) * 3600 + int(m) * 60 + float(s)
if t0 and t0.startswith('auto:'):
    marker = t0[5:]; width = float(t1 or 20)
    hits = [secs(ts) for ts, th, fr in samples if any(marker in x for x in fr)]
    best = max(hits, key=lambda a: sum(1 for b in hits if a <= b < a + width))
    samples = [x for x in samples if best <= secs(x[0]) < best + width]
    t0, t1 = samples[0][0], samples[-1][0]
elif t0:
    samples = [x for x in samples if t0 <= x[0][:len(t0)] <= t1]
LIBS = [('Netty', 'io.netty.'), ('Vert.x PG client', ('io.vertx.pgclient', 'io.vertx.sqlclient', 'io.vertx.mutiny.sqlclient')),
        ('Vert.x core', ('io.vertx.', 'io.quarkus.vertx.')), ('RESTEasy Reactive', ('org.jboss.resteasy.reactive', 'io.quarkus.resteasy.reactive', 'io.quarkus.rest')),
        ('Jackson', 'com.fasterxml.jackson'), ('Micrometer', ('io.micrometer', 'io.quarkus.micrometer')),
        ('OpenTelemetry', ('io.opentelemetry', 'io.quarkus.opentelemetry')), ('Validation', ('org.hibernate.validator', 'io.quarkus.hibernate.validator')),
        ('Hibernate ORM/Reactive', 'org.hibernate.'), ('Security/JWT', ('io.quarkus.security', 'io.quarkus.vertx.http.runtime.security', 'io.smallrye.jwt', 'org.jose4j', 'io.quarkus.smallrye.jwt')),
        ('Context propagation', ('io.smallrye.context', 'io.smallrye.mutiny.context', 'io.quarkus.smallrye.context')), ('Mutiny', 'io.smallrye.mutiny'),
        ('ArC', 'io.quarkus.arc'), ('SmallRye other', 'io.smallrye.'), ('Quarkus other', 'io.quarkus.'), ('s3coop', 'org.s3coop.'),
        ('Kafka', 'org.apache.kafka'), ('jakarta', 'jakarta.')]
def lib(fr):
    for name, p in LIBS:
        if fr.startswith(p): return name
    return None
top = collections.Counter(); onstack = collections.Counter(); threads = collections.Counter(); s3 = collections.Counter()
FEAT = {'Micrometer (any frame)': ('io.micrometer', 'io.quarkus.micrometer'), 'OpenTelemetry (any frame)': ('io.opentelemetry', 'io.quarkus.opentelemetry'),
        'Bean Validation (any frame)': ('org.hibernate.validator', 'io.quarkus.hibernate.validator'),
        'Jackson serialise (any frame)': ('com.fasterxml.jackson.databind.ser', 'com.fasterxml.jackson.core.json.UTF8JsonGenerator', 'com.fasterxml.jackson.databind.ObjectWriter', 'io.quarkus.resteasy.reactive.jackson.runtime.serialisers'),
        'Jackson parse (any frame)': ('com.fasterxml.jackson.databind.deser', 'com.fasterxml.jackson.core.json.ReaderBasedJsonParser', 'com.fasterxml.jackson.core.json.UTF8StreamJsonParser', 'com.fasterxml.jackson.databind.ObjectMapper.readValue', 'com.fasterxml.jackson.databind.ObjectMapper.readTree'),
        'Security/JWT (any frame)': ('io.quarkus.security', 'io.quarkus.vertx.http.runtime.security', 'io.smallrye.jwt', 'org.jose4j', 'org.s3coop.platform.security'),
        'Context propagation (any frame)': ('io.smallrye.context', 'io.smallrye.mutiny.context'),
        'PG client (any frame)': ('io.vertx.pgclient', 'io.vertx.sqlclient'),
        'Hibernate (any frame)': ('org.hibernate.orm', 'org.hibernate.reactive', 'org.hibernate.engine', 'org.hibernate.query', 'org.hibernate.type', 'org.hibernate.internal'),
        'Worker thread (executor-thread)': None}
for ts, th, frames in samples:
    threads[re.sub(r'\d+', 'N', th)] += 1
    t = next((lib(fr) for fr in frames if lib(fr)), 'JDK only')
    top[t] += 1
    for name, pre in FEAT.items():
        if pre is None:
            if th.startswith('executor-thread'): onstack[name] += 1
        elif any(fr.startswith(pre) for fr in frames): onstack[name] += 1
    seen = set()
    for fr in frames:
        if fr.startswith('org.s3coop.'):
            k = re.sub(r'\(.*', '', fr)
            if k not in seen: seen.add(k); s3[k] += 1
n = len(samples) or 1
print(f'{len(samples)} samples' + (f' between {t0} and {t1}' if t0 else ''))
print('\n| library (first non-JDK frame from the top) | samples | share |\n|---|---:|---:|')
for k, v in top.most_common(): print(f'| {k} | {v} | {100*v/n:.0f} % |')
print('\n| on the stack | samples | share |\n|---|---:|---:|')
for k, v in sorted(onstack.items(), key=lambda x: -x[1]): print(f'| {k} | {v} | {100*v/n:.1f} % |')
print('\n| threads | samples |\n|---|---:|')
for k, v in threads.most_common(6): print(f'| {k} | {v} |')
print('\n| s3coop frames on the stack | samples | share |\n|---|---:|---:|')
for k, v in s3.most_common(14): print(f'| `{k}` | {v} | {100*v/n:.0f} % |')
