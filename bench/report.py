#!/usr/bin/env python3
"""Writes docs/performance.md from the key=value results of bench/run.sh (argument 1).

Every figure comes from the results file; the targets are checked here. Why a target is missed and what
would close the gap cannot be measured: that text is bench/analysis-<scale>.md (or bench/analysis.md),
written by whoever ran the benchmark and read the profiles, and is included as it stands.
"""
import os
import sys

r = {}
# bench/startup.sh's figures, when it ran on the same database: startup-<db>.txt beside results-<db>.txt.
startup_file = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])),
                            os.path.basename(sys.argv[1]).replace("results-", "startup-", 1))
for path in [sys.argv[1]] + ([startup_file] if os.path.exists(startup_file) and startup_file != sys.argv[1] else []):
    for line in open(path, encoding="utf-8"):
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            r[k] = v


def num(key):
    try:
        return float(r[key])
    except (KeyError, ValueError):
        return None


def fmt(v, digits=1):
    if v is None:
        return "—"
    return f"{v:,.{digits}f}" if v != int(v) or digits else f"{int(v):,}"


pages = [
    ("home", "Home"),
    ("inventory", "Inventory, first page"),
    ("inventory_deep", "Inventory, page at 90 % of the result set (keyset)"),
    ("inventory_filtered", "Inventory, three filters (kind, category, NDA)"),
    ("search", "Full-text search"),
    ("technology", f"Technology page ({r.get('busy_technology_comments', '?')} published comments)"),
    ("api_list", "API list (/api/v1/technologies)"),
    ("csv", f"CSV export ({r.get('csv_rows', '?')} rows; 2 connections)"),
    ("nginx", "nginx, the inventory page's bytes as a static file"),
    ("home_nocache", "Home, page cache off"),
    ("inventory_nocache", "Inventory, first page, page cache off"),
    ("inventory_deep_nocache", "Inventory, deep page, page cache off"),
    ("inventory_filtered_nocache", "Inventory, three filters, page cache off"),
    ("search_nocache", "Full-text search, page cache off"),
    ("technology_nocache", "Technology page, page cache off"),
]

out = []
w = out.append
w("# Performance at national scale")
w("")
w("Written by `bench/run.sh` (see the README, *Performance*). Every figure below is measured by that run;")
w("nothing is edited by hand except the analysis section at the end (`bench/analysis-<scale>.md`).")
w("")
w("## Run")
w("")
w(f"- Date: {r.get('date')}")
w(f"- Machine: {r.get('machine')}")
w(f"- Software: {r.get('software')}")
w(f"- Portal commit: {r.get('commit')}; JVM heap limit {r.get('heap_max_mb')} MB (`-Xmx`)")
w(f"- Load: wrk, {r.get('wrk_settings')}; the portal, PostgreSQL, wrk and nginx share the machine")
w(f"- Other load on the machine (1/5/15-minute load average): {r.get('load_before')} at the start, "
  f"{r.get('load_after')} at the end of the run")
w(f"- Dataset: `bench/generate.sh --scale {r.get('scale')}` ({r.get('dataset')}), database {r.get('db_size')}")
w("")
w("| Table | Rows |")
w("|---|---:|")
for t in ["agency", "vendor", "disclosure", "disclosure_aud", "comment_period", "public_comment", "annual_report",
          "board_review"]:
    w(f"| `{t}` | {int(num('rows_' + t) or 0):,} |")
w("")
w("## Throughput and latency")
w("")
w("Requests per second at saturation (closed loop, all connections busy), then p50/p99 latency with the")
w("request rate held at 80 % of that (wrk with `bench/paced.lua`, which schedules requests at a fixed rate).")
w("wrk repeats one URL, so with the page cache on (the default, 5 s) every anonymous HTML page but the first")
w("of each 5 s is served from memory; the same pages were then measured with the cache off")
w("(`PORTAL_PAGE_CACHE_FRESHNESS=0s`), which is what a view nobody asked for in the last 5 s costs.")
w("Anonymous home, inventory and technology pages are cached; the API and the CSV never are. A cached page is")
w("answered on the router, before authentication and RESTEasy.")
w("")
w("| Page | URL | Req/s at saturation | Rate held (80 %) | p50 ms | p99 ms | Errors (socket/non-2xx) |")
w("|---|---|---:|---:|---:|---:|---|")
for key, label in pages:
    url = r.get("url_" + key.replace("_nocache", ""), "(static file)" if key == "nginx" else "")
    if len(url) > 60:
        url = url[:57] + "…"
    completed = num('paced_rps_' + key)  # no request completed within the run: wrk reports 0 latencies
    p50 = num('p50_' + key) if completed else None
    p99 = num('p99_' + key) if completed else None
    w(f"| {label} | `{url}` | {fmt(num('rps_' + key))} | {fmt(num('paced_rps_' + key))} | "
      f"{fmt(p50, 2)} | {fmt(p99, 2)} | {r.get('errors_' + key, '—')} |")
ratio = None
if num("rps_inventory") and num("rps_nginx"):
    ratio = num("rps_inventory") / num("rps_nginx")
w("")
w(f"Inventory page ({int(num('inventory_html_bytes') or 0):,} bytes of HTML): portal ÷ nginx = **{fmt(ratio, 3)}**.")
w("")
w("## SQL statements per request")
w("")
w("Counted by PostgreSQL (`pg_stat_statements`, the portal's role only, reset before each request; the")
w("least of three requests), so nothing is switched on in the portal.")
w("")
w("| Request | Statements |")
w("|---|---:|")
for key, label in [("inventory_0_rows", "Inventory, 0 rows (search with no match)"),
                   ("inventory_25_rows", "Inventory, a full page (25 rows)"),
                   ("inventory_filtered", "Inventory, three filters"),
                   ("search_many", "Search with many matches"),
                   ("api_1_row", "API list, 1 row (`limit=1`)"),
                   ("api_200_rows", "API list, 200 rows (`limit=200`)"),
                   ("technology_0_comments", "Technology page, 0 comments"),
                   ("technology_200_comments", f"Technology page, {r.get('busy_technology_comments')} comments"),
                   ("home", "Home")]:
    w(f"| {label} | {r.get('sql_' + key, '—')} |")
w("")
w("## Plans")
w("")
w("Every statement each page sent was logged with its plan (`auto_explain`, `log_min_duration = 0`, only")
w("during this step). Big tables: disclosure and its history, comment periods, comments, responses, reports")
w("and their history, decisions, revisions.")
w("")
w("| Page | Sequential scans of big tables | Any sequential scan |")
w("|---|---|---|")
for key, label in pages[:7]:
    w(f"| {label} | {r.get('seqscan_big_' + key)} | {r.get('seqscan_any_' + key)} |")
w("")
w(f"Full-text search uses the GIN index `disclosure_search_idx`: **{r.get('search_uses_gin')}**.")
w("")
w("## Memory, CSV export and start-up")
w("")
w("| Figure | Value |")
w("|---|---:|")
w(f"| Peak RSS of the portal during the run (VmHWM; sampled VmRSS peak) | {r.get('rss_peak_mb')} MB ({r.get('rss_sampled_peak_mb')} MB) |")
w(f"| CSV export: rows, bytes | {int(num('csv_rows') or 0):,} rows, {int(num('csv_bytes') or 0):,} bytes |")
w(f"| CSV export: first byte, complete | {r.get('csv_first_byte_s')} s, {r.get('csv_seconds')} s |")
w(f"| Heap kept during the export: peak of survivors + old generation − before (what outlives young GCs) | {r.get('csv_kept_growth_mb', '—')} MB |")
w(f"| Heap used including garbage not yet collected: peak − before (after a full GC; jstat every 100 ms) | {r.get('csv_heap_growth_mb')} MB, {r.get('csv_young_gcs', '—')} young GCs |")
w(f"| Old generation growth during the export | {r.get('csv_old_gen_growth_mb')} MB |")
w(f"| Start of the JVM to the first inventory page (HTTP 200) | {int(num('start_to_first_page_ms') or 0):,} ms |")
w("")
if r.get("startup_jdk17_ms"):
    w(f"### Start-up, {r.get('startup_runs')} starts each way (bench/startup.sh; load before: {r.get('startup_load_before')})")
    w("")
    w("| Way | JVM | Start to first inventory page: median | Every start |")
    w("|---|---|---:|---|")
    for key, label in [("jdk17", "The package as built (fast-jar), the project's JDK"),
                       ("newer", "The same package on a newer JDK, no AOT cache"),
                       ("newer_aot", f"aot-jar package with an AOT cache ({r.get('startup_newer_aot_cache_mb', '?')} MB, "
                                     "recorded by one training run of the public pages)")]:
        if r.get(f"startup_{key}_ms"):
            w(f"| {label} | {r.get(f'startup_{key}_java')} | {int(num(f'startup_{key}_ms')):,} ms | "
              f"{r.get(f'startup_{key}_ms_all').replace(' ', ', ')} ms |")
    w("")

# ---------- targets ----------
targets = []


def target(name, ok, figure):
    targets.append((name, "met" if ok else ("**not met**" if ok is not None else "not measured"), figure))


def le(a, b):
    return None if a is None or b is None else a <= b


target("Inventory throughput ≥ 0.25 × nginx", None if ratio is None else ratio >= 0.25, f"{fmt(ratio, 3)} ×")
for key, limit in [("inventory", 50), ("inventory_deep", 50), ("inventory_filtered", 50), ("technology", 50),
                   ("search", 100)]:
    label = dict(pages)[key].split(" (")[0].split(",")[0] + ("" if key in ("inventory", "technology", "search") else
                                                              ", " + dict(pages)[key].split(", ", 1)[1].split(" (")[0])
    cached, uncached = num("p99_" + key), num("p99_" + key + "_nocache")
    if uncached is None:
        target(f"p99 ≤ {limit} ms at 80 %: {label}", le(cached, limit), f"{fmt(cached, 2)} ms")
    else:
        both = le(cached, limit) and le(uncached, limit)
        target(f"p99 ≤ {limit} ms at 80 %: {label}", both,
               f"{fmt(cached, 2)} ms with the page cache, {fmt(uncached, 2)} ms without")
for suffix, how in [("", "page cache on"), ("_nocache", "page cache off")]:
    deep, first = num("p99_inventory_deep" + suffix), num("p99_inventory" + suffix)
    target(f"p99 of a deep page ≤ 1.5 × the first page's ({how})",
           None if not deep or not first else deep <= 1.5 * first,
           f"{fmt(deep, 2)} vs {fmt(first, 2)} ms ({fmt(deep / first if deep and first else None, 2)} ×)")
if num("rps_inventory_nocache") and num("rps_nginx"):
    target("Inventory throughput ≥ 0.25 × nginx, page cache off",
           num("rps_inventory_nocache") / num("rps_nginx") >= 0.25,
           f"{fmt(num('rps_inventory_nocache') / num('rps_nginx'), 3)} ×")
# The inventory with no row is a search that matches nothing, so it is compared with a search that matches
# many (a search sends one statement more than a view without text: its planner settings).
const = (r.get("sql_inventory_0_rows") == r.get("sql_search_many")
         and r.get("sql_api_1_row") == r.get("sql_api_200_rows")
         and r.get("sql_technology_0_comments") == r.get("sql_technology_200_comments"))
target("SQL statements constant in rows and comments", const,
       f"search with 0/many matches {r.get('sql_inventory_0_rows')}/{r.get('sql_search_many')}, API "
       f"{r.get('sql_api_1_row')}/{r.get('sql_api_200_rows')}, technology {r.get('sql_technology_0_comments')}/"
       f"{r.get('sql_technology_200_comments')}")
target("Technology page ≤ 6 statements", le(num("sql_technology_200_comments"), 6), r.get("sql_technology_200_comments"))
target("Search uses the GIN index", r.get("search_uses_gin") == "yes", r.get("search_uses_gin"))
bigscans = [k for k, _ in pages[:7] if r.get("seqscan_big_" + k, "none") != "none"]
target("No sequential scan of a big table on a public page", not bigscans, ", ".join(bigscans) or "none")
target("CSV export ≤ 3 s", le(num("csv_seconds"), 3), f"{r.get('csv_seconds')} s for {r.get('csv_rows')} rows")
kept = num("csv_kept_growth_mb")
target("Heap growth during the CSV export ≤ 50 MB (kept: survivors + old generation)",
       le(kept if kept is not None else num("csv_heap_growth_mb"), 50),
       f"{r.get('csv_kept_growth_mb', '—')} MB kept; {r.get('csv_heap_growth_mb')} MB used including uncollected garbage")
target("Portal RSS ≤ 1 GB under load", le(num("rss_peak_mb"), 1024), f"{r.get('rss_peak_mb')} MB")
if r.get("startup_jdk17_ms"):
    target("Start to first page ≤ 3 s", le(num("startup_jdk17_ms"), 3000),
           f"{r.get('startup_jdk17_ms')} ms (median of {r.get('startup_runs')}); "
           + (f"{r.get('startup_newer_aot_ms')} ms on {r.get('startup_newer_java', '').split(' 20')[0]} with an AOT cache"
              if r.get("startup_newer_aot_ms") else "no newer JDK measured"))
else:
    target("Start to first page ≤ 3 s", le(num("start_to_first_page_ms"), 3000), f"{r.get('start_to_first_page_ms')} ms")

w("## Targets")
w("")
w("| Target | Result | Measured |")
w("|---|---|---|")
for name, res, fig in targets:
    w(f"| {name} | {res} | {fig} |")
w("")
here = os.path.dirname(os.path.abspath(__file__))
analysis = os.path.join(here, f"analysis-{r.get('scale')}.md")
if not os.path.exists(analysis):
    analysis = os.path.join(here, "analysis.md")
if os.path.exists(analysis):
    w(open(analysis, encoding="utf-8").read().rstrip())
    w("")
print("\n".join(out))
