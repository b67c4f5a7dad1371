#!/usr/bin/env python3
"""Writes bench/uncached.sh's section of docs/performance.md: the median of the runs beside the previous figures.

   uncached_report.py RESULTS PREVIOUS OUT
The section replaces what is between <!-- uncached:begin --> and <!-- uncached:end --> in OUT (appended if absent).
"""
import statistics
import sys

results_path, previous_path, out_path = sys.argv[1:4]
r = {}
for line in open(results_path, encoding="utf-8"):
    if "=" in line:
        k, v = line.rstrip("\n").split("=", 1)
        r[k] = v
prev = {}
for line in open(previous_path, encoding="utf-8"):
    if line.startswith("#") or "=" not in line:
        continue
    k, v = line.rstrip("\n").split("=", 1)
    prev[k] = v

PAGES = [
    ("inventory", "Inventory, first page", 50),
    ("inventory_p500", "Inventory, page 500 (keyset)", 50),
    ("technology", "Technology page (%s approved comments)" % r.get("busy_technology_comments", "?"), 50),
    ("inventory_filtered", "Inventory, three filters (kind, category, NDA)", 50),
    ("search", "Full-text search", 100),
    ("home", "Home", 50),
]
runs = int(r.get("runs", "3"))


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def fmt(x, digits=2):
    return "–" if x is None else f"{x:,.{digits}f}"


def short(url, n=60):
    return url if len(url) <= n else url[:n] + "…"


lines = ["<!-- uncached:begin -->", "## Uncached pages: median of %d runs (issue 16)" % runs, ""]
lines += [
    "Written by `bench/uncached.sh`. The page cache is off (`PORTAL_PAGE_CACHE_FRESHNESS=0s`), so every request"
    " renders. Each run measures the page at saturation (closed loop), then holds 80 %% of that run's own rate"
    " and reads p50/p99 (`bench/paced.lua`); the table gives the **median of the %d runs** of each figure"
    " (the runs are below it), beside the previous figures (one run per page)." % runs,
    "",
    f"- Date: {r.get('date')}; portal commit: {r.get('commit')}",
    f"- Machine: {r.get('machine')}; {r.get('software')}",
    f"- Load: {r.get('settings')}; the portal, PostgreSQL and wrk share the machine with other engineers'"
    " builds and tests",
    f"- Other load (1/5/15-minute load average): {r.get('load_before')} at the start,"
    f" {r.get('load_after')} at the end",
    f"- Dataset: {r.get('dataset')} ({int(r.get('rows_disclosure', 0)):,} technologies,"
    f" {int(r.get('rows_public_comment', 0)):,} comments)",
    "",
    "| Page, page cache off | Target p99 | p99 ms (median) | p50 ms (median) | Req/s at saturation (median) |"
    " Previous p99 ms | Previous p50 ms | Previous req/s | Target |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
]
verdicts = []
for key, name, target in PAGES:
    p99 = [num(r.get(f"p99_{key}_{i}")) for i in range(1, runs + 1)]
    p50 = [num(r.get(f"p50_{key}_{i}")) for i in range(1, runs + 1)]
    rps = [num(r.get(f"rps_{key}_{i}")) for i in range(1, runs + 1)]
    m99 = statistics.median([x for x in p99 if x is not None]) if any(x is not None for x in p99) else None
    m50 = statistics.median([x for x in p50 if x is not None]) if any(x is not None for x in p50) else None
    mrps = statistics.median([x for x in rps if x is not None]) if any(x is not None for x in rps) else None
    pv = prev.get(key, "").split(None, 4)
    p_p99, p_p50, p_rps = (num(pv[0]), num(pv[1]), num(pv[2])) if len(pv) >= 3 else (None, None, None)
    note = f" ({pv[4]})" if len(pv) > 4 else ""
    met = m99 is not None and m99 <= target
    verdicts.append((name, met))
    lines.append(f"| {name} | ≤ {target} | **{fmt(m99)}** | {fmt(m50)} | {fmt(mrps, 1)} | {fmt(p_p99)}{note} |"
                 f" {fmt(p_p50)} | {fmt(p_rps, 1)} | {'met' if met else '**not met**'} |")
lines += ["", f"Previous figures: {prev.get('previous_date', '')}.", "",
          "Every run (p99 / p50 ms at the rate held; req/s at saturation; errors socket/non-2xx/paced;"
          " load average when the run began):", "",
          "| Page | URL | " + " | ".join(f"Run {i}" for i in range(1, runs + 1)) + " |",
          "|---|---|" + "---|" * runs]
for key, name, _ in PAGES:
    cells = []
    for i in range(1, runs + 1):
        cells.append(f"{r.get(f'p99_{key}_{i}', '–')} / {r.get(f'p50_{key}_{i}', '–')} ms;"
                     f" {r.get(f'rps_{key}_{i}', '–')}/s (held {r.get(f'paced_rps_{key}_{i}', '–')});"
                     f" err {r.get(f'errors_{key}_{i}', '–')}; load {r.get(f'load_{key}_{i}', '–')}")
    lines.append(f"| {name} | `{short(r.get('url_' + key, ''))}` | " + " | ".join(cells) + " |")
lines += ["", "Targets met with the page cache off (median p99): "
          + (", ".join(n for n, m in verdicts if m) or "none") + "; not met: "
          + (", ".join(n for n, m in verdicts if not m) or "none") + ".", "<!-- uncached:end -->"]
section = "\n".join(lines) + "\n"

try:
    text = open(out_path, encoding="utf-8").read()
except FileNotFoundError:
    text = ""
begin, end = "<!-- uncached:begin -->", "<!-- uncached:end -->"
if begin in text and end in text:
    a = text.index(begin)
    b = text.index(end) + len(end)
    text = text[:a] + section.rstrip("\n") + text[b:]
else:
    text = text.rstrip("\n") + "\n\n" + section
open(out_path, "w", encoding="utf-8").write(text)
