"""The registry's exam-site index holds only certificates that name a site, and still serves the campaign
roll-up's lookup of a withdrawn site's certificates; on PostgreSQL the import's staging table is left alone
by autovacuum. Both keep a 1 M-row import from doing work nobody reads (benchmarks/README.md, 7 December):
a NULL index entry per certificate, and a TRUNCATE waiting a second for autovacuum's lock.
"""

from __future__ import annotations

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from models.certificates import Certificate

INDEX = "idx_certificate_exam_si_201f9a"


def _sqlite(database: str) -> bool:
    return database.startswith("sqlite")


async def _rows(sql: str) -> list[dict]:
    _, rows = await connections.get("default").execute_query(sql)
    return [dict(row) for row in rows]


async def _plan(database: str, sql: str) -> str:
    if _sqlite(database):
        return "\n".join(str(r["detail"]) for r in await _rows(f"EXPLAIN QUERY PLAN {sql}"))
    async with in_transaction() as conn:  # on a few test rows PostgreSQL would otherwise read the table
        await conn.execute_script("SET LOCAL enable_seqscan = off")
        _, rows = await conn.execute_query(f"EXPLAIN {sql}")
    return "\n".join(str(r["QUERY PLAN"]) for r in rows)


async def test_the_exam_site_index_leaves_out_certificates_without_a_site(database: str) -> None:
    if _sqlite(database):
        found = await _rows(f"SELECT sql AS definition FROM sqlite_master WHERE name = '{INDEX}'")
    else:
        found = await _rows(f"SELECT indexdef AS definition FROM pg_indexes WHERE indexname = '{INDEX}'")
    assert len(found) == 1
    assert "exam_site_code" in found[0]["definition"]
    assert "IS NOT NULL" in found[0]["definition"].upper()


async def test_a_withdrawn_sites_certificates_are_found_through_the_index(database: str) -> None:
    query = Certificate.filter(exam_site_code__in=["91130100MA0CERT01X", "91130100MA0CERT02X"])
    plan = await _plan(database, query.values_list("id", flat=True).sql(params_inline=True))
    assert INDEX in plan, plan


async def test_autovacuum_leaves_the_staging_table_to_the_import(database: str) -> None:
    if _sqlite(database):
        pytest.skip("SQLite has no autovacuum daemon taking locks")
    found = await _rows("SELECT reloptions FROM pg_class WHERE relname = 'certificate_import_rows'")
    assert "autovacuum_enabled=false" in (found[0]["reloptions"] or [])
