"""A sign-in sheet whose signatures are one image pasted down the rows (the faked-attendance pattern of the
seed notices), photographed by an inspector in the bot: the reply names the rows and people concerned, and
closing the inspection files a "to act" case whose findings, and signed evidence package, carry it."""

from __future__ import annotations

import io
import json
import random
import zipfile

import pytest

from cases.evidence.keys import load_public_keys
from cases.evidence.verify import verify_package
from models.cases import Case
from models.inspections import Inspection
from models.orgs import TrainingInstitution
from ocr import shutdown_pool, synthetic
from ocr import synthetic_sheets as sheets
from tests.e2e.chat import button_data
from tests.e2e.test_inspection_flow import onboard_inspector

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not synthetic.fonts_available(), reason="fonts-noto-cjk is installed by the setup"),
]

PAGE = synthetic.PhotoOptions(
    long_side=2800, rotation=-2.0, perspective=0.02, fill=0.85, blur=0.5, jpeg_quality=85, landscape=False
)
COPIED = [1, 3, 4]  # rows 2, 4 and 5 carry the same signature image


@pytest.fixture(autouse=True)
def _stop_ocr_workers():
    yield
    shutdown_pool(wait=True)


def copied_signature_sheet() -> tuple[bytes, sheets.RenderedSheet]:
    rng = random.Random("e2e-copied-signatures")
    rows = sheets.sheet_rows(rng, 6, date="2026-11-30")
    sheet = sheets.render_sheet("sign_in", rows, rng, date="2026-11-30", copied=COPIED)
    photo = synthetic.photograph(sheet.image, PAGE, rng)
    return synthetic.encode_jpeg(photo, PAGE.jpeg_quality), sheet


async def test_a_sheet_with_copied_signatures_is_flagged_and_filed(bot_app, sim, database, settings) -> None:
    await TrainingInstitution.create(name="石家庄某某安全培训学校", division_code="130102")
    jpeg, sheet = copied_signature_sheet()
    copied_names = [sheet.rows[i].person.name for i in COPIED]

    chat = await onboard_inspector(sim, 9301)
    await chat.press("f:inspect:type:training_institution", expect="unified social credit code")
    found = await chat.send("安全培训", expect="Which one?")
    pick = next(d for d in button_data(found) if d.startswith("f:inspect:pick:"))
    await chat.press(pick, expect="Inspection of 石家庄某某安全培训学校")

    answer = await chat.send_photo(jpeg, expect="Evidence #", timeout=90)
    text = answer["text"]
    assert "sign-in sheet" in text and "6 rows read" in text
    flagged = [line for line in text.splitlines() if "the same signature image on several rows" in line]
    assert len(flagged) == 1, text
    assert "rows 2, 4, 5" in flagged[0] and "、".join(copied_names) in flagged[0]
    # The people who signed themselves are not named in it.
    others = [r.person.name for k, r in enumerate(sheet.rows) if k not in COPIED]
    assert not any(name in flagged[0] for name in others)

    await chat.press("f:inspect:close", expect="file it with the regulator")
    closed = await chat.press("f:inspect:close2", expect="closed and filed as case #", timeout=30)
    assert "to act" in closed["text"] and "the same signature image on several rows" in closed["text"]
    package_message = await chat.expect("evidence package")

    inspection = await Inspection.get(subject_name="石家庄某某安全培训学校")
    case = await Case.get(id=inspection.case_id)
    assert case.category == "to_act"
    duplicates = [f for f in case.details["findings"] if f["code"] == "duplicate_signatures"]
    assert [(f["rows"], f["names"]) for f in duplicates] == [([2, 4, 5], copied_names)]

    package = await sim.download(package_message["document"]["url"])
    assert verify_package(package, load_public_keys(settings.keys_dir)).ok
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert any(f["code"] == "duplicate_signatures" for f in manifest["findings"])
