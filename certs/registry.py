"""A plain copy of one registry row, and the lookups verification needs.

Verdict rules, the web page and the bot all work on `RegistryRecord`, a frozen dataclass, so the rules
stay plain functions testable without a database and nobody holds a live ORM object across an await.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from certs.masking import mask_cert_no, mask_id, mask_name
from certs.payload import ID_MARK, CertFields, PayloadFields


@dataclass(frozen=True, slots=True)
class RegistryRecord:
    cert_no: str
    cert_type: str
    name: str
    id_number: str
    status: str
    sex: str | None = None
    category: str | None = None
    item: str | None = None
    first_issued: date | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    review_due: date | None = None
    issuer: str | None = None
    issuer_division: str | None = None
    status_reason: str | None = None
    record_id: int | None = None
    exam_site_code: str | None = None
    # The exam site's standing when it is not in good standing (filled by `with_site`): its name, status
    # (suspended | cancelled) and the day that status took effect (None: not recorded).
    site_name: str | None = None
    site_status: str | None = None
    site_status_since: date | None = None

    @classmethod
    def from_model(cls, cert: object) -> RegistryRecord:
        """From a `models.certificates.Certificate` (duck-typed, so this module needs no ORM import)."""
        return cls(
            cert_no=cert.cert_no,
            cert_type=cert.cert_type,
            name=cert.name,
            id_number=cert.id_number,
            status=cert.status,
            sex=cert.sex,
            category=cert.category,
            item=cert.item,
            first_issued=cert.first_issued,
            valid_from=cert.valid_from,
            valid_to=cert.valid_to,
            review_due=cert.review_due,
            issuer=cert.issuer,
            issuer_division=cert.issuer_division,
            status_reason=cert.status_reason,
            record_id=cert.id,
            exam_site_code=getattr(cert, "exam_site_code", None),
        )

    def cert_fields(self) -> CertFields:
        """What to sign for this certificate's QR."""
        return CertFields(
            cert_no=self.cert_no,
            cert_type=self.cert_type,
            name=self.name,
            id_number=self.id_number,
            category=self.category,
            item=self.item,
            valid_to=self.valid_to,
            issuer_division=self.issuer_division,
            record_id=self.record_id,
        )

    @property
    def masked_name(self) -> str:
        return mask_name(self.name)

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)

    @property
    def masked_cert_no(self) -> str:
        return mask_cert_no(self.cert_no)


# The columns a RegistryRecord needs, read with one hand-written statement: the public page and the bot look
# a certificate up on every scan, and building a full ORM object for it was most of the lookup's cost.
_COLUMNS = (
    "id", "cert_no", "cert_type", "name", "id_number", "status", "sex", "category", "item", "first_issued",
    "valid_from", "valid_to", "review_due", "issuer", "issuer_division", "status_reason", "exam_site_code",
)  # fmt: skip
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in _COLUMNS) + ' FROM "certificates"'  # nosec B608
_BY_CERT_NO = _SELECT + ' WHERE "cert_no" IN (?, ?)'

_BY_ID = _SELECT + ' WHERE "id" = ?'


def _record(row: dict) -> RegistryRecord:
    """A row as the ORM would have decoded it (dates arrive as text from SQLite)."""
    from models.certificates import Certificate

    fields_map = Certificate._meta.fields_map
    values = {c: fields_map[c].to_python_value(row[c]) for c in _COLUMNS}
    values["record_id"] = values.pop("id")
    return RegistryRecord(**values)


_SITE = (
    'SELECT "name", "status", "status_since" FROM "subjects" WHERE "credit_code" = ? AND "status" <> ?'
)


async def with_site(record: RegistryRecord | None) -> RegistryRecord | None:
    """The record with its exam site's standing, when the site's subject file shows its qualification
    suspended or cancelled; unchanged otherwise (no site given, no file, or active). One indexed read, and
    only for certificates that name a site."""
    if record is None or not record.exam_site_code:
        return record
    from foundation import hot_sql
    from models.subjects import Subject

    rows = await hot_sql.fetch(_SITE, (record.exam_site_code, "active"))
    if not rows:
        return record
    since = Subject._meta.fields_map["status_since"].to_python_value(rows[0]["status_since"])
    return replace(record, site_name=rows[0]["name"], site_status=rows[0]["status"], site_status_since=since)


async def find_by_cert_no(cert_no: str) -> RegistryRecord | None:
    """The row with this number, upper-case first (numbers are stored upper-case), else as typed."""
    from foundation import hot_sql

    upper, typed = cert_no.strip().upper(), cert_no.strip()
    rows = await hot_sql.fetch(_BY_CERT_NO, (upper, typed))
    if not rows:
        return None
    row = next((r for r in rows if r["cert_no"] == upper), rows[0])
    return _record(row)


async def find_for_payload(fields: PayloadFields) -> RegistryRecord | None:
    """The registry row a verified payload refers to, or None.

    A plain certificate number is looked up directly (unique). A number written with `#` (it embeds the
    holder's ID number, which payloads never carry) is found through the record-id hint when present,
    else by name and the ID number's last four characters; in both cases the candidate's own ID number
    must rebuild the number. The row is returned even when other fields disagree: the verdict reports
    that as payload_mismatch.
    """
    from models.certificates import Certificate

    if ID_MARK not in fields.cert_no:
        return await find_by_cert_no(fields.cert_no)
    if fields.record_id is not None:
        from foundation import hot_sql

        rows = await hot_sql.fetch(_BY_ID, (fields.record_id,))
        if rows and fields.cert_no_matches(rows[0]["cert_no"], rows[0]["id_number"]):
            return _record(rows[0])
    name_filter = {"name__startswith" if fields.name_truncated else "name": fields.name}
    query = Certificate.filter(**name_filter)
    if fields.id_last4:
        query = query.filter(id_number__endswith=fields.id_last4.upper())
    for cert in await query.limit(50):
        if fields.cert_no_matches(cert.cert_no, cert.id_number):
            return RegistryRecord.from_model(cert)
    return None
