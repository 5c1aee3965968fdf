"""Inspections end to end: an inspector onboards with a code, inspects an enterprise, photographs three
certificates (expired, a name that does not match the registry, unknown), a sign-in sheet and a training
roster; OCR runs in the worker pool; the findings come back in the replies; a misread field is corrected
beside the OCR value; closing files a "to act" case with the evidence, whose signed package verifies."""

from __future__ import annotations

import asyncio
import io
import random
import zipfile
from datetime import date

import numpy as np
import pytest
from PIL import Image

from bot.cli import main as cli_main
from cases.evidence.keys import load_public_keys, public_key_pem
from cases.evidence.verify import verify_package
from cases.invites import create_invite
from foundation import clock
from models.attachments import Attachment
from models.cases import Case
from models.certificates import Certificate
from models.inspections import Inspection, InspectionDocument, SignIn
from models.orgs import Enterprise
from ocr import shutdown_pool, synthetic
from tests.e2e.chat import Chat, button_data
from tests.notices.test_notices import make_certs

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not synthetic.fonts_available(), reason="fonts-noto-cjk is installed by the setup"),
]

PHOTO = synthetic.PhotoOptions(long_side=2000, rotation=3.0, perspective=0.02, jpeg_quality=88)
PAGE = synthetic.PhotoOptions(long_side=2600, rotation=2.0, perspective=0.02, fill=0.85, landscape=False)


@pytest.fixture(autouse=True)
def _stop_ocr_workers():
    yield
    shutdown_pool(wait=True)


def card_photo(truth: synthetic.CertificateTruth, seed: str) -> bytes:
    rng = random.Random(seed)
    card = synthetic.render_certificate(truth, rng, stamp=True, date_style="dash")
    return synthetic.encode_jpeg(synthetic.photograph(card.image, PHOTO, rng), PHOTO.jpeg_quality)


def page_photo(kind: str, rows: list[synthetic.TableRowTruth], seed: str) -> bytes:
    rng = random.Random(seed)
    table = synthetic.render_table(kind, rows, rng, date="2026-11-30")
    return synthetic.encode_jpeg(synthetic.photograph(table.image, PAGE, rng), 88)


async def truth_from_registry(cert_no: str, **override: str) -> synthetic.CertificateTruth:
    cert = await Certificate.get(cert_no=cert_no)
    values = {
        "cert_no": cert.cert_no,
        "name": cert.name,
        "sex": cert.sex,
        "category": cert.category,
        "item": cert.item,
        "first_issued": cert.first_issued.isoformat(),
        "valid_from": cert.valid_from.isoformat(),
        "valid_to": cert.valid_to.isoformat(),
        "issuer": cert.issuer,
        "id_number": cert.id_number,
    }
    return synthetic.CertificateTruth(**{**values, **override})


async def onboard_inspector(sim, user_id: int) -> Chat:
    invite = await create_invite("inspector", division_code="130102")
    chat = Chat(sim, user_id, "en")
    await chat.send("/inspect", expect="followed by the invite code")
    await chat.send(f"/inspect {invite.code}", expect="You are now an inspector for division 130102")
    await chat.expect("What are you inspecting?")
    again = Chat(sim, user_id + 1, "en")
    await again.send(f"/inspect {invite.code}", expect="already been used")
    return chat


async def test_an_inspection_from_photos_to_a_case_with_signed_evidence(
    bot_app, sim, database, settings, tmp_path
) -> None:
    await make_certs(clock.today())
    rng = random.Random("inspection-e2e")
    signers = [synthetic.random_person(rng) for _ in range(3)]
    trainees = [synthetic.random_person(rng) for _ in range(3)]
    # The first trainee holds certificates of every training the roster could claim; the others none.
    for n, category in enumerate(("电工作业", "焊接与热切割作业", "高处作业")):
        await Certificate.create(
            cert_no=f"T{trainees[0].id_number[:-1]}{n}",
            cert_type="special_operation",
            name=trainees[0].name,
            id_number=trainees[0].id_number,
            category=category,
            status="valid",
            valid_to=date(2030, 1, 1),
        )
    # The second signer signed in elsewhere on the day of the sheet.
    other = await Inspection.create(
        inspector_id=(await _staff_user()).id,
        subject_type="enterprise",
        subject_name="别处培训点",
        subject_key="enterprise:elsewhere",
    )
    elsewhere_doc = await InspectionDocument.create(
        inspection=other,
        attachment=await Attachment.create(sha256="0" * 64, size=1, kind="photo"),
        inspector_id=other.inspector_id,
        doc_type="sign_in_sheet",
    )
    await SignIn.create(
        id_number=signers[1].id_number,
        name=signers[1].name,
        day="2026-11-30",
        subject_key="enterprise:elsewhere",
        subject_name="别处培训点",
        inspection=other,
        document=elsewhere_doc,
    )
    await Enterprise.create(
        credit_code="91130100MA07L0QX3W", name="石家庄某某建筑有限公司", division_code="130102"
    )

    chat = await onboard_inspector(sim, 9101)
    await chat.press("f:inspect:type:enterprise", expect="unified social credit code")
    found = await chat.send("某某建筑", expect="Which one?")
    pick = next(d for d in button_data(found) if d.startswith("f:inspect:pick:"))
    await chat.press(pick, expect="Inspection of 石家庄某某建筑有限公司")
    await sim.send_location(chat.user_id, 38.0428, 114.5149, language_code="en")
    await chat.expect("Location saved")

    expired = await chat.send_photo(
        card_photo(await truth_from_registry("T130102198505051111"), "expired"),
        expect="Evidence #",
        timeout=90,
    )
    assert "certificate" in expired["text"] and "certificate expired" in expired["text"]
    assert "T130102198505051111" in expired["text"]

    mismatch = await chat.send_photo(
        card_photo(await truth_from_registry("T130102199001011234", name="王建民"), "mismatch"),
        expect="Evidence #",
        timeout=60,
    )
    assert "registry lists this certificate under another name" in mismatch["text"]
    assert "registry: 王建国" in mismatch["text"]

    unknown_truth = synthetic.random_certificate(random.Random("unknown"))
    unknown = await chat.send_photo(card_photo(unknown_truth, "unknown"), expect="Evidence #", timeout=60)
    assert "certificate number not in the registry" in unknown["text"]
    assert unknown_truth.cert_no in unknown["text"]

    sheet = await chat.send_photo(
        page_photo(
            "sign_in",
            [synthetic.TableRowTruth(p, signed=s) for p, s in zip(signers, (True, True, False), strict=True)],
            "sheet",
        ),
        expect="Evidence #",
        timeout=60,
    )
    assert "sign-in sheet" in sheet["text"] and "3 rows read" in sheet["text"]
    assert "signed in at another place on the same day" in sheet["text"] and "别处培训点" in sheet["text"]
    assert "listed but not signed" in sheet["text"]

    roster = await chat.send_photo(
        page_photo("roster", [synthetic.TableRowTruth(p) for p in trainees], "roster"),
        expect="Evidence #",
        timeout=60,
    )
    assert "training roster" in roster["text"]
    assert roster["text"].count("no certificate in the registry for this ID number") == 2
    assert trainees[0].name not in "".join(
        line for line in roster["text"].splitlines() if "no certificate" in line
    )

    # Correct a misread field: the correction sits beside what OCR read, and the check runs again.
    date_fix = next(d for d in button_data(unknown) if d.endswith(":valid_to"))
    await chat.press(date_fix, expect="Type the correct value")
    await chat.send("2026-13-45", expect="cannot be right")
    await chat.press("f:inspect:nofix", expect="Nothing was changed")
    fix = next(d for d in button_data(unknown) if d.endswith(":name"))
    await chat.press(fix, expect="Type the correct value")
    corrected = await chat.send("张三丰", expect="corrected; read:")
    doc_id = int(fix.split(":")[3])
    document = await InspectionDocument.get(id=doc_id)
    assert document.corrections == {"name": "张三丰"} and document.ocr["fields"]["name"] == unknown_truth.name
    assert "张三丰" in corrected["text"]

    await chat.send("hello", expect="Send a photo of a document")
    await chat.press("f:inspect:close", expect="file it with the regulator")
    closed = await chat.press("f:inspect:close2", expect="closed and filed as case #", timeout=30)
    assert "to act" in closed["text"]
    package_message = await chat.expect("evidence package")
    actions = [a["action"] for a in await sim.chat_actions(chat.user_id)]
    assert "upload_document" in actions, "the package is being built: the chat says so"

    inspection = await Inspection.get(subject_name="石家庄某某建筑有限公司")
    case = await Case.get(id=inspection.case_id)
    assert case.kind == "inspection" and case.category == "to_act" and case.division_code == "130102"
    codes = {f["code"] for f in case.details["findings"]}
    assert {"expired", "name_mismatch", "unknown_cert", "two_places", "unsigned", "no_certificate"} <= codes
    attachments = await Attachment.filter(case_id=case.id)
    assert len(attachments) == 5 and all(a.latitude == pytest.approx(38.0428) for a in attachments)
    assert case.details["manifest_sha256"] == inspection.package_sha256

    package = await sim.download(package_message["document"]["url"])
    report = verify_package(package, load_public_keys(settings.keys_dir))
    assert report.ok and report.files == 5 and report.manifest_sha256 == inspection.package_sha256
    path = tmp_path / "evidence.zip"
    path.write_bytes(package)
    pem = tmp_path / "office.pem"  # how an outside party checks it: with the office's published key
    pem.write_bytes(public_key_pem(settings.keys_dir))
    command = ["evidence", "verify", str(path), "--public-key", str(pem)]
    assert await asyncio.to_thread(cli_main, command) == 0

    # One changed byte in one original breaks the package, and the verifier says which file.
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        names = archive.namelist()
        members = {name: archive.read(name) for name in names}
    victim = next(n for n in names if n.startswith("originals/"))
    members[victim] = members[victim][:-1] + bytes([members[victim][-1] ^ 1])
    tampered = io.BytesIO()
    with zipfile.ZipFile(tampered, "w") as archive:
        for name in names:
            archive.writestr(name, members[name])
    bad = verify_package(tampered.getvalue(), load_public_keys(settings.keys_dir))
    assert not bad.ok and any(victim in p for p in bad.problems)


async def _staff_user():
    from models.users import User

    return await User.create(tg_id=990001, roles=["inspector"], division_code="130100")


async def test_bad_inputs_during_an_inspection_are_answered_and_lose_nothing(bot_app, sim, database) -> None:
    chat = await onboard_inspector(sim, 9201)
    await chat.press("f:inspect:type:exam_site", expect="unified social credit code")
    await chat.send("x", expect="at least two characters")
    await chat.send("新华路考点", expect="Nothing found")
    await chat.press("f:inspect:new", expect="Inspection of 新华路考点")
    await chat.press("f:inspect:close", expect="file it with the regulator")
    await chat.press("f:inspect:close2", expect="at least one photo")

    blank = synthetic.encode_png(np.full((800, 1200, 3), 255, np.uint8))
    answer = await chat.send_photo(blank, expect="Evidence #", timeout=90)
    assert "blank" in answer["text"]
    await chat._sync()
    await sim.send_document(
        chat.user_id,
        b"PK\x03\x04 not really",
        "report.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    await chat.expect("not this kind of file")
    await chat._sync()
    await sim.send_document(chat.user_id, b"%PDF-1.4 broken", "scan.pdf", "application/pdf")
    pdf_answer = await chat.expect("Evidence #", timeout=60)
    assert "other document" in pdf_answer["text"] and "not an image or PDF I can read" in pdf_answer["text"]
    # A scanned page as a PDF is rendered offline and read like a photo.
    truth = synthetic.random_certificate(random.Random("pdf"))
    card = synthetic.render_certificate(truth, random.Random("pdf"), stamp=False, date_style="dash").image
    scan = io.BytesIO()
    card.convert("RGB").save(scan, "PDF", resolution=200.0)
    await chat._sync()
    await sim.send_document(chat.user_id, scan.getvalue(), "cert.pdf", "application/pdf")
    read = await chat.expect("Evidence #", timeout=60)
    assert "certificate" in read["text"] and truth.cert_no in read["text"]
    # A picture too big to decode safely is refused with a reason, and still kept as evidence.
    huge = io.BytesIO()
    Image.new("L", (16000, 12000), 255).save(huge, "PNG")
    await chat._sync()
    await sim.send_document(chat.user_id, huge.getvalue(), "huge.png", "image/png")
    too_big = await chat.expect("Evidence #", timeout=60)
    assert "too many pixels" in too_big["text"]

    # /inspect in the middle takes the inspector back to the open inspection, nothing lost.
    await chat.send("/inspect", expect="Documents: 4")
    assert await InspectionDocument.filter(inspection__subject_name="新华路考点").count() == 4


async def test_fields_read_with_doubt_are_asked_about_and_corrected_beside_the_reading(
    bot_app, sim, database
) -> None:
    """A card whose number fails its check digit: the bot says it is not sure of exactly that field, the
    inspector corrects it, and the document keeps both while the registry check runs again. A card whose
    printed sex contradicts its ID number: the inspector looks and confirms it as read."""
    rng = random.Random("uncertain-e2e")
    holder = synthetic.random_person(rng)
    await Certificate.create(
        cert_no=f"T{holder.id_number}",
        cert_type="special_operation",
        name=holder.name,
        id_number=holder.id_number,
        category="电工作业",
        item="低压电工作业",
        status="valid",
        valid_to=date(2025, 6, 1),  # expired: what the corrected number must find
    )
    wrong_digit = str((int(holder.id_number[10]) + 1) % 10)
    misprinted = f"T{holder.id_number[:10]}{wrong_digit}{holder.id_number[11:]}"
    truth = synthetic.CertificateTruth(
        cert_no=misprinted,
        name=holder.name,
        sex=holder.sex,
        category="电工作业",
        item="低压电工作业",
        first_issued="2019-06-01",
        valid_from="2019-06-01",
        valid_to="2025-06-01",
        issuer="河北省应急管理厅",
        id_number=holder.id_number,
    )
    chat = await onboard_inspector(sim, 9301)
    await chat.press("f:inspect:type:enterprise", expect="unified social credit code")
    await chat.send("核验测试企业", expect="Nothing found")
    await chat.press("f:inspect:new", expect="Inspection of 核验测试企业")

    read = await chat.send_photo(card_photo(truth, "uncertain"), expect="Evidence #", timeout=90)
    assert misprinted in read["text"] and "certificate number not in the registry" in read["text"]
    assert "not sure of this reading" in read["text"]
    question = await chat.expect("not sure I read these fields", timeout=10)
    assert "Certificate no." in question["text"] and "Name" not in question["text"]
    asked = button_data(question)
    doc_id = int(next(d for d in asked if d.startswith("f:inspect:fix:")).split(":")[3])
    assert asked == [f"f:inspect:fix:{doc_id}:cert_no", f"f:inspect:ok:{doc_id}"]
    # Every printed field can be corrected, not only the doubtful ones.
    assert {d.rsplit(":", 1)[1] for d in button_data(read) if d.startswith("f:inspect:fix:")} == set(
        synthetic.CertificateTruth.FIELDS
    )

    await chat.press(f"f:inspect:fix:{doc_id}:cert_no", expect="Type the correct value of “Certificate no.”")
    fixed = await chat.send(f"T{holder.id_number}", expect="corrected; read:")
    assert f"T{holder.id_number}" in fixed["text"] and misprinted in fixed["text"]
    assert "certificate expired" in fixed["text"] and "not in the registry" not in fixed["text"]
    document = await InspectionDocument.get(id=doc_id)
    assert document.ocr["fields"]["cert_no"] == misprinted and "cert_no" in document.ocr["uncertain"]
    assert document.corrections == {"cert_no": f"T{holder.id_number}"}
    assert [f["code"] for f in document.findings] == ["expired"]

    # Printed sex against the ID number's 17th digit: asked about, confirmed as read.
    other = synthetic.random_person(rng)
    contradicting = synthetic.CertificateTruth(
        **{**truth.__dict__, "cert_no": f"T{other.id_number}", "name": other.name,
           "sex": "女" if other.sex == "男" else "男", "id_number": other.id_number},
    )  # fmt: skip
    await chat.send_photo(card_photo(contradicting, "contradicting"), expect="Evidence #", timeout=60)
    question = await chat.expect("not sure I read these fields", timeout=10)
    assert "Sex" in question["text"]
    ok = next(d for d in button_data(question) if d.startswith("f:inspect:ok:"))
    await chat.press(ok, expect="Confirmed as read")
    second = await InspectionDocument.get(id=int(ok.rsplit(":", 1)[1]))
    assert "sex" in second.ocr["uncertain"] and "sex" in second.corrections["confirmed"]
    assert second.ocr["fields"]["sex"] == contradicting.sex
