"""`python run.py ocr IMAGE [IMAGE ...] [--json]`: read documents from the command line.

For checking what the bot would read from a photo without the bot: the document type, the fields, table
rows, problems and every recognised line with its confidence. With --json, one JSON object per image per
line, for scripts and tests. `ms` is the time for that image alone; loading the engine is excluded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ocr.documents import DocumentResult
from ocr.engine import OcrUnavailable, get_engine, warm_up
from ocr.pipeline import analyze_bytes, current_settings


def _format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "—"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def print_text(path: str, result: DocumentResult, out: TextIO) -> None:
    out.write(f"== {path}: {result.doc_type} ({result.ms:.0f} ms)\n")
    if result.problems:
        out.write(f"  problems: {', '.join(result.problems)}\n")
    for key, value in result.fields.items():
        out.write(f"  {key}: {_format_value(value)}\n")
    if result.rows:
        out.write(f"  rows ({len(result.rows)}):\n")
        for index, row in enumerate(result.rows, start=1):
            out.write(f"    {index}. " + ", ".join(f"{k}={_format_value(v)}" for k, v in row.items()) + "\n")
    if result.lines:
        out.write(f"  lines ({len(result.lines)}):\n")
        for line in result.lines:
            out.write(f"    {line.confidence:.3f}  {line.text}\n")


def main(argv: list[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Returns 0 when every file was read (whatever it contained), 1 when a file could not be opened,
    2 when the OCR engine cannot start."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = argparse.ArgumentParser(
        prog="run.py ocr", description="Read photographed documents (offline OCR)."
    )
    parser.add_argument("images", nargs="+", help="image files (JPEG, PNG, WebP, …; PDF when renderable)")
    parser.add_argument("--json", action="store_true", help="one JSON object per image, one per line")
    args = parser.parse_args(argv)

    try:
        settings = current_settings()
        engine = get_engine(settings)
        warm_up(engine)
    except OcrUnavailable as exc:
        err.write(f"OCR unavailable: {exc}\n")
        return 2
    status = 0
    for name in args.images:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            err.write(f"{name}: cannot read: {exc.strerror or exc}\n")
            if args.json:
                out.write(json.dumps({"file": name, "error": "unreadable_file"}, ensure_ascii=False) + "\n")
            status = 1
            continue
        result = analyze_bytes(data, engine=engine, settings=settings)
        if args.json:
            out.write(json.dumps(result.to_json(file=name), ensure_ascii=False) + "\n")
        else:
            print_text(name, result, out)
        out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
