"""report.md: the run in plain Markdown, for a pull request or a terminal."""
from __future__ import annotations

from .metrics import JUDGED, METRICS, confusions, fmt, why_failed


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(run: dict) -> str:
    systems, primary = run["systems"], run["primary"]
    summaries = run["summaries"]
    config = run["config"]
    lines = [f"# Evaluation: {run['dataset_name']}", "",
             f"{summaries[primary]['overall']['cases']} cases · dataset sha256 `{config.get('dataset_sha256', '')[:12]}` · "
             f"commit `{(config.get('git_commit') or 'unknown')[:12]}` · index `{config.get('index', {}).get('index_version', '?')}` · "
             f"embedder `{config.get('embedder')}` · {config.get('started_at', '')}", ""]
    gate = run.get("gate")
    if gate and gate["thresholds"]:
        verdict = "FAILED" if gate["failures"] else "passed"
        lines += [f"**Release gate {verdict}** for `{primary}`" + (":" if gate["failures"] else "."), ""]
        lines += [f"- {f}" for f in gate["failures"]] + ([""] if gate["failures"] else [])

    lines += ["## Systems side by side", "", "| metric | " + " | ".join(systems) + " |",
              "|---|" + "---:|" * len(systems)]
    metric_names = list(METRICS) + [m for m in JUDGED if any(m in summaries[s]["overall"] for s in systems)]
    for name in metric_names:
        label = {**METRICS, **JUDGED}[name][0]
        lines.append(f"| {label} | " + " | ".join(fmt(summaries[s]["overall"].get(name, float("nan")), name) for s in systems) + " |")
    lines += ["", "n/a: the metric does not apply to any case of this set (for example no refusals expected).", ""]

    tags = sorted({t for s in systems for t in summaries[s]["by_tag"]})
    if tags:
        lines += ["## Pass rate per tag", "", "| tag | cases | " + " | ".join(systems) + " |", "|---|---:|" + "---:|" * len(systems)]
        for tag in tags:
            cases = summaries[primary]["by_tag"].get(tag, {}).get("cases", 0)
            rates = [fmt(summaries[s]["by_tag"].get(tag, {}).get("pass_rate", float("nan")), "pass_rate") for s in systems]
            lines.append(f"| {tag} | {cases} | " + " | ".join(rates) + " |")
        lines.append("")

    judge = run["judge"]
    lines += ["## Judged metrics", "", (f"Judge `{judge['model']}`: {judge['judged']} answers judged, {judge['errors']} errors."
                                       if judge.get("run") else f"Judged metrics were {judge['reason']}."), ""]

    compare = run.get("compare")
    if compare:
        lines += ["## Compared with " + compare["previous"], ""]
        for system, diff in compare["systems"].items():
            d = diff["deltas"]["pass_rate"]
            lines.append(f"- **{system}**: pass rate {fmt(d['before'], 'pass_rate')} → {fmt(d['now'], 'pass_rate')}; "
                         f"{len(diff['regressed'])} regressed, {len(diff['fixed'])} fixed, "
                         f"{len(diff['added'])} new cases, {len(diff['removed'])} removed")
        for system, diff in compare["systems"].items():
            for kind in ("regressed", "fixed"):
                if diff[kind]:
                    lines += ["", f"### {system}: {kind}", ""]
                    lines += [f"- `{c['id']}` {_cell(c['question'])} ({c['status_before']} → {c['status_now']})" for c in diff[kind]]
        lines.append("")

    rows = confusions(run["results"][primary])
    if rows:
        lines += [f"## Procedures confused ({primary})", "", "| expected | ranked first instead | cases |", "|---|---|---:|"]
        lines += [f"| {_cell(e)} | {_cell(g[:90])} | {n} |" for e, g, n in rows[:20]]
        lines.append("")

    failures = [r for r in run["results"][primary] if not r["passed"]]
    lines += [f"## Failures of {primary} ({len(failures)})", ""]
    for r in failures:
        lines += [f"### `{r['id']}` {_cell(r['question'])}", "",
                  f"- tags: {', '.join(r['tags']) or '-'}; status: {r['status']}",
                  *[f"- {reason}" for reason in why_failed(r)],
                  "", "```text", (r["answer"] or "")[:800].replace("```", "'''"), "```", ""]
    return "\n".join(lines)
