"""Certificates on a phone: e-certificate app screenshots, and photos of a phone's screen with the moiré
and glare that come with them.

A screen photo's degradations (moiré before the camera, glare on the glass after it) are specific to
screens, so they live here rather than with the paper camera in ocr.synthetic.camera.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import asdict

import numpy as np
from PIL import Image, ImageDraw

from ocr.synthetic.drawing import qr_code, styled_text
from ocr.synthetic.fonts import fit_size, font, text_width
from ocr.synthetic.labels import LabelStyle, spaced_label, validity_text
from ocr.synthetic.layouts import render_so_front
from ocr.synthetic.people import DATE_STYLES, CertificateTruth, format_date

PHONE_SIZE = (1080, 2340)


def render_e_screenshot(truth: CertificateTruth, rng: random.Random, style: LabelStyle) -> Image.Image:
    """A phone screenshot of an electronic certificate: status bar, app header, a banner with the title,
    then label/value rows (value right-aligned, after its label, or under it), a QR code and the time the
    page was refreshed (a date that belongs to no field)."""
    w, h = PHONE_SIZE
    dark = rng.random() < 0.2
    bg, ink, sub = ((18, 18, 22), (235, 235, 240), (150, 150, 160)) if dark else (
        (245, 246, 248), (25, 25, 30), (120, 120, 130))  # fmt: skip
    img = Image.new("RGB", PHONE_SIZE, bg)
    d = ImageDraw.Draw(img)
    clock_text = f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
    d.text((48, 22), clock_text, font=font(40, bold=True), fill=ink)
    d.text((w - 200, 22), f"{rng.randint(12, 99)}%", font=font(36), fill=ink)
    d.rectangle((w - 90, 30, w - 40, 58), outline=ink, width=3)
    accent = rng.choice(((30, 100, 220), (200, 40, 40), (20, 140, 110)))
    d.rectangle((0, 90, w, 230), fill=accent)
    d.text((40, 120), "‹", font=font(70), fill=(255, 255, 255))
    header = rng.choice(("电子证照", "证照详情", "我的证照", "特种作业操作证"))
    hw = d.textlength(header, font=font(52, bold=True))
    d.text(((w - hw) / 2, 128), header, font=font(52, bold=True), fill=(255, 255, 255))
    card = (40, 270, w - 40, 560)
    d.rounded_rectangle(card, 30, fill=tuple(min(255, c + 30) for c in accent))
    d.text(
        (80, 310),
        rng.choice(("特种作业操作证", "特种作业操作证（电子证）")),
        font=font(60, bold=True),
        fill=(255, 255, 255),
    )
    d.text(
        (80, 420),
        rng.choice(("中华人民共和国应急管理部", "应急管理部监制")),
        font=font(36),
        fill=(235, 235, 245),
    )
    ds = rng.choice(DATE_STYLES)
    split = rng.random() < 0.35
    rows = [
        [("姓名", truth.name)],
        [("性别", truth.sex)],
        [(rng.choice(("证号", "证件号码")), truth.cert_no)],
        [("作业类别", truth.category)],
        [("操作项目", truth.item)],
        [("初领日期", format_date(truth.first_issued, ds))],
    ]
    if split:
        rows += [
            [("有效期开始日期", format_date(truth.valid_from, ds))],
            [("有效期结束日期", format_date(truth.valid_to, ds))],
        ]
    else:
        rows += [[("有效期限", validity_text(truth, ds, rng))]]
    rows += [[("签发机关", truth.issuer)]]
    top = 620
    pitch = min(230 if style.below else 150, (h - 440 - top) // len(rows))
    label_size, value_size = 40, 44
    for r, row in enumerate(rows):
        label, value = row[0]
        y = top + r * pitch
        styled_text(
            img, (60, y), spaced_label(label, style.spacing) + style.colon, label_size, "sans", rng, fill=sub
        )
        if style.below:
            size = fit_size(value, value_size, "sans", w - 120)
            styled_text(img, (60, y + pitch * 0.4), value, size, "sans", rng, fill=ink)
        else:
            room = w - 120 - text_width(label + "：", label_size, "sans") - 40
            size = fit_size(value, value_size, "sans", room)
            vw = text_width(value, size, "sans")
            x = (
                w - 60 - vw
                if style.right
                else 60 + text_width(spaced_label(label, style.spacing) + "：", label_size, "sans") + 40
            )
            styled_text(img, (x, y - 2), value, size, "sans", rng, fill=ink)
        d.line((60, y + pitch - 30, w - 60, y + pitch - 30), fill=sub if dark else (225, 225, 230), width=2)
    img.paste(qr_code(f"https://cx.mem.gov.cn/?no={truth.cert_no}", 260), ((w - 260) // 2, h - 400))
    refreshed = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    when = f"{refreshed.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    stamp_text = f"{rng.choice(('刷新时间', '更新时间', '生成时间'))}：{when}"
    tw = d.textlength(stamp_text, font=font(32))
    d.text(((w - tw) / 2, h - 110), stamp_text, font=font(32), fill=sub)
    return img


def moire(image: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    """Interference between the screen's pixel grid and the camera's: curved coloured bands, plus the grid."""
    arr = np.asarray(image.convert("RGB"), np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    theta = rng.uniform(0, math.pi)
    period = rng.uniform(9, 28)
    bend = rng.uniform(0, 3.0)
    phase = (xx * math.cos(theta) + yy * math.sin(theta)) / period + bend * np.sin(
        yy / h * math.pi * rng.uniform(0.5, 2)
    )
    bands = np.stack([np.sin(math.tau * (phase + k / 3)) for k in range(3)], axis=-1)
    grid = ((xx.astype(np.int32) % 3 == 0) | (yy.astype(np.int32) % 3 == 0)).astype(np.float32)[..., None]
    arr = arr * (1 - strength * (0.5 + 0.5 * bands)) * (1 - 0.12 * strength * grid)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def glare(bgr: np.ndarray, rng: random.Random, strength: float) -> np.ndarray:
    """A light's reflection on the glass: a soft bright ellipse and a faint diagonal sheen."""
    h, w = bgr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    rx, ry = rng.uniform(0.08, 0.22) * w, rng.uniform(0.05, 0.15) * h
    spot = np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))
    sheen = 0.5 + 0.5 * np.sin(
        (xx + yy) / max(w, h) * math.tau * rng.uniform(0.5, 1.5) + rng.uniform(0, math.tau)
    )
    light = 255 * (strength * spot + 0.08 * strength * sheen)
    return np.clip(bgr.astype(np.float32) + light[..., None], 0, 255).astype(np.uint8)


def render_screen_photo_source(
    truth: CertificateTruth, rng: random.Random, style: LabelStyle, moire_strength: float | None = None
) -> Image.Image:
    """What the camera sees: a phone (black bezel) showing an e-certificate page or a card picture."""
    if rng.random() < 0.7:
        screen = render_e_screenshot(truth, rng, style)
    else:
        card = render_so_front(
            truth, rng, LabelStyle(**{**asdict(style), "below": False}), stamp=rng.random() < 0.5
        )
        screen = Image.new("RGB", PHONE_SIZE, (20, 20, 24))
        card = card.rotate(90, expand=True) if rng.random() < 0.5 else card
        card.thumbnail((PHONE_SIZE[0] - 40, PHONE_SIZE[1] - 200))
        screen.paste(card, ((PHONE_SIZE[0] - card.width) // 2, (PHONE_SIZE[1] - card.height) // 2))
        if card.width > card.height:
            screen = screen.rotate(-90, expand=True)  # held sideways to show the card large
    strength = rng.uniform(0.05, 0.22)
    screen = moire(screen, rng, strength if moire_strength is None else moire_strength)
    bezel = 60
    phone = Image.new("RGB", (screen.width + 2 * bezel, screen.height + 2 * bezel), (10, 10, 12))
    phone.paste(screen, (bezel, bezel))
    return phone
