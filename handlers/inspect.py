"""Inspectors on site: /inspect (with an invite code the first time), choosing the place, then photos of
documents, each kept as evidence, read by OCR in the worker pool and checked against the registry; misread
fields are corrected with buttons; closing files the inspection as a case and hands over the signed
evidence package.

The open inspection lives in the database (cases/inspections.py), not only in the chat's form state: if
the form is dropped (/cancel, a restart, an old draft cleaned up), /inspect takes the inspector back to it.
"""

from __future__ import annotations

import html
import time

from telegram import InputFile, ReplyKeyboardRemove, Update
from telegram.constants import ChatAction
from telegram.ext import Application, CommandHandler

from cases import inspections
from cases.inspection_checks import (
    CORRECTABLE,
    unconfirmed,
)
from cases.invites import InviteError, redeem
from cases.tips import MAX_FILE_BYTES
from foundation import clock
from foundation.i18n import Translator
from foundation.media import media_store
from foundation.metrics import OCR_DOCUMENTS, OCR_SECONDS
from handlers import forms
from handlers.chat_action import showing
from handlers.common import buttons, record_id, reply, tracked
from handlers.inspection_texts import (
    FIELDS,
    SUBJECT_TYPES,
    document_buttons,
    document_text,
    finding_line,
    location_keyboard,
    summary_text,
    uncertain_question,
)
from handlers.menus import chat_menu
from handlers.session import BotContext
from models.inspections import Inspection, InspectionDocument
from models.state import ChatState
from models.users import Role, User

FLOW = "inspect"


def _cb(value: str) -> str:
    return forms.callback(FLOW, value)


def is_inspector(user: User | None) -> bool:
    return user is not None and Role.INSPECTOR in (user.roles or [])


class InspectionFlow(forms.Flow):
    """Steps: type → place → (pick) → photos ⇄ fix. The inspection row exists from "photos" on."""

    name = FLOW

    def title(self, _: Translator) -> str:
        return _("inspection")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        forms.clear(state)
        state.flow, state.step, state.data = FLOW, "type", {}
        await self.prompt(update, context, state)

    async def resume(
        self, update: Update, context: BotContext, state: ChatState, inspection: Inspection
    ) -> None:
        forms.clear(state)
        state.flow, state.step, state.data = FLOW, "photos", {"inspection_id": inspection.id}
        await self.prompt(update, context, state)

    async def _inspection(self, state: ChatState) -> Inspection | None:
        inspection_id = state.data.get("inspection_id")
        return (
            await Inspection.get_or_none(id=inspection_id, closed_at__isnull=True) if inspection_id else None
        )

    async def _still_open(self, update: Update, context: BotContext, state: ChatState) -> Inspection | None:
        """The chat's inspection; when it was closed meanwhile, the form ends and the chat is told."""
        inspection = await self._inspection(state)
        if inspection is None:
            forms.clear(state)
            await reply(
                update, context, context._("This inspection is closed. Send /inspect to start another.")
            )
        return inspection

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        if state.step == "type":
            rows = [[(_(label), _cb(f"type:{code}"))] for code, label in SUBJECT_TYPES.items()]
            await reply(update, context, _("What are you inspecting?"), buttons(rows))
        elif state.step == "place":
            await reply(
                update,
                context,
                _("Type its name (or part of it) or its unified social credit code."),
            )
        elif state.step == "fix":
            field = state.data.get("fix_field", "")
            await reply(
                update,
                context,
                _("Type the correct value of “{field}”.").format(
                    field=html.escape(_(FIELDS.get(field, field)))
                ),
                buttons([[(_("Keep what was read"), _cb("nofix"))]]),
            )
        else:
            inspection = await self._still_open(update, context, state)
            if inspection is None:
                return
            documents = await InspectionDocument.filter(inspection=inspection).count()
            await reply(
                update,
                context,
                summary_text(inspection, documents, _),
                location_keyboard(_) if inspection.latitude is None else None,
            )
            await reply(
                update,
                context,
                _("Press when you are done:"),
                buttons([[(_("🏁 Close the inspection"), _cb("close"))]]),
            )

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        _ = context._
        kind, _sep, arg = value.partition(":")
        if kind == "type" and state.step == "type" and arg in SUBJECT_TYPES:
            state.data["subject_type"], state.step = arg, "place"
            await self.prompt(update, context, state)
        elif kind == "pick" and state.step == "place" and record_id(arg) is not None:
            place = await inspections.get_place(state.data["subject_type"], record_id(arg))
            if place is not None:
                await self.start(update, context, state, place)
        elif kind == "new" and state.step == "place" and state.data.get("query"):
            user = context.session.user
            query = state.data["query"]
            credit = query.upper() if len(query) == 18 and query.isalnum() else None
            place = await inspections.create_place(
                state.data["subject_type"], state.data.get("name") or query, user.division_code, credit
            )
            await self.start(update, context, state, place)
        elif kind == "fix" and state.step in ("photos", "fix"):
            doc_id, _sep, field = arg.partition(":")
            inspection = await self._inspection(state)
            document = (
                await InspectionDocument.get_or_none(id=record_id(doc_id), inspection=inspection)
                if record_id(doc_id) is not None and inspection
                else None
            )
            if document is None or field not in (*CORRECTABLE, "date"):
                await reply(update, context, _("That document is not part of the open inspection."))
                return
            state.step, state.data["fix_doc"], state.data["fix_field"] = "fix", document.id, field
            await self.prompt(update, context, state)
        elif kind == "nofix" and state.step == "fix":
            state.step = "photos"
            document = await InspectionDocument.get_or_none(id=state.data.get("fix_doc"))
            field = state.data.get("fix_field", "")
            if document is not None and field in unconfirmed(document.ocr, document.corrections):
                document = await inspections.confirm(document, [field])  # looked at and kept: checked
            await reply(update, context, _("Nothing was changed. Send the next photo."))
            if document is not None:
                await self.ask_uncertain(update, context, document)
        elif kind == "ok" and state.step in ("photos", "fix") and record_id(arg) is not None:
            inspection = await self._inspection(state)
            found = (
                InspectionDocument.get_or_none(id=record_id(arg), inspection=inspection)
                if inspection
                else None
            )
            document = await found if found is not None else None
            if document is None:
                await reply(update, context, _("That document is not part of the open inspection."))
                return
            await inspections.confirm(document, unconfirmed(document.ocr, document.corrections))
            state.step = "photos"
            await reply(update, context, _("Confirmed as read. Send the next photo."))
        elif kind == "close" and state.step in ("photos", "fix"):
            inspection = await self._inspection(state)
            if inspection is None:
                await self.prompt(update, context, state)
                return
            await reply(
                update,
                context,
                _(
                    "Close the inspection of {name} and file it with the regulator? Nothing can be added "
                    "after."
                ).format(name=html.escape(inspection.subject_name)),
                buttons([[(_("Yes, close and file"), _cb("close2")), (_("Not yet"), _cb("back"))]]),
            )
        elif kind == "close2" and state.step in ("photos", "fix"):
            await self.close(update, context, state)
        elif kind == "back":
            state.step = "photos" if state.data.get("inspection_id") else state.step
            await reply(update, context, _("Go on: send the next photo."))
        else:
            await self.prompt(update, context, state)

    async def start(
        self, update: Update, context: BotContext, state: ChatState, place: inspections.Place
    ) -> None:
        user = context.session.user
        try:
            inspection = await inspections.start(user, place)
        except inspections.InspectionError:  # one was opened meanwhile (another device): carry on with it
            inspection = await inspections.open_inspection_of(user)
        state.step, state.data = "photos", {"inspection_id": inspection.id}
        await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        message = update.effective_message
        if state.step == "type":
            await reply(update, context, _("Please use the buttons to answer this question."))
            return
        if state.step == "place":
            await self.take_place(update, context, state)
            return
        inspection = await self._still_open(update, context, state)
        if inspection is None:
            return
        if message.location is not None:
            await inspections.set_location(inspection, message.location.latitude, message.location.longitude)
            await reply(update, context, _("📍 Location saved for this inspection."), ReplyKeyboardRemove())
            return
        if state.step == "fix" and message.text:
            await self.take_fix(update, context, state, message.text)
            return
        if message.photo or message.document:
            await self.take_document(update, context, state, inspection)
            return
        await reply(
            update,
            context,
            _("Send a photo of a document, share your location, or press “Close the inspection”."),
            buttons([[(_("🏁 Close the inspection"), _cb("close"))]]),
        )

    async def take_place(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = (update.effective_message.text or "").strip()
        if len(text) < 2 or len(text) > 100:
            await reply(
                update, context, _("Please type at least two characters of the name, or the credit code.")
            )
            return
        state.data["query"] = text
        places = await inspections.find_places(state.data["subject_type"], text)
        rows = [
            [(f"{p.name}" + (f" · {p.credit_code}" if p.credit_code else ""), _cb(f"pick:{p.id}"))]
            for p in places
        ]
        rows.append([(_("➕ New: {name}").format(name=text[:40]), _cb("new"))])
        await reply(
            update,
            context,
            _("Which one? Or add it as a new place.")
            if places
            else _("Nothing found under that name. Add it as a new place, or type again."),
            buttons(rows),
        )

    async def take_fix(self, update: Update, context: BotContext, state: ChatState, text: str) -> None:
        _ = context._
        document = await InspectionDocument.get_or_none(id=state.data.get("fix_doc"))
        if document is None:
            state.step = "photos"
            await self.prompt(update, context, state)
            return
        try:
            document = await inspections.correct(document, state.data["fix_field"], text)
        except inspections.InspectionError:
            await reply(
                update,
                context,
                _("That value cannot be right for this field (dates as 2026-05-31). Type it again."),
            )
            return
        state.step = "photos"
        state.data.pop("fix_doc", None)
        state.data.pop("fix_field", None)
        await reply(update, context, document_text(document, _), document_buttons(document, _))
        await self.ask_uncertain(update, context, document)

    async def ask_uncertain(self, update: Update, context: BotContext, document: InspectionDocument) -> None:
        """Asks about the fields still to be confirmed or corrected, if any."""
        question = uncertain_question(document, context._)
        if question is not None:
            await reply(update, context, *question)

    async def take_document(
        self, update: Update, context: BotContext, state: ChatState, inspection: Inspection
    ) -> None:
        from ocr import OcrUnavailable, recognize_document
        from ocr.documents import DocumentResult

        _ = context._
        message = update.effective_message
        if message.photo:
            media, kind, mime, name = message.photo[-1], "photo", "image/jpeg", None
        else:
            document = message.document
            mime = document.mime_type or ""
            if not (mime.startswith("image/") or mime == "application/pdf"):
                await reply(
                    update,
                    context,
                    _("I can keep photos, images and PDF files as evidence, not this kind of file."),
                )
                return
            media, kind, name = document, "document", document.file_name
        if media.file_size and media.file_size > MAX_FILE_BYTES:
            await reply(
                update,
                context,
                _(
                    "That file is larger than 20 MB, which the bot cannot receive. Please "
                    "send a smaller file or a photo of it."
                ),
            )
            return
        data = bytes(await (await context.bot.get_file(media.file_id)).download_as_bytearray())
        started = time.perf_counter()
        try:
            async with showing(context.bot, update.effective_chat.id):  # "typing…" while OCR reads it
                result = await recognize_document(data)
        except (OcrUnavailable, TimeoutError):
            result = DocumentResult("other", problems=["ocr_unavailable"])
        OCR_DOCUMENTS.labels(result.doc_type).inc()
        OCR_SECONDS.observe(time.perf_counter() - started)
        document = await inspections.add_document(
            inspection,
            context.session.user,
            data,
            result,
            media_store(context.session.settings),
            kind=kind,
            mime_type=mime,
            file_name=name,
            delivery_key=f"tg:{update.effective_chat.id}:{message.message_id}",
            today=clock.today(),
        )
        await reply(update, context, document_text(document, _), document_buttons(document, _))
        await self.ask_uncertain(update, context, document)

    async def close(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        inspection = await self._still_open(update, context, state)
        if inspection is None:
            return
        settings = context.session.settings
        try:
            async with showing(context.bot, update.effective_chat.id, ChatAction.UPLOAD_DOCUMENT):
                closed = await inspections.close(inspection, media_store(settings), settings.keys_dir)
        except inspections.InspectionError:
            await reply(
                update,
                context,
                _("Send at least one photo before closing: an inspection without evidence cannot be filed."),
            )
            return
        forms.clear(state)
        findings = closed.inspection.findings
        lines = [
            _("✅ Inspection of {name} closed and filed as case #{id}.").format(
                name=html.escape(inspection.subject_name), id=closed.case.id
            ),
            _("Marked “to act”: {n} findings.").format(n=len(findings))
            if closed.case.category == "to_act"
            else _("No findings that call for action."),
        ]
        lines += [finding_line(f, _) for f in findings[:40]]
        lines.append(
            _("Evidence manifest SHA-256: <code>{sha}</code>").format(sha=closed.inspection.package_sha256)
        )
        await reply(update, context, "\n".join(lines), ReplyKeyboardRemove())
        await context.bot.send_document(
            update.effective_chat.id,
            InputFile(closed.package, filename=f"evidence-inspection-{inspection.id}.zip"),
            caption=_(
                "The evidence package: originals, manifest with hashes, findings, signed. Whoever receives "
                "it can check it on any computer: README.txt inside it explains how."
            ),
        )


INSPECTION = forms.register_flow(InspectionFlow())


@tracked("inspect")
async def inspect_command(update: Update, context: BotContext) -> None:
    _ = context._
    user = context.session.user
    if context.args and not is_inspector(user):
        try:
            invite = await redeem(context.args[0], user, Role.INSPECTOR)
        except InviteError as exc:
            message = {
                "used": _("This invite code has already been used. Ask for a new one."),
                "expired": _("This invite code has expired. Ask for a new one."),
            }.get(str(exc), _("This invite code is not valid for inspectors."))
            await reply(update, context, message)
            return
        await reply(
            update,
            context,
            _("You are now an inspector for division {code}.").format(
                code=html.escape(invite.division_code or "")
            ),
        )
        await chat_menu(context.bot, user, context.session.settings.default_locale)
    if not is_inspector(user):
        await reply(
            update,
            context,
            _("This is for inspectors. Send /inspect followed by the invite code from your office."),
        )
        return
    state = await context.session.state()
    if await forms.busy_with_another(update, context, state, FLOW):
        return
    open_one = await inspections.open_inspection_of(user)
    if open_one is not None:
        await INSPECTION.resume(update, context, state, open_one)
        return
    await INSPECTION.begin(update, context, state)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("inspect", inspect_command))
