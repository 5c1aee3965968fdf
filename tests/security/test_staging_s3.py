"""The waiting room with MEDIA_STORE=s3: a draft whose photo was sent to node A is filed on node B (no
sticky sessions, no shared disk); the photo reaches the evidence store only then, and no node's disk."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil

from foundation.media import media_store
from models.attachments import Attachment
from tests.conftest import S3_BUCKET
from tests.e2e.chat import jpeg_bytes
from tests.web.test_public_report import GOOD, confirm, draft_of, form, start


async def test_draft_staged_on_one_node_is_filed_on_another(
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
    client_a = await make_client(node_a)
    shutil.copytree(node_a.keys_dir, node_b.keys_dir)  # keys are distributed to every node (README)
    client_b = await make_client(node_b)
    draft = await start(client_a)
    photo = jpeg_bytes(color=(1, 2, 3))
    summary = await client_a.post("/report", data=form(draft, GOOD, [("a.jpg", photo, "image/jpeg")]))
    assert summary.status == 200
    store = media_store(node_a)
    digest = hashlib.sha256(photo).hexdigest()
    assert not store.exists(digest), "not in the evidence store before the tip is filed"
    receipt = await confirm(client_b, draft_of(await summary.text()))
    assert receipt.status == 200
    attachment = await Attachment.get()
    assert attachment.sha256 == digest and store.exists(digest) and store.exists(attachment.redacted_sha256)
    assert not (node_a.data_dir / "incoming").exists() and not (node_b.data_dir / "media").exists()
