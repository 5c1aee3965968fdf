"""The campaign's roll-up, county → city → province: coverage, problems by checklist item, penalties,
transfers and typical cases, at any time, as rows (for the page) and as XLSX (openpyxl) and PDF (fpdf2).

Each county's figures are counted once from the subject files; a city or province row is the sum of the
counties under it, so the levels always agree.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from campaigns import service
from campaigns.template import item_text
from foundation.i18n import translator
from models.campaigns import Campaign, ItemFinding, SelfInspection
from models.certificates import Certificate
from models.subjects import Penalty, PoliceTransfer
from regions import divisions
from subjects.kinds import INSTITUTIONS


@dataclass
class Row:
    code: str
    level: int
    subjects: int = 0
    self_inspected: int = 0
    institutions: int = 0
    institutions_inspected: int = 0
    high_risk: int = 0
    high_risk_checked: int = 0
    problems: Counter = field(default_factory=Counter)
    penalties: int = 0
    penalty_amount: int = 0
    transfers: int = 0
    suspended: int = 0
    site_certificates: int = 0  # certificates issued through a site whose qualification was withdrawn

    def add(self, other: Row) -> None:
        for name in (
            "subjects",
            "self_inspected",
            "institutions",
            "institutions_inspected",
            "high_risk",
            "high_risk_checked",
            "penalties",
            "penalty_amount",
            "transfers",
            "suspended",
            "site_certificates",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems.update(other.problems)


@dataclass
class Rollup:
    campaign: Campaign
    rows: list[Row]
    items: list[dict[str, str]]
    typical: list[Penalty]


def _county_of(code: str) -> str:
    return code[:6]


async def build(campaign: Campaign, within: str | None = None) -> Rollup:
    subjects = await service.subjects_in_scope(campaign, within)
    ids = [s.id for s in subjects]
    by_id = {s.id: s for s in subjects}
    counties: dict[str, Row] = {}
    findings = await ItemFinding.filter(campaign_id=campaign.id, subject_id__in=ids) if ids else []
    checked = {f.subject_id for f in findings}
    selfs = await SelfInspection.filter(campaign_id=campaign.id, subject_id__in=ids) if ids else []
    started = min((p["starts"] for p in campaign.phases), default="0000-01-01")
    penalties = (
        await Penalty.filter(subject_id__in=ids, decided_on__gte=started).exclude(status="revoked")
        if ids
        else []
    )
    transfers = await PoliceTransfer.filter(subject_id__in=ids, transferred_on__gte=started) if ids else []
    for s in subjects:
        row = counties.setdefault(_county_of(s.division_code), Row(_county_of(s.division_code), 2))
        row.subjects += 1
        row.suspended += s.status != "active"
        if s.subject_type in INSTITUTIONS:
            row.institutions += 1
            row.institutions_inspected += s.id in checked
        elif s.high_risk:
            row.high_risk += 1
            row.high_risk_checked += s.id in checked
    for record in selfs:
        row = counties[_county_of(by_id[record.subject_id].division_code)]
        row.self_inspected += record.submitted_at is not None
        row.problems.update(k for k, a in record.answers.items() if not a.get("ok"))
    for f in findings:
        if f.result == "problem":
            counties[_county_of(by_id[f.subject_id].division_code)].problems[f.item] += 1
    withdrawn = {s.credit_code: s for s in subjects if s.status != "active"}
    if withdrawn:
        query = Certificate.filter(exam_site_code__in=list(withdrawn))
        for code in await query.values_list("exam_site_code", flat=True):
            counties[_county_of(withdrawn[code].division_code)].site_certificates += 1
    for p in penalties:
        row = counties[_county_of(by_id[p.subject_id].division_code)]
        row.penalties += 1
        row.penalty_amount += p.amount
    for t in transfers:
        counties[_county_of(by_id[t.subject_id].division_code)].transfers += 1
    rows: dict[str, Row] = {}
    top = campaign.division_code
    for code, county in sorted(counties.items()):
        chain = [d.code for d in reversed(divisions.ancestors(code))] + [code]
        for level, unit in enumerate(c for c in chain if divisions.is_within(c, top)):
            target = rows.setdefault(unit, Row(unit, level))
            if unit != code:
                target.add(county)
            else:
                target.level = level
                target.add(county)
    ordered = sorted(rows.values(), key=lambda r: r.code if r.code != top else "")
    items = [i for t in campaign.subject_types for i in campaign.checklists.get(t, [])]
    typical = sorted(penalties, key=lambda p: p.amount, reverse=True)[:5]
    for p in typical:
        await p.fetch_related("basis")
    return Rollup(campaign, ordered, items, typical)


def _headers(_: Any) -> list[str]:
    return [
        _("Jurisdiction"),
        _("Subjects"),
        _("Self-inspections submitted"),
        _("Institutions"),
        _("Institutions inspected"),
        _("High-risk enterprises"),
        _("High-risk enterprises checked"),
        _("Problems"),
        _("Penalties"),
        _("Fines (yuan)"),
        _("Transfers to the police"),
        _("Qualifications suspended or cancelled"),
        _("Certificates from those sites"),
    ]


def _values(row: Row) -> list[Any]:
    name = ("　" * row.level) + (divisions.label(row.code) or divisions.full_name(row.code) or row.code)
    return [
        name,
        row.subjects,
        row.self_inspected,
        row.institutions,
        row.institutions_inspected,
        row.high_risk,
        row.high_risk_checked,
        sum(row.problems.values()),
        row.penalties,
        row.penalty_amount,
        row.transfers,
        row.suspended,
        row.site_certificates,
    ]


def xlsx(rollup: Rollup, locale: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    _ = translator(locale)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Roll-up")
    sheet.append([rollup.campaign.title, rollup.campaign.doc_no])
    sheet.append(_headers(_))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rollup.rows:
        sheet.append(_values(row))
    problems = book.create_sheet(_("Problems by item"))
    problems.append([_("Checklist item"), *[(divisions.label(r.code) or r.code) for r in rollup.rows]])
    for item in rollup.items:
        problems.append([item_text(item, locale), *[r.problems.get(item["key"], 0) for r in rollup.rows]])
    cases = book.create_sheet(_("Typical cases"))
    cases.append([_("Decision number"), _("Date"), _("Party"), _("Legal basis"), _("Amount")])
    for p in rollup.typical:
        basis = p.basis.title_zh if locale == "zh_CN" else p.basis.title_en
        cases.append([p.decision_no, p.decided_on.isoformat(), p.party, basis, p.amount])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pdf(rollup: Rollup, locale: str) -> bytes:
    from fpdf import FPDF

    from certs.fonts import font_face

    _ = translator(locale)
    regular, index = font_face(False)
    bold, bold_index = font_face(True)
    doc = FPDF(orientation="L", format="A4", unit="mm")
    doc.set_margins(10, 10, 10)
    doc.add_font("cjk", fname=str(regular), collection_font_number=index)
    doc.add_font("cjk", style="B", fname=str(bold), collection_font_number=bold_index)
    doc.add_page()
    doc.set_font("cjk", "", 14)
    doc.multi_cell(
        0, 8, f"{rollup.campaign.title}（{rollup.campaign.doc_no}）", new_x="LMARGIN", new_y="NEXT"
    )
    doc.set_font("cjk", "", 8)
    with doc.table(col_widths=(38, 16, 20, 16, 20, 20, 22, 16, 16, 20, 20, 22, 22)) as table:
        table.row(_headers(_))
        for row in rollup.rows:
            table.row([str(v) for v in _values(row)])
    doc.ln(4)
    doc.set_font("cjk", "", 11)
    doc.cell(0, 7, _("Problems by item"), new_x="LMARGIN", new_y="NEXT")
    doc.set_font("cjk", "", 8)
    total = rollup.rows[0] if rollup.rows else Row("", 0)
    with doc.table(col_widths=(230, 30)) as table:
        table.row([_("Checklist item"), _("Problems")])
        for item in rollup.items:
            table.row([item_text(item, locale), str(total.problems.get(item["key"], 0))])
    return bytes(doc.output())
