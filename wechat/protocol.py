"""WeChat's callback protocol: signatures, size and age limits, XML parsed with entities and DTDs refused,
and safe mode (AES, EncodingAESKey).

Order matters and is fixed here: the query's `signature` (SHA-1 of the sorted token, timestamp and nonce)
is checked in constant time before the body is even read; the body is bounded before it is parsed; the XML
is parsed by defusedxml with any DTD refused (so no entity, internal or external, can be declared: no
billion laughs, no file reads) before wechatpy sees it; in safe mode the `msg_signature` over the
encrypted part is checked, then wechatpy's WeChatCrypto decrypts it, and the plaintext goes through the same
parser. wechatpy's own parser (xmltodict on expat) then only ever sees XML that is already known harmless.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element  # only the type: parsing is done by defusedxml

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException
from wechatpy.messages import BaseMessage

MAX_BODY = 64 * 1024  # a WeChat callback is a few hundred bytes; an image message carries only a URL
MAX_AGE = 300  # seconds: an older timestamp is a replay, not a retry (WeChat retries within 15 s)
MAX_FIELDS = 40


class Refused(Exception):
    """A callback that is not (or no longer) WeChat's: answered with `status`, never handled."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def sign(*parts: str) -> str:
    """WeChat's signature: SHA-1 of the parts sorted and joined."""
    return hashlib.sha1("".join(sorted(parts)).encode(), usedforsecurity=False).hexdigest()


def check_signature(token: str, query: dict[str, str], now: float | None = None) -> None:
    """Refuses a request whose signature is wrong or missing, or whose timestamp is far off."""
    signature, timestamp, nonce = (query.get(k, "") for k in ("signature", "timestamp", "nonce"))
    if not (signature and timestamp and nonce):
        raise Refused(403, "missing signature")
    if not hmac.compare_digest(sign(token, timestamp, nonce), signature.lower()):
        raise Refused(403, "bad signature")
    try:
        stamp = int(timestamp)
    except ValueError:
        raise Refused(403, "bad timestamp") from None
    if abs((now if now is not None else time.time()) - stamp) > MAX_AGE:
        raise Refused(403, "stale timestamp")


def parse_fields(body: bytes) -> dict[str, str]:
    """The flat <xml><Name>value</Name>…</xml> of a callback, or Refused(400)."""
    if len(body) > MAX_BODY:
        raise Refused(413, "too large")
    try:
        root: Element = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, SyntaxError, ValueError):  # ParseError is a SyntaxError
        raise Refused(400, "malformed xml") from None
    if root.tag != "xml" or len(root) > MAX_FIELDS:
        raise Refused(400, "not a wechat message")
    fields: dict[str, str] = {}
    for child in root:
        if len(child):  # events such as pic_sysphoto nest lists: not used here, kept out
            continue
        fields[child.tag] = (child.text or "").strip()
    return fields


@dataclass
class Incoming:
    message: BaseMessage
    fields: dict[str, str]
    encrypted: bool


class Protocol:
    """One Official Account's callback rules (token, app id, optional AES key)."""

    def __init__(self, token: str, app_id: str, aes_key: str | None) -> None:
        self.token = token
        self.app_id = app_id
        self.crypto = WeChatCrypto(token, aes_key, app_id) if aes_key else None

    def echo(self, query: dict[str, str]) -> str:
        """The server check (GET): the echostr back when the signature is right."""
        check_signature(self.token, query)
        return query.get("echostr", "")

    def incoming(self, query: dict[str, str], body: bytes) -> Incoming:
        """A checked, decrypted and parsed message; the signature was already checked by the caller."""
        fields = parse_fields(body)
        encrypted = "Encrypt" in fields
        if encrypted:
            if self.crypto is None:
                raise Refused(400, "encrypted message without WECHAT_AES_KEY")
            expected = sign(self.token, query.get("timestamp", ""), query.get("nonce", ""), fields["Encrypt"])
            if not hmac.compare_digest(expected, query.get("msg_signature", "").lower()):
                raise Refused(403, "bad msg_signature")
            try:
                plain = self.crypto.decrypt_message(
                    {"Encrypt": fields["Encrypt"]},
                    query.get("msg_signature", ""),
                    query.get("timestamp", ""),
                    query.get("nonce", ""),
                )
            except (InvalidSignatureException, InvalidAppIdException, ValueError, UnicodeError):
                raise Refused(403, "cannot decrypt") from None
            body = plain.encode() if isinstance(plain, str) else plain
            fields = parse_fields(body)
        elif self.crypto is not None and query.get("encrypt_type") == "aes":
            raise Refused(400, "expected an encrypted message")
        if not fields.get("MsgType") or not fields.get("FromUserName"):
            raise Refused(400, "not a wechat message")
        return Incoming(parse_message(body), fields, encrypted)

    def reply(self, xml: str, nonce: str, encrypted: bool) -> str:
        """A passive reply, encrypted when the message came encrypted."""
        if not encrypted or self.crypto is None:
            return xml
        return self.crypto.encrypt_message(xml, nonce, str(int(time.time())))


def delivery_key(fields: dict[str, Any]) -> str:
    """What makes two deliveries the same message: MsgId; for events (which have none) sender, CreateTime,
    event and its key, as WeChat advises (two different menu clicks in one second are two events)."""
    if fields.get("MsgId"):
        return f"msg:{fields['MsgId']}"[:160]
    parts = (fields.get(k, "") for k in ("FromUserName", "CreateTime", "Event", "EventKey"))
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"evt:{digest}"
