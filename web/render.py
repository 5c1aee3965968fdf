"""Server-rendered pages: one Jinja2 environment for the package's templates, autoescaped, and the context
every page gets (translator, locale, signed-in staff, CSRF token, language links, labels).

Template strings are English msgids in `_("...")`, translated for the request's locale at render time.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from aiohttp import web

from certs.verdict import finding_symbol
from foundation.i18n import LANGUAGE_NAMES, LOCALES
from regions import divisions
from web import calendar_texts, texts, timefmt
from web.i18n import gettext
from web.keys import CSRF, LOCALE, STAFF

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


@cache
def static_url(name: str) -> str:
    """The address of a static file with its content's hash in it, so browsers may keep it for a year
    (web.app marks such addresses immutable) and still fetch a changed file at once."""
    digest = hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:12]
    return f"/static/web/{name}?v={digest}"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dt"] = timefmt.local
    env.filters["date"] = lambda value: timefmt.local(value, with_time=False)
    env.filters["division"] = lambda code: divisions.full_name(code) or (code or "")
    env.filters["division_short"] = lambda code: divisions.label(code) or (code or "")
    env.globals["urlencode"] = urlencode
    env.globals["static_url"] = static_url
    return env


def html_lang(locale: str) -> str:
    """The BCP 47 tag for a gettext locale (zh_CN -> zh-CN), as `lang` and `hreflang` want it."""
    return locale.replace("_", "-")


def lang_links(request: web.Request) -> list[tuple[str, str, bool, str]]:
    """(label, URL of this page in that language, is current, BCP 47 tag) for the language switch: the tag
    lets a screen reader speak "English" with an English voice on a Chinese page."""
    links = []
    for locale in LOCALES:
        query = {k: v for k, v in request.query.items() if k != "lang"}
        query["lang"] = locale
        url = (
            request.path + "?" + urlencode(query)
            if request.method == "GET"
            else f"{request.path}?lang={locale}"
        )
        links.append((LANGUAGE_NAMES[locale], url, request.get(LOCALE) == locale, html_lang(locale)))
    return links


def page_context(request: web.Request) -> dict[str, Any]:
    _ = gettext(request)
    return {
        "_": _,
        "locale": request.get(LOCALE, "zh_CN"),
        "html_lang": html_lang(request.get(LOCALE, "zh_CN")),
        "staff": request.get(STAFF),
        "csrf": request.get(CSRF),
        "lang_links": lang_links(request),
        "path": request.path,
        "status_label": lambda s: texts.status_label(s, _),
        "kind_label": lambda k: texts.kind_label(k, _),
        "category_label": lambda c: texts.category_label(c, _),
        "subject_label": lambda s: texts.subject_label(s, _),
        "doc_type_label": lambda d: texts.doc_type_label(d, _),
        "finding_label": lambda f: texts.finding_label(f, _),
        "action_label": lambda a: texts.action_label(a, _),
        "role_label": lambda r: _(texts.ROLES[r]) if r in texts.ROLES else r,
        "channel_label": lambda c: _(texts.CHANNELS[c]) if c in texts.CHANNELS else (c or ""),
        "clock_label": lambda c: _(texts.CLOCKS[c]) if c in texts.CLOCKS else (c or ""),
        "calendar_banner": calendar_texts.banner(request, _),
        "actor_label": lambda a: texts.actor_label(a, _),
        "title_of": lambda c: texts.case_title(c, _),
        "attachment_label": lambda k: _(texts.ATTACHMENT_KINDS.get(k, texts.ATTACHMENT_KINDS["document"])),
        "finding_symbol": finding_symbol,
    }


def render_text(request: web.Request, template: str, **context: Any) -> str:
    values = page_context(request)
    values.update(context)
    return environment().get_template(template).render(values)


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    response = web.Response(
        text=render_text(request, template, **context), status=status, content_type="text/html"
    )
    response.headers["Cache-Control"] = "no-store"
    return response
