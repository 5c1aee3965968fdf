"""Rendered documents, photographed the way inspectors do, read end to end through the pipeline."""

from __future__ import annotations

import io
import random
import struct
import zlib

import cv2
import numpy as np
import pytest
from PIL import Image

from ocr import synthetic
from ocr.loading import MAX_BYTES
from ocr.pipeline import analyze_bytes


@pytest.mark.parametrize("kind", ["plain", "stamped", "tilted"])
def test_certificate_photo(engine, certificate_photos, kind: str) -> None:
    photo = certificate_photos[kind]
    result = analyze_bytes(photo.jpeg, engine=engine)
    assert result.doc_type == "certificate"
    assert {k: result.fields[k] for k in photo.truth.FIELDS} == photo.truth.fields()
    assert result.fields["id_valid"] is True
    assert result.problems == []
    assert result.ms > 0
    # Boxes are reported in the photo's own pixels, not the flattened card's.
    height, width = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR).shape[:2]
    for line in result.lines:
        for x, y in line.box:
            assert -5 <= x <= width + 5 and -5 <= y <= height + 5


def test_a_wrong_card_outline_does_not_cut_fields_off(engine, certificate_photos, monkeypatch) -> None:
    """An outline whose top corners sit on something inside the card (the rule under the title) would
    flatten only the lower part: the photo is then read as it is as well, and nothing is lost."""
    from ocr import preprocess

    photo = certificate_photos["plain"]
    image = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    true_quad = preprocess.find_document_quad(image)
    assert true_quad is not None
    top_left, top_right, bottom_right, bottom_left = true_quad
    cut = np.float32([
        top_left + 0.55 * (bottom_left - top_left), top_right + 0.55 * (bottom_right - top_right),
        bottom_right, bottom_left,
    ])  # fmt: skip
    monkeypatch.setattr("ocr.preprocess.find_document_quad", lambda _image: cut)
    result = analyze_bytes(photo.jpeg, engine=engine)
    assert {k: result.fields[k] for k in photo.truth.FIELDS} == photo.truth.fields()
    assert result.problems == []


def test_an_outline_with_one_side_much_shorter_than_the_side_facing_it_is_not_a_card() -> None:
    from ocr.preprocess import _plausible

    card = np.float32([[120, 60], [895, 170], [860, 655], [90, 580]])  # a card at 8 degrees
    corner_on_the_title_rule = np.float32([[120, 260], [895, 170], [860, 655], [90, 580]])
    assert _plausible(card, (750, 1000, 3))
    assert not _plausible(corner_on_the_title_rule, (750, 1000, 3))


def _rows(result) -> list[tuple]:
    return [(r["name"], r["id_number"], r["signed"]) for r in result.rows]


def test_sign_in_sheet(engine, sign_in_sheet) -> None:
    result = analyze_bytes(sign_in_sheet.jpeg, engine=engine)
    assert result.doc_type == "sign_in_sheet"
    assert result.fields["date"] == "2024-05-20"
    expected = [(r["name"], r["id_number"], r["signed"]) for r in sign_in_sheet.table.truth()]
    assert _rows(result) == expected
    assert all(r["id_valid"] and r["date"] == "2024-05-20" for r in result.rows)


def test_training_roster(engine, roster) -> None:
    result = analyze_bytes(roster.jpeg, engine=engine)
    assert result.doc_type == "training_roster"
    expected = [(r["name"], r["id_number"], r["signed"]) for r in roster.table.truth()]
    assert _rows(result) == expected
    assert [r["sex"] for r in result.rows] == [r.person.sex for r in roster.table.rows]


def test_id_card(engine) -> None:
    rng = random.Random("id-card")
    person = synthetic.random_person(rng)
    card = synthetic.render_id_card(person, "河北省石家庄市长安区建设北大街18号", rng)
    options = synthetic.PhotoOptions(long_side=2000, rotation=3, jpeg_quality=85)
    result = analyze_bytes(synthetic.encode_jpeg(synthetic.photograph(card, options, rng), 85), engine=engine)
    assert result.doc_type == "id_card"
    assert result.fields["name"] == person.name
    assert result.fields["sex"] == person.sex
    assert result.fields["id_number"] == person.id_number and result.fields["id_valid"] is True
    assert result.fields["birth"] == person.birth
    assert result.fields["address"].startswith("河北省石家庄市")


# --------------------------------------------------------------------------- bad input


def _png(width: int, height: int, color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, format="PNG")
    return out.getvalue()


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny file whose header claims a huge image: decoding it would need gigabytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_blank_and_black_images(engine) -> None:
    white = analyze_bytes(_png(1200, 900, (255, 255, 255)), engine=engine)
    assert (white.doc_type, white.problems) == ("other", ["blank_image"])
    black = analyze_bytes(_png(1200, 900, (3, 3, 3)), engine=engine)
    assert (black.doc_type, black.problems) == ("other", ["black_image"])


def test_photo_without_a_document(engine) -> None:
    rng = np.random.default_rng(7)
    desk = cv2.resize(
        rng.integers(60, 140, (12, 16, 3), dtype=np.uint8), (1600, 1200), interpolation=cv2.INTER_CUBIC
    )
    cv2.circle(desk, (800, 600), 200, (30, 90, 160), -1)
    result = analyze_bytes(synthetic.encode_jpeg(desk, 85), engine=engine)
    assert result.doc_type == "other"
    assert result.problems in (["no_text"], ["unknown_document"])


def test_oversized_inputs_are_refused_before_decoding(engine) -> None:
    huge = analyze_bytes(_png_header_only(10_000, 6_000), engine=engine)
    assert (huge.doc_type, huge.problems) == ("other", ["image_too_large"])
    assert analyze_bytes(b"\xff\xd8" + b"\0" * MAX_BYTES, engine=engine).problems == ["file_too_large"]


def test_pdf_and_unsupported_files(engine) -> None:
    broken = analyze_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", engine=engine)
    assert (broken.doc_type, broken.problems) == ("other", ["not_an_image"])
    for data in (b"hello, this is text", b"", b"\xff\xd8\xff\xe0 truncated jpeg"):
        result = analyze_bytes(data, engine=engine)
        assert (result.doc_type, result.problems) == ("other", ["not_an_image"])


def pdf_of(*images: Image.Image) -> bytes:
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=list(images[1:]))
    return out.getvalue()


def test_pdf_pages_are_rendered_offline(engine, certificate_photos) -> None:
    """pypdfium2 (pdfium in its wheel, no download) renders the first page, which is read like a photo."""
    page = Image.open(io.BytesIO(certificate_photos["plain"].jpeg)).convert("RGB")
    result = analyze_bytes(pdf_of(page, page), engine=engine)
    assert result.doc_type == "certificate"
    assert result.fields["cert_no"] == certificate_photos["plain"].truth.cert_no
    assert "pdf_more_pages" in result.problems


def test_upside_down_photo(engine, certificate_photos) -> None:
    photo = certificate_photos["plain"]
    image = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    result = analyze_bytes(synthetic.encode_jpeg(cv2.rotate(image, cv2.ROTATE_180), 90), engine=engine)
    assert result.doc_type == "certificate"
    assert {k: result.fields[k] for k in photo.truth.FIELDS} == photo.truth.fields()


def test_a_dark_mode_e_certificate_photographed_on_its_phone(engine) -> None:
    """Grey labels and white values on black, blurred through the camera: read as its negative, the name
    (a minority name) and every other field come back; read as it is, the recogniser lost the name's label
    and half the name."""
    photo = synthetic.layout_photo(random.Random("probeA-36"), "screen_photo")
    result = analyze_bytes(photo.jpeg, engine=engine)
    assert result.fields["name"] == photo.fields["name"] == "阿不都·热合曼"
    assert {k: result.fields.get(k) for k in photo.fields} == photo.fields


def test_only_light_text_on_a_dark_page_is_turned_negative() -> None:
    from ocr.preprocess import light_on_dark

    page = np.full((600, 400, 3), 20, np.uint8)
    for y in range(60, 560, 60):
        cv2.putText(page, "ABC 123", (40, y), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (235, 235, 235), 2)
    assert light_on_dark(page)
    assert not light_on_dark(cv2.bitwise_not(page))
    # paper photographed in dim light: dark all over, but its paper is still the bright majority
    dim = np.full((600, 400, 3), 80, np.uint8)
    for y in range(60, 560, 60):
        cv2.putText(dim, "ABC 123", (40, y), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (15, 15, 15), 2)
    assert not light_on_dark(dim)
    assert not light_on_dark(np.full((600, 400, 3), 5, np.uint8))  # black: nothing to turn
    # a light card shown on a dark phone screen: one bright block, its text dark
    screen = np.full((600, 400, 3), 20, np.uint8)
    screen[220:420, 160:300] = 240
    for y in range(250, 420, 30):
        cv2.putText(screen, "AB 12", (165, y), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (20, 20, 20), 1)
    assert not light_on_dark(screen)


def test_a_name_cut_to_one_character_by_the_warp_is_read_from_the_whole_photo(engine) -> None:
    """A phone photographed with its e-certificate: the outline found cut the flush-right name (江娜) to
    江. No name has one character, so the photo is read as it is too, and the whole name kept."""
    rng = random.Random("8-card-35")
    photo = synthetic.certificate_photo(rng, layout=synthetic.LAYOUTS[35 % len(synthetic.LAYOUTS)])
    assert photo.fields["name"] == "江娜"
    result = analyze_bytes(photo.jpeg, engine=engine)
    assert result.fields["name"] == "江娜"
