"""Every kind of genuine ID number typed into the bot's /verify, and the answers people see for numbers that
cannot be right (what is wrong, never "not found" alone). tests/web/test_verify_lookup.py does the same on
the public /verify web form with these numbers."""

from __future__ import annotations

import pytest
from stdnum.cn import ric

from certs.importer import import_csv
from tests.e2e.chat import Chat

TAIL = "电工作业,低压电工作业,2024-03-07,2024-03-07,2030-03-06,,石家庄市应急管理局,130100,valid"
HEADER = (
    "cert_no,cert_type,name,sex,id_number,id_type,category,item,first_issued,valid_from,valid_to,review_due,"
    "issuer,issuer_division,status"
)


def _with_check(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


PERMIT = _with_check("82000019751103456")
FOREIGN = _with_check("93184019850607001")
ABOLISHED = _with_check("11010319750505001")  # 崇文区, abolished 2010
ENDS_WITH_X = _with_check("11010519491231002")
REGISTRY = [
    ("T130102198003120176", "王长安", "130102198003120176", ""),  # 长安区 created 1983, holder born 1980
    (f"T{ABOLISHED}", "崇文人", ABOLISHED, ""),
    (f"T{PERMIT}", "陈澳生", PERMIT, ""),
    (f"T{FOREIGN}", "约翰", FOREIGN, ""),
    ("E12345678-DG", "史密斯", "E12345678", "passport"),
    (f"T{ENDS_WITH_X}", "朝阳人", ENDS_WITH_X, ""),
]
# (what is typed, the name, what the answer must say)
TYPED = [
    ("T130102198003120176", "王长安", "✅"),
    ("t130102800312017", "王长安", "✅"),  # the first-generation 15-digit number inside
    ("１３０１０２１９８００３１２０１７６", "王长安", "✅"),  # full-width, without the T
    (f"T{ABOLISHED}", "崇文人", "✅"),
    (f"T{PERMIT.lower()}", "陈澳生", "✅"),
    (f"T{FOREIGN}", "约翰", "✅"),
    ("E12345678-DG", "史密斯", "✅"),
    (f"t{ENDS_WITH_X.lower()}", "朝阳人", "✅"),  # a lower-case x
]
BAD = [
    ("T130102198003120177", "check character"),
    ("T13010219800312O176", "only digits"),
    (f"T{_with_check('13010219801312017')}", "birth date"),
    (f"T{_with_check('99010219800312017')}", "province"),
]


@pytest.fixture
async def registry(database) -> None:
    rows = [f"{no},special_operation,{name},男,{idn},{kind},{TAIL}" for no, name, idn, kind in REGISTRY]
    report = await import_csv("\n".join([HEADER, *rows]) + "\n", actor="test")
    assert report.errors == [] and ENDS_WITH_X.endswith("X")


async def test_bot_verify_finds_every_kind_and_names_what_is_wrong(bot_app, sim, registry) -> None:
    chat = Chat(sim, 8301, "en")
    for typed, name, symbol in TYPED:
        answer = await chat.send(f"/verify {typed} {name}")
        assert answer["text"].startswith(symbol), (typed, answer["text"])
    for typed, words in BAD:
        answer = await chat.send(f"/verify {typed} 王长安")
        assert answer["text"].startswith("❌"), answer["text"]
        assert "The ID number in the certificate number cannot be right" in answer["text"]
        assert words in answer["text"], (typed, answer["text"])
    zh = Chat(sim, 8302, "zh-hans")
    answer = await zh.send("/verify T130102198003120177 王长安")
    assert "证书编号中的身份证号码不可能正确" in answer["text"] and "校验码" in answer["text"]
