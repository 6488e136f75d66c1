"""Small inline SVG charts for report.html: no JavaScript, no plotting library, escaped labels.

A report is read by ward staff in a browser or an e-mail attachment; an inline SVG keeps it one
file that opens anywhere.
"""
from __future__ import annotations

from html import escape

from .metrics import is_nan

PALETTE = ["#1f6feb", "#8b949e", "#d29922", "#2da44e", "#a371f7", "#cf222e"]


def grouped_bars(rows: list[str], series: dict[str, list[float]], width: int = 900, title: str = "") -> str:
    """Horizontal bars in [0, 1]: one group per row (a tag), one bar per series (a system)."""
    label_w, bar_h, gap = 150, 12, 8
    names = list(series)
    group_h = bar_h * len(names) + gap
    legend_h = 24
    height = legend_h + group_h * len(rows) + 24
    plot_w = width - label_w - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}" font-family="sans-serif" font-size="11">']
    for i, name in enumerate(names):
        x = label_w + i * 170
        parts.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>'
                     f'<text x="{x + 16}" y="14">{escape(name)}</text>')
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + tick * plot_w
        parts.append(f'<line x1="{x:.1f}" y1="{legend_h}" x2="{x:.1f}" y2="{height - 20}" stroke="#ddd"/>'
                     f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" fill="#555">{tick:.0%}</text>')
    for r, row in enumerate(rows):
        y0 = legend_h + r * group_h
        parts.append(f'<text x="{label_w - 6}" y="{y0 + group_h / 2:.1f}" text-anchor="end" dominant-baseline="middle">'
                     f'{escape(row)}</text>')
        for i, name in enumerate(names):
            value = series[name][r]
            y = y0 + i * bar_h
            if is_nan(value):
                parts.append(f'<text x="{label_w + 4}" y="{y + bar_h - 2}" fill="#888">n/a</text>')
                continue
            w = max(value * plot_w, 1)
            parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" '
                         f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(name)} · {escape(row)}: {value:.1%}</title></rect>'
                         f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 3}" fill="#333">{value:.0%}</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram(values: list[float], title: str, color: str = PALETTE[0], bins: int = 20, width: int = 290,
              height: int = 170, upper: float | None = None) -> str:
    """A histogram of latencies (ms), with its title and the count on the tallest bar."""
    pad_l, pad_b, pad_t = 34, 30, 22
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}" font-family="sans-serif" font-size="10">',
             f'<text x="{width / 2}" y="13" text-anchor="middle" font-weight="bold">{escape(title)}</text>']
    if not values:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#888">no data</text></svg>')
        return "".join(parts)
    top = upper or max(values) or 1.0
    step = top / bins
    counts = [0] * bins
    for v in values:
        counts[min(int(v / step), bins - 1)] += 1
    peak = max(counts) or 1
    plot_w, plot_h = width - pad_l - 8, height - pad_b - pad_t
    bar_w = plot_w / bins
    for i, c in enumerate(counts):
        h = c / peak * plot_h
        x = pad_l + i * bar_w
        parts.append(f'<rect x="{x:.1f}" y="{pad_t + plot_h - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}" fill="{color}">'
                     f'<title>{i * step:.0f}–{(i + 1) * step:.0f} ms: {c}</title></rect>')
    parts.append(f'<text x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end">{peak}</text>'
                 f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end">0</text>'
                 f'<text x="{pad_l}" y="{height - 16}">0</text>'
                 f'<text x="{width - 8}" y="{height - 16}" text-anchor="end">{top:.0f} ms</text>'
                 f'<text x="{width / 2}" y="{height - 4}" text-anchor="middle" fill="#555">latency per question</text>'
                 "</svg>")
    return "".join(parts)
