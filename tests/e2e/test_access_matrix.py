"""Who may do what: every role against every bot command and button, every back-office page and every API
endpoint, written as tables (target → role → expected outcome); and the reporter's identity in no view but
the custodian's reveal.

The world: a worker files a real-name tip from Telegram (contact 王五 13912345678) and checks a certificate;
safety officers of enterprise A (石家庄, county X = 长安区) and of enterprise B (唐山) are linked by invite
codes; an inspector of county X; back-office staff of city Y (石家庄市: handler, supervisor, custodian) and
an admin of the province (河北省), their Telegram accounts linked with /link. Other cases lie in another
city (唐山市路北区) and another province (北京市朝阳区).

Buttons are pressed the way a modified client can press them: Telegram hands the bot whatever callback data
the client sends, so each press carries the data of the table, whether or not the bot ever offered that
button in that chat. A failure names the role and the target; all mismatches of a table are reported at
once.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import pytest

import tests.web.conftest as web_conftest
from cases import inspections, tips
from cases.invites import create_invite, create_staff_link
from foundation import clock
from foundation.media import MediaStore
from models.attachments import Attachment
from models.cases import Case, CaseEvent, CaseMessage
from models.invites import InviteCode
from models.orgs import Enterprise, JobHolder
from models.staff import StaffUser
from models.tips import Tip
from models.users import User
from notices import service as notices
from ocr.documents import DocumentResult
from tests.e2e.chat import Chat, jpeg_bytes
from tests.e2e.test_tips_flow import file_a_tip, receipt_and_password
from tests.notices.test_notices import make_certs
from tests.web.conftest import PASSWORD, PatientChat, file_tip, login, make_staff
from tests.web.test_api import PHONE_TIP, bearer, make_client_token

pytestmark = pytest.mark.e2e
make_client = web_conftest.make_client  # the web tests' fixture: a back office on the bot's database

# --- the roles ----------------------------------------------------------------------------------------

PUBLIC, WORKER, OFFICER_A, OFFICER_B, INSPECTOR = "public", "worker", "officer A", "officer B", "inspector X"
HANDLER, SUPERVISOR, CUSTODIAN, ADMIN = "handler Y", "supervisor Y", "custodian Y", "admin"
ROLES = (PUBLIC, WORKER, OFFICER_A, OFFICER_B, INSPECTOR, HANDLER, SUPERVISOR, CUSTODIAN, ADMIN)
STAFF = (HANDLER, SUPERVISOR, CUSTODIAN, ADMIN)
WORKS_CASES = (HANDLER, SUPERVISOR, ADMIN)
NOT_STAFF = (PUBLIC, WORKER, OFFICER_A, OFFICER_B, INSPECTOR)
NOBODY = "not signed in"  # roles 1-5 on the web: they have no back-office account
WEB_ROLES = (NOBODY, *STAFF)

WORKER_TG = 861234567
TG_IDS = {
    PUBLIC: 8601,
    WORKER: WORKER_TG,
    OFFICER_A: 8603,
    OFFICER_B: 8604,
    INSPECTOR: 8605,
    HANDLER: 8606,
    SUPERVISOR: 8607,
    CUSTODIAN: 8608,
    ADMIN: 8609,
}
ACCOUNTS = {  # role → (username, back-office role, jurisdiction)
    HANDLER: ("m.handler", "handler", "130100"),  # 石家庄市 (city Y)
    SUPERVISOR: ("m.super", "supervisor", "130100"),
    CUSTODIAN: ("m.keeper", "custodian", "130100"),
    ADMIN: ("m.admin", "admin", "130000"),  # 河北省: sees 唐山 too, not 北京
}
ENTERPRISE_A, CREDIT_A = "石家庄某某建筑有限公司", "91130100MA07L0QX3W"  # in 长安区 (county X)
ENTERPRISE_B, CREDIT_B = "唐山某某机械有限公司", "91130203MA0B7K2X54"
SECRETS = (str(WORKER_TG), "13912345678", "王五")  # who filed the tip: Telegram id, phone, name
REASON = "公安机关依法调取举报人信息"


def to(roles: Iterable[str], outcome: Any) -> dict[str, Any]:
    return dict.fromkeys(roles, outcome)


def leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


# --- talking to the bot -------------------------------------------------------------------------------

NOT_LINKED = "This is for case handlers"
NOT_OFFICER = "This is for enterprise safety officers"
NOT_INSPECTOR = "This is for inspectors"
NOT_YOURS = "This tip cannot be opened from this account"
NO_SUCH_CASE = "No such case in your jurisdiction"
MENU_A, MENU_B = f"{ENTERPRISE_A} — job-holder list", f"{ENTERPRISE_B} — job-holder list"
TIMEOUT = 6.0
_forged = itertools.count(1)


def shown(message: dict[str, Any]) -> str:
    """A bot message as the user sees it: text or caption, and the labels of its buttons."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    labels = [button.get("text", "") for row in rows for button in row]
    return "\n".join([message.get("text") or message.get("caption") or "", *labels])


async def answer(chat: Chat, *phrases: str, timeout: float = TIMEOUT) -> dict[str, Any]:
    """The bot's next message containing one of `phrases` (any message when none is given)."""
    deadline = time.monotonic() + timeout
    while True:
        for message in await chat.sim.bot_messages(chat.user_id, after=chat.seen):
            if not message["deleted"] and (not phrases or any(p in shown(message) for p in phrases)):
                chat.seen = max(chat.seen, message["message_id"])
                return message
        if time.monotonic() >= deadline:
            raise TimeoutError(f"no answer with {phrases!r}")
        await asyncio.sleep(0.03)


async def send(chat: Chat, text: str) -> int:
    """Sends `text`; returns the id of the last message seen before, to read what came after."""
    await chat._sync()
    mark = chat.seen
    sent = await chat.sim.send_text(chat.user_id, text, language_code=chat.language_code)
    chat.seen = max(chat.seen, sent["message_id"])
    return mark


async def press(chat: Chat, data: str) -> int:
    """Presses a button with callback data `data` on the chat's latest bot message, as a modified client
    can: the data need not belong to any button the bot sent. Returns the id of the last message seen."""
    latest = (await chat.sim.bot_messages(chat.user_id))[-1]
    await chat._sync()
    mark = chat.seen
    user = {"id": chat.user_id, "is_bot": False, "first_name": chat.first_name, "language_code": "en"}
    await chat.sim.send_raw(
        {
            "callback_query": {
                "id": f"forged-{next(_forged)}",
                "from": user,
                "message": {
                    "message_id": latest["message_id"],
                    "date": int(time.time()),
                    "chat": {"id": chat.user_id, "type": "private", "first_name": chat.first_name},
                    "text": latest.get("text") or "…",
                },
                "chat_instance": f"ci-{chat.user_id}",
                "data": data,
            }
        }
    )
    return mark


async def said_since(chat: Chat, mark: int) -> list[str]:
    return [shown(m) for m in await chat.sim.bot_messages(chat.user_id, after=mark)]


async def settle(chat: Chat) -> None:
    """Drops a form the last step may have opened, with /cancel and its confirmation button."""
    await send(chat, "/cancel")
    got = await answer(chat, "nothing to cancel", "Drop your unfinished")
    if "Drop your unfinished" in shown(got):
        await chat.press("cancel:yes", expect="Dropped")


# --- the Telegram world -------------------------------------------------------------------------------


@dataclass
class BotWorld:
    chats: dict[str, Chat]
    tip: Case  # the worker's real-name tip, in 长安区
    receipt: str  # its receipt code as stored (no dashes)
    tangshan: Case  # another city
    beijing: Case  # another province
    own_case: dict[str, int]  # staff role → a case in 长安区 for that role alone to act on
    holders: dict[str, int]  # a1, a2: enterprise A's; b1: enterprise B's
    enterprise_a: Enterprise
    codes: dict[str, str] = field(default_factory=dict)  # spare invite codes, never to be redeemed

    def values(self, role: str) -> dict[str, Any]:
        """What the placeholders of the tables stand for, as seen by `role`."""
        return {
            "role": role,
            "tip": self.tip.id,
            "tangshan": self.tangshan.id,
            "beijing": self.beijing.id,
            "receipt": self.receipt,
            "receipt_shown": tips.format_receipt(self.receipt),
            # Staff act on a case of their own, so one role's action cannot hide another's refusal;
            # everybody else aims at the worker's tip.
            "own_case": self.own_case.get(role, self.tip.id),
            # Officer A removes A's second holder; everybody else tries A's first.
            "holder": self.holders["a2"] if role == OFFICER_A else self.holders["a1"],
            "a1": self.holders["a1"],
            "enterprise_a": self.enterprise_a.id,
            **self.codes,
        }


async def onboard_officer(chat: Chat, code: str, name: str) -> None:
    await send(chat, f"/enterprise {code}")
    await answer(chat, f"You are now a safety officer of {name}")
    await answer(chat, "job-holder list")


async def link_staff(chat: Chat, role: str) -> None:
    username, _role, _division = ACCOUNTS[role]
    code = await create_staff_link(username)
    await send(chat, f"/link {code}")
    await answer(chat, f"Linked to back-office user {username}")


async def build_bot_world(sim: Any, settings: Any) -> BotWorld:
    await make_certs(clock.today())
    chats = {role: Chat(sim, TG_IDS[role], "en", first_name=role.split()[0].title()) for role in ROLES}
    chats[WORKER] = PatientChat(sim, WORKER_TG, "en")
    for username, role, division in ACCOUNTS.values():
        await make_staff(username, role, division)
    invite_a = await create_invite(
        "enterprise", credit_code=CREDIT_A, enterprise_name=ENTERPRISE_A, division_code="130102"
    )
    invite_b = await create_invite(
        "enterprise", credit_code=CREDIT_B, enterprise_name=ENTERPRISE_B, division_code="130203"
    )
    invite_x = await create_invite("inspector", division_code="130102")

    async def worker() -> str:
        filed = await file_a_tip(chats[WORKER], anonymous=False, photos=0)
        await chats[WORKER].expect("Scan to open the status page")
        await send(chats[WORKER], "/verify T130102199001011234 王建国")
        await answer(chats[WORKER], "王*国")  # the verdict (⚠️: the re-exam is due within a month)
        return receipt_and_password(filed["text"])[0]

    async def inspector() -> None:
        await send(chats[INSPECTOR], f"/inspect {invite_x.code}")
        await answer(chats[INSPECTOR], "You are now an inspector for division 130102")
        await answer(chats[INSPECTOR], "What are you inspecting?")
        await settle(chats[INSPECTOR])

    receipt, *_rest = await asyncio.gather(
        worker(),
        inspector(),
        onboard_officer(chats[OFFICER_A], invite_a.code, ENTERPRISE_A),
        onboard_officer(chats[OFFICER_B], invite_b.code, ENTERPRISE_B),
        *(link_staff(chats[role], role) for role in STAFF),
    )
    for role in NOT_STAFF:  # everyone has spoken to the bot once, so there is a message to press on
        await send(chats[role], "/start")
        await answer(chats[role], "Work-safety tip line")
    receipt = tips.normalize_receipt(receipt)
    tip = await Case.get(id=(await Tip.get(receipt_code=receipt)).case_id)
    tangshan = (await file_tip(settings, division_code="130203", subject_name="唐山某公司")).case
    beijing = (
        await file_tip(settings, division_code="110105", subject_name="北京某公司", address="北京市朝阳区")
    ).case
    own_case = {}
    for role in STAFF:
        own_case[role] = (await file_tip(settings, subject_name=f"某某公司（{role}）")).case.id
    enterprise_a = await Enterprise.get(credit_code=CREDIT_A)
    enterprise_b = await Enterprise.get(credit_code=CREDIT_B)
    a1 = await notices.add_holder(enterprise_a, "special_worker", "王建国", "T130102199001011234")
    a2 = await notices.add_holder(enterprise_a, "special_worker", "赵铁柱", "T130102198505051111")
    b1 = await notices.add_holder(enterprise_b, "special_worker", "孙小红", None)
    spare = {
        "enterprise_code": (
            await create_invite("enterprise", credit_code=CREDIT_A, enterprise_name=ENTERPRISE_A)
        ).code,
        "inspector_code": (await create_invite("inspector", division_code="130102")).code,
        "link_code": await create_staff_link(ACCOUNTS[HANDLER][0]),
        "used_code_a": invite_a.code,
    }
    return BotWorld(
        chats=chats,
        tip=tip,
        receipt=receipt,
        tangshan=tangshan,
        beijing=beijing,
        own_case=own_case,
        holders={"a1": a1.holder.id, "a2": a2.holder.id, "b1": b1.holder.id},
        enterprise_a=enterprise_a,
        codes=spare,
    )


# --- the Telegram tables ------------------------------------------------------------------------------

Effect = Callable[[BotWorld, str], Awaitable[bool]]


@dataclass(frozen=True)
class Says:
    """The expected answer: a phrase of it (None: any answer), phrases it must not show, and whether the
    row's effect is seen afterwards (None: not checked)."""

    phrase: str | None
    acts: bool | None = None
    hides: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    target: str  # a command, or the callback data of a button
    cells: dict[str, Says | str]
    effect: Effect | None = None  # what the action would change, checked after each press
    then: str | None = None  # a message sent after the press (the text a reply or an answer asks for)
    form: bool = False  # the answer may open a form, dropped again with /cancel


def everyone(outcome: Says | str) -> dict[str, Says | str]:
    return to(ROLES, outcome)


COMMANDS = [
    Row("/start", everyone("Work-safety tip line")),
    Row("/help", everyone("What I can do")),
    Row("/language", everyone("Choose your language")),
    Row("/privacy", everyone("Your privacy")),
    Row("/verify", everyone("followed by the certificate number")),
    Row("/report", everyone("Who or what is the report about?"), form=True),
    Row("/status", everyone("Type the receipt code of the tip"), form=True),
    Row("/mytips", {**everyone("You have not filed any tips"), WORKER: "Your tips"}),
    Row(
        "/enterprise",
        {**everyone(NOT_OFFICER), OFFICER_A: MENU_A, OFFICER_B: Says(MENU_B, hides=("王建国", "赵铁柱"))},
    ),
    Row("/inspect", {**everyone(NOT_INSPECTOR), INSPECTOR: "What are you inspecting?"}, form=True),
    Row("/link", everyone("Send /link followed by the code")),
    Row("/link ABCDEFGHJK", everyone("That link code is unknown, used or expired")),
    Row("/queue", {**to(NOT_STAFF, NOT_LINKED), **to(STAFF, "Open cases, nearest deadline first")}),
    Row("/case {tip}", {**to(NOT_STAFF, NOT_LINKED), **to(STAFF, "#{tip} ")}),
    Row("/case {tangshan}", {**to(NOT_STAFF, NOT_LINKED), **to(STAFF, NO_SUCH_CASE), ADMIN: "#{tangshan} "}),
    Row("/case {beijing}", {**to(NOT_STAFF, NOT_LINKED), **to(STAFF, NO_SUCH_CASE)}),
    Row("/cancel", everyone("There is nothing to cancel.")),
]

# Invite codes used by the wrong person or with the wrong command: refused, and still unused afterwards.
MISUSED_CODES = [
    Row("/enterprise {link_code}", {PUBLIC: "not valid for enterprise officers"}),
    Row("/inspect {enterprise_code}", {PUBLIC: "not valid for inspectors"}),
    Row("/link {inspector_code}", {PUBLIC: "That link code is unknown, used or expired"}),
    Row("/enterprise {used_code_a}", {PUBLIC: "already been used"}),
    Row("/enterprise {enterprise_code}", {OFFICER_B: Says(MENU_B, hides=("王建国",))}),  # B stays B
]


async def _case(w: BotWorld, role: str) -> Case:
    return await Case.get(id=w.values(role)["own_case"])


async def accepted(w: BotWorld, role: str) -> bool:
    return (await _case(w, role)).status != "received"


async def taken(w: BotWorld, role: str) -> bool:
    return (await _case(w, role)).assignee is not None


async def replied(w: BotWorld, role: str) -> bool:
    return await CaseMessage.filter(case_id=(await _case(w, role)).id, visibility="public").exists()


async def took_a_case(w: BotWorld, role: str) -> bool:
    return role in ACCOUNTS and await Case.filter(assignee=ACCOUNTS[role][0]).exists()


async def added_to_the_tip(w: BotWorld, role: str) -> bool:
    body = f"补充情况：{role} 也看见了"
    return await CaseMessage.filter(case_id=w.tip.id, visibility="reporter", body=body).exists()


async def holder_removed(w: BotWorld, role: str) -> bool:
    return (await JobHolder.get(id=w.values(role)["holder"])).removed_at is not None


REFUSED_TO_STAFF = Says("Your role can read cases but not work on them", acts=False)
BUTTONS = [
    # The case queue (handlers/staff_queue.py): only staff who work cases act on them.
    Row("sq:show:{tip}", {**to(NOT_STAFF, NOT_LINKED), **to(STAFF, "#{tip} ")}),
    Row(
        "sq:accept:{own_case}",
        {
            **to(NOT_STAFF, Says(NOT_LINKED, acts=False)),
            **to(WORKS_CASES, Says("#{own_case} ", acts=True)),
            CUSTODIAN: REFUSED_TO_STAFF,
        },
        effect=accepted,
    ),
    Row(
        "sq:take:{own_case}",
        {
            **to(NOT_STAFF, Says(NOT_LINKED, acts=False)),
            **to(WORKS_CASES, Says("#{own_case} ", acts=True)),
            CUSTODIAN: REFUSED_TO_STAFF,
        },
        effect=taken,
    ),
    Row(
        "sq:reply:{own_case}",
        {
            **to(NOT_STAFF, Says(NOT_LINKED, acts=False)),
            **to(WORKS_CASES, Says("Type the reply to the reporter", acts=True)),
            CUSTODIAN: REFUSED_TO_STAFF,
        },
        effect=replied,
        then="请补充工地的门牌号（{role}）",
    ),
    Row(
        "sq:next:0",
        {
            **to(NOT_STAFF, Says(NOT_LINKED, acts=False)),
            **to(WORKS_CASES, Says(None)),
            CUSTODIAN: REFUSED_TO_STAFF,
        },
        effect=took_a_case,
    ),
    # The worker's tip (handlers/followup.py): only the account that filed it.
    Row("tipact:show:{receipt}", {**everyone(NOT_YOURS), WORKER: "Tip {receipt_shown}"}),
    Row("tipact:review:{receipt}", {**everyone(NOT_YOURS), WORKER: "once the tip is closed"}),
    Row(
        "tipact:add:{receipt}",
        {**everyone(Says(NOT_YOURS, acts=False)), WORKER: Says("Type your answer", acts=True)},
        effect=added_to_the_tip,
        then="补充情况：{role} 也看见了",
    ),
    Row(
        "ans:{receipt}",
        {**everyone(Says(NOT_YOURS, acts=False)), WORKER: Says("Type your answer", acts=True)},
        effect=added_to_the_tip,
        then="补充情况：{role} 也看见了",
    ),
    # Enterprise officers (handlers/enterprise.py): each on their own enterprise's list only.
    Row("ent:menu", {**everyone(NOT_OFFICER), OFFICER_A: MENU_A, OFFICER_B: MENU_B}),
    Row("ent:add", {**everyone(NOT_OFFICER), **to((OFFICER_A, OFFICER_B), "Which post")}, form=True),
    Row(
        "ent:rm",
        {
            **everyone(NOT_OFFICER),
            OFFICER_A: Says("Whom do you want to remove?", hides=("孙小红",)),
            OFFICER_B: Says("Whom do you want to remove?", hides=("王建国", "赵铁柱")),
        },
    ),
    Row(
        "ent:rm1:{a1}",
        {
            **everyone(NOT_OFFICER),
            OFFICER_A: "Remove 王建国",
            OFFICER_B: "That person is no longer on the list",
        },
    ),
    Row(
        "ent:rm2:{holder}",
        {
            **everyone(Says(NOT_OFFICER, acts=False)),
            OFFICER_A: Says("Removed 赵铁柱", acts=True),
            OFFICER_B: Says(MENU_B, acts=False, hides=("王建国",)),
        },
        effect=holder_removed,
    ),
    Row("ent:public:{enterprise_a}", everyone("What happened?"), form=True),  # the notice's QR: public
]


async def run_cell(w: BotWorld, role: str, row: Row) -> list[str]:
    """Runs one cell of a table; returns what went against the table, naming role and target."""
    chat, values = w.chats[role], w.values(role)
    cell = row.cells[role]
    says = Says(cell) if isinstance(cell, str) else cell
    phrase = says.phrase.format(**values) if says.phrase else None
    target = row.target.format(**values)
    where = f"{role} · {target}"
    mark = await (send(chat, target) if target.startswith("/") else press(chat, target))
    problems = []
    try:
        got = shown(await (answer(chat, phrase) if phrase else answer(chat)))
        hidden = [h for h in says.hides if h in got]
        if hidden:
            problems.append(f"{where}: the answer shows {hidden}: {got!r}")
    except TimeoutError:
        wanted = f"an answer with {phrase!r}" if phrase else "an answer"
        problems.append(f"{where}: expected {wanted}; got {await said_since(chat, mark)!r}")
    if row.then:
        mark = await send(chat, row.then.format(**values))
        try:
            await answer(chat, "Reply sent", "Sent to the office", "Choose what you want to do")
        except TimeoutError:
            problems.append(f"{where}, then {row.then!r}: no answer; got {await said_since(chat, mark)!r}")
    if row.effect is not None and says.acts is not None:
        acted = await row.effect(w, role)
        if acted != says.acts:
            verb = "was able to" if acted else "could not"
            problems.append(f"{where}: {verb} do it ({row.effect.__name__} is {acted})")
    if row.form:
        await settle(chat)
    return problems


async def run_table(w: BotWorld, rows: list[Row]) -> list[str]:
    """Row by row; the roles of a row at once (each in its own chat, as the bot serves them)."""
    problems: list[str] = []
    for row in rows:
        found = await asyncio.gather(*(run_cell(w, role, row) for role in ROLES if role in row.cells))
        problems += [p for cell in found for p in cell]
    return problems


@pytest.fixture
async def no_flood_pacing(sandbox_server, sim):
    """The sandbox's per-chat limit (1 message/s) would only slow these many short exchanges down."""
    old = sandbox_server.flood_limits.as_dict()
    await sim.set_flood(enabled=False)
    yield
    await sim.set_flood(**old)


async def test_bot_commands_and_buttons_by_role(bot_app, sim, settings, no_flood_pacing) -> None:
    w = await build_bot_world(sim, settings)
    worker = await User.get(tg_id=WORKER_TG)
    assert worker.roles in ([], ["public"]) and not await StaffUser.exists(tg_id=WORKER_TG)

    problems = await run_table(w, MISUSED_CODES)
    for name in ("enterprise_code", "inspector_code", "link_code"):
        if await InviteCode.exists(code=w.codes[name], used_at__isnull=False):
            problems.append(f"{PUBLIC}/{OFFICER_B}: the misused {name} was spent")
    public = await User.get(tg_id=TG_IDS[PUBLIC])
    if public.roles or public.enterprise_id or await StaffUser.exists(tg_id=TG_IDS[PUBLIC]):
        problems.append(f"{PUBLIC}: gained roles {public.roles} from misused codes")
    officer_b = await User.get(tg_id=TG_IDS[OFFICER_B])
    if officer_b.enterprise_id != (await Enterprise.get(credit_code=CREDIT_B)).id:
        problems.append(f"{OFFICER_B}: /enterprise with A's code moved them to enterprise A")

    problems += await run_table(w, COMMANDS)
    problems += await run_table(w, BUTTONS)
    if (await JobHolder.get(id=w.holders["a1"])).removed_at is not None:
        problems.append("enterprise A's holder 王建国 was removed by someone")

    # The reporter's identity reaches no other chat: not the /queue, /case and button answers of staff.
    for role in ROLES:
        if role == WORKER:
            continue  # the worker's own chat shows what they typed
        for message in await sim.bot_messages(TG_IDS[role]):
            if leaks(shown(message)):
                problems.append(f"{role}: the chat shows {leaks(shown(message))}: {shown(message)[:200]!r}")
    staff_texts = "\n".join([shown(m) for role in STAFF for m in await sim.bot_messages(TG_IDS[role])])
    assert f"#{w.tip.id} " in staff_texts, "staff did see the tip in /queue and /case"
    assert not problems, "\n".join(problems)


# --- the web and API world ----------------------------------------------------------------------------


@dataclass
class WebWorld:
    values: dict[str, Any]
    tip: Case


async def build_web_world(sim: Any, settings: Any) -> WebWorld:
    filed = await file_a_tip(PatientChat(sim, WORKER_TG, "en"), anonymous=False, photos=1)
    receipt = tips.normalize_receipt(receipt_and_password(filed["text"])[0])
    tip = await Case.get(id=(await Tip.get(receipt_code=receipt)).case_id)
    photo = await Attachment.get(case_id=tip.id)
    tangshan = (await file_tip(settings, division_code="130203", subject_name="唐山某公司")).case
    beijing = (
        await file_tip(settings, division_code="110105", subject_name="北京某公司", address="北京市朝阳区")
    ).case
    inspector = await User.create(tg_id=TG_IDS[INSPECTOR], roles=["inspector"], division_code="130102")
    place = await inspections.create_place("enterprise", "某某化工有限公司", "130102")
    inspection = await inspections.start(inspector, place)
    media = MediaStore(settings.media_dir)
    document = DocumentResult("certificate", {"cert_no": "T130102198505051111", "name": "赵铁柱"})
    await inspections.add_document(inspection, inspector, jpeg_bytes(), document, media)
    closed = await inspections.close(inspection, media, settings.keys_dir)
    for username, role, division in ACCOUNTS.values():
        await make_staff(username, role, division)
    tokens = {
        NO_TOKEN: None,
        WRONG_TOKEN: "swk_not_a_token",
        CITY_TOKEN: await make_client_token("130100", name="city-y"),
        READ_ONLY: await make_client_token("130100", can_file=False, name="city-y-reader"),
        OTHER_CITY: await make_client_token("130200", name="tangshan"),
    }
    values = {
        "tip": tip.id,
        "tangshan": tangshan.id,
        "beijing": beijing.id,
        "photo": photo.id,
        "inspection": closed.case.id,
        "digits": "1234567890",
        "tokens": tokens,
    }
    return WebWorld(values=values, tip=tip)


# --- the web table ------------------------------------------------------------------------------------

LOGIN = "→ sign-in"  # 303 to /admin/login
GET_ALL = {NOBODY: LOGIN, **to(STAFF, 200)}
ADMIN_ONLY = {NOBODY: LOGIN, **to(STAFF, 403), ADMIN: 200}
OUTSIDE = "110105"  # a division outside every staff member's jurisdiction

WEB: dict[str, dict[str, int | str]] = {
    "GET /admin/login": {NOBODY: 200, **to(STAFF, 303)},
    "GET /admin/": GET_ALL,
    "GET /admin/?status=all": GET_ALL,
    "GET /admin/dashboard": {NOBODY: LOGIN, **to(STAFF, 200), HANDLER: 403},
    "GET /admin/users": ADMIN_ONLY,
    "GET /admin/api-clients": ADMIN_ONLY,
    "GET /admin/rewards": ADMIN_ONLY,
    "GET /admin/invites": {NOBODY: LOGIN, **to(STAFF, 403), SUPERVISOR: 200, ADMIN: 200},
    "GET /admin/export.csv?status=all": GET_ALL,
    "GET /admin/export.xlsx?status=all": GET_ALL,
    "GET /admin/dashboard.xlsx": {NOBODY: LOGIN, **to(STAFF, 200), HANDLER: 403},
    "GET /admin/cases/{tip}": GET_ALL,
    "GET /admin/cases/{tip}?lang=en": GET_ALL,
    "GET /admin/cases/{tangshan}": {NOBODY: LOGIN, **to(STAFF, 404), ADMIN: 200},
    "GET /admin/cases/{beijing}": {NOBODY: LOGIN, **to(STAFF, 404)},
    "GET /admin/cases/{tip}/files/{photo}": GET_ALL,
    "GET /admin/cases/{tip}/files/{photo}?original=1": {NOBODY: LOGIN, **to(STAFF, 403), CUSTODIAN: 200},
    "GET /admin/cases/{tangshan}/files/{photo}": {NOBODY: LOGIN, **to(STAFF, 404)},
    "GET /admin/cases/{inspection}/evidence.zip": GET_ALL,
    "GET /admin/cases/{tip}/evidence.zip": {NOBODY: LOGIN, **to(STAFF, 404)},  # not an inspection
    "POST /admin/cases/{tip}/act action=note&body=已电话核实": {
        NOBODY: LOGIN,
        **to(STAFF, 303),
        CUSTODIAN: 403,
    },
    "POST /admin/cases/{tip}/act action=reward&fine=1000": {
        NOBODY: LOGIN,
        HANDLER: 403,
        SUPERVISOR: 400,  # allowed to decide, but the tip is not substantiated
        CUSTODIAN: 403,
        ADMIN: 400,
    },
    "POST /admin/cases/{tangshan}/act action=note&body=已电话核实": {
        NOBODY: LOGIN,
        **to(STAFF, 404),
        ADMIN: 303,
    },
    f"POST /admin/cases/{{tip}}/reveal reason={REASON}&password={PASSWORD}": {
        NOBODY: LOGIN,
        **to(STAFF, 403),
        CUSTODIAN: 200,
    },
    f"POST /admin/cases/{{tangshan}}/reveal reason={REASON}": {
        NOBODY: LOGIN,
        **to(STAFF, 403),
        CUSTODIAN: 404,
    },
    "POST /admin/take-next": {NOBODY: LOGIN, **to(STAFF, 303), CUSTODIAN: 403},
    f"POST /admin/users action=create&username=m.new&role=handler&division={OUTSIDE}": {
        **ADMIN_ONLY,
        ADMIN: 400,  # not outside the admin's own jurisdiction
    },
    f"POST /admin/api-clients action=create&name=外省系统&division={OUTSIDE}": {**ADMIN_ONLY, ADMIN: 400},
    f"POST /admin/rewards division={OUTSIDE}&rate_percent=10&minimum=100&maximum=1000": {
        **ADMIN_ONLY,
        ADMIN: 400,
    },
    f"POST /admin/invites role=inspector&days=7&division={OUTSIDE}": {
        NOBODY: LOGIN,
        **to(STAFF, 403),
        SUPERVISOR: 400,
        ADMIN: 400,
    },
    "GET /report": to(WEB_ROLES, 200),
    "GET /status": to(WEB_ROLES, 200),
    "GET /V/{digits}": to(WEB_ROLES, 200),
    "GET /.well-known/safetywatch/keys.json": to(WEB_ROLES, 200),
    "GET /.well-known/safetywatch/revocations.json": to(WEB_ROLES, 200),
}
# Lists that must not carry the other city's case (唐山某公司), and the admin's, which must.
SCOPED_LISTS = ("GET /admin/?status=all", "GET /admin/export.csv?status=all")

# --- the API table ------------------------------------------------------------------------------------

NO_TOKEN, WRONG_TOKEN, CITY_TOKEN = "no token", "wrong token", "token of city Y"
READ_ONLY, OTHER_CITY = "read-only token of city Y", "token of 唐山市"
TOKENS = (NO_TOKEN, WRONG_TOKEN, CITY_TOKEN, READ_ONLY, OTHER_CITY)
VALID = (CITY_TOKEN, READ_ONLY, OTHER_CITY)
UNAUTHORIZED = {NO_TOKEN: 401, WRONG_TOKEN: 401}

API: dict[str, dict[str, int]] = {
    "GET /api/v1/openapi.json": to(TOKENS, 200),
    "GET /api/v1/services": {**UNAUTHORIZED, **to(VALID, 200)},
    "GET /api/v1/requests": {**UNAUTHORIZED, **to(VALID, 200)},
    "GET /api/v1/requests?jurisdiction_id=130200": {**UNAUTHORIZED, **to(VALID, 403), OTHER_CITY: 200},
    "GET /api/v1/requests/{tip}": {**UNAUTHORIZED, **to(VALID, 200), OTHER_CITY: 404},
    "GET /api/v1/requests/{tangshan}": {**UNAUTHORIZED, **to(VALID, 404), OTHER_CITY: 200},
    "GET /api/v1/requests/{beijing}": {**UNAUTHORIZED, **to(VALID, 404)},
    # Filing is not scoped: a call centre takes calls about anywhere (it cannot read the case afterwards).
    # writes are scoped like reads: 唐山's client cannot file into 石家庄 (issue 14)
    "POST /api/v1/requests": {**UNAUTHORIZED, **to(VALID, 201), READ_ONLY: 403, OTHER_CITY: 403},
    # A reply reaches a citizen: a read-only client may not send one.
    "POST /api/v1/requests/{tip}/replies": {
        **UNAUTHORIZED,
        **to(VALID, 201),
        READ_ONLY: 403,
        OTHER_CITY: 404,
    },
    # (Permission is checked before the case is looked up, so a refusal tells nothing about the case.)
    "POST /api/v1/requests/{tangshan}/replies": {
        **UNAUTHORIZED,
        **to(VALID, 404),
        READ_ONLY: 403,
        OTHER_CITY: 201,
    },
}
API_LISTS = {CITY_TOKEN: {"tip"}, READ_ONLY: {"tip"}, OTHER_CITY: {"tangshan"}}  # of tip/tangshan/beijing


def split(key: str, values: dict[str, Any]) -> tuple[str, str, dict[str, str]]:
    method, _sep, rest = key.partition(" ")
    path, _sep, form = rest.partition(" ")
    return method, path.format(**values), dict(parse_qsl(form))


async def test_back_office_and_api_by_role(bot_app, sim, settings, make_client) -> None:
    w = await build_web_world(sim, settings)
    problems: list[str] = []
    seen: dict[str, str] = {}  # "role · target" → body, for the identity check

    browsers = {role: await make_client(settings) for role in WEB_ROLES}
    csrf = {role: await login(browsers[role], ACCOUNTS[role][0]) for role in STAFF}
    for key, expected_by_role in WEB.items():
        method, path, form = split(key, w.values)
        for role in WEB_ROLES:
            data = {**form, "csrf_token": csrf[role]} if method == "POST" and role in csrf else form
            response = await browsers[role].request(method, path, data=data or None, allow_redirects=False)
            body = (await response.read()).decode("utf-8", errors="replace")
            where = f"{role} · {method} {path}"
            seen[where] = body
            expected = expected_by_role[role]
            if expected == LOGIN:
                location = response.headers.get("Location", "")
                if response.status != 303 or not location.startswith("/admin/login"):
                    problems.append(f"{where}: expected the sign-in page, got {response.status} {location}")
            elif response.status != expected:
                problems.append(f"{where}: expected {expected}, got {response.status}")
            if key in SCOPED_LISTS and response.status == 200 and ("唐山某公司" in body) != (role == ADMIN):
                problems.append(f"{where}: the case of 唐山 is {'missing' if role == ADMIN else 'listed'}")
    after_reveal = await browsers[CUSTODIAN].get(f"/admin/cases/{w.tip.id}")
    seen[f"{CUSTODIAN} · GET /admin/cases/{w.tip.id} after the reveal"] = await after_reveal.text()

    api = await make_client(settings)
    tokens = w.values["tokens"]
    scoped = {name: w.values[name] for name in ("tip", "tangshan", "beijing")}
    for key, expected_by_token in API.items():
        method, path, _form = split(key, w.values)
        payload = PHONE_TIP if path.endswith("/requests") else {"body": "已转交核查"}
        payload = payload if method == "POST" else None
        for name in TOKENS:
            headers = bearer(tokens[name]) if tokens[name] else {}
            response = await api.request(method, path, json=payload, headers=headers)
            body = await response.text()
            where = f"{name} · {method} {path}"
            seen[where] = body
            if response.status != expected_by_token[name]:
                problems.append(f"{where}: expected {expected_by_token[name]}, got {response.status}")
            if key == "GET /api/v1/requests" and name in API_LISTS:
                listed = {int(item["service_request_id"]) for item in json.loads(body)}
                visible = {label for label, case_id in scoped.items() if case_id in listed}
                if visible != API_LISTS[name]:
                    problems.append(f"{where}: lists {sorted(visible)}, expected {sorted(API_LISTS[name])}")
            if key == "POST /api/v1/requests" and response.status == 201:
                filed = json.loads(body)[0]["service_request_id"]
                again = await api.get(f"/api/v1/requests/{filed}", headers=headers)
                if again.status != (404 if name == OTHER_CITY else 200):
                    problems.append(f"{where}: reading the filed case #{filed} gave {again.status}")

    # The reporter's identity: only on the custodian's reveal of the tip.
    reveal_key = f"{CUSTODIAN} · POST /admin/cases/{w.tip.id}/reveal"
    revealed = seen.pop(reveal_key)
    for where, body in seen.items():
        if leaks(body):
            problems.append(f"{where}: shows the reporter's identity {leaks(body)}")
    assert not problems, "\n".join(problems)
    assert leaks(revealed) == list(SECRETS), "the custodian's reveal shows Telegram id, name and phone"
    events = await CaseEvent.filter(action="identity_revealed")
    assert [(e.case_id, e.actor, e.after["reason"]) for e in events] == [(w.tip.id, "m.keeper", REASON)]
    audit = json.dumps([(e.before, e.after) for e in events], ensure_ascii=False)
    assert not leaks(audit), "the audit event says who revealed, when and why; not whom"
    originals = await CaseEvent.filter(action="original_viewed").values_list("actor", flat=True)
    assert originals == ["m.keeper"], "only the custodian opened the original photo, and it is on record"
