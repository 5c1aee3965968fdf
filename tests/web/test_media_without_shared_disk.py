"""Two servers that share the database and an S3-compatible bucket but no disk: what one stored (an
inspection's photos) the other serves to staff and packs into the same signed evidence package."""

from __future__ import annotations

import dataclasses
import io
import shutil

from PIL import Image

from cases import inspections
from cases.evidence.keys import load_public_keys
from cases.evidence.verify import verify_package
from foundation.media import media_store
from ocr.documents import DocumentResult
from tests.cases.test_inspections import _inspection
from tests.conftest import S3_BUCKET
from tests.web.conftest import login, make_staff


async def test_evidence_stored_by_one_node_is_served_by_another(
    database, web_settings, make_client, s3_endpoint, tmp_path
) -> None:
    s3 = {
        "media_store": "s3",
        "s3_bucket": S3_BUCKET,
        "s3_prefix": f"{tmp_path.name}/",
        "s3_endpoint_url": s3_endpoint,
    }
    node_a = dataclasses.replace(web_settings, data_dir=tmp_path / "node-a", **s3)
    node_b = dataclasses.replace(web_settings, data_dir=tmp_path / "node-b", **s3)
    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo, "JPEG")
    inspector, inspection = await _inspection(tg_id=7801)
    read = DocumentResult("other", {"title": "签到表"})
    await inspections.add_document(inspection, inspector, photo.getvalue(), read, media_store(node_a))
    closed = await inspections.close(inspection, media_store(node_a), node_a.keys_dir)
    assert not (node_a.data_dir / "media").exists(), "nothing went to node A's disk"
    shutil.copytree(node_a.keys_dir, node_b.keys_dir)  # keys are distributed to every node (README)

    client = await make_client(node_b)
    await make_staff("sjz.s3", "handler", "130100")
    await login(client, "sjz.s3")
    package = await (await client.get(f"/admin/cases/{closed.case.id}/evidence.zip")).read()
    report = verify_package(package, load_public_keys(node_a.keys_dir))
    assert report.ok and report.manifest_sha256 == closed.inspection.package_sha256
    attachment = (await closed.case.attachments.all())[0]
    shown = await client.get(f"/admin/cases/{closed.case.id}/files/{attachment.id}")
    assert shown.status == 200 and (await shown.read())[:2] == b"\xff\xd8"
