"""Data files readable by the service's own user only: DATA_DIR 0700, the SQLite database with its WAL
and shared-memory files 0600, media directories 0700 and files 0400, keys 0600.

Photo originals carry GPS positions and the database holds sealed reporter identities: on a shared
machine another local account must not be able to copy them. New files get this through the process's
umask (077, set at start); `secure_data_dir` also tightens what an older version left more open.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

UMASK = 0o077


def restrict_new_files() -> None:
    """Everything the process creates from now on is private to its user."""
    os.umask(UMASK)


def secure_data_dir(data_dir: Path, sqlite_file: str | None = None) -> int:
    """Removes group and other permissions under `data_dir` (and on the SQLite files); the number of
    paths changed. Cheap enough at start-up: one stat per file."""
    changed = 0
    paths: list[Path] = []
    if data_dir.is_dir():
        paths.append(data_dir)
        for root, dirs, files in os.walk(data_dir):
            paths.extend(Path(root) / d for d in dirs)
            paths.extend(Path(root) / f for f in files)
    if sqlite_file:
        paths.extend(Path(sqlite_file + suffix) for suffix in ("", "-wal", "-shm", "-journal"))
    for path in paths:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
            if path.is_symlink() or not mode & 0o077:
                continue
            path.chmod(mode & 0o700)
            changed += 1
        except FileNotFoundError:
            continue
    return changed
