"""The tip form's errors as a screen reader meets them, without a browser: an error summary that takes the
focus and links to each field, every field with an error marked invalid and described by its own message,
fields without one left alone, the evidence input labelled, language links that say their language.
(tests/web/test_accessibility.py checks the same in Chromium, with axe-core.)"""

from __future__ import annotations

from html.parser import HTMLParser

from tests.web.test_public_report import GOOD, form, start


class Elements(HTMLParser):
    """Every element's attributes by id, the text inside each id'd element, labels' `for`, and links."""

    def __init__(self) -> None:
        super().__init__()
        self.by_id: dict[str, dict[str, str | None]] = {}
        self.text: dict[str, str] = {}
        self.label_for: set[str] = set()
        self.links: list[dict[str, str | None]] = []
        self._open: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.by_id[found["id"]] = {"tag": tag, **found}
            self.text.setdefault(found["id"], "")
        if tag == "label" and found.get("for"):
            self.label_for.add(found["for"] or "")
        if tag == "a":
            self.links.append(found)
        if tag not in ("input", "br", "meta", "link", "img"):
            self._open.append((tag, found.get("id")))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for _tag, ident in self._open:
            if ident:
                self.text[ident] += data


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


async def test_errors_are_linked_to_their_fields_and_announced(client) -> None:
    draft = await start(client)
    bad = {**GOOD, "subject_name": "x", "description": "太短", "address": ""}
    answer = await client.post("/report?lang=en", data=form(draft, bad))
    assert answer.status == 400
    page = parse(await answer.text())

    summary = page.by_id["error-summary"]
    assert summary["tabindex"] == "-1" and "autofocus" in summary and summary["role"] == "alert"
    assert "Please correct the marked fields" in page.text["error-summary"]
    targets = [a["href"][1:] for a in page.links if (a.get("href") or "").startswith("#f-")]
    assert {"f-subject_name", "f-description", "f-place"} <= set(targets)
    for target in targets:
        field = page.by_id[target]
        assert field["aria-invalid"] == "true", target
        message = field["aria-describedby"]
        assert message and page.text[message].strip(), f"{target} is described by an empty message"
        assert page.text[message].strip() in page.text["error-summary"], "the summary repeats the message"
    assert "aria-invalid" not in page.by_id["f-credit_code"], "a field without an error is not marked"
    assert "aria-invalid" not in page.by_id["f-evidence"]


async def test_evidence_input_is_labelled_and_language_links_say_their_language(client) -> None:
    page = parse(await (await client.get("/report?subject_type=enterprise&lang=en")).text())
    assert "error-summary" not in page.by_id, "no summary before anything was sent"
    assert "f-evidence" in page.label_for
    langs = {a["hreflang"]: a["lang"] for a in page.links if a.get("hreflang")}
    assert langs == {"zh-CN": "zh-CN", "en": "en"}
