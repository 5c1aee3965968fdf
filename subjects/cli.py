"""`run.py subjects import FILE.csv` and `run.py inspections draw --division CODE --month YYYY-MM`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from foundation.config import Settings
from foundation.i18n import translator


async def cmd_subjects_import(args: argparse.Namespace, settings: Settings) -> int:
    from foundation.db import with_db
    from subjects.importer import SubjectFileError, import_csv

    _ = translator(settings.default_locale)

    async def run() -> int:
        try:
            report = await import_csv(Path(args.file), jurisdiction=args.division)
        except SubjectFileError as exc:
            print(_("error: ") + _(exc.msgid).format(**exc.params), file=sys.stderr)
            return 1
        except OSError as exc:
            print(_("error: ") + str(exc), file=sys.stderr)
            return 1
        print(
            _("{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected").format(
                created=report.created,
                updated=report.updated,
                unchanged=report.unchanged,
                rejected=len(report.errors),
            )
        )
        for line, (msgid, params) in report.errors:
            print(_("line {line}: refused: {reason}").format(line=line, reason=_(msgid).format(**params)))
        for line, (msgid, params) in report.warnings:
            print(_("line {line}: warning: {reason}").format(line=line, reason=_(msgid).format(**params)))
        return 0

    return await with_db(settings, run)


async def cmd_inspections_draw(args: argparse.Namespace, settings: Settings) -> int:
    import os

    from foundation.db import with_db
    from subjects import draws
    from subjects.draw import DrawError

    _ = translator(settings.default_locale)

    async def run() -> int:
        try:
            record = await draws.run(
                args.division,
                args.month,
                actor=f"cli:{os.environ.get('USER') or os.getuid()}",
                count=args.count,
                seed=args.seed,
                weighted=args.weighted,
                high_risk_first=args.high_risk_first,
                subject_type=args.subject_type,
            )
        except DrawError as exc:
            print(_("error: ") + _(exc.msgid).format(**exc.params), file=sys.stderr)
            return 1
        print(
            _("draw {id}: division {division}, month {month}").format(
                id=record.id, division=record.division_code, month=record.month
            )
        )
        print(_("seed: {seed}").format(seed=record.seed))
        print(_("pool: {size} subjects, SHA-256 {hash}").format(size=record.pool_size, hash=record.pool_hash))
        for msgid, params in record.warnings:
            print(_("warning: ") + _(msgid).format(**params))
        for n, d in enumerate(record.drawn, 1):
            inspectors = ", ".join(str(i) for i in d["inspectors"])
            print(f"{n}. {d['credit_code']} {d['name']}  " + _("inspectors: {ids}").format(ids=inspectors))
        return 0

    return await with_db(settings, run)


async def cmd_inspections_quota(args: argparse.Namespace, settings: Settings) -> int:
    from foundation.db import with_db
    from subjects import draws
    from subjects.draw import DrawError

    _ = translator(settings.default_locale)

    async def run() -> int:
        try:
            if args.enterprises is not None:
                await draws.set_quota(args.division, args.enterprises)
        except DrawError as exc:
            print(_("error: ") + _(exc.msgid).format(**exc.params), file=sys.stderr)
            return 1
        print(
            _("{division}: {n} enterprises a month").format(
                division=args.division, n=await draws.quota_for(args.division)
            )
        )
        return 0

    return await with_db(settings, run)


async def cmd_penalties_bases(args: argparse.Namespace, settings: Settings) -> int:
    from cases import penalties
    from foundation.db import with_db

    _ = translator(settings.default_locale)

    async def run() -> int:
        if args.set:
            try:
                await penalties.set_basis(
                    args.set,
                    args.title_en or args.set,
                    args.title_zh or args.set,
                    args.source or "",
                    args.minimum,
                    args.maximum,
                )
            except penalties.PenaltyError as exc:
                print(_("error: ") + exc.words(_), file=sys.stderr)
                return 1
        for b in await penalties.ensure_bases():
            title = b.title_zh if settings.default_locale == "zh_CN" else b.title_en
            print(f"{b.code}  ¥{b.minimum}–¥{b.maximum}  {title}  [{b.source}]")
        return 0

    return await with_db(settings, run)


def register(sub: Any) -> dict[str, Any]:
    subjects = sub.add_parser("subjects", help="subject files (一企一档)").add_subparsers(
        dest="action", required=True
    )
    importing = subjects.add_parser("import", help="import or update subject files from a UTF-8 CSV file")
    importing.add_argument("file")
    importing.add_argument("--division", help="the importer's jurisdiction: rows outside it are refused")
    inspections = sub.add_parser("inspections", help="random inspection planning").add_subparsers(
        dest="action", required=True
    )
    drawing = inspections.add_parser("draw", help="a reproducible random draw of subjects and inspectors")
    drawing.add_argument("--division", required=True)
    drawing.add_argument("--month", required=True, help="YYYY-MM")
    drawing.add_argument("--count", type=int, help="subjects to draw (default: the jurisdiction's quota, 5)")
    drawing.add_argument("--seed", help="re-run a recorded draw with its seed (default: a fresh random seed)")
    drawing.add_argument("--weighted", action="store_true", help="weight by risk score")
    drawing.add_argument(
        "--high-risk-first", action="store_true", help="high-risk enterprises first (campaigns)"
    )
    drawing.add_argument(
        "--subject-type",
        default="enterprise",
        choices=["enterprise", "training_institution", "exam_institution", "exam_site"],
    )
    quota = inspections.add_parser("quota", help="show or set a jurisdiction's monthly inspection quota")
    quota.add_argument("--division", required=True)
    quota.add_argument("--enterprises", type=int, help="enterprises to inspect a month (default 5)")
    penalties = sub.add_parser("penalties", help="administrative penalties").add_subparsers(
        dest="action", required=True
    )
    bases = penalties.add_parser("bases", help="list the legal bases (seeded), or add / change one")
    bases.add_argument("--set", metavar="CODE", help="the basis to add or change")
    bases.add_argument("--title-zh")
    bases.add_argument("--title-en")
    bases.add_argument("--source")
    bases.add_argument("--minimum", type=int, default=0)
    bases.add_argument("--maximum", type=int, default=0)
    return {
        "subjects import": cmd_subjects_import,
        "inspections draw": cmd_inspections_draw,
        "inspections quota": cmd_inspections_quota,
        "penalties bases": cmd_penalties_bases,
    }
