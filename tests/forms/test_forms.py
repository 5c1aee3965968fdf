"""The form definitions by themselves: what each answer becomes, what is refused and in which words, and
which question comes next, with no channel involved."""

from __future__ import annotations

from datetime import date

import pytest

from forms.holder import HOLDER
from forms.tip import TIP
from foundation.i18n import translator

EN = translator("en")


def test_a_choice_outside_the_list_is_refused_in_the_fields_own_words() -> None:
    assert TIP.check("subject_type", "enterprise", {}).value == "enterprise"
    refused = TIP.check("subject_type", "martians", {})
    assert refused.problem.render(EN) == "Choose who or what the report is about."
    assert TIP.check("violation", "en_no_cert", {"subject_type": "enterprise"}).ok
    assert not TIP.check("violation", "tr_hours_cut", {"subject_type": "enterprise"}).ok


def test_the_contact_is_asked_only_of_a_reporter_who_gives_a_name() -> None:
    answered = {name: "x" for name in TIP.order if name != "contact"}
    assert TIP.next_field({**answered, "anonymous": True}) is None
    assert TIP.next_field({**answered, "anonymous": False}).name == "contact"
    assert TIP.next_field({"anonymous": True}, after="identity") is None


def test_a_wrong_check_digit_is_kept_with_a_warning() -> None:
    answer = TIP.check("credit_code", "91130100ma0000000x", {})
    assert answer.ok and answer.value == "91130100MA0000000X"
    assert "check digit of 91130100MA0000000X" in answer.warning.render(EN)


def test_an_ambiguous_place_offers_its_candidates() -> None:
    answer = TIP.check("place", "朝阳区", {})
    assert not answer.ok and {code for code, _name in answer.candidates} == {"110105", "220104"}
    assert TIP.check("place", "河北省石家庄市长安区", {}).value == ("130102", "河北省石家庄市长安区")


@pytest.mark.parametrize(
    ("typed", "trained"),
    [
        ("2026-03-15", date(2026, 3, 15)),
        ("2026年3月5日", date(2026, 3, 5)),
        ("２０２６.０３.１５", date(2026, 3, 15)),
    ],
)
def test_training_dates_as_officers_type_them(typed: str, trained: date) -> None:
    assert HOLDER.check("training", typed, {}).value == trained


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("cert_no", "T12", "A certificate number has 6 to 40 letters and digits."),
        ("name", "张", "The name should be 2 to 64 characters long."),
        ("training", "2026-02-30", "Please type the date like 2026-03-15"),
        ("training", "last spring", "Please type the date like 2026-03-15"),
    ],
)
def test_bad_job_holder_answers_are_refused_in_words(field: str, typed: str, words: str) -> None:
    assert words in HOLDER.check(field, typed, {}).problem.render(EN)


def test_the_job_holder_form_goes_post_number_name_date() -> None:
    assert [f.name for f in HOLDER.fields] == ["post", "cert_no", "name", "training"]
    assert HOLDER.next_field({"post": "principal"}).name == "cert_no"
    assert HOLDER.check("cert_no", "t130102198505051111", {}).value == "T130102198505051111"
