"""A job holder's certificate number typed by an enterprise officer finds the registry row however it is
written: full-width digits, without the T, or with the holder's first-generation 15-digit ID number."""

from __future__ import annotations

import pytest

from certs.importer import import_csv
from models.orgs import Enterprise
from notices import service as notices

CSV = (
    "cert_no,cert_type,name,sex,id_number,category,item,first_issued,valid_from,valid_to,review_due,"
    "issuer,issuer_division,status\n"
    "T130102198003120176,special_operation,王长安,男,130102198003120176,电工作业,低压电工作业,"
    "2024-03-07,2024-03-07,2030-03-06,,石家庄市应急管理局,130100,valid\n"
)


TYPED = [
    "T130102198003120176",
    "t130102800312017",
    "１３０１０２１９８００３１２０１７６",
    " T130102 19800312 0176 ",
]


async def _enterprise() -> Enterprise:
    return await Enterprise.create(
        name="长安机械厂", credit_code="91130102MA0000000X", division_code="130102"
    )


@pytest.mark.parametrize("typed", TYPED)
async def test_the_typed_number_finds_the_certificate(database, typed: str) -> None:
    await import_csv(CSV, actor="test")
    enterprise = await _enterprise()
    checked = await notices.add_holder(enterprise, "special_worker", "王长安", typed)
    assert checked.holder.verified and checked.holder.cert_no == "T130102198003120176"
    assert checked.problems == []


async def test_an_unknown_number_is_kept_as_typed_and_flagged(database) -> None:
    enterprise = await _enterprise()
    checked = await notices.add_holder(enterprise, "special_worker", "王长安", "t130102198003120177")
    assert not checked.holder.verified and checked.holder.cert_no == "T130102198003120177"
    assert checked.problems == ["unverifiable"]
