"""Certificate verification: a photo of a card or its QR (no command needed), `/verify CERT_NO NAME`, and
photo intake for enterprise officers (adding people to the job-holder list; the pre-employment check ledger).

The answer's first line starts with exactly one of ✅ ⚠️ ❌ (certs/verdict.py). Every ❌ and every
suspended, revoked or mismatching hit is filed as a case for the issuer's jurisdiction without asking the
user anything more. While a photo is fetched and read (1–3 s, more under load) the chat shows "typing…"
(handlers/chat_action.py), so the user knows the bot is at work.
"""

from __future__ import annotations

import csv
import html
import io
from datetime import date

from telegram import InputFile, Update
from telegram.constants import ChatAction
from telegram.ext import Application, CommandHandler

from cases import verification
from cases.tips import MAX_FILE_BYTES
from cases.verification import HEADLINES, verdict_text
from certs.verdict import BAD, Reason, Verdict
from foundation import clock, spreadsheet
from foundation.i18n import N_, Translator
from foundation.media import media_store
from foundation.spreadsheet import Kind, neutralise
from handlers import forms
from handlers.chat_action import showing
from handlers.common import buttons, reply, tracked
from handlers.session import BotContext
from models.state import ChatState
from notices.problems import POSTS

INTAKE_FLOW = "card_intake"
MAX_PHOTO_BYTES = MAX_FILE_BYTES
MAX_LEDGER_ROWS = 200


async def _download(update: Update, context: BotContext) -> bytes | None:
    message = update.effective_message
    _ = context._
    if message.photo:
        media = message.photo[-1]
    elif message.document and (message.document.mime_type or "").startswith("image/"):
        media = message.document
    else:
        await reply(update, context, _("Please send a photo of the certificate or of its QR code."))
        return None
    if media.file_size and media.file_size > MAX_PHOTO_BYTES:
        await reply(
            update,
            context,
            _(
                "That file is larger than 20 MB, which the bot cannot receive. Please "
                "send a smaller file or a photo of it."
            ),
        )
        return None
    tg_file = await context.bot.get_file(media.file_id)
    return bytes(await tg_file.download_as_bytearray())


async def _check(update: Update, context: BotContext, data: bytes) -> tuple[verification.PhotoCheck, str]:
    _ = context._
    settings = context.session.settings
    check = await verification.check_photo(data, settings.keys_dir, settings.public_url, clock.today())
    if check.verdict is None:
        if check.problem in ("too_large", "too_many_pixels"):
            return check, _("The image is too large to read. Please send an ordinary photo of the card.")
        if check.problem in ("not_an_image", "truncated"):
            return check, _("That file is not an image I can read. Please send a photo of the card.")
        if check.problem is not None:
            return check, _("Reading the image took too long. Please send a sharper, smaller photo.")
        return check, _(
            "I could not find a QR code in the photo. Take it again closer to the code, in good light, "
            "with the whole code in the picture."
        )
    await verification.file_failure(
        check.verdict,
        qr_text=check.qr_text,
        photo=data,
        media=media_store(settings),
        channel="telegram",
    )
    return check, verdict_text(check.verdict, _)


@tracked("verify_photo")
async def verify_photo(update: Update, context: BotContext) -> None:
    """A photo sent outside any form is a verification request; "typing…" shows while it is read."""
    async with showing(context.bot, _chat_id(update)):
        data = await _download(update, context)
        if data is None:
            return
        _check_result, text = await _check(update, context, data)
    await reply(update, context, text)


def _chat_id(update: Update) -> int | None:
    return update.effective_chat.id if update.effective_chat else None


async def _check_typed(context: BotContext, cert_no: str, name: str) -> Verdict:
    """A typed number checked against the registry; a failure is filed as a case, as for a photo."""
    result = await verification.check_typed(cert_no, name, clock.today())
    await verification.file_failure(
        result, qr_text=None, photo=None, media=media_store(context.session.settings), channel="telegram"
    )
    return result


@tracked("verify")
async def verify_command(update: Update, context: BotContext) -> None:
    _ = context._
    args = context.args or []
    if len(args) < 2:
        await reply(
            update,
            context,
            _(
                "Send a photo of the certificate's QR code, or type /verify followed by the "
                "certificate number and the holder's name, for example: /verify "
                "T130102199001011234 王建国"
            ),
        )
        return
    async with showing(context.bot, _chat_id(update)):
        result = await _check_typed(context, args[0], " ".join(args[1:]))
    await reply(update, context, verdict_text(result, _))


class CardIntake(forms.Flow):
    """Photos in a row from an enterprise officer: to add people to the list, or for the pre-employment
    check ledger (岗前复核台账), which also takes a CSV of cert_no,name."""

    name = INTAKE_FLOW

    def title(self, _: Translator) -> str:
        return _("card check")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        raise NotImplementedError("started with begin_card_intake")

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        if state.step == "post":
            rows = [
                [(_(label), forms.callback(INTAKE_FLOW, f"post:{code}"))] for code, label in POSTS.items()
            ]
            await reply(update, context, _("Which post do the people on these cards hold?"), buttons(rows))
            return
        if state.data.get("purpose") == "ledger":
            text = _(
                "Send photos of the cards one after another, or a CSV file with the columns cert_no,name. "
                "Press Done for the ledger."
            )
        else:
            text = _("Send photos of the cards one after another. Press Done when finished.")
        await reply(update, context, text, buttons([[(_("Done"), forms.callback(INTAKE_FLOW, "done"))]]))

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        kind, _sep, arg = value.partition(":")
        if kind == "post" and state.step == "post" and arg in POSTS:
            state.data["post"], state.step = arg, "photos"
            await self.prompt(update, context, state)
        elif kind == "done":
            await self.finish(update, context, state)
        else:
            await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        message = update.effective_message
        if state.step == "post":
            await reply(update, context, _("Please use the buttons to answer this question."))
            return
        if (
            state.data.get("purpose") == "ledger"
            and message.document
            and (
                (message.document.file_name or "").lower().endswith(".csv")
                or message.document.mime_type in ("text/csv", "text/plain")
            )
        ):
            await self.take_csv(update, context, state)
            return
        async with showing(context.bot, _chat_id(update)):
            data = await _download(update, context)
            if data is None:
                return
            check, text = await _check(update, context, data)
            result = check.verdict
            if result is not None:
                await self.record(update, context, state, result)
        await reply(update, context, text)

    async def record(self, update: Update, context: BotContext, state: ChatState, result: Verdict) -> None:
        from handlers.enterprise import officer_enterprise
        from notices import service as notices

        if state.data.get("purpose") == "ledger":
            state.data.setdefault("ledger", []).append(ledger_row(result))
            return
        enterprise = await officer_enterprise(context)
        if enterprise is None or result.record is None or not_acceptable(result):
            return
        added = await notices.add_holder(
            enterprise, state.data["post"], result.record.name, result.record.cert_no
        )
        state.data.setdefault("added", []).append(added.holder.name)

    async def take_csv(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        document = update.effective_message.document
        if document.file_size and document.file_size > 1024 * 1024:
            await reply(
                update, context, _("The CSV file is too large: at most {n} rows.").format(n=MAX_LEDGER_ROWS)
            )
            return
        raw = bytes(await (await context.bot.get_file(document.file_id)).download_as_bytearray())
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            await reply(update, context, _("The CSV file must be UTF-8 text with the columns cert_no,name."))
            return
        rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
        if rows and rows[0][0].strip().lower() == "cert_no":
            rows = rows[1:]
        if not rows or len(rows) > MAX_LEDGER_ROWS or any(len(r) < 2 for r in rows):
            await reply(
                update,
                context,
                _("The CSV file needs the columns cert_no,name and 1 to {n} rows.").format(n=MAX_LEDGER_ROWS),
            )
            return
        ledger = state.data.setdefault("ledger", [])
        async with showing(context.bot, _chat_id(update)):
            for cert_no, name, *_rest in rows:
                result = await _check_typed(context, cert_no.strip(), name.strip())
                ledger.append(ledger_row(result, cert_no.strip(), name.strip()))
        await reply(
            update,
            context,
            _("{n} rows checked. Send more, or press Done for the ledger.").format(n=len(rows)),
            buttons([[(_("Done"), forms.callback(INTAKE_FLOW, "done"))]]),
        )

    async def finish(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        data = dict(state.data)
        forms.clear(state)
        if data.get("purpose") == "ledger":
            ledger = data.get("ledger", [])
            if not ledger:
                await reply(update, context, _("Nothing was checked."))
                return
            counts = {s: sum(1 for r in ledger if r["symbol"] == s) for s in ("✅", "⚠️", "❌")}
            summary = [
                _("<b>Pre-employment check</b> ({date})").format(date=clock.today().isoformat()),
                _("✅ {ok} in order · ⚠️ {warn} to look at · ❌ {bad} not acceptable").format(
                    ok=counts["✅"], warn=counts["⚠️"], bad=counts["❌"]
                ),
            ]
            summary += [
                f"{r['symbol']} {html.escape(r['name'])} {html.escape(r['cert_no'])} — "
                f"{html.escape(_(HEADLINES[Reason(r['reason'])]).format(days='', host=''))}"
                for r in ledger[:30]
            ]
            await reply(update, context, "\n".join(summary))
            async with showing(context.bot, _chat_id(update), ChatAction.UPLOAD_DOCUMENT):
                await context.bot.send_document(
                    update.effective_chat.id,
                    InputFile(ledger_csv(ledger, _), filename=f"ledger-{clock.today().isoformat()}.csv"),
                    caption=_("The ledger (持证台账) as a CSV file."),
                )
                await context.bot.send_document(
                    update.effective_chat.id,
                    InputFile(ledger_xlsx(ledger, _), filename=f"ledger-{clock.today().isoformat()}.xlsx"),
                    caption=_("The same ledger as an Excel file (XLSX)."),
                )
            return
        from handlers.enterprise import officer_enterprise, show_menu

        added = data.get("added", [])
        await reply(
            update,
            context,
            _("Added from cards: {names}").format(names=html.escape(", ".join(added)) if added else "—"),
        )
        enterprise = await officer_enterprise(context)
        if enterprise is not None:
            await show_menu(update, context, enterprise)


INTAKE = forms.register_flow(CardIntake())


def not_acceptable(result: Verdict) -> bool:
    """A card no one may be listed with: not genuine, revoked or unknown (❌), or whose data disagree
    with the registry (⚠️, but it must be cleared up first)."""
    return result.symbol == BAD or result.reason is Reason.PAYLOAD_MISMATCH


def ledger_row(result: Verdict, cert_no: str | None = None, name: str | None = None) -> dict:
    record = result.record
    return {
        "symbol": result.symbol,
        "reason": result.reason.value,
        "cert_no": record.cert_no
        if record
        else (cert_no or (result.fields.masked_cert_no if result.fields else "")),
        "name": record.name if record else (name or ""),
        "valid_to": record.valid_to.isoformat() if record and record.valid_to else "",
        "review_due": record.review_due.isoformat() if record and record.review_due else "",
    }


# The ledger's columns: (header msgid, cell type in the XLSX). The CSV has the same heads, as words.
LEDGER_COLUMNS: tuple[tuple[str, Kind], ...] = (
    (N_("Certificate number"), Kind.TEXT),
    (N_("Name"), Kind.TEXT),
    (N_("Verdict"), Kind.TEXT),
    (N_("Reason"), Kind.TEXT),
    (N_("Valid to"), Kind.DATE),
    (N_("Re-examination due"), Kind.DATE),
    (N_("Checked on"), Kind.DATE),
)


def _ledger_values(r: dict, _: Translator) -> list[object]:
    def day(text: str) -> date | None:
        return date.fromisoformat(text) if text else None

    return [
        r["cert_no"],
        r["name"],
        r["symbol"],
        _(HEADLINES[Reason(r["reason"])]).format(days="", host=""),
        day(r["valid_to"]),
        day(r["review_due"]),
        clock.today(),
    ]


def ledger_csv(ledger: list[dict], _: Translator) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_(header) for header, _kind in LEDGER_COLUMNS])
    for r in ledger:
        writer.writerow(
            [neutralise(v.isoformat() if isinstance(v, date) else v) for v in _ledger_values(r, _)]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def ledger_xlsx(ledger: list[dict], _: Translator) -> bytes:
    """The same ledger for Excel: dates as date cells (a ledger is sorted and filtered by them)."""
    widths = (24, 12, 8, 40, 12, 12, 12)
    columns = [
        spreadsheet.Column(_(header), kind, width)
        for (header, kind), width in zip(LEDGER_COLUMNS, widths, strict=True)
    ]
    sheet = spreadsheet.Sheet(_("Ledger"), columns)
    sheet.extend(_ledger_values(r, _) for r in ledger)
    return sheet.to_bytes()


async def begin_card_intake(update: Update, context: BotContext, state: ChatState, purpose: str) -> None:
    forms.clear(state)
    state.flow, state.data = INTAKE_FLOW, {"purpose": purpose}
    state.step = "post" if purpose == "holder" else "photos"
    await INTAKE.prompt(update, context, state)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("verify", verify_command))
