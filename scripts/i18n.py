"""Translation catalog upkeep: `extract` refreshes locales/messages.pot and merges it into both catalogs
(the English catalog is filled with the English source text), `check` lists untranslated or fuzzy messages
and exits non-zero if there are any, `compile` writes the .mo files, and `translate FILE.json ...` extracts,
then sets the Chinese text of the messages each file maps (`{"English msgid": "中文"}`) and compiles.

extract and translate rewrite whole catalogs, so they hold a lock on locales/: two people (or two
sessions) translating at once take turns instead of one losing the other's entries."""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
POT = LOCALES / "messages.pot"
SOURCES = [
    "foundation",
    "bot",
    "handlers",
    "cases",
    "models",
    "ocr",
    "web",
    "certs",
    "notices",
    "identity",
    "regions",
    "forms",
    "subjects",
    "campaigns",
    "wechat",
]


def pybabel(*args: str) -> None:
    exe = Path(sys.executable).parent / "pybabel"
    subprocess.run([str(exe), *args], cwd=ROOT, check=True)


def extract() -> None:
    dirs = [d for d in SOURCES if (ROOT / d).is_dir()]
    pybabel(
        "-q",
        "extract",
        "-F",
        "babel.cfg",
        "-k",
        "N_",
        "--no-location",
        "--sort-output",
        "--project",
        "safetywatch",
        "-o",
        str(POT),
        *dirs,
    )
    for locale in ("zh_CN", "en"):
        po = LOCALES / locale / "LC_MESSAGES" / "messages.po"
        if po.exists():
            pybabel(
                "-q",
                "update",
                "--no-fuzzy-matching",
                "--ignore-obsolete",
                "-i",
                str(POT),
                "-d",
                str(LOCALES),
                "-l",
                locale,
            )
        else:
            pybabel("-q", "init", "-i", str(POT), "-d", str(LOCALES), "-l", locale)
    fill_english()


@contextmanager
def catalog_lock():
    with (LOCALES / ".lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def translate(files: list[str]) -> list[str]:
    """Sets zh_CN translations from JSON maps; returns the msgids that are not in the template."""
    wanted: dict[str, str] = {}
    for name in files:
        wanted.update(json.loads(Path(name).read_text(encoding="utf-8")))
    po = LOCALES / "zh_CN" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale="zh_CN")
    unknown = []
    for msgid, text in wanted.items():
        message = catalog.get(msgid)
        if message is None:
            unknown.append(msgid)
            continue
        message.string = text
        message.flags.discard("fuzzy")
    with po.open("wb") as fh:
        write_po(fh, catalog, width=76, omit_header=False)  # pybabel update's width: no reflowing
    return unknown


def fill_english() -> None:
    po = LOCALES / "en" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale="en")
    for message in catalog:
        if message.id and not message.string:
            message.string = message.id
    with po.open("wb") as fh:
        write_po(fh, catalog, width=110, omit_header=False)


def problems() -> list[str]:
    """Messages in the template that either catalog lacks, leaves empty, or marks fuzzy."""
    with POT.open("rb") as fh:
        template = read_po(fh)
    found = []
    for locale in ("zh_CN", "en"):
        with (LOCALES / locale / "LC_MESSAGES" / "messages.po").open("rb") as fh:
            catalog = read_po(fh, locale=locale)
        for message in template:
            if not message.id:
                continue
            translated = catalog.get(message.id)
            if translated is None or not translated.string or translated.fuzzy:
                found.append(f"{locale}: {message.id!r}")
    return found


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "extract":
        with catalog_lock():
            extract()
    elif command == "translate":
        with catalog_lock():
            extract()
            for msgid in translate(sys.argv[2:]):
                print("not in the code (yet):", repr(msgid))
            pybabel("-q", "compile", "-d", str(LOCALES), "-D", "messages")
    elif command == "compile":
        pybabel("-q", "compile", "-d", str(LOCALES), "-D", "messages")
    missing = problems()
    for line in missing:
        print("untranslated:", line)
    return 1 if missing and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
