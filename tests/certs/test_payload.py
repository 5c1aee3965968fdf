"""The signed payload: round trip, size, tampering, key states, and hostile input."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certs import base45, digits, keys, transport
from certs.payload import (
    MAX_SIGNED_BYTES,
    CertFields,
    PayloadStatus,
    PayloadTooLarge,
    sign_certificate,
    verify_payload,
)

from .conftest import ID_ABDU, ID_ZHANG, make_record

LONG = CertFields(
    cert_no="AQ-2024-新疆维吾尔自治区-00001234",
    cert_type="safety_management",
    name="阿卜杜热合曼·买买提明·艾力江·库尔班",
    id_number=ID_ABDU,
    category="危险化学品生产单位主要负责人安全生产知识和管理能力",
    item="危险化学品经营单位安全生产管理人员专项培训考核",
    valid_to=date(2030, 3, 6),
    issuer_division="650102",
    record_id=123456789,
)


def test_round_trip(signing_key: keys.SigningKey, keyring: keys.Keyring) -> None:
    fields = make_record().cert_fields()
    text = sign_certificate(fields, signing_key)
    assert text.startswith("SW1:")
    result = verify_payload(text, keyring)
    assert result.status is PayloadStatus.VALID and result.ok
    got = result.fields
    assert got is not None
    assert got.cert_no == "T#" and got.cert_no_matches(fields.cert_no, ID_ZHANG)
    assert (got.name, got.id_last4, got.cert_type) == ("张三丰", "7774", "special_operation")
    assert (got.category, got.item, got.item_code) == ("电工作业", "低压电工作业", 102)
    assert got.valid_to == date(2030, 3, 6) and got.issuer_division == "110101" and got.record_id == 42
    assert got.masked_name == "张*丰" and got.masked_cert_no == "T…7774" and got.masked_id == "…7774"
    assert result.kid == signing_key.kid


def test_no_full_id_number_inside(signing_key: keys.SigningKey) -> None:
    signed = transport.from_text(sign_certificate(make_record().cert_fields(), signing_key))
    assert ID_ZHANG.encode() not in signed and ID_ZHANG[:-4].encode() not in signed


def test_size_limit_with_long_chinese_fields(signing_key: keys.SigningKey, keyring: keys.Keyring) -> None:
    text = sign_certificate(LONG, signing_key)
    assert len(transport.from_text(text)) <= MAX_SIGNED_BYTES
    result = verify_payload(text, keyring)
    assert result.ok and result.fields is not None
    assert LONG.name.startswith(result.fields.name)
    assert result.fields.name_matches(LONG.name)
    assert result.fields.cert_no == LONG.cert_no  # the lookup key is never shortened


def test_a_record_that_cannot_fit(signing_key: keys.SigningKey) -> None:
    with pytest.raises(PayloadTooLarge):
        sign_certificate(dataclasses.replace(LONG, cert_no="号" * 40), signing_key, fits=lambda _: False)


def test_lowercased_by_a_scanner(signing_key: keys.SigningKey, keyring: keys.Keyring) -> None:
    text = sign_certificate(make_record().cert_fields(), signing_key)
    assert verify_payload(text.lower() + "\r\n", keyring).ok


def _tampered(text: str, changes: dict[int, object]) -> str:
    """The same signature over changed content."""
    protected, unprotected, payload, signature = cbor2.loads(transport.from_text(text))
    content = cbor2.loads(payload)
    content.update(changes)
    payload = cbor2.dumps(content, canonical=True)
    return transport.to_text(cbor2.dumps([protected, unprotected, payload, signature]))


@pytest.mark.parametrize(
    "changes",
    [{3: "李四"}, {7: (date(2040, 1, 1) - date(1970, 1, 1)).days}, {1: "T#1"}, {10: 43}],
    ids=["name", "valid_to", "cert_no", "record"],
)
def test_tampered_payload_is_bad_signature(
    signing_key: keys.SigningKey, keyring: keys.Keyring, changes: dict[int, object]
) -> None:
    text = sign_certificate(make_record().cert_fields(), signing_key)
    result = verify_payload(_tampered(text, changes), keyring)
    assert result.status is PayloadStatus.BAD_SIGNATURE
    assert result.fields is None and result.claimed is not None


def test_flipped_signature_bit(signing_key: keys.SigningKey, keyring: keys.Keyring) -> None:
    protected, unprotected, payload, signature = cbor2.loads(
        transport.from_text(sign_certificate(make_record().cert_fields(), signing_key))
    )
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    text = transport.to_text(cbor2.dumps([protected, unprotected, payload, flipped]))
    assert verify_payload(text, keyring).status is PayloadStatus.BAD_SIGNATURE


def test_unknown_key(signing_key: keys.SigningKey, tmp_path: Path) -> None:
    keys.create_key(tmp_path / "other")
    other_ring = keys.load_keyring(tmp_path / "other")
    result = verify_payload(sign_certificate(make_record().cert_fields(), signing_key), other_ring)
    assert result.status is PayloadStatus.UNKNOWN_KEY
    assert result.kid == signing_key.kid and result.claimed is not None and result.fields is None


def test_rotated_key_still_verifies_then_retired_does_not(
    keys_dir: Path, signing_key: keys.SigningKey
) -> None:
    text = sign_certificate(make_record().cert_fields(), signing_key)
    keys.rotate(keys_dir)
    newer = sign_certificate(make_record().cert_fields(), keys.active_key(keys_dir))
    assert verify_payload(text, keys.load_keyring(keys_dir)).ok
    keys.retire(keys_dir, signing_key.kid)
    ring = keys.load_keyring(keys_dir)
    assert verify_payload(text, ring).status is PayloadStatus.RETIRED_KEY
    assert verify_payload(newer, ring).ok


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("hello", PayloadStatus.NOT_OURS),
        ("", PayloadStatus.NOT_OURS),
        ("https://example.com/", PayloadStatus.NOT_OURS),
        ("SW1:", PayloadStatus.MALFORMED),
        ("SW1:abc?", PayloadStatus.MALFORMED),
        ("SW1:GGW", PayloadStatus.MALFORMED),
        ("SW1:" + base45.encode(b"\x84\x40\xa0\x40\x40"), PayloadStatus.MALFORMED),
        ("SW1:" + base45.encode(cbor2.dumps([b"", {}, b"", b"", b""])), PayloadStatus.MALFORMED),
        ("HTTPS://VERIFY.EXAMPLE.GOV.CN/V/12", PayloadStatus.MALFORMED),
        ("SW1:" + "A" * 5000, PayloadStatus.NOT_OURS),
    ],
)
def test_bad_text(text: str, status: PayloadStatus, keyring: keys.Keyring) -> None:
    assert verify_payload(text, keyring).status is status


def test_trailing_bytes_are_malformed(signing_key: keys.SigningKey, keyring: keys.Keyring) -> None:
    signed = transport.from_text(sign_certificate(make_record().cert_fields(), signing_key))
    assert verify_payload(transport.to_text(signed + b"\x00"), keyring).status is PayloadStatus.MALFORMED


def test_url_form_verifies(signing_key: keys.SigningKey, keyring: keys.Keyring) -> None:
    from certs.payload import sign_bytes

    signed = sign_bytes(make_record().cert_fields(), signing_key)
    url = transport.to_url(signed, "https://verify.example.gov.cn")
    assert url.startswith("HTTPS://VERIFY.EXAMPLE.GOV.CN/V/")
    assert verify_payload(url, keyring).ok
    assert verify_payload(url.lower(), keyring).ok


def test_base45_rfc9285_vectors() -> None:
    vectors = {b"AB": "BB8", b"Hello!!": "%69 VD92EX0", b"base-45": "UJCLQE7W581", b"ietf!": "QED8WEX0"}
    for raw, text in vectors.items():
        assert base45.encode(raw) == text and base45.decode(text) == raw
    for bad in ("GGW", "A", "a", "ZZ"):
        with pytest.raises(ValueError):
            base45.decode(bad)


@given(st.binary(min_size=1, max_size=200))
def test_digits_round_trip(data: bytes) -> None:
    assert digits.decode(digits.encode(data)) == data


_FUZZ = settings(
    max_examples=250,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@_FUZZ
@given(
    st.one_of(
        st.text(max_size=400),
        st.text(alphabet=base45.ALPHABET, max_size=400).map(lambda t: "SW1:" + t),
        st.binary(max_size=260).map(lambda b: "SW1:" + base45.encode(b)),
        st.binary(min_size=1, max_size=260).map(
            lambda b: "https://verify.example.gov.cn/V/" + digits.encode(b)
        ),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.binary(max_size=70) | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=5) | st.dictionaries(st.integers(-10, 12), inner, max_size=6)
            ),
            max_leaves=20,
        ).map(lambda value: "SW1:" + base45.encode(cbor2.dumps(value))),
    )
)
def test_verify_never_raises(keyring: keys.Keyring, text: str) -> None:
    result = verify_payload(text, keyring)
    assert result.status in PayloadStatus
    assert result.status is not PayloadStatus.VALID


@_FUZZ
@given(position=st.integers(0, 10_000), value=st.integers(0, 255))
def test_single_byte_corruption_never_validates(
    signing_key: keys.SigningKey, keyring: keys.Keyring, position: int, value: int
) -> None:
    signed = bytearray(transport.from_text(sign_certificate(_FIXED, signing_key)))
    index = position % len(signed)
    if signed[index] == value:
        return
    signed[index] = value
    result = verify_payload(transport.to_text(bytes(signed)), keyring)
    assert result.status is not PayloadStatus.VALID


_FIXED = dataclasses.replace(make_record().cert_fields(), issued_at=datetime(2024, 3, 7, tzinfo=UTC))
