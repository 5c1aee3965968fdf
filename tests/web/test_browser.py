"""The back office in a real browser (Playwright driving Debian's Chromium, headless): sign in, filter the
queue, open a case with a photo, reply, and see the reply reach the reporter's chat in the sandbox.

Screenshots of the queue, case and dashboard pages (and the public tip form), at a phone and a desktop
width, are saved to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from aiohttp import web

from tests.e2e.test_tips_flow import file_a_tip
from tests.web.conftest import PASSWORD, PatientChat, make_staff

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FOUND = Path(CHROMIUM).exists()
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


async def serve(settings) -> tuple[web.AppRunner, str]:
    from bot.http import build_http_app
    from web import setup_web

    app = build_http_app(None)
    setup_web(app, settings)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


@pytest.mark.e2e
async def test_reply_from_the_browser_reaches_the_reporter(bot_app, sim, settings) -> None:
    from playwright.async_api import async_playwright

    if not CHROMIUM_FOUND:
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    reporter = PatientChat(sim, 5301, "en")
    await file_a_tip(reporter, photos=1)
    await file_a_tip(PatientChat(sim, 5302, "en"), photos=0)
    await make_staff("chief.li", "supervisor", "130100")
    runner, base = await serve(settings)
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            try:
                for name, viewport in VIEWPORTS.items():
                    context = await browser.new_context(
                        viewport=viewport, locale="zh-CN", device_scale_factor=1, is_mobile=name == "phone"
                    )
                    page = await context.new_page()
                    await page.goto(f"{base}/admin/")
                    await page.fill("input[name=username]", "chief.li")
                    await page.fill("input[name=password]", PASSWORD)
                    await page.click("button[type=submit]")
                    await page.wait_for_url(f"{base}/admin/")
                    # filter: tips of 长安区 mentioning the company
                    if not await page.is_visible("select[name=kind]"):
                        await page.click("details.filters summary")
                    await page.select_option("select[name=kind]", "tip")
                    await page.select_option("select[name=division]", "130102")
                    await page.fill("input[name=q]", "建筑")
                    await page.click("form.filter-grid button[type=submit]")
                    await page.wait_for_url("**/admin/?**kind=tip**")
                    rows = page.locator("table.cases tbody tr")
                    assert await rows.count() == 2
                    await page.screenshot(path=str(ARTIFACTS / f"queue-{name}.png"), full_page=True)

                    # open the cases until the one with the photo
                    links = await page.locator("table.cases tbody tr a.title").evaluate_all(
                        "els => els.map(e => e.getAttribute('href'))"
                    )
                    for href in links:
                        await page.goto(base + href)
                        if await page.locator(".gallery img").count():
                            break
                    image = page.locator(".gallery img").first
                    await image.wait_for()
                    width = await image.evaluate("img => img.complete ? img.naturalWidth : 0")
                    if width == 0:
                        await page.wait_for_function(
                            "() => document.querySelector('.gallery img').naturalWidth > 0"
                        )
                    if name == "desktop":
                        text = f"您好，请问工地在建设北大街哪一段？（{name}）"
                        await page.fill("#conversation textarea[name=body]", text)
                        await page.click("#conversation button[type=submit]")
                        await page.wait_for_url("**ok=reply**")
                        assert text in await page.inner_text("#conversation")
                        pushed = await reporter.expect("您好，请问工地在建设北大街哪一段", timeout=15)
                        assert "chief.li" not in pushed["text"], "staff are not named to the reporter"
                    await page.screenshot(path=str(ARTIFACTS / f"case-{name}.png"), full_page=True)

                    await page.goto(f"{base}/admin/dashboard")
                    assert await page.locator("svg.chart").count() >= 1
                    await page.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"), full_page=True)
                    await page.goto(f"{base}/report?subject_type=enterprise")
                    await page.screenshot(path=str(ARTIFACTS / f"report-{name}.png"), full_page=True)
                    await context.close()
            finally:
                await browser.close()
    finally:
        await runner.cleanup()
