"""An inspection case in the back office: its findings on the page, its signed evidence package rebuilt
identically for download (and the download in the audit trail), its photos as metadata-free copies, and
nothing of it for another city's staff."""

from __future__ import annotations

import pytest

from cases import inspections
from cases.evidence.keys import load_public_keys
from cases.evidence.verify import verify_package
from foundation import clock
from foundation.media import MediaStore
from models.cases import Case, CaseEvent
from ocr.documents import DocumentResult
from tests.cases.test_inspections import _inspection, jpeg
from tests.notices.test_notices import make_certs
from tests.web.conftest import login, make_staff


async def test_closing_files_a_case_and_the_back_office_serves_the_package(
    database, client, other_client, web_settings
) -> None:
    await make_certs(clock.today())
    media = MediaStore(web_settings.media_dir)
    inspector, inspection = await _inspection()
    with pytest.raises(inspections.InspectionError):
        await inspections.close(inspection, media, web_settings.keys_dir)
    expired = DocumentResult("certificate", {"cert_no": "T130102198505051111", "name": "赵铁柱"})
    await inspections.add_document(inspection, inspector, jpeg(), expired, media)
    closed = await inspections.close(inspection, media, web_settings.keys_dir)
    case = await Case.get(id=closed.case.id)
    assert case.kind == "inspection" and case.category == "to_act" and case.priority == 2
    assert (
        case.division_code == "130102" and case.details["manifest_sha256"] == closed.inspection.package_sha256
    )
    assert await CaseEvent.filter(case_id=case.id, action="evidence_sealed").count() == 1
    with pytest.raises(inspections.InspectionError):
        await inspections.add_document(closed.inspection, inspector, jpeg(), expired, media)

    await make_staff("sjz", "handler", "130100")
    await make_staff("tangshan", "handler", "130200")
    await login(client, "sjz")
    page = await (await client.get(f"/admin/cases/{case.id}")).text()
    assert "赵铁柱" in page and "T130102198505051111" in page and closed.inspection.package_sha256 in page
    response = await client.get(f"/admin/cases/{case.id}/evidence.zip")
    assert response.status == 200 and response.content_type == "application/zip"
    report = verify_package(await response.read(), load_public_keys(web_settings.keys_dir))
    assert report.ok and report.manifest_sha256 == closed.inspection.package_sha256, "rebuilt identically"
    assert await CaseEvent.filter(case_id=case.id, action="evidence_exported").count() == 1
    photo = await client.get(f"/admin/cases/{case.id}/files/{(await case.attachments.all())[0].id}")
    assert photo.status == 200, "staff see the metadata-free copy of an inspection photo"

    await login(other_client, "tangshan")
    assert (await other_client.get(f"/admin/cases/{case.id}/evidence.zip")).status == 404
