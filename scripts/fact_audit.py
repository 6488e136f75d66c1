"""Fact audit: compare each corpus procedure's time limits and fees with its national record.

    python scripts/fact_audit.py ../shared/data/national-procedures.jsonl [corpus/]

For every procedure document with a `code`, the record with that `ma_thu_tuc` is parsed (its
"Cách thức thực hiện" table was flattened by the crawl: "Trực tuyến7 Ngày làm việc10,000 Việt Nam
Đồng(/trường hợp)…") and each channel row is compared with the document's `channels`:
- the same channels (Trực tiếp / Trực tuyến / Dịch vụ bưu chính);
- the record's time figure appears in the document's time limit;
- every amount in the record's fee appears in the document's fee, and no other amount does.
Known, documented differences are "explained" (a unit the crawl lost and the document recovered and
says so; a "Miễn phí" cell whose note says the People's Council sets the fee). Exit 1 if any
mismatch is unexplained. Users do not have the records, so CI runs this only where they exist.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.text import fold, normalize_amounts  # noqa: E402
from ingest.markdown import split_front_matter  # noqa: E402

MODES = ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính")
_ROW = re.compile(
    r"(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)"
    r"(Không có thông tin|\d+(?:[.,]\d+)?(?: ?(?:Ngày làm việc|Ngày|Giờ|Tháng|Năm))?)"
)
_AMOUNT = re.compile(r"(\d[\d.,]*)\s*(?:Việt Nam Đồng|VNĐ|đồng|Đồng|USD|đ\b)")


def parse_channels(cell: str) -> list[dict]:
    """Channel rows of a flattened "Cách thức thực hiện" cell: mode, time, fee text (with its note)."""
    cell = unicodedata.normalize("NFC", cell)
    matches = list(_ROW.finditer(cell))
    rows = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(cell)
        rows.append({"mode": match.group(1), "time": match.group(2), "rest": cell[match.end() : end]})
    return rows


def amounts(text: str) -> set[str]:
    return {normalize_amounts(a).replace(",", "") for a in _AMOUNT.findall(normalize_amounts(text))}


def number(text: str) -> str | None:
    found = re.search(r"\d+(?:[.,]\d+)?", text)
    return found.group(0).lstrip("0") if found else None


def audit(record: dict, meta: dict, body: str) -> list[tuple[str, str]]:
    """(kind, message) pairs, kind = 'mismatch' or 'explained'."""
    findings = []
    doc_channels = meta.get("channels") or []
    body_folded = fold(body)
    by_mode: dict[str, list[dict]] = {}
    for channel in doc_channels:
        by_mode.setdefault(str(channel.get("mode", "")), []).append(channel)
    rows = parse_channels(record.get("cach_thuc_thuc_hien", ""))
    record_modes = {r["mode"] for r in rows}
    for mode in set(by_mode) - record_modes:
        if mode in MODES:
            findings.append(("mismatch", f"channel {mode!r} is not in the record"))
    for row in rows:
        candidates = by_mode.get(row["mode"])
        if not candidates:
            findings.append(("mismatch", f"record channel {row['mode']!r} missing"))
            continue
        doc_times = " | ".join(str(c.get("time_limit", "")) for c in candidates)
        doc_fees = " | ".join(str(c.get("fee", "")) for c in candidates)
        time = row["time"]
        figure = number(time) if time != "Không có thông tin" else None
        if figure is not None and figure not in {number(t) for t in re.findall(r"\d+", doc_times)} | set():
            lost_unit = not re.search(r"[A-Za-zÀ-ỹ]", time)
            said = re.search(r"(chi ghi|khong kem don vi|khong ghi don vi|portal shows|con so)", fold(doc_times) + body_folded)
            if lost_unit and said:
                findings.append(("explained", f"{row['mode']}: record shows a bare {time!r}; document recovers the unit and says so"))
            else:
                findings.append(("mismatch", f"{row['mode']}: record time {time!r}, document {doc_times!r}"))
        record_amounts = amounts(row["rest"])
        doc_amounts = amounts(doc_fees)
        fee_head = row["rest"].split("(")[0]
        for amount in record_amounts - doc_amounts:
            if amount in amounts(fee_head):
                findings.append(("mismatch", f"{row['mode']}: record fee {amount} not in document fee {doc_fees!r}"))
        for amount in doc_amounts - record_amounts:
            if amount not in amounts(record.get("raw_text", "")):
                findings.append(("mismatch", f"{row['mode']}: document fee {amount} is not in the record"))
        if fee_head.startswith("Miễn phí") and "hội đồng nhân dân" in row["rest"].lower() and "hđnd" not in doc_fees.lower() \
                and "hội đồng nhân dân" not in doc_fees.lower():
            findings.append(("mismatch", f"{row['mode']}: record says the People's Council sets the fee; document fee {doc_fees!r}"))
        elif fee_head.startswith("Miễn phí") and "hội đồng nhân dân" in row["rest"].lower():
            findings.append(("explained", f"{row['mode']}: 'Miễn phí' cell with a People's Council note; document says so"))
    return findings


def main(records_path: str, corpus: str = "corpus") -> int:
    records = {}
    for line in Path(records_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["ma_thu_tuc"]] = record
    unexplained = explained = audited = 0
    for path in sorted(Path(corpus).rglob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        code = str(meta.get("code") or "")
        if meta.get("kind") != "procedure" or not code:
            continue
        record = records.get(code)
        if record is None:
            if meta.get("facts_from"):
                # a procedure the crawl missed, written from the cleaned fact table (its fee, its papers)
                print(f"EXPLAINED {path}: code {code} has no crawled record; facts from {meta['facts_from']}")
                explained += 1
                continue
            print(f"MISMATCH {path}: code {code} has no national record")
            unexplained += 1
            continue
        audited += 1
        for kind, message in audit(record, meta, body):
            if kind == "mismatch":
                unexplained += 1
                print(f"MISMATCH {path.name} ({code}): {message}")
            else:
                explained += 1
    print(f"fact audit: {audited} procedures audited, {unexplained} unexplained mismatches, {explained} explained differences")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
