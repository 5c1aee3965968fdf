"""What a member of staff may see: their jurisdiction and everything under it (cases.queue), and the
lists of divisions and colleagues offered in filters and forms."""

from __future__ import annotations

from aiohttp import web

from cases import queue
from models.cases import Case
from models.staff import StaffUser
from regions import divisions
from web.keys import STAFF


def division_options(scope_code: str, depth: int = 2) -> list[tuple[str, str, int]]:
    """(code, name, indent level) of the scope and the units under it, depth first; a unit below the first
    level is named with its parent (石家庄市桥西区), since county names repeat even within a province."""
    root = divisions.get(scope_code)
    if root is None:
        return []
    out: list[tuple[str, str, int]] = [(root.code, divisions.full_name(root.code) or root.name, 0)]

    def walk(code: str, level: int) -> None:
        if level > depth:
            return
        for child in sorted(divisions.children(code), key=lambda d: d.code):
            name = child.name if level == 1 else divisions.label(child.code) or child.name
            out.append((child.code, name, level))
            walk(child.code, level + 1)

    walk(root.code, 1)
    return out


async def colleagues(staff: StaffUser) -> list[StaffUser]:
    """Active users working inside the viewer's jurisdiction (possible assignees). The database narrows
    by code prefix first: loading every staff account of the country on each page view was most of a
    queue page's time with thousands of accounts."""
    prefix = divisions.prefix_of(staff.division_code)
    if prefix is None:
        return []
    # A range, not LIKE 'prefix%': a plain index serves it on both databases (PostgreSQL's default
    # collation cannot use a btree for LIKE), so the page stays flat with tens of thousands of accounts.
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    users = await StaffUser.filter(active=True, division_code__gte=prefix, division_code__lt=after).order_by(
        "username"
    )
    return [u for u in users if divisions.is_within(u.division_code, staff.division_code)]


def can_work_on(user: StaffUser, case: Case) -> bool:
    """Whether `user` could see `case` (so it may be assigned to them)."""
    return queue.can_see(user, case)


async def case_in_scope(request: web.Request, case_id: str) -> Case:
    """The case if it exists and lies in the user's jurisdiction; 404 otherwise, so staff cannot even
    learn that a case of another jurisdiction exists."""
    if not case_id.isdigit():
        raise web.HTTPNotFound()
    case = await Case.get_or_none(id=int(case_id))
    if case is None or not queue.can_see(request[STAFF], case):
        raise web.HTTPNotFound()
    return case
