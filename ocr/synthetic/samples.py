"""The development set's driver: one random sample (picture bytes and what is printed on it) per call,
for the OCR tests and benchmarks/ocr_bench.py.

`certificate_photo` draws the first benchmark's card exactly as it always did for a seed; `layout_photo`
draws any layout in LAYOUTS in a random label style and camera. Everything is driven by the caller's
`random.Random`, so a seed reproduces a set.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import asdict, dataclass

import numpy as np

from ocr.synthetic.camera import PhotoOptions, encode_jpeg, encode_png, photograph, random_photo_options
from ocr.synthetic.card import render_certificate
from ocr.synthetic.labels import LabelStyle, random_label_style
from ocr.synthetic.layouts import (
    LAYOUTS,
    random_reviews,
    render_ic_card,
    render_mgmt_cert,
    render_so_back,
    render_so_front,
)
from ocr.synthetic.people import (
    INDUSTRIES,
    POSTS,
    PROVINCE_ABBR,
    CertificateTruth,
    random_certificate,
    random_employer,
    random_name,
)
from ocr.synthetic.screens import glare, render_e_screenshot, render_screen_photo_source


@dataclass
class CertificatePhoto:
    """One benchmark sample: the JPEG bytes and what should be read from them."""

    jpeg: bytes
    truth: CertificateTruth
    options: PhotoOptions
    stamp: bool


def certificate_photo(
    rng: random.Random,
    *,
    stamp: bool | None = None,
    options: PhotoOptions | None = None,
    layout: str | None = None,
) -> CertificatePhoto | LayoutPhoto:
    """A photo of a new-style card front as the first benchmark drew them (the same photo for the same
    seed); with `layout` (one of LAYOUTS, or "any" for a random one), a LayoutPhoto of that layout in a
    random label style instead."""
    if layout is not None:
        return layout_photo(rng, None if layout == "any" else layout, options=options, stamp=stamp)
    truth = random_certificate(rng)
    with_stamp = rng.random() < 0.7 if stamp is None else stamp
    card = render_certificate(truth, rng, stamp=with_stamp)
    opts = options or random_photo_options(rng)
    bgr = photograph(card.image, opts, rng)
    return CertificatePhoto(encode_jpeg(bgr, opts.jpeg_quality), truth, opts, with_stamp)


@dataclass(frozen=True)
class LayoutTruth:
    """What is printed on a layout photo, with the shared schema's field names (`fields()` as for
    CertificateTruth, so code written for the card photos reads these too)."""

    layout: str
    values: dict

    def fields(self) -> dict:
        return dict(self.values)


@dataclass(frozen=True)
class Screenshot:
    """Stands for PhotoOptions where nothing was photographed (a screenshot is sent as it is)."""

    png: bool

    def describe(self) -> dict:
        return {"screenshot": True, "png": self.png}


@dataclass
class LayoutPhoto:
    """One development sample of any layout: the picture, the layout and what is printed on it. Has the
    attributes of CertificatePhoto (jpeg, truth.fields(), options.describe(), stamp), so a benchmark can
    take either."""

    jpeg: bytes
    layout: str
    fields: dict
    style: LabelStyle
    options: PhotoOptions | Screenshot
    stamp: bool

    @property
    def truth(self) -> LayoutTruth:
        return LayoutTruth(self.layout, self.fields)


def _mgmt_fields(truth: CertificateTruth, rng: random.Random) -> dict:
    first = dt.date.fromisoformat(truth.first_issued)
    start = first.replace(year=first.year + 3 * rng.choice((0, 0, 1, 2)))
    start = min(start, dt.date(2026, 6, 1))
    end = start.replace(year=start.year + 3)
    if rng.random() < 0.5:
        cert_no = truth.id_number
    else:
        cert_no = f"{rng.choice(PROVINCE_ABBR)}{start.year}{rng.randint(1, 999999):06d}"
    return {
        "cert_no": cert_no,
        "name": truth.name,
        "sex": truth.sex,
        "id_number": truth.id_number,
        "employer": random_employer(rng),
        "post": rng.choice(POSTS),
        "industry": rng.choice(INDUSTRIES),
        "first_issued": truth.first_issued,
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat(),
        "issuer": truth.issuer,
    }


def layout_photo(
    rng: random.Random,
    layout: str | None = None,
    *,
    style: LabelStyle | None = None,
    options: PhotoOptions | None = None,
    stamp: bool | None = None,
    moire_strength: float | None = None,
) -> LayoutPhoto:
    """A photo (or, for e_screenshot, a screenshot) of a random certificate in `layout` (random if None)."""
    layout = layout or rng.choice(LAYOUTS)
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    truth = random_certificate(rng)
    truth = CertificateTruth(**{**asdict(truth), "name": random_name(rng)})
    style = style or random_label_style(rng)
    with_stamp = rng.random() < 0.7 if stamp is None else stamp
    if layout == "ic_card":
        truth = CertificateTruth(**{**asdict(truth), "cert_no": truth.id_number})
        fields = truth.fields()
        image = render_ic_card(truth, rng, style, stamp=with_stamp)
    elif layout == "so_back":
        reviews = random_reviews(truth.first_issued, rng)
        show = rng.random() < 0.6
        image = render_so_back(truth, reviews, rng, style, show_cert_no=show)
        fields = {"reviews": reviews, **({"cert_no": truth.cert_no} if show else {})}
    elif layout == "mgmt_cert":
        fields = _mgmt_fields(truth, rng)
        image = render_mgmt_cert(fields, rng, style, stamp=with_stamp)
    elif layout == "e_screenshot":
        style = LabelStyle(**{**asdict(style), "face": "sans", "right": rng.random() < 0.5})
        fields = truth.fields()
        image = render_e_screenshot(truth, rng, style)
        shot = np.asarray(image)[:, :, ::-1]
        quality = rng.choice((75, 85, 92))
        png = rng.random() >= 0.6
        data = encode_png(shot) if png else encode_jpeg(shot, quality)
        return LayoutPhoto(data, layout, fields, style, Screenshot(png), False)
    elif layout == "screen_photo":
        style = LabelStyle(**{**asdict(style), "face": "sans", "right": rng.random() < 0.5})
        fields = truth.fields()
        image = render_screen_photo_source(truth, rng, style, moire_strength)
    else:
        fields = truth.fields()
        image = render_so_front(truth, rng, style, stamp=with_stamp)
    portrait = image.height > image.width
    opts = options or random_photo_options(rng, landscape=not portrait)
    if layout == "screen_photo":
        opts = PhotoOptions(**{**asdict(opts), "background": (35, 35, 40), "light": min(opts.light, 0.3),
                               "fill": max(opts.fill, 0.7)})  # fmt: skip
    bgr = photograph(image, opts, rng)
    if layout == "screen_photo":
        bgr = glare(bgr, rng, rng.uniform(0.15, 0.45))
    return LayoutPhoto(encode_jpeg(bgr, opts.jpeg_quality), layout, fields, style, opts, with_stamp)
