"""Serves the web part alone for trying it by hand: `python -m tests.web.serve_demo [PORT]`.

It uses a throw-away SQLite database and DATA_DIR in a temporary folder, creates an admin (admin /
admin-password-1, scope 河北省) and a handler of 长安区 (handler / handler-password-1), files a few tips,
and serves /admin/, /report, /status and /api/v1/ on 127.0.0.1 (default port 8090) until Ctrl-C.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from aiohttp import web

from bot.http import build_http_app
from cases import staff, tips
from cases.sealing import sealer_for
from foundation import db
from foundation.config import load_settings
from tests.web.conftest import draft
from web import setup_web


async def main(port: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="safetywatch-web-demo-"))
    settings = load_settings({"DATA_DIR": str(root), "HTTP_PORT": str(port)})
    await db.migrate(settings.database_url)
    await db.init_db(settings.database_url)
    await staff.create_user("admin", "admin-password-1", "admin", "130000", "管理员")
    await staff.create_user("handler", "handler-password-1", "handler", "130102", "李科员")
    sealer = sealer_for(str(settings.keys_dir))
    for name in ("石家庄某某建筑有限公司", "长安区某机械厂"):
        await tips.file_tip(draft(subject_name=name), sealer=sealer, password="demo-password")
    await tips.file_tip(
        draft(subject_type="training", violation="tr_selling_certs", subject_name="某某职业培训学校"),
        sealer=sealer,
        password="demo-password",
    )
    app = build_http_app(None)
    setup_web(app, settings)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(f"http://127.0.0.1:{port}/admin/  (admin / admin-password-1)  data: {root}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await db.close_db()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 8090))
