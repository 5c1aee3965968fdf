"""`run.py certs import|card` and `run.py keys create|rotate|list|retire`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from foundation.config import Settings


class ProgressBar:
    """Rows read, rows a second and the time left, redrawn on one terminal line (only on a terminal)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.monotonic()

    def __call__(self, rows: int, done: int, total: int) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = rows / elapsed
        line = f"{rows:,} rows  {rate:,.0f} rows/s"
        if total and done:
            share = min(done / total, 1.0)
            left = elapsed * (1 - share) / share if share else 0
            line += f"  {share:5.1%}  about {int(left // 60)} min {int(left % 60):02d} s left"
        self.out.write("\r" + line.ljust(72))
        self.out.flush()

    def close(self) -> None:
        self.out.write("\n")
        self.out.flush()


async def cmd_certs_import(args: argparse.Namespace, settings: Settings) -> int:
    from certs.importer import ImportFileError, import_csv
    from foundation.db import with_db as _with_db

    async def run() -> int:
        bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
        try:
            report = await import_csv(Path(args.file), actor=args.actor, progress=bar)
        except (ImportFileError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        finally:
            if bar:
                bar.close()
        print(report.summary())
        for line, reason in report.errors:
            print(f"line {line}: {reason}")
        if report.rejected > len(report.errors):
            print(f"... and {report.rejected - len(report.errors)} more rejected rows")
        if report.rejects_path:
            print(f"rejected rows (with line and reason): {report.rejects_path}")
        for line, note in report.warnings:
            print(f"line {line}: imported, but {note}")
        if report.warned > len(report.warnings):
            print(f"... and {report.warned - len(report.warnings)} more warnings")
        for change in report.changes:
            fields = ", ".join(f"{k}: {a} -> {b}" for k, (a, b) in change.changes.items())
            print(f"line {change.line}: {change.cert_no} changed ({fields})")
        if report.updated > len(report.changes):
            print("... more changes are recorded in certificate_changes")
        return 0

    return await _with_db(settings, run)


async def issue_card(settings: Settings, cert_no: str, mask_numbers: bool = False) -> bytes:
    """The card image with a freshly signed QR; raises LookupError / KeysError with a message."""
    from certs.card import CardData, render_card
    from certs.keys import active_key
    from certs.links import issue_qr_text
    from certs.registry import find_by_cert_no

    record = await find_by_cert_no(cert_no)
    if record is None:
        raise LookupError(f"no certificate {cert_no} in the registry")
    key = active_key(settings.keys_dir)
    qr_text = issue_qr_text(record.cert_fields(), key, settings.public_url)
    return render_card(CardData.from_record(record, mask_numbers=mask_numbers), qr_text)


async def cmd_certs_card(args: argparse.Namespace, settings: Settings) -> int:
    from certs.keys import KeysError
    from foundation.db import with_db as _with_db

    async def run() -> int:
        try:
            png = await issue_card(settings, args.cert_no, args.mask)
        except (LookupError, KeysError) as exc:
            hint = " (create a signing key first: run.py keys create)" if isinstance(exc, KeysError) else ""
            print(f"error: {exc}{hint}", file=sys.stderr)
            return 1
        Path(args.out).write_bytes(png)  # noqa: ASYNC240 - a one-shot CLI, nothing else runs on this loop
        print(f"card written to {args.out}")
        return 0

    return await _with_db(settings, run)


async def cmd_keys(args: argparse.Namespace, settings: Settings) -> int:
    from certs import keys, trustlist

    try:
        if args.action == "create":
            info = keys.create_key(settings.keys_dir)
            print(f"created key {info.kid} ({info.status})")
            lister = trustlist.list_key(settings.keys_dir)
            print(f"list-signing key {lister.kid}: publish this id for offline verifiers to pin")
        elif args.action == "rotate":
            info = keys.rotate(settings.keys_dir)
            print(f"rotated: new active key {info.kid}; older keys keep verifying until retired")
        elif args.action == "retire":
            info = keys.retire(settings.keys_dir, args.kid)
            print(f"retired key {info.kid}: QR codes it signed no longer verify")
        else:
            ring = keys.list_keys(settings.keys_dir)
            if not ring:
                print("no keys yet: run.py keys create")
            for info in ring:
                print(
                    f"{info.kid}  {info.status:<12} created {info.created_at:%Y-%m-%d}"
                    + (f"  retired {info.retired_at:%Y-%m-%d}" if info.retired_at else "")
                )
            lister = trustlist.existing_list_key(settings.keys_dir)
            if lister is not None:
                created = f"{lister.created_at:%Y-%m-%d}"
                print(f"{lister.kid}  list-signing created {created} (signs the published key set)")
    except keys.KeysError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def register(sub: Any) -> dict[str, Any]:
    certs = sub.add_parser("certs", help="the certificate registry").add_subparsers(
        dest="action", required=True
    )
    importing = certs.add_parser("import", help="import or update certificates from a UTF-8 CSV file")
    importing.add_argument("file")
    importing.add_argument("--actor", default="cli", help="who is importing (recorded with each change)")
    card = certs.add_parser("card", help="render a certificate's electronic card with its signed QR code")
    card.add_argument("cert_no")
    card.add_argument("--out", required=True)
    card.add_argument("--mask", action="store_true", help="hide the ID number inside the certificate number")
    keys = sub.add_parser("keys", help="QR signing keys").add_subparsers(dest="action", required=True)
    keys.add_parser("create", help="create the first signing key")
    keys.add_parser("rotate", help="new active key; older ones keep verifying")
    keys.add_parser("list", help="list keys and their status")
    retire = keys.add_parser("retire", help="stop a key from verifying anything")
    retire.add_argument("kid")
    return {
        "certs import": cmd_certs_import,
        "certs card": cmd_certs_card,
        "keys create": cmd_keys,
        "keys rotate": cmd_keys,
        "keys list": cmd_keys,
        "keys retire": cmd_keys,
    }
