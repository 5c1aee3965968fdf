"""Rendered documents with known content, shared by the OCR tests and the OCR benchmark.

Real site photos carry personal data and cannot be kept in the repository, so the tests and the benchmark
draw their own: a 特种作业操作证 card, an ID card, sign-in sheets, rosters and score sheets, and then
"photograph" them the way inspectors do (tilted, in perspective, unevenly lit, blurred, JPEG-compressed,
with a red seal over the text). Everything is driven by a `random.Random` so a seed reproduces a set.
Fonts come from fonts-noto-cjk; without them nothing here can render Chinese, so that is an error.

The parts, one job each: fonts (faces and measuring), people (the truth: people, certificates, dates),
drawing (text, portrait, QR, seal), card (the first benchmark's card and the ID card), tables (ruled
forms), camera (photographing), labels (label styles and field setting), layouts (the paper certificate
layouts), screens (e-certificates on a phone), samples (one random sample per call). This package is
imported as `ocr.synthetic` by many tests and benchmarks, so it names their public API here.
"""

from ocr.synthetic.camera import PhotoOptions, encode_jpeg, encode_png, photograph, random_photo_options
from ocr.synthetic.card import RenderedCertificate, render_certificate, render_id_card
from ocr.synthetic.drawing import CARD_SIZE, INK, LABEL_INK, PAGE_SIZE, STAMP_RED, draw_stamp, styled_text
from ocr.synthetic.fonts import FONT_DIRS, font, fonts_available
from ocr.synthetic.labels import FACES, LabelStyle, random_label_style, spaced_label
from ocr.synthetic.layouts import (
    LAYOUTS,
    SO_FIELDS,
    random_reviews,
    render_ic_card,
    render_mgmt_cert,
    render_so_back,
    render_so_front,
)
from ocr.synthetic.people import (
    COMPOUND_SURNAMES,
    DATE_STYLES,
    EMPLOYER_KINDS,
    EMPLOYER_PLACES,
    EMPLOYER_SUFFIXES,
    EMPLOYER_WORDS,
    GIVEN,
    INDUSTRIES,
    ISSUERS,
    MINORITY_NAMES,
    POSTS,
    PROVINCE_ABBR,
    REGIONS,
    SURNAMES,
    CertificateTruth,
    Person,
    format_date,
    random_certificate,
    random_employer,
    random_name,
    random_person,
)
from ocr.synthetic.samples import (
    CertificatePhoto,
    LayoutPhoto,
    LayoutTruth,
    Screenshot,
    certificate_photo,
    layout_photo,
)
from ocr.synthetic.screens import PHONE_SIZE, glare, moire, render_e_screenshot, render_screen_photo_source
from ocr.synthetic.tables import RenderedTable, TableRowTruth, render_table

__all__ = [
    "CARD_SIZE",
    "COMPOUND_SURNAMES",
    "DATE_STYLES",
    "EMPLOYER_KINDS",
    "EMPLOYER_PLACES",
    "EMPLOYER_SUFFIXES",
    "EMPLOYER_WORDS",
    "FACES",
    "FONT_DIRS",
    "GIVEN",
    "INDUSTRIES",
    "INK",
    "ISSUERS",
    "LABEL_INK",
    "LAYOUTS",
    "MINORITY_NAMES",
    "PAGE_SIZE",
    "PHONE_SIZE",
    "POSTS",
    "PROVINCE_ABBR",
    "REGIONS",
    "SO_FIELDS",
    "STAMP_RED",
    "SURNAMES",
    "CertificatePhoto",
    "CertificateTruth",
    "LabelStyle",
    "LayoutPhoto",
    "LayoutTruth",
    "Person",
    "PhotoOptions",
    "RenderedCertificate",
    "RenderedTable",
    "Screenshot",
    "TableRowTruth",
    "certificate_photo",
    "draw_stamp",
    "encode_jpeg",
    "encode_png",
    "font",
    "fonts_available",
    "format_date",
    "glare",
    "layout_photo",
    "moire",
    "photograph",
    "random_certificate",
    "random_employer",
    "random_label_style",
    "random_name",
    "random_person",
    "random_photo_options",
    "random_reviews",
    "render_certificate",
    "render_e_screenshot",
    "render_ic_card",
    "render_id_card",
    "render_mgmt_cert",
    "render_screen_photo_source",
    "render_so_back",
    "render_so_front",
    "render_table",
    "spaced_label",
    "styled_text",
]  # fmt: skip
