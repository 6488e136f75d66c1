"""report.html: one self-contained page a non-programmer can read.

Headline numbers first, then the systems side by side, charts (inline SVG, no JavaScript), the
procedures that get confused, the comparison with the previous run, and every failure with the
question, the answer and what was expected. All text is escaped: answers quote documents, and a
golden set may contain injection attempts such as a closing `</context>` tag.
"""
from __future__ import annotations

from html import escape

from .metrics import JUDGED, METRICS, confusions, fmt, is_nan, why_failed
from .svg import PALETTE, grouped_bars, histogram

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px auto;max-width:1180px;color:#1f2328;
 line-height:1.45;padding:0 16px}
h1{margin-bottom:4px} h2{margin-top:36px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.meta{color:#59636e;font-size:13px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid #d0d7de;border-radius:8px;padding:10px 16px;min-width:150px}
.card .v{font-size:28px;font-weight:600} .card .l{color:#59636e;font-size:13px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums} th{background:#f6f8fa}
td.best{font-weight:700;background:#dafbe1}
.gate{padding:10px 14px;border-radius:8px;margin:12px 0}
.gate.fail{background:#ffebe9;border:1px solid #cf222e} .gate.pass{background:#dafbe1;border:1px solid #2da44e}
.failure{border:1px solid #d0d7de;border-radius:8px;padding:8px 14px;margin:10px 0}
.failure h3{font-size:15px;margin:4px 0}
pre{white-space:pre-wrap;background:#f6f8fa;padding:8px;border-radius:6px;font-size:12px;max-height:260px;overflow:auto}
.why{color:#cf222e} .tag{display:inline-block;background:#eef1f4;border-radius:10px;padding:0 8px;margin-right:4px;font-size:12px}
.hist{display:flex;gap:12px;flex-wrap:wrap} .muted{color:#59636e}
"""

HELP = [
    ("Pass rate", "share of questions answered correctly by the agreed rule: the right procedure is cited and every "
                  "expected fact (fee, time limit, paper…) is in the answer; for questions the assistant must decline, "
                  "that it declined."),
    ("Procedure hit@1 / @3 / @5, MRR", "whether the right procedure was ranked first / in the top 3 / top 5 by the "
                                        "search step; MRR rewards ranking it high (1 = always first)."),
    ("Section hit", "among answered questions, whether the quoted sections are the ones asked about (fee → 'Phí, lệ phí', "
                    "time → 'Thời hạn giải quyết', papers → 'Thành phần hồ sơ', where → 'Cơ quan thực hiện')."),
    ("Fact recall", "share of the expected facts found in the answer (partial credit, unlike the pass rate)."),
    ("Citation precision", "share of citations that contain an expected fact: are the quotes on point?"),
    ("Figures supported", "share of the numbers stated in an answer that appear in the passages it cites."),
    ("Unsupported numbers", "numbers per answer that no cited passage contains (should be 0)."),
    ("Refusal precision / recall", "of the questions it declined, how many it should have declined; of those it "
                                   "should have declined, how many it did."),
    ("Clarification rate", "share of questions answered with a question back (which variant do you mean?)."),
    ("Language match", "answered in the language of the question (English questions get English framing)."),
    ("n/a", "the metric does not apply to any question of this group; it is not a zero."),
]


def _table(headers: list[str], rows: list[list[str]], numeric_from: int = 1, best: list[set[int]] | None = None) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            classes = ["n"] if c >= numeric_from else []
            if best and c in best[r]:
                classes.append("best")
            cells.append(f'<td class="{" ".join(classes)}">{escape(cell)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _best(values: list[float], higher: bool) -> set[int]:
    """Table columns holding the best value of a row (ties all win); none when every value is equal."""
    values = [v if is_nan(v) else round(v, 9) for v in values]
    present = [v for v in values if not is_nan(v)]
    if len(present) < 2 or len(set(present)) == 1:
        return set()
    target = max(present) if higher else min(present)
    return {i + 1 for i, v in enumerate(values) if not is_nan(v) and v == target}  # column 0 is the name


def render_html(run: dict) -> str:
    systems, primary, summaries = run["systems"], run["primary"], run["summaries"]
    config, overall = run["config"], summaries[primary]["overall"]
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Evaluation: {escape(run['dataset_name'])}</title>"
           f"<style>{CSS}</style></head><body>",
           f"<h1>Ward Assistant evaluation: {escape(run['dataset_name'])}</h1>",
           "<div class='meta'>" + escape(
               f"{overall['cases']} questions · run {config.get('started_at', '')} · commit "
               f"{(config.get('git_commit') or 'unknown')[:12]}{' (uncommitted changes)' if config.get('git_dirty') else ''} · "
               f"index {config.get('index', {}).get('index_version', '?')} · embedder {config.get('embedder')} · "
               f"dataset sha256 {config.get('dataset_sha256', '')[:12]}") + "</div>"]

    gate = run.get("gate")
    if gate and gate["thresholds"]:
        if gate["failures"]:
            out.append("<div class='gate fail'><b>Release gate FAILED</b><ul>" +
                       "".join(f"<li>{escape(f)}</li>" for f in gate["failures"]) + "</ul></div>")
        else:
            out.append(f"<div class='gate pass'><b>Release gate passed</b> ({escape(primary)} meets every threshold).</div>")

    cards = [("pass_rate", "questions answered correctly"), ("hit@1", "right procedure found first"),
             ("refusal_recall", "off-topic / unsafe questions declined"), ("latency_p95_ms", "95% of answers faster than")]
    out.append(f"<h2>Headline ({escape(primary)})</h2><div class='cards'>")
    for name, label in cards:
        out.append(f"<div class='card'><div class='v'>{escape(fmt(overall.get(name), name))}</div><div class='l'>{escape(label)}</div></div>")
    out.append("</div>")

    out.append("<h2>Systems side by side</h2><p class='muted'>Same questions, same index, same embedding model. "
               "<b>assistant</b> is the real pipeline; <b>dense-only</b> and <b>keyword-only</b> use one search signal; "
               "<b>naive-langchain</b> is the first thing a team would build (text splitter, vector search, top 4 chunks as the answer). "
               "The best value of each row is green.</p>")
    names = list(METRICS) + [m for m in JUDGED if any(m in summaries[s]["overall"] for s in systems)]
    labels = {**METRICS, **JUDGED}
    rows, best = [], []
    for name in names:
        values = [summaries[s]["overall"].get(name, float("nan")) for s in systems]
        rows.append([labels[name][0], *[fmt(v, name) for v in values]])
        best.append(_best(values, labels[name][1]))
    out.append(_table(["metric", *systems], rows, best=best))

    tags = sorted({t for s in systems for t in summaries[s]["by_tag"]})
    if tags:
        out.append("<h2>Pass rate per tag</h2>")
        series = {s: [summaries[s]["by_tag"].get(t, {}).get("pass_rate", float("nan")) for t in tags] for s in systems}
        labelled = [f"{t} ({summaries[primary]['by_tag'].get(t, {}).get('cases', 0)})" for t in tags]
        out.append(grouped_bars(labelled, series, title="pass rate per tag"))
        out.append(f"<details><summary>Every metric per tag ({escape(primary)})</summary>")
        per_tag_metrics = ["pass_rate", "hit@1", "mrr", "section_hit", "fact_recall", "citation_precision",
                           "refusal_recall", "clarification_rate", "language_match", "latency_p95_ms"]
        out.append(_table(["tag", "cases", *[METRICS[m][0] for m in per_tag_metrics]],
                          [[t, str(summaries[primary]["by_tag"][t]["cases"]),
                            *[fmt(summaries[primary]["by_tag"][t].get(m), m) for m in per_tag_metrics]] for t in tags
                           if t in summaries[primary]["by_tag"]]))
        out.append("</details>")

    out.append("<h2>Latency</h2><div class='hist'>")
    upper = max((r["latency_ms"] for s in systems for r in run["results"][s]), default=1.0)
    for i, s in enumerate(systems):
        out.append(histogram([r["latency_ms"] for r in run["results"][s]], s, PALETTE[i % len(PALETTE)], upper=upper))
    out.append("</div>")

    out.append(_judge_section(run["judge"]))
    if run.get("compare"):
        out.append(_compare_section(run["compare"]))
    out.append(_confusion_section(run["results"][primary], primary))
    out.append(_failures_section(run, primary))
    out.append("<h2>How to read this report</h2><dl>" +
               "".join(f"<dt><b>{escape(k)}</b></dt><dd>{escape(v)}</dd>" for k, v in HELP) + "</dl>")
    out.append("</body></html>")
    return "\n".join(out)


def _judge_section(judge: dict) -> str:
    if not judge.get("run"):
        return f"<h2>Judged metrics</h2><p class='muted'>Faithfulness, answer relevance and document-list completeness were {escape(judge['reason'])}.</p>"
    return (f"<h2>Judged metrics</h2><p>Judge model {escape(str(judge['model']))}: {judge['judged']} answers judged, "
            f"{judge['errors']} could not be judged. The scores are in the table above.</p>")


def _compare_section(compare: dict) -> str:
    out = [f"<h2>Compared with the previous run</h2><p class='muted'>{escape(compare['previous'])} "
           f"(commit {escape(str(compare.get('previous_commit') or 'unknown')[:12])})</p>"]
    for system, diff in compare["systems"].items():
        d = diff["deltas"]
        out.append(f"<h3>{escape(system)}: {len(diff['regressed'])} regressed, {len(diff['fixed'])} fixed</h3>")
        rows = [[METRICS[m][0], fmt(v["before"], m), fmt(v["now"], m),
                 "n/a" if is_nan(v["delta"]) else (f"{v['delta']:+.0f} ms" if m.endswith("_ms") else
                                                   f"{v['delta']:+.2f}" if m == "unsupported_numbers" else f"{v['delta'] * 100:+.1f} pts")]
                for m, v in d.items()]
        out.append(_table(["metric", "before", "now", "change"], rows))
        for kind in ("regressed", "fixed"):
            if diff[kind]:
                out.append(f"<p><b>{kind}</b></p><ul>" + "".join(
                    f"<li><code>{escape(c['id'])}</code> {escape(c['question'])} "
                    f"<span class='muted'>({escape(str(c['status_before']))} → {escape(str(c['status_now']))})</span></li>"
                    for c in diff[kind]) + "</ul>")
    return "".join(out)


def _confusion_section(results: list[dict], primary: str) -> str:
    rows = confusions(results)
    if not rows:
        return (f"<h2>Procedures confused</h2><p class='muted'>{escape(primary)} ranked the expected procedure first "
                "for every question that names one.</p>")
    peak = max(n for _, _, n in rows)
    body = "".join(
        f"<tr><td>{escape(e)}</td><td>{escape(g)}</td>"
        f"<td class='n' style='background:rgba(207,34,46,{0.15 + 0.6 * n / peak:.2f})'>{n}</td></tr>"
        for e, g, n in rows[:40])
    return (f"<h2>Procedures confused ({escape(primary)})</h2><p class='muted'>Questions whose expected procedure "
            "(left, as the golden set names it) was not ranked first by the search; middle: what was ranked first instead.</p>"
            f"<table><tr><th>expected</th><th>ranked first instead</th><th>questions</th></tr>{body}</table>")


def _failures_section(run: dict, primary: str) -> str:
    failures = [r for r in run["results"][primary] if not r["passed"]]
    out = [f"<h2>Failures of {escape(primary)} ({len(failures)})</h2>"]
    if not failures:
        out.append("<p>None.</p>")
    for r in failures:
        expect = r["expect"]
        expected = ("decline to answer" if expect.get("refuse") else
                    "cite a procedure whose title contains " + " or ".join(f"“{p}”" for p in expect.get("procedure", []))
                    if expect.get("procedure") else "an answer")
        facts = "; ".join(" or ".join(g) for g in expect.get("facts", []))
        history = "".join(f"<div class='muted'>{escape(str(t.get('role')))}: {escape(str(t.get('content', '')))}</div>"
                          for t in r.get("history", []))
        cited = ", ".join(sorted({c["title"][:80] for c in r["citations"]})) or "nothing"
        out.append(
            "<div class='failure'>"
            f"<h3>{escape(r['id'])}: {escape(r['question'])}</h3>{history}"
            + "".join(f"<span class='tag'>{escape(t)}</span>" for t in r["tags"]) +
            f"<p><b>Expected:</b> {escape(expected)}{escape('; facts: ' + facts) if facts else ''}</p>"
            f"<p><b>Got:</b> status {escape(r['status'])}; cited {escape(cited)}</p>"
            "<ul class='why'>" + "".join(f"<li>{escape(w)}</li>" for w in why_failed(r)) + "</ul>"
            f"<pre>{escape(r['answer'] or '')}</pre></div>")
    for system in run["systems"]:
        if system == primary:
            continue
        failed = [r for r in run["results"][system] if not r["passed"]]
        out.append(f"<details><summary>Failures of {escape(system)} ({len(failed)})</summary><table>"
                   "<tr><th>id</th><th>question</th><th>status</th><th>ranked first</th></tr>" +
                   "".join(f"<tr><td>{escape(r['id'])}</td><td>{escape(r['question'])}</td><td>{escape(r['status'])}</td>"
                           f"<td>{escape((r.get('retrieved_titles') or ['-'])[0][:90])}</td></tr>" for r in failed) +
                   "</table></details>")
    return "".join(out)
