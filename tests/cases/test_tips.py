"""Filing tips: receipt codes, passwords, sealed reporters, duplicates and idempotent re-filing."""

from pathlib import Path

import pytest

from cases import service, tips
from cases.sealing import Sealer
from models.attachments import Attachment
from models.cases import Case
from models.tips import Tip


@pytest.fixture
def sealer() -> Sealer:
    return Sealer(b"k" * 32)


def draft(**changes) -> tips.TipDraft:
    base = dict(
        subject_type="enterprise",
        violation="en_no_cert",
        subject_name="石家庄某某建筑有限公司",
        description="工地上的电焊工都没有特种作业操作证，已经干了三个月。",
        division_code="130102",
    )
    base.update(changes)
    return tips.TipDraft(**base)


def test_receipt_codes_are_unambiguous_and_formatted() -> None:
    codes = {tips.new_receipt_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 12 and not set(code) & set("01ILO")
        printed = tips.format_receipt(code)
        assert len(printed) == 14 and printed[4] == printed[9] == "-"
        assert tips.normalize_receipt(printed.lower()) == code
        assert tips.normalize_receipt(" ".join(printed.split("-"))) == code
    assert tips.normalize_receipt("ABCD-EFGH-IJK0") is None and tips.normalize_receipt("short") is None


async def test_filed_tip_is_a_routed_case_with_a_sealed_reporter(database: str, sealer: Sealer) -> None:
    filed = await tips.file_tip(
        draft(
            anonymous=False,
            contact="张三 13800000000",
            evidence=[tips.EvidenceFile("a" * 64, 10, "photo", "image/jpeg")],
        ),
        password="secret-123",
        sealer=sealer,
        reporter_tg_id=55501,
    )
    tip = await Tip.get(id=filed.tip.id)
    assert tip.case_id == filed.case.id and filed.case.division_code == "130102" and filed.case.kind == "tip"
    assert filed.case.priority == 2 and filed.case.clock == "accept"
    assert "55501" not in (tip.reporter_sealed or "") and "13800000000" not in (tip.reporter_sealed or "")
    assert sealer.unseal(tip.reporter_sealed) == {"tg_id": 55501, "contact": "张三 13800000000"}
    assert tip.reporter_index == sealer.index(55501)
    assert await Attachment.filter(case_id=filed.case.id).count() == 1
    assert await tips.find_tip(tips.format_receipt(filed.receipt_code), "secret-123") is not None
    assert await tips.find_tip(filed.receipt_code, "wrong") is None
    assert await tips.find_tip("ZZZZ-ZZZZ-ZZZZ", "secret-123") is None


async def test_anonymous_tip_keeps_no_contact(database: str, sealer: Sealer) -> None:
    filed = await tips.file_tip(
        draft(contact="should not be kept"), password="secret-123", sealer=sealer, reporter_tg_id=55502
    )
    assert sealer.unseal(filed.tip.reporter_sealed) == {"tg_id": 55502}
    web = await tips.file_tip(draft(channel="web"), password="secret-123", sealer=sealer)
    assert web.tip.reporter_sealed is None and web.tip.reporter_index is None


async def test_same_draft_filed_twice_makes_one_case(database: str, sealer: Sealer) -> None:
    first = await tips.file_tip(draft(), password="secret-123", sealer=sealer, idempotency_key="tg:1:abc")
    again = await tips.file_tip(draft(), password="secret-123", sealer=sealer, idempotency_key="tg:1:abc")
    assert again.replayed and again.case.id == first.case.id and again.receipt_code == first.receipt_code
    assert await Case.filter(kind="tip").count() == 1


async def test_duplicates_join_one_cluster_and_first_accepted_is_recorded(
    database: str, sealer: Sealer
) -> None:
    a = await tips.file_tip(draft(credit_code="91130100MA07L0QX3W"), password="secret-1", sealer=sealer)
    b = await tips.file_tip(
        draft(credit_code="91130100ma07l0qx3w", subject_name="another spelling"),
        password="secret-2",
        sealer=sealer,
    )
    c = await tips.file_tip(
        draft(subject_name="石家庄 某某建筑有限公司 "), password="secret-3", sealer=sealer
    )
    d = await tips.file_tip(draft(subject_name="石家庄某某建筑有限公司"), password="secret-4", sealer=sealer)
    other = await tips.file_tip(draft(subject_name="完全不同的公司"), password="secret-5", sealer=sealer)
    assert b.case.cluster_id == a.case.id, "same credit code"
    assert d.case.cluster_id == c.case.id, "same normalised name in the same place"
    assert other.case.cluster_id is None
    await service.accept(b.case, "li")
    await service.accept(a.case, "li")
    root = await Case.get(id=a.case.id)
    assert root.details["first_accepted_case"] == b.case.id


async def test_sealer_key_file_is_created_private(tmp_path: Path) -> None:
    from cases.sealing import sealer_for

    s = sealer_for(str(tmp_path / "keys"))
    assert s.unseal(s.seal({"tg_id": 1})) == {"tg_id": 1}
    assert oct((tmp_path / "keys" / "reporter.key").stat().st_mode & 0o777) == "0o600"
