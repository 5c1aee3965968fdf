"""axe-core in Chromium over every public page, every back-office page and the sandbox chat, at a phone and a
desktop size: no serious or critical violation. Also what axe cannot judge but a person notices at once:
after a failed tip the focus lands on an error summary whose links lead to the fields, each field with an
error says so (aria-invalid) and names its message (aria-describedby), language links say their language,
and primary buttons are big enough for a thumb (>= 44 px tall on a phone).

axe-core is the copy bundled in the axe-playwright-python wheel, injected into each page: no network.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from bot.demo import _demo_csv
from certs import keys
from certs.importer import import_csv
from certs.links import issue_qr_text
from certs.registry import find_by_cert_no
from foundation import clock
from models.cases import Case
from tests.conftest import TOKEN
from tests.web.conftest import PASSWORD, file_tip, make_staff
from tests.web.test_browser import ARGS, CHROMIUM, CHROMIUM_FOUND, serve

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
BLOCKING = ("serious", "critical")
# what a person taps to go on: primary buttons, the form's submit buttons, the header's links and controls;
# in the sandbox chat the send button and the bot's buttons
TAP_TARGETS = (
    "button.primary, .button.primary, main button[type=submit], .langs a, .nav a, .top button, "
    "#send, .ikb button, #replykb button"
)
PUBLIC_URL = "https://verify.example.gov.cn"
CHAT_USER = 7301


def describe(where: str, violations: list[dict[str, Any]]) -> str:
    """One readable paragraph per violation: rule, impact, help, and each offending element."""
    lines = []
    for v in violations:
        lines.append(f"{where}: {v['id']} ({v['impact']}) {v['help']} <{v['helpUrl']}>")
        for node in v["nodes"][:8]:
            targets = ", ".join(map(str, node["target"]))
            lines.append(f"    {targets}: {node.get('failureSummary', '')}"[:400])
            lines.append(f"      {node['html'][:200]}")
    return "\n".join(lines)


@dataclasses.dataclass(frozen=True)
class Visit:
    size: str  # a key of VIEWPORTS
    lang: str  # a gettext locale


@dataclasses.dataclass(frozen=True)
class Seeds:
    """What the pages show: a filed tip (and its case), QR links of a valid and of a revoked card."""

    filed: Any
    case: Case
    valid: str
    revoked: str


async def chat_with_buttons(sim: Any, sandbox_server: Any) -> None:
    """A sandbox conversation with text, inline buttons and a reply keyboard, sent straight to the Bot API
    (no bot runs here): the chat page then shows every kind of bubble and button it draws."""
    from aiohttp import ClientSession

    await sim.send_text(CHAT_USER, "/start", language_code="zh-hans", first_name="测试")
    api = f"{sandbox_server.bot_api_url}{TOKEN}"
    buttons = [{"text": "企业", "callback_data": "a"}, {"text": "培训机构", "callback_data": "b"}]
    inline = {"inline_keyboard": [buttons]}
    reply = {"keyboard": [[{"text": "匿名举报"}], [{"text": "实名举报"}]], "resize_keyboard": True}
    async with ClientSession() as http:
        for text, markup in (("您要举报谁？", inline), ("是否匿名？", reply)):
            answer = await http.post(
                f"{api}/sendMessage", json={"chat_id": CHAT_USER, "text": text, "reply_markup": markup}
            )
            assert answer.status == 200, await answer.text()


class Audit:
    """Runs axe on each page visited and keeps every serious or critical finding for one report."""

    def __init__(self) -> None:
        from axe_playwright_python.async_playwright import Axe

        self.axe = Axe()
        self.problems: list[str] = []
        self.pages: list[str] = []

    async def check(self, page: Any, where: str, viewport: str) -> None:
        await page.wait_for_load_state("load")
        results = await self.axe.run(page)
        blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
        label = f"[{viewport}] {where} ({page.url})"
        self.pages.append(label)
        if blocking:
            self.problems.append(describe(label, blocking))
        if viewport == "phone":
            small = await page.locator(TAP_TARGETS).evaluate_all(
                """els => els.filter(e => e.offsetParent !== null)
                    .map(e => [e.outerHTML.slice(0, 120), e.getBoundingClientRect().height])
                    .filter(([, h]) => h < 44)"""
            )
            for html, height in small:
                self.problems.append(f"{label}: tap target {height:.0f} px tall (< 44): {html}")
        langs = await page.locator(".langs a").evaluate_all(
            "els => els.filter(e => !e.lang || !e.hreflang).map(e => e.outerHTML)"
        )
        for html in langs:
            self.problems.append(f"{label}: language link without lang/hreflang: {html}")


async def sign_in(page: Any, base: str, username: str) -> None:
    await page.goto(f"{base}/admin/login")
    await page.fill("input[name=username]", username)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(f"{base}/admin/")


async def sign_out(page: Any, base: str) -> None:
    await page.click("form[action='/admin/logout'] button")
    await page.wait_for_url("**/admin/login**")


async def check_error_summary(page: Any, where: str) -> list[str]:
    """The tip form after a failed submission: focus on the summary, its links reach fields that are marked
    invalid and described by their own message."""
    problems = []
    focused = await page.evaluate("() => document.activeElement && document.activeElement.id")
    if focused != "error-summary":
        problems.append(f"{where}: focus is on {focused!r}, not on the error summary")
    links = await page.locator("#error-summary a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    if not links:
        problems.append(f"{where}: the error summary links to no field")
    for href in links:
        field = page.locator(href)
        if await field.count() != 1:
            problems.append(f"{where}: summary link {href} leads nowhere")
            continue
        if await field.get_attribute("aria-invalid") != "true":
            problems.append(f"{where}: {href} is not marked aria-invalid")
        described = (await field.get_attribute("aria-describedby") or "").split()
        texts = [await page.locator(f"#{d}").all_inner_texts() for d in described]
        if not any(t.strip() for found in texts for t in found):
            problems.append(f"{where}: {href} is not described by its error message")
    return problems


@pytest.mark.e2e
async def test_no_serious_accessibility_violation_on_any_page(
    database, settings, sandbox_server, sim
) -> None:
    from playwright.async_api import async_playwright

    if not CHROMIUM_FOUND:
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    settings = dataclasses.replace(settings, public_url=PUBLIC_URL)
    filed = await file_tip(settings, password=PASSWORD)
    await file_tip(settings, subject_name="长安区某机械厂")
    await make_staff("a11y.admin", "admin", "130000")
    await make_staff("a11y.super", "supervisor", "130100")
    await make_staff("a11y.keeper", "custodian", "130100")
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    key = keys.active_key(settings.keys_dir)
    valid = issue_qr_text((await find_by_cert_no("T130102199001011237")).cert_fields(), key, PUBLIC_URL)
    revoked = issue_qr_text((await find_by_cert_no("T130102199112126678")).cert_fields(), key, PUBLIC_URL)
    await chat_with_buttons(sim, sandbox_server)
    seeds = Seeds(filed, await Case.get(id=filed.case.id), valid, revoked)
    runner, base = await serve(settings)
    audit = Audit()
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            try:
                for name, viewport in VIEWPORTS.items():
                    for locale in ("zh-CN", "en"):
                        if locale == "en" and name == "desktop":
                            continue  # the English words at one size are enough: layout is the same
                        context = await browser.new_context(
                            viewport=viewport, locale=locale, device_scale_factor=1, is_mobile=name == "phone"
                        )
                        page = await context.new_page()
                        lang = "en" if locale == "en" else "zh_CN"
                        await visit_all(page, base, Visit(name, lang), audit, seeds)
                        await page.add_init_script(f"localStorage.setItem('sandbox.userId', '{CHAT_USER}')")
                        await page.goto(sandbox_server.base_url + "/sandbox/")
                        await page.wait_for_selector(".ikb button")
                        await audit.check(page, "sandbox chat", name)
                        await context.close()
            finally:
                await browser.close()
    finally:
        await runner.cleanup()
    assert len(audit.pages) > 40, audit.pages
    assert not audit.problems, "\n\n".join(audit.problems)


async def visit_all(page: Any, base: str, visit: Visit, audit: Audit, seeds: Seeds) -> None:
    size, lang, label = visit.size, visit.lang, f"{visit.size}/{visit.lang}"
    filed, case, valid, revoked = seeds.filed, seeds.case, seeds.valid, seeds.revoked
    q = f"?lang={lang}"
    # public: the tip form from the start to the receipt, with a failed submission on the way
    await page.goto(f"{base}/report{q}")
    await audit.check(page, "report: start", size)
    await page.goto(f"{base}/report{q}&subject_type=enterprise")
    await audit.check(page, "report: form", size)
    await page.click("form.stack button.primary")
    await page.wait_for_selector("#error-summary")
    await audit.check(page, "report: form with errors", size)
    audit.problems += await check_error_summary(page, f"[{size}] report: form with errors")
    await page.check("input[name=violation] >> nth=0")
    await page.fill("input[name=subject_name]", "石家庄某某建筑有限公司")
    await page.fill("input[name=address]", "河北省石家庄市长安区建设北大街")
    await page.check("input[name=occurred] >> nth=0")
    await page.fill("textarea[name=description]", "工地上的电焊工都没有特种作业操作证，已经干了三个月。")
    await page.click("form.stack button.primary")
    await page.wait_for_selector("dl.grid")
    await audit.check(page, "report: check your report", size)
    await page.click("button.primary")
    await page.wait_for_selector(".receipt")
    await audit.check(page, "report: receipt", size)

    await page.goto(f"{base}/report{q}&subject_type=enterprise")
    await page.locator("input[name=draft]").evaluate("field => { field.value = 'expired'; }")
    await page.click("form.stack button.primary")
    await page.wait_for_selector("a.button.primary[href='/report']")
    await audit.check(page, "report: form expired", size)

    await page.goto(f"{base}/status{q}")
    await audit.check(page, "status: sign in", size)
    await page.fill("input[name=code]", filed.receipt_code)
    await page.fill("input[name=password]", "wrong-password")
    await page.click("main button[type=submit]")
    await audit.check(page, "status: wrong password", size)
    await page.fill("input[name=code]", filed.receipt_code)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("main button[type=submit]")
    await page.wait_for_selector("form[action^='/status/action']")
    await page.fill("textarea[name=body]", f"补充：电焊工大约有十个人（{label}）")
    await page.click("form[action^='/status/action'] button.primary")
    await page.wait_for_selector("ol.messages")
    await audit.check(page, "status: the tip, with messages", size)

    await page.goto(f"{base}/verify{q}")
    await audit.check(page, "verify: lookup", size)
    await page.goto(base + valid[len(PUBLIC_URL) :] + q)
    await audit.check(page, "verify: valid card", size)
    await page.goto(base + revoked[len(PUBLIC_URL) :] + q)
    await audit.check(page, "verify: revoked card", size)
    await page.goto(f"{base}/V/not-digits{q}")
    await audit.check(page, "page not found", size)
    await page.goto(f"{base}/admin/enrol{q}")
    await audit.check(page, "custodian enrolment", size)

    # back office
    await page.goto(f"{base}/admin/login{q}")
    await audit.check(page, "login", size)
    await sign_in(page, base, "a11y.super")
    await page.goto(f"{base}/admin/cases/{case.id}?lang={lang}")
    await page.fill("#conversation textarea[name=body]", f"您好，请问工地在建设北大街哪一段？（{label}）")
    await page.click("#conversation button[type=submit]")
    await page.wait_for_url("**ok=reply**")
    await audit.check(page, "case, after a reply", size)
    await sign_out(page, base)
    await sign_in(page, base, "a11y.admin")
    for path, where in (
        ("/admin/", "queue"),
        ("/admin/?status=all", "queue, all"),
        (f"/admin/cases/{case.id}", "case"),
        ("/admin/dashboard", "dashboard"),
        ("/admin/invites", "invite codes"),
        ("/admin/users", "users"),
        ("/admin/api-clients", "API clients"),
        ("/admin/rewards", "reward rules"),
        ("/admin/cases/99999999", "no such case"),
    ):
        await page.goto(f"{base}{path}{'&' if '?' in path else '?'}lang={lang}")
        await audit.check(page, where, size)
    await sign_out(page, base)
    await sign_in(page, base, "a11y.keeper")
    for path, where in (("/admin/custody", "custody"), (f"/admin/cases/{case.id}", "case, custodian")):
        await page.goto(f"{base}{path}?lang={lang}")
        await audit.check(page, where, size)
    await sign_out(page, base)
