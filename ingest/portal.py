"""Portal records: JSON or JSONL exports in the shape of the National Public Service Portal crawl.

Each record names its fields in Vietnamese (`ten_thu_tuc`, `ma_thu_tuc`, `cach_thuc_thuc_hien`, …);
the table fields hold flattened cells that :mod:`ingest.cells` re-parses. One record, one procedure.
"""
from __future__ import annotations

import json
from pathlib import Path

from assistant.documents import Procedure
from assistant.errors import DocumentError

from .build import Draft, build
from .text import decode

# Record field -> section key; several fields may feed one section.
SECTION_FIELDS = {
    "trinh_tu_thuc_hien": "steps",
    "cach_thuc_thuc_hien": "channels",
    "thanh_phan_ho_so": "documents",
    "thoi_han_giai_quyet": "time_limit",
    "phi_le_phi": "fee",
    "doi_tuong_thuc_hien": "applicants",
    "co_quan_thuc_hien": "agency",
    "co_quan_co_tham_quyen": "agency",
    "dia_chi_tiep_nhan": "agency",
    "yeu_cau_dieu_kien": "conditions",
    "ket_qua_xu_ly": "result",
    "can_cu_phap_ly": "legal_basis",
}


def load_portal_records(path: Path, source: str) -> list[Procedure]:
    """Every record of a .json (one record or a list) or .jsonl file; a bad record fails the file."""
    text = decode(path.read_bytes())
    if path.suffix.lower() == ".jsonl":
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                records.append(_parse(line, f"line {number}"))
    else:
        data = _parse(text, "the file")
        records = data if isinstance(data, list) else [data]
    procedures = []
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict) or not str(record.get("ten_thu_tuc") or "").strip():
            raise DocumentError(f"record {number} is not a portal record (no 'ten_thu_tuc')")
        procedures.append(build(record_draft(record), source))
    return procedures


def record_draft(record: dict) -> Draft:
    """The draft of one portal record."""
    draft = Draft(
        title=str(record.get("ten_thu_tuc") or ""),
        code=str(record.get("ma_thu_tuc") or ""),
        field=str(record.get("linh_vuc") or ""),
        level=str(record.get("cap_thuc_hien") or ""),
        decision=str(record.get("so_quyet_dinh") or ""),
        source_url=str(record.get("detail_url") or "") or None,
    )
    for name, key in SECTION_FIELDS.items():
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            draft.add(key, value)
    return draft


def _parse(text: str, where: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{where} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from exc
