"""Inspections as a service: starting one at a place, taking in photographed documents as evidence with
what OCR read from them, correcting misread fields, cross-checking against the registry, closing it into
the case queue and exporting the evidence as a signed package.

Plain functions over the models (no Telegram): the bot's /inspect flow, the back office and the CLI share
them. OCR is not run here: callers pass the DocumentResult (the bot gets it from the process pool).
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from cases import audit, service
from cases.inspection_checks import (
    CONFIRMED,
    SignInElsewhere,
    certificate_findings,
    effective_fields,
    needs_action,
    table_findings,
)
from certs.registry import RegistryRecord, find_by_cert_no, with_site
from foundation import clock
from foundation.media import Store, keep
from models.attachments import Attachment
from models.cases import Case
from models.certificates import Certificate
from models.inspections import Inspection, InspectionDocument, SignIn
from models.orgs import Enterprise, ExamSite, TrainingInstitution
from models.users import User
from ocr.dates import find_dates, normalize_date
from ocr.documents import TABLE_TYPES, DocumentResult
from ocr.idnumbers import check_id_number

SUBJECT_MODELS = {
    "enterprise": Enterprise,
    "training_institution": TrainingInstitution,
    "exam_site": ExamSite,
}


class InspectionError(ValueError):
    """An action the inspection's state does not allow; the code says which (for a localized answer)."""


@dataclass(frozen=True)
class Place:
    subject_type: str
    id: int
    name: str
    credit_code: str | None
    division_code: str | None

    @property
    def key(self) -> str:
        return f"uscc:{self.credit_code}" if self.credit_code else f"{self.subject_type}:{self.id}"


def _place(subject_type: str, row: Any) -> Place:
    return Place(subject_type, row.id, row.name, getattr(row, "credit_code", None), row.division_code)


async def find_places(subject_type: str, query: str, limit: int = 6) -> list[Place]:
    """Places of this type whose credit code is `query`, or whose name contains it."""
    model = SUBJECT_MODELS[subject_type]
    text = query.strip()
    if not text:
        return []
    if subject_type != "exam_site" and len(text) == 18:
        exact = await model.filter(credit_code=text.upper()).first()
        if exact is not None:
            return [_place(subject_type, exact)]
    rows = await model.filter(name__icontains=text).order_by("name").limit(limit)
    return [_place(subject_type, r) for r in rows]


async def create_place(
    subject_type: str, name: str, division_code: str | None, credit_code: str | None = None
) -> Place:
    model = SUBJECT_MODELS[subject_type]
    values: dict[str, Any] = {"name": name.strip()[:200], "division_code": division_code}
    if subject_type != "exam_site" and credit_code:
        existing = await model.get_or_none(credit_code=credit_code)
        if existing is not None:
            return _place(subject_type, existing)
        values["credit_code"] = credit_code
    return _place(subject_type, await model.create(**values))


async def get_place(subject_type: str, place_id: int) -> Place | None:
    row = await SUBJECT_MODELS[subject_type].get_or_none(id=place_id)
    return _place(subject_type, row) if row else None


async def open_inspection_of(inspector: User) -> Inspection | None:
    return await Inspection.filter(inspector=inspector, closed_at__isnull=True).order_by("-id").first()


async def start(
    inspector: User, place: Place, latitude: float | None = None, longitude: float | None = None
) -> Inspection:
    """Opens an inspection of `place`; an inspector has one open inspection at a time."""
    if await open_inspection_of(inspector) is not None:
        raise InspectionError("already_open")
    return await Inspection.create(
        inspector=inspector,
        subject_type=place.subject_type,
        subject_id=place.id,
        subject_name=place.name,
        subject_key=place.key,
        credit_code=place.credit_code,
        division_code=place.division_code or inspector.division_code,
        latitude=latitude,
        longitude=longitude,
    )


async def set_location(inspection: Inspection, latitude: float, longitude: float) -> None:
    await Inspection.filter(id=inspection.id).update(latitude=latitude, longitude=longitude)
    inspection.latitude, inspection.longitude = latitude, longitude


# --------------------------------------------------------------------------- documents and findings


async def _certificates_by_id(numbers: list[str]) -> dict[str, list[RegistryRecord]]:
    found: dict[str, list[RegistryRecord]] = {n: [] for n in numbers}
    for cert in await Certificate.filter(id_number__in=numbers):
        found.setdefault(cert.id_number, []).append(RegistryRecord.from_model(cert))
    return found


def _valid_ids(rows: list[dict]) -> list[str]:
    out = []
    for row in rows:
        if row.get("id_number"):
            check = check_id_number(row["id_number"])
            if check.valid:
                out.append(check.number)
    return out


def _row_dates(rows: list[dict], sheet_date: str | None) -> list[dict]:
    """Rows with their sign-in day: the row's own date, else the sheet's."""
    return [{**r, "date": r.get("date") or sheet_date} for r in rows]


async def _findings_for(document: InspectionDocument, inspection: Inspection, today: date) -> list[dict]:
    fields = effective_fields(document.ocr.get("fields") or {}, document.corrections)
    if document.doc_type == "certificate":
        cert_no = (fields.get("cert_no") or "").strip()
        record = await with_site(await find_by_cert_no(cert_no)) if cert_no else None
        return certificate_findings(fields, record, today)
    if document.doc_type not in TABLE_TYPES:
        return []
    rows = _row_dates(document.ocr.get("rows") or [], fields.get("date"))
    numbers = _valid_ids(rows)
    elsewhere: list[SignInElsewhere] = []
    if document.doc_type == "sign_in_sheet" and numbers:
        others = await SignIn.filter(id_number__in=numbers).exclude(subject_key=inspection.subject_key)
        elsewhere = [SignInElsewhere(s.id_number, s.day, s.subject_name) for s in others]
    return table_findings(
        document.doc_type,
        rows,
        await _certificates_by_id(numbers),
        elsewhere,
        sheet_category=fields.get("category"),
    )


async def _record_sign_ins(document: InspectionDocument, inspection: Inspection) -> None:
    if document.doc_type != "sign_in_sheet":
        return
    fields = effective_fields(document.ocr.get("fields") or {}, document.corrections)
    await SignIn.filter(document=document).delete()
    for row in _row_dates(document.ocr.get("rows") or [], fields.get("date")):
        check = check_id_number(row.get("id_number") or "")
        if check.valid and row.get("date"):
            await SignIn.create(
                id_number=check.number,
                name=(row.get("name") or "")[:64],
                day=row["date"],
                subject_key=inspection.subject_key or f"inspection:{inspection.id}",
                subject_name=inspection.subject_name,
                inspection=inspection,
                document=document,
            )


async def _refresh_summary(inspection: Inspection) -> None:
    documents = await InspectionDocument.filter(inspection=inspection).order_by("id")
    summary = [{**f, "document": d.id} for d in documents for f in d.findings]
    await Inspection.filter(id=inspection.id).update(findings=summary)
    inspection.findings = summary


def _ocr_record(result: DocumentResult) -> dict[str, Any]:
    return {
        "fields": result.fields,
        "rows": result.rows,
        "problems": result.problems,
        "uncertain": list(getattr(result, "uncertain", [])),
        "ms": round(result.ms),
        "lines": [line.to_json() for line in result.lines],
    }


async def add_document(
    inspection: Inspection,
    inspector: User,
    data: bytes,
    result: DocumentResult,
    media: Store,
    *,
    kind: str = "photo",
    mime_type: str | None = "image/jpeg",
    file_name: str | None = None,
    delivery_key: str | None = None,
    today: date | None = None,
) -> InspectionDocument:
    """Keeps the original as evidence (bytes, SHA-256, time, inspector, place) with what OCR read and the
    findings. The same chat message delivered again returns the document it already made."""
    if inspection.closed_at is not None:
        raise InspectionError("closed")
    if delivery_key:
        existing = await InspectionDocument.get_or_none(delivery_key=delivery_key)
        if existing is not None:
            return existing
    # Staff pages show a metadata-free copy; the original stays as it came, for the package and the custodian.
    sha256, redacted_sha256 = await asyncio.to_thread(
        keep, media, data, (mime_type or "").startswith("image/")
    )
    try:
        async with in_transaction():
            attachment = await Attachment.create(
                sha256=sha256,
                redacted_sha256=redacted_sha256,
                size=len(data),
                mime_type=mime_type,
                kind=kind,
                file_name=file_name,
                inspection=inspection,
                latitude=inspection.latitude,
                longitude=inspection.longitude,
            )
            document = await InspectionDocument.create(
                inspection=inspection,
                attachment=attachment,
                inspector=inspector,
                doc_type=result.doc_type,
                ocr=_ocr_record(result),
                delivery_key=delivery_key,
            )
            document.findings = await _findings_for(document, inspection, today or clock.today())
            await document.save(update_fields=["findings"])
            await _record_sign_ins(document, inspection)
    except IntegrityError:
        if delivery_key:  # a concurrent delivery of the same message won
            return await InspectionDocument.get(delivery_key=delivery_key)
        raise
    await _refresh_summary(inspection)
    return document


def clean_correction(field: str, value: str) -> Any:
    """The typed value in the registry's format; raises InspectionError("bad_value") when it cannot be."""
    value = " ".join(value.split())
    if not value or len(value) > 120:
        raise InspectionError("bad_value")
    if field in ("valid_to", "valid_from", "first_issued", "date"):
        normalized = normalize_date(value)
        if normalized is None:
            raise InspectionError("bad_value")
        return normalized
    if field == "reviews":  # the 复审 dates on a card's back, typed in one line
        dates = find_dates(value, compact=True)
        if not dates:
            raise InspectionError("bad_value")
        return dates
    if field == "sex":
        if value not in ("男", "女"):
            raise InspectionError("bad_value")
        return value
    if field == "cert_no":
        return value.replace(" ", "").upper()
    if field == "id_number":
        check = check_id_number(value)
        if not check.valid:
            raise InspectionError("bad_value")
        return check.number
    return value


async def correct(
    document: InspectionDocument, field: str, value: str, today: date | None = None
) -> InspectionDocument:
    """Keeps the inspector's value beside the OCR one and checks the document again."""
    inspection = await Inspection.get(id=document.inspection_id)
    if inspection.closed_at is not None:
        raise InspectionError("closed")
    document.corrections = {**document.corrections, field: clean_correction(field, value)}
    document.findings = await _findings_for(document, inspection, today or clock.today())
    await document.save(update_fields=["corrections", "findings"])
    await _record_sign_ins(document, inspection)
    await _refresh_summary(inspection)
    return document


async def confirm(document: InspectionDocument, fields: list[str]) -> InspectionDocument:
    """Records that the inspector checked these fields against the document and found them right as read
    (kept beside the reading, like a correction; the findings do not change)."""
    inspection = await Inspection.get(id=document.inspection_id)
    if inspection.closed_at is not None:
        raise InspectionError("closed")
    done = list(document.corrections.get(CONFIRMED) or [])
    done += [f for f in fields if f not in done]
    document.corrections = {**document.corrections, CONFIRMED: done}
    await document.save(update_fields=["corrections"])
    return document


# --------------------------------------------------------------------------- closing and evidence


def _location(inspection: Inspection) -> dict[str, float] | None:
    if inspection.latitude is None:
        return None
    return {"latitude": inspection.latitude, "longitude": inspection.longitude}


def _manifest_meta(inspection: Inspection, inspector: User) -> dict[str, Any]:
    return {
        "inspection": inspection.id,
        "subject_type": inspection.subject_type,
        "subject": inspection.subject_name,
        "credit_code": inspection.credit_code,
        "division_code": inspection.division_code,
        "inspector": f"inspector:{inspector.id}",
        "inspector_division": inspector.division_code,
        "started_at": inspection.started_at.isoformat(),
        "closed_at": inspection.closed_at.isoformat() if inspection.closed_at else None,
        "location": _location(inspection),
    }


async def evidence_files(inspection: Inspection, media: Store) -> list[Any]:
    from cases.evidence.contents import EvidenceFile

    files = []
    documents = await InspectionDocument.filter(inspection=inspection).prefetch_related("attachment")
    for document in sorted(documents, key=lambda d: d.id):
        attachment = document.attachment
        files.append(
            EvidenceFile(
                sha256=attachment.sha256,
                data=await asyncio.to_thread(media.get, attachment.sha256),
                received_at=attachment.received_at.astimezone(UTC),
                inspector=f"inspector:{document.inspector_id}",
                latitude=attachment.latitude,
                longitude=attachment.longitude,
                mime_type=attachment.mime_type,
                doc_type=document.doc_type,
                ocr={k: v for k, v in document.ocr.items() if k != "lines"},
                corrections=document.corrections,
                findings=document.findings,
            )
        )
    return files


async def export_package(inspection: Inspection, media: Store, keys_dir: Path) -> bytes:
    """The signed ZIP of originals, manifest and findings (see cases/evidence/)."""
    from cases.evidence.build import build_package
    from cases.evidence.keys import evidence_key

    inspector = await User.get(id=inspection.inspector_id)
    return build_package(
        _manifest_meta(inspection, inspector),
        await evidence_files(inspection, media),
        inspection.findings,
        evidence_key(keys_dir),
        created_at=inspection.closed_at,
    )


def manifest_sha256(package: bytes) -> str:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return hashlib.sha256(archive.read("manifest.json")).hexdigest()


@dataclass
class Closed:
    inspection: Inspection
    case: Case
    package: bytes


async def close(inspection: Inspection, media: Store, keys_dir: Path, at: datetime | None = None) -> Closed:
    """Files the inspection as a case in the inspector's jurisdiction with all evidence and findings;
    with findings it is marked "to act". Closing twice returns the first closing."""
    at = at or clock.now()
    inspector = await User.get(id=inspection.inspector_id)
    if inspection.closed_at is not None and inspection.case_id is not None:
        case = await Case.get(id=inspection.case_id)
        return Closed(inspection, case, await export_package(inspection, media, keys_dir))
    documents = await InspectionDocument.filter(inspection=inspection).order_by("id")
    if not documents:
        raise InspectionError("empty")
    await _refresh_summary(inspection)
    to_act = needs_action(inspection.findings)
    counts: dict[str, int] = {}
    for d in documents:
        counts[d.doc_type] = counts.get(d.doc_type, 0) + 1
    async with in_transaction():
        taken = await Inspection.filter(id=inspection.id, closed_at__isnull=True).update(closed_at=at)
        if not taken:  # another process closed it a moment ago
            fresh = await Inspection.get(id=inspection.id)
            return await close(fresh, media, keys_dir, at)
        inspection.closed_at = at
        case = await service.open_case(
            "inspection",
            inspection.subject_name,
            inspector.division_code or inspection.division_code,
            category="to_act" if to_act else "no_findings",
            priority=2 if to_act else 4,
            details={
                "inspection_id": inspection.id,
                "subject_type": inspection.subject_type,
                "credit_code": inspection.credit_code,
                "place_division": inspection.division_code,
                "to_act": to_act,
                "findings": inspection.findings,
                "documents": counts,
                "location": _location(inspection),
            },
            subject_key=inspection.subject_key,
            actor=f"inspector:{inspector.id}",
            at=at,
        )
        await Attachment.filter(inspection=inspection).update(case_id=case.id)
        package = await export_package(inspection, media, keys_dir)
        digest = manifest_sha256(package)
        await Inspection.filter(id=inspection.id).update(case_id=case.id, package_sha256=digest)
        inspection.case_id, inspection.package_sha256 = case.id, digest
        case.details = {**case.details, "manifest_sha256": digest}
        await case.save(update_fields=["details"])
        await audit.append(
            case, f"inspector:{inspector.id}", "evidence_sealed", None, {"manifest_sha256": digest}, at=at
        )
    return Closed(inspection, case, package)
