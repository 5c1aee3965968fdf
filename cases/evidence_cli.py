"""`run.py evidence verify PACKAGE` and `run.py evidence public-key`.

Neither opens the database: a package carries everything needed to check it, so an inspector, a court
clerk or an enterprise can verify one on any machine with the office's public key.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from foundation.config import Settings


def verify(package: Path, keys_dir: Path | None, pem_files: list[Path]) -> int:
    from cases.evidence.keys import load_public_keys
    from cases.evidence.verify import verify_package
    from certs.keys import KeysError

    try:
        keys = load_public_keys(keys_dir, pem_files)
    except (KeysError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = verify_package(package, keys)
    if report.ok:
        print(
            f"OK: {report.files} files, manifest sha256 {report.manifest_sha256}, signed by kid {report.kid}"
        )
        return 0
    for problem in report.problems:
        print(problem)
    print(f"FAILED: {len(report.problems)} problem(s) in {package}")
    return 1


def print_public_key(keys_dir: Path) -> int:
    from cases.evidence.keys import evidence_key, public_key_pem
    from certs.keys import KeysError

    try:
        pem = public_key_pem(keys_dir)
        kid = evidence_key(keys_dir).kid
    except KeysError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(pem.decode("ascii"))
    print(f"# kid {kid}", file=sys.stderr)
    return 0


def rotate(keys_dir: Path) -> int:
    from cases.evidence.keys import rotate_evidence_key

    old, new = rotate_evidence_key(keys_dir)
    print(f"evidence key {old} retired (its public key stays, so its packages keep verifying); new key {new}")
    print("publish the new public key: run.py evidence public-key")
    return 0


def list_keys(keys_dir: Path) -> int:
    from cases.evidence.keys import list_evidence_keys

    keys = list_evidence_keys(keys_dir)
    if not keys:
        print("no evidence key yet (one is made when the first inspection is closed)")
    for kid, status in keys:
        print(f"{kid}  {status}")
    return 0


async def cmd_evidence_rotate(args: argparse.Namespace, settings: Settings) -> int:
    return await asyncio.to_thread(rotate, settings.keys_dir)


async def cmd_evidence_keys(args: argparse.Namespace, settings: Settings) -> int:
    return await asyncio.to_thread(list_keys, settings.keys_dir)


async def cmd_evidence_verify(args: argparse.Namespace, settings: Settings) -> int:
    pem_files = [Path(p) for p in args.public_key]
    return await asyncio.to_thread(verify, Path(args.package), settings.keys_dir, pem_files)


async def cmd_evidence_public_key(args: argparse.Namespace, settings: Settings) -> int:
    return await asyncio.to_thread(print_public_key, settings.keys_dir)


def register(sub: Any) -> dict[str, Any]:
    evidence = sub.add_parser("evidence", help="signed inspection evidence packages").add_subparsers(
        dest="action", required=True
    )
    check = evidence.add_parser("verify", help="check a package's signature and every original in it")
    check.add_argument("package", help="the evidence package (.zip)")
    check.add_argument(
        "--public-key",
        action="append",
        default=[],
        metavar="PEM",
        help="another trusted public key (repeatable); the office key in DATA_DIR/keys is always used",
    )
    evidence.add_parser(
        "public-key", help="print the office's evidence public key (PEM), creating it if needed"
    )
    evidence.add_parser("rotate", help="a new evidence signing key; the old one keeps verifying")
    evidence.add_parser("keys", help="the evidence keys: active and retired")
    return {
        "evidence verify": cmd_evidence_verify,
        "evidence public-key": cmd_evidence_public_key,
        "evidence rotate": cmd_evidence_rotate,
        "evidence keys": cmd_evidence_keys,
    }
