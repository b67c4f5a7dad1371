#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample`: hottest methods by self samples and by inclusive samples,
and the share of samples under a few frames of interest (Qute evaluation, Hibernate, JDBC, message bundles)."""
import collections
import re
import sys

stacks = []
cur = None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    s = line.strip()
    if s.startswith("jdk.ExecutionSample"):
        cur = []
        stacks.append(cur)
    elif cur is not None and s.startswith("stackTrace = ["):
        continue
    elif cur is not None and re.match(r"^[\w$.<>]+\(.*\)\s+line:", s):
        cur.append(s.split("(")[0])
    elif cur is not None and s.startswith("...") is False and re.match(r"^[\w$.<>]+\(", s):
        cur.append(s.split("(")[0])
n = len(stacks)
print(f"{n} samples")
self_c = collections.Counter(st[0] for st in stacks if st)
incl = collections.Counter()
for st in stacks:
    for m in set(st):
        incl[m] += 1
print("\nTop self:")
for m, c in self_c.most_common(25):
    print(f"{100 * c / n:5.1f}%  {m}")
print("\nTop inclusive (portal and framework entry points):")
for m, c in incl.most_common(200):
    if any(k in m for k in ("oversightportal", "qute", "hibernate", "postgresql", "agroal", "resteasy",
                            "vertx.core.http", "jackson")):
        print(f"{100 * c / n:5.1f}%  {m}")
groups = {
    "Qute evaluation (io.quarkus.qute)": lambda st: any(m.startswith("io.quarkus.qute") for m in st),
    "Hibernate (org.hibernate)": lambda st: any(m.startswith("org.hibernate") for m in st),
    "JDBC driver (org.postgresql)": lambda st: any(m.startswith("org.postgresql") for m in st),
    "Message bundles (_Bundle / MessageCache)": lambda st: any("_Bundle" in m or "MessageCache" in m for m in st),
    "Portal code (org.oversightportal)": lambda st: any(m.startswith("org.oversightportal") for m in st),
    "GC / JIT / VM (no Java frame)": lambda st: not st,
}
print("\nShare of samples:")
for g, f in groups.items():
    c = sum(1 for st in stacks if f(st))
    print(f"{100 * c / n:5.1f}%  {g}")
