"""What an inspector reads in the chat: a document's fields and findings in words, the questions about
fields OCR was unsure of, the buttons to correct them, and the inspection's summary.

Kept apart from the /inspect flow (handlers/inspect.py) so that the flow is only the order of things.
"""

from __future__ import annotations

import html

from telegram import KeyboardButton, ReplyKeyboardMarkup

from cases.inspection_checks import (
    DOC_TYPES,
    FINDINGS,
    effective_fields,
    printed_fields,
    unconfirmed,
)
from certs.verdict import finding_symbol
from foundation.i18n import N_, Translator
from handlers import forms
from handlers.common import buttons
from identity.numbers import PROBLEMS as ID_PROBLEMS
from models.inspections import Inspection, InspectionDocument
from ocr.documents import TABLE_TYPES as TABLES
from ocr.idnumbers import check_id_number

FLOW = "inspect"
SUBJECT_TYPES = {
    "enterprise": N_("Enterprise"),
    "training_institution": N_("Training institution"),
    "exam_site": N_("Exam site"),
}
FIELDS = {
    "cert_no": N_("Certificate no."),
    "name": N_("Name"),
    "sex": N_("Sex"),
    "id_number": N_("ID number"),
    "category": N_("Category"),
    "item": N_("Operation item"),
    "employer": N_("Employer"),
    "post": N_("Position"),
    "industry": N_("Industry"),
    "first_issued": N_("First issued"),
    "valid_from": N_("Valid from"),
    "valid_to": N_("Valid to"),
    "issuer": N_("Issuer"),
    "reviews": N_("Re-examinations"),
    "date": N_("Date"),
    "title": N_("Title"),
}
CARD_FIELDS = tuple(k for k in FIELDS if k not in ("date", "title"))  # in their order on the card
PROBLEMS = {
    "blank_image": N_("The image is blank: nothing to read. Please photograph the document again."),
    "black_image": N_("The image is black (lens covered or too dark). Please photograph it again."),
    "no_text": N_("No document text was found in this photo."),
    "unknown_document": N_("Text was found, but not a document type I know."),
    "not_an_image": N_("The file is not an image or PDF I can read."),
    "image_too_large": N_("The image has too many pixels to read safely; send an ordinary photo."),
    "file_too_large": N_("The file is too large to read."),
    "pdf_unsupported": N_("PDF pages cannot be read here; send a photo or screenshot of the page."),
    "pdf_empty": N_("The PDF has no pages."),
    "pdf_more_pages": N_("Only the first page of the PDF was read."),
    "no_table": N_(
        "No table header (姓名 …) was found. If the sheet is upside down or sideways, turn it and send it "
        "again."
    ),
    "no_rows": N_("The table has no readable rows."),
    "screen_moire": N_(
        "This looks like a photo of a screen (coloured stripes): values may be misread. Ask for the file "
        "or a screenshot, or photograph the paper itself."
    ),
    "motion_blur": N_(
        "The photo is blurred by movement: please check the marked values, or hold the phone still and "
        "photograph the document again."
    ),
    "sex_id_mismatch": N_("The printed sex does not match the ID number."),
    "ocr_unavailable": N_("Reading documents is not available right now; the photo is kept as evidence."),
}
MAX_ROWS_SHOWN = 30


def _cb(value: str) -> str:
    return forms.callback(FLOW, value)


def finding_line(f: dict, _: Translator) -> str:
    label = _(FINDINGS.get(f["code"], f["code"]))
    who = " ".join(str(f[k]) for k in ("name", "cert_no") if f.get(k))
    extra = []
    if f.get("registry_name"):
        extra.append(_("registry: {name}").format(name=f["registry_name"]))
    if f.get("date"):
        extra.append(f["date"])
    if f.get("places"):
        extra.append("、".join(f["places"]))
    if f.get("why"):
        extra.append(id_problem(f.get("id_number") or "", f["why"], _))
    if f.get("row"):
        who = _("row {n}").format(n=f["row"]) + (f" {who}" if who else "")
    elif f.get("rows"):
        who = _("rows {list}").format(list=", ".join(map(str, f["rows"]))) + (f" {who}" if who else "")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return f"{finding_symbol(f['code'])} {html.escape(label)}: {html.escape(who)}{html.escape(tail)}"


def id_problem(number: str, problem: str, _: Translator) -> str:
    """What is wrong with an ID number, in the words of the one ID rule (OCR says "format" for letters)."""
    return _(ID_PROBLEMS.get("characters" if problem == "format" else problem, ID_PROBLEMS["characters"]))


def problem_lines(problems: list[str], _: Translator) -> list[str]:
    out = []
    for problem in problems:
        code, _sep, detail = problem.partition(":")
        if code == "missing":
            out.append(_("Not read: {field}").format(field=_(FIELDS.get(detail, detail))))
        elif code == "invalid_id":
            why = id_problem(detail, check_id_number(detail).problem or "checksum", _)
            text = _("ID number {number} is not valid: {why}")
            out.append(text.format(number=html.escape(detail), why=why))
        elif code == "rows_capped":
            text = _("Only the first {n} rows were read: photograph the rest of the sheet separately.")
            out.append(text.format(n=html.escape(detail)))
        elif code in PROBLEMS:
            out.append(_(PROBLEMS[code]))
    return out


def document_text(document: InspectionDocument, _: Translator) -> str:
    ocr = document.ocr
    fields = effective_fields(ocr.get("fields") or {}, document.corrections)
    lines = [
        _("📄 <b>Evidence #{id}</b>: {kind}").format(
            id=document.id, kind=html.escape(_(DOC_TYPES.get(document.doc_type, document.doc_type)))
        )
    ]
    if document.doc_type in ("certificate", "id_card"):
        doubtful = set(unconfirmed(ocr, document.corrections))
        for key in CARD_FIELDS:
            if fields.get(key):
                value = html.escape(_shown(fields[key]))
                if key in document.corrections:
                    read = _shown((ocr.get("fields") or {}).get(key)) or "—"
                    value += " " + _("(corrected; read: {read})").format(read=html.escape(read))
                elif key in doubtful:
                    value += " " + _("(❓ not sure of this reading)")
                lines.append(f"{html.escape(_(FIELDS[key]))}: {value}")
    elif document.doc_type in TABLES:
        if fields.get("date"):
            lines.append(f"{html.escape(_(FIELDS['date']))}: {html.escape(str(fields['date']))}")
        rows = ocr.get("rows") or []
        lines.append(_("{n} rows read:").format(n=len(rows)))
        for index, row in enumerate(rows[:MAX_ROWS_SHOWN], start=1):
            parts = [str(index) + ".", row.get("name") or "?"]
            if row.get("id_number"):
                parts.append(row["id_number"])
            if "signed" in row:
                parts.append("✍️" if row["signed"] else _("not signed"))
            if row.get("score") not in (None, ""):
                parts.append(str(row["score"]))
            lines.append(html.escape(" ".join(parts)))
    elif fields.get("title"):
        lines.append(f"{html.escape(_(FIELDS['title']))}: {html.escape(str(fields['title']))}")
    lines += problem_lines(ocr.get("problems") or [], _)
    if document.findings:
        lines.append(_("<b>Findings</b>:"))
        lines += [finding_line(f, _) for f in document.findings]
    elif document.doc_type in ("certificate", *TABLES):
        lines.append(_("✅ No findings against the registry."))
    return "\n".join(lines)


def _shown(value: object) -> str:
    """A field's value for people: a list (the 复审 dates) as one line."""
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return "" if value is None else str(value)


def _fix_buttons(document: InspectionDocument, fields: list[str] | tuple[str, ...], _: Translator) -> list:
    fixes = [(_("✏️ {field}").format(field=_(FIELDS[f])), _cb(f"fix:{document.id}:{f}")) for f in fields]
    return [fixes[i : i + 3] for i in range(0, len(fixes), 3)]


def uncertain_question(document: InspectionDocument, _: Translator) -> tuple[str, object] | None:
    """The question about the fields OCR was not sure of and nobody has checked yet, with a button to
    correct each and one to confirm them all as read; None when there is nothing to ask."""
    pending = [f for f in unconfirmed(document.ocr, document.corrections) if f in FIELDS]
    if not pending:
        return None
    values = effective_fields(document.ocr.get("fields") or {}, document.corrections)
    listed = "\n".join(
        f"• {html.escape(_(FIELDS[f]))}: {html.escape(_shown(values.get(f)) or '—')}" for f in pending
    )
    text = _(
        "❓ I am not sure I read these fields of document {id} right. Please compare them with the "
        "document and correct any that is wrong:"
    ).format(id=document.id)
    rows = _fix_buttons(document, pending, _)
    rows.append([(_("✅ All right as read"), _cb(f"ok:{document.id}"))])
    return f"{text}\n{listed}", buttons(rows)


def document_buttons(document: InspectionDocument, _: Translator):
    rows: list[list[tuple[str, str]]] = []
    if document.doc_type == "certificate":
        fields = printed_fields(document.ocr.get("fields") or {})
        fixes = [(_("✏️ {field}").format(field=_(FIELDS[f])), _cb(f"fix:{document.id}:{f}")) for f in fields]
        rows += [fixes[i : i + 3] for i in range(0, len(fixes), 3)]
    elif document.doc_type in TABLES:
        rows.append([(_("✏️ {field}").format(field=_(FIELDS["date"])), _cb(f"fix:{document.id}:date"))])
    rows.append([(_("🏁 Close the inspection"), _cb("close"))])
    return buttons(rows)


def summary_text(inspection: Inspection, documents: int, _: Translator) -> str:
    lines = [
        _("🔎 <b>Inspection of {name}</b> (#{id})").format(
            name=html.escape(inspection.subject_name), id=inspection.id
        ),
        _("Documents: {n} · findings: {f}").format(n=documents, f=len(inspection.findings)),
    ]
    if inspection.latitude is None:
        lines.append(_("No location yet: share it with the button below the text field."))
    lines.append(
        _(
            "Send photos of certificates, sign-in sheets, rosters and exam records, one per photo. Each is "
            "kept as evidence, read and checked against the registry."
        )
    )
    return "\n".join(lines)


def location_keyboard(_: Translator) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [[KeyboardButton(_("📍 Share my location"), request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
