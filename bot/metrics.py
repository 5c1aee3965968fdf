"""What to watch, in the Prometheus text format at /metrics.

Two kinds of figures. Counters and histograms of this process (updates handled, how long they took, what the
webhook answered, OCR readings): each process keeps its own, and Prometheus sums them across processes.
Gauges of the shared database (messages waiting in the outbox, open and overdue cases, update claims left by
a dead process, leases held by the scheduler): every process reports the same values, read when scraped.

Nothing here carries personal data: no chat ids, names or receipt codes, only counts.
"""

from __future__ import annotations

import hmac
import time

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from foundation import clock
from foundation.metrics import OCR_DOCUMENTS, OCR_SECONDS, REGISTRY, UPDATE_SECONDS, UPDATES, WEBHOOK_REPLIES  # noqa: F401

STARTED = time.time()


def _gauge(name: str, help_text: str, values: dict[tuple[tuple[str, str], ...], float]) -> str:
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} gauge"]
    for labels, value in values.items():
        label_text = ",".join(f'{k}="{v}"' for k, v in labels)
        lines.append(f"{name}{{{label_text}}} {value}" if label_text else f"{name} {value}")
    return "\n".join(lines) + "\n"


async def database_gauges() -> str:
    """Figures of the shared database; one query each, all cheap (indexed counts)."""
    from bot.rate_limit import live_processes
    from cases.service import OPEN_STATUSES
    from handlers.update_ledger import LEASE
    from models.cases import Case
    from models.ops import Lease, Outbox
    from models.state import ProcessedUpdate

    now = clock.now()
    out = [
        _gauge(
            "safetywatch_outbox_pending",
            "Messages to Telegram chats not sent yet",
            {(): await Outbox.filter(sent_at__isnull=True, attempts__lt=5).count()},
        ),
        _gauge(
            "safetywatch_outbox_failed",
            "Messages given up after repeated failures",
            {(): await Outbox.filter(sent_at__isnull=True, attempts__gte=5).count()},
        ),
        _gauge(
            "safetywatch_update_claims_stale",
            "Updates claimed longer ago than the lease and not done (a process died holding them)",
            {(): await ProcessedUpdate.filter(status="processing", claimed_at__lt=now - LEASE).count()},
        ),
        _gauge(
            "safetywatch_processes_live",
            "Bot processes that announced themselves in the last half minute (they share Telegram's limits)",
            {(): await live_processes(now)},
        ),
        _gauge(
            "safetywatch_leases_held",
            "Scheduler leases currently held",
            {(): await Lease.filter(expires_at__gt=now).count()},
        ),
    ]
    open_by_kind: dict[tuple[tuple[str, str], ...], float] = {}
    overdue_by_kind: dict[tuple[tuple[str, str], ...], float] = {}
    for kind in ("tip", "verification", "notice", "appointment", "inspection"):
        base = Case.filter(kind=kind, status__in=OPEN_STATUSES)
        open_by_kind[(("kind", kind),)] = await base.count()
        overdue_by_kind[(("kind", kind),)] = await base.filter(overdue=True).count()
    out.append(_gauge("safetywatch_cases_open", "Open cases by kind", open_by_kind))
    out.append(
        _gauge("safetywatch_cases_overdue", "Open cases past a legal deadline, by kind", overdue_by_kind)
    )
    out.extend(await calendar_gauges())
    out.append(
        _gauge(
            "safetywatch_process_uptime_seconds",
            "Seconds since this process started",
            {(): time.time() - STARTED},
        )
    )
    return "".join(out)


async def calendar_gauges() -> list[str]:
    """Where the working days of each year deadlines may need come from, and how many of the years needed
    soon have no official schedule (the admins' banner in the back office shows while it is above 0)."""
    from cases import calendar, workdays

    await calendar.ensure_current()
    today = clock.today()
    sources = {
        (("year", str(year)), ("source", workdays.source(year))): 1.0 for year in calendar.years_ahead(today)
    }
    return [
        _gauge(
            "safetywatch_calendar_year_source",
            "Source of each coming year's working days: official, imported, estimated or missing",
            sources,
        ),
        _gauge(
            "safetywatch_calendar_unofficial_years",
            "Years needed now (the next one from 1 November) without an official or imported schedule",
            {(): float(len(calendar.banner_years(today)))},
        ),
    ]


def _local_scraper(request: web.Request) -> bool:
    import ipaddress

    if "X-Forwarded-For" in request.headers or "Forwarded" in request.headers:
        return False
    try:
        return ipaddress.ip_address(request.remote or "").is_loopback
    except ValueError:
        return False


def metrics_handler(token: str | None):
    """The /metrics route; with METRICS_TOKEN set it wants `Authorization: Bearer <token>`, without it
    only a scraper on this machine gets an answer (a loopback peer, and no proxy header: a proxy on the
    same host forwarding a public request is not a local scraper)."""

    async def metrics(request: web.Request) -> web.Response:
        if token is None and not _local_scraper(request):
            return web.Response(status=403, text="metrics are served to localhost or with METRICS_TOKEN")
        if token is not None:
            given = request.headers.get("Authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                return web.Response(status=401, text="unauthorized", headers={"WWW-Authenticate": "Bearer"})
        body = generate_latest(REGISTRY).decode() + await database_gauges()
        return web.Response(
            body=body.encode(), headers={"Content-Type": CONTENT_TYPE_LATEST, "Cache-Control": "no-store"}
        )

    return metrics
