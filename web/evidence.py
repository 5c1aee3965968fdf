"""Evidence files for signed-in staff, through an authenticated route only.

Photos are served as their EXIF-free copy (`redacted_sha256`): the original, which may carry the place
and the device of the person who took it, stays sealed. Only the custodian may open an original, and that
access is written to the case's audit trail. Files that cannot be redacted (PDF, audio, video) are served
as downloads, never rendered inline.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from cases import audit
from models.attachments import Attachment
from models.staff import StaffRole
from web.auth import require
from web.case_pages import is_image
from web.context import ctx
from web.keys import STAFF
from web.scope import case_in_scope


def _safe_name(name: str | None, fallback: str) -> str:
    cleaned = "".join(c for c in (name or "") if c.isalnum() or c in "._- ")[:80].strip()
    return cleaned or fallback


@require()
async def evidence_file(request: web.Request) -> web.StreamResponse:
    case = await case_in_scope(request, request.match_info["case_id"])
    file_id = request.match_info["file_id"]
    attachment = await Attachment.get_or_none(id=int(file_id), case_id=case.id) if file_id.isdigit() else None
    if attachment is None:
        raise web.HTTPNotFound()
    staff = request[STAFF]
    store = ctx(request).media
    headers = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}
    if request.query.get("original") == "1":
        if staff.role != StaffRole.CUSTODIAN:
            raise web.HTTPForbidden()
        await audit.append(case, staff.username, "original_viewed", None, {"attachment": attachment.id})
        headers["Content-Disposition"] = (
            f'attachment; filename="{_safe_name(attachment.file_name, "evidence")}"'
        )
        return web.Response(
            body=await asyncio.to_thread(store.get, attachment.sha256),
            headers=headers,
            content_type=attachment.mime_type or "application/octet-stream",
        )
    if is_image(attachment):
        if not attachment.redacted_sha256:
            raise web.HTTPNotFound()  # never the original instead
        return web.Response(
            body=await asyncio.to_thread(store.get, attachment.redacted_sha256),
            content_type="image/jpeg",
            headers=headers,
        )
    headers["Content-Disposition"] = (
        f'attachment; filename="{_safe_name(attachment.file_name, f"evidence-{attachment.id}")}"'
    )
    return web.Response(
        body=await asyncio.to_thread(store.get, attachment.sha256),
        headers=headers,
        content_type=attachment.mime_type or "application/octet-stream",
    )


@require()
async def evidence_package(request: web.Request) -> web.StreamResponse:
    """The signed evidence package of an inspection case, rebuilt from what is stored: building is
    deterministic, so its manifest hash must equal the one sealed at closing, which the page shows."""
    from cases.inspections import export_package
    from models.inspections import Inspection

    case = await case_in_scope(request, request.match_info["case_id"])
    inspection = await Inspection.get_or_none(case_id=case.id) if case.kind == "inspection" else None
    if inspection is None:
        raise web.HTTPNotFound()
    package = await export_package(inspection, ctx(request).media, ctx(request).settings.keys_dir)
    actor = request[STAFF].username
    await audit.append(case, actor, "evidence_exported", None, {"inspection": inspection.id})
    return web.Response(
        body=package,
        content_type="application/zip",
        headers={
            "Cache-Control": "private, no-store",
            "Content-Disposition": f'attachment; filename="evidence-inspection-{inspection.id}.zip"',
        },
    )


async def evidence_public_key(request: web.Request) -> web.StreamResponse:
    """The office's evidence public key, for anyone who received a package (a court, an enterprise) and
    checks it by hand as its README.txt describes: public on purpose, it proves nothing by itself."""
    from cases.evidence.keys import public_key_pem

    pem = await asyncio.to_thread(public_key_pem, ctx(request).settings.keys_dir)
    return web.Response(
        body=pem,
        content_type="application/x-pem-file",
        headers={"Content-Disposition": 'attachment; filename="public-key.pem"', "Cache-Control": "no-cache"},
    )
