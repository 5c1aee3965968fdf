"""What a QR holds and what a scanned text is: the URL design, QR versions, classification."""

from __future__ import annotations

import dataclasses

import pytest

from certs import keys, qr, transport
from certs.links import QrSource, classify_qr_text, hosts_of, issue_qr_text
from certs.payload import CertFields, PayloadStatus, verify_payload

from .conftest import ID_ABDU, PUBLIC_URL, make_record

HOSTS = hosts_of(PUBLIC_URL, "https://old-verify.example.gov.cn/base")

LONG = CertFields(
    cert_no="T" + ID_ABDU,
    cert_type="special_operation",
    name="阿卜杜热合曼·买买提明",
    id_number=ID_ABDU,
    category="危险化学品安全作业",
    item="化工自动化控制仪表作业",
    issuer_division="370202",
    record_id=123456789,
)


@pytest.mark.parametrize(
    "public_url", [None, PUBLIC_URL, "https://aqsc-zhengshu.yingji.example.gov.cn/safetywatch"]
)
@pytest.mark.parametrize("fields", [make_record().cert_fields(), LONG], ids=["typical", "long"])
def test_issued_qr_is_version_11_or_lower_at_level_q(
    signing_key: keys.SigningKey, keyring: keys.Keyring, public_url: str | None, fields: CertFields
) -> None:
    text = issue_qr_text(fields, signing_key, public_url)
    assert qr.qr_version(text) <= qr.MAX_VERSION
    assert len(transport.from_text(text)) <= 200
    if public_url:
        assert text.startswith(public_url.upper() + "/V/") and text.upper() == text
    else:
        assert text.startswith("SW1:")
    assert verify_payload(text, keyring).ok


def test_typical_record_sizes(signing_key: keys.SigningKey) -> None:
    """The figures quoted in certs/README.md."""
    text = issue_qr_text(make_record().cert_fields(), signing_key, PUBLIC_URL)
    assert len(transport.from_text(text)) <= 130
    assert qr.qr_version(text) == 10


def test_make_qr_png_refuses_above_version_11() -> None:
    png = qr.make_qr_png("SW1:" + "A" * 250)
    assert png.startswith(b"\x89PNG")
    with pytest.raises(qr.QrTooLarge):
        qr.make_qr_png("SW1:" + "A" * 400)


def test_classify_our_payload_forms(signing_key: keys.SigningKey, keyring: keys.Keyring) -> None:
    url = issue_qr_text(make_record().cert_fields(), signing_key, PUBLIC_URL)
    canonical = issue_qr_text(dataclasses.replace(make_record().cert_fields()), signing_key, None)
    for text in (url, url.lower(), canonical, canonical.lower(), " " + url + "\n"):
        kind = classify_qr_text(text, HOSTS)
        assert kind.source is QrSource.OURS, text
        assert kind.payload is not None and kind.payload.startswith("SW1:")
        assert verify_payload(kind.payload, keyring).ok


def test_classify_our_old_host_and_a_copy_on_another_host(signing_key: keys.SigningKey) -> None:
    url = issue_qr_text(make_record().cert_fields(), signing_key, PUBLIC_URL)
    moved = url.replace("HTTPS://VERIFY.EXAMPLE.GOV.CN", "HTTPS://OLD-VERIFY.EXAMPLE.GOV.CN/BASE")
    assert classify_qr_text(moved, HOSTS).source is QrSource.OURS
    copied = url.replace("VERIFY.EXAMPLE.GOV.CN", "VERIFY-EXAMPLE.GOV.CN.CHECK-CERT.TOP")
    kind = classify_qr_text(copied, HOSTS)
    assert (kind.source, kind.host) == (QrSource.OTHER_SITE, "verify-example.gov.cn.check-cert.top")


@pytest.mark.parametrize(
    ("text", "source", "host"),
    [
        ("https://cx.mem.gov.cn/certificate?id=1", QrSource.OFFICIAL_LOOKUP, "cx.mem.gov.cn"),
        ("HTTP://CX.MEM.GOV.CN/", QrSource.OFFICIAL_LOOKUP, "cx.mem.gov.cn"),
        ("https://cx.mem.gov.cn.verify-cert.cn/q", QrSource.OTHER_SITE, "cx.mem.gov.cn.verify-cert.cn"),
        ("https://cx.mem.gov.cn@evil.example/x", QrSource.OTHER_SITE, "evil.example"),
        ("https://zscx-aqsc.com/check?no=T123", QrSource.OTHER_SITE, "zscx-aqsc.com"),
        ("www.fake-lookup.cn/q?id=9", QrSource.OTHER_SITE, "www.fake-lookup.cn"),
        ("weixin://dl/business/?t=abc", QrSource.OTHER_SITE, "weixin://dl"),
        ("https://verify.example.gov.cn/help", QrSource.TEXT, "verify.example.gov.cn"),
        ("张三丰 特种作业操作证 T110101199003077774", QrSource.TEXT, None),
        ("", QrSource.TEXT, None),
        ("x" * 3000, QrSource.TEXT, None),
        ("http://", QrSource.TEXT, None),
        ("https://[::1", QrSource.TEXT, None),
    ],
)
def test_classify_other_texts(text: str, source: QrSource, host: str | None) -> None:
    kind = classify_qr_text(text, HOSTS)
    assert (kind.source, kind.host) == (source, host)


def test_classify_never_raises_on_odd_input() -> None:
    assert classify_qr_text(None, HOSTS).source is QrSource.TEXT  # type: ignore[arg-type]
    assert classify_qr_text("SW1:%%%", HOSTS).source is QrSource.OURS


def test_garbage_in_our_url_shape_is_ours_but_malformed(keyring: keys.Keyring) -> None:
    kind = classify_qr_text("https://verify.example.gov.cn/V/123", HOSTS)
    assert kind.source is QrSource.OURS
    assert verify_payload(kind.payload or "", keyring).status is PayloadStatus.MALFORMED
