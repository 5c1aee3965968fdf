"""The open verification spec, proved by a verifier that knows only the published documents.

The documents are fetched from the running web app (as another province's app would fetch them), written
to files, and tools/offline_verifier.py runs in a separate interpreter on those files and a QR text.
"""

from __future__ import annotations

import ast
import base64
import dataclasses
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.demo import _demo_csv
from certs import keys, trustlist
from certs.importer import import_csv
from certs.links import issue_qr_text
from certs.payload import sign_certificate
from certs.registry import find_by_cert_no
from foundation import clock
from tests.web import conftest as web_fixtures
from web import trust_lists

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "tools" / "offline_verifier.py"
PUBLIC = "https://verify.example.gov.cn"
KEYS = "/.well-known/safetywatch/keys.json"
REVOCATIONS = "/.well-known/safetywatch/revocations.json"
# the web tests' fixtures: the app served by aiohttp's test server
web_settings = web_fixtures.web_settings
make_client = web_fixtures.make_client
VALID_NO, REVOKED_NO, SUSPENDED_NO = "T130102199001011237", "T130102199112126678", "T130102199311113351"


async def _setup(web_settings: Any, make_client: Any, tmp_path: Path) -> tuple[Any, Any]:
    trust_lists.forget_cache()
    settings = dataclasses.replace(web_settings, data_dir=tmp_path / "data", public_url=PUBLIC)
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    keys.create_key(settings.keys_dir)
    return settings, await make_client(settings)


async def _fetch(client: Any, folder: Path) -> tuple[Path, Path]:
    """What a verifier's operator does once a day: download both documents and keep them."""
    paths = []
    for url, name in ((KEYS, "keys.json"), (REVOCATIONS, "revocations.json")):
        answer = await client.get(url)
        assert answer.status == 200, await answer.text()
        path = _save(folder / name, await answer.read())
        paths.append(path)
    return paths[0], paths[1]


def _save(path: Path, body: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    return path


def _verify(text: str, keys_file: Path, revocations_file: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-I",
            str(VERIFIER),
            text,
            "--keys",
            str(keys_file),
            "--revocations",
            str(revocations_file),
            "--json",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=keys_file.parent,
        check=False,
    )


def _verdict(done: subprocess.CompletedProcess) -> dict:
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


async def test_valid_card_verifies_and_revoked_card_is_rejected_offline(
    database: str,
    web_settings: Any,
    make_client: Any,
    tmp_path: Path,
) -> None:
    settings, client = await _setup(web_settings, make_client, tmp_path)
    key = keys.active_key(settings.keys_dir)
    pin = trustlist.list_key(settings.keys_dir).kid  # published by the operator out of band
    keys_file, revocations_file = await _fetch(client, tmp_path / "verifier")

    valid = (await find_by_cert_no(VALID_NO)).cert_fields()
    url_form = issue_qr_text(valid, key, PUBLIC)
    done = _verify(url_form, keys_file, revocations_file, "--trust", pin)
    verdict = _verdict(done)
    assert done.returncode == 0 and verdict["valid"] and verdict["reason"] == "valid"
    assert verdict["claims"]["name"] == "王建国" and verdict["claims"]["id_last4"] == "1237"
    assert verdict["kid"] == key.kid
    assert _verdict(_verify(sign_certificate(valid, key), keys_file, revocations_file, "--trust", pin))[
        "valid"
    ]

    revoked = issue_qr_text((await find_by_cert_no(REVOKED_NO)).cert_fields(), key, PUBLIC)
    done = _verify(revoked, keys_file, revocations_file, "--trust", pin)
    assert done.returncode == 1 and _verdict(done)["reason"] == "revoked"
    suspended = sign_certificate((await find_by_cert_no(SUSPENDED_NO)).cert_fields(), key)
    assert _verdict(_verify(suspended, keys_file, revocations_file))["reason"] == "suspended"

    forged = url_form[:-6] + ("1" if url_form[-6] != "1" else "2") + url_form[-5:]
    done = _verify(forged, keys_file, revocations_file, "--trust", pin)
    assert done.returncode == 1 and _verdict(done)["reason"] in ("bad_signature", "malformed")


async def test_suspended_certificate_is_listed_as_suspended(
    database: str,
    web_settings: Any,
    make_client: Any,
    tmp_path: Path,
) -> None:
    settings, client = await _setup(web_settings, make_client, tmp_path)
    from models.certificates import Certificate

    row = await Certificate.get(cert_no=VALID_NO)
    row.status = "suspended"
    await row.save()
    keys_file, revocations_file = await _fetch(client, tmp_path / "verifier")
    card = sign_certificate(
        (await find_by_cert_no(VALID_NO)).cert_fields(), keys.active_key(settings.keys_dir)
    )
    done = _verify(card, keys_file, revocations_file)
    assert done.returncode == 1 and _verdict(done)["reason"] == "suspended"


async def test_retired_key_and_a_key_used_after_its_signing_period_are_rejected(
    database: str,
    web_settings: Any,
    make_client: Any,
    tmp_path: Path,
) -> None:
    settings, client = await _setup(web_settings, make_client, tmp_path)
    fields = (await find_by_cert_no(VALID_NO)).cert_fields()
    old = keys.active_key(settings.keys_dir)  # a copy of the private key, as a thief would keep it
    before = sign_certificate(fields, old)
    keys.rotate(settings.keys_dir)
    after_rotation = sign_certificate(
        dataclasses.replace(fields, issued_at=clock.now() + timedelta(days=30)), old
    )
    keys_file, revocations_file = await _fetch(client, tmp_path / "rotated")
    assert _verdict(_verify(before, keys_file, revocations_file))["valid"]  # rotation keeps old cards valid
    done = _verify(after_rotation, keys_file, revocations_file)
    assert done.returncode == 1 and _verdict(done)["reason"] == "outside_key_validity"
    new_card = sign_certificate(fields, keys.active_key(settings.keys_dir))

    keys.retire(settings.keys_dir, old.kid)
    keys_file, revocations_file = await _fetch(client, tmp_path / "retired")
    for card in (before, after_rotation):
        done = _verify(card, keys_file, revocations_file)
        assert done.returncode == 1 and _verdict(done)["reason"] == "retired_key"
    assert _verdict(_verify(new_card, keys_file, revocations_file))["valid"]
    published = _document(keys_file.read_bytes())
    statuses = {entry["kid"]: entry["status"] for entry in published["keys"]}
    assert statuses[old.kid] == "retired" and "current" in statuses.values()
    retired = next(entry for entry in published["keys"] if entry["kid"] == old.kid)
    assert retired["valid_until"] and retired["signs_until"] and retired["valid_from"]


def _document(raw: bytes) -> dict:
    envelope = json.loads(raw)
    text = envelope["payload"]
    return json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def _reencoded(raw: bytes, document: dict) -> bytes:
    envelope = json.loads(raw)
    envelope["payload"] = trustlist.b64url(json.dumps(document).encode())
    return json.dumps(envelope).encode()


async def test_tampered_stale_or_foreign_documents_are_refused(
    database: str,
    web_settings: Any,
    make_client: Any,
    tmp_path: Path,
) -> None:
    settings, client = await _setup(web_settings, make_client, tmp_path)
    key = keys.active_key(settings.keys_dir)
    keys_file, revocations_file = await _fetch(client, tmp_path / "verifier")
    revoked = sign_certificate((await find_by_cert_no(REVOKED_NO)).cert_fields(), key)

    # the revocation list with its entries removed, signature left as it was
    emptied = _document(revocations_file.read_bytes())
    assert emptied["entries"]
    emptied["entries"] = []
    tampered = tmp_path / "tampered.json"
    tampered.write_bytes(_reencoded(revocations_file.read_bytes(), emptied))
    done = _verify(revoked, keys_file, tampered)
    assert done.returncode == 2 and "revocation list: signature invalid" in done.stderr

    # a key set with a forger's card key slipped in
    keyset = _document(keys_file.read_bytes())
    keyset["keys"].append({**keyset["keys"][0], "kid": "00000000"})
    forged_keys = tmp_path / "forged-keys.json"
    forged_keys.write_bytes(_reencoded(keys_file.read_bytes(), keyset))
    done = _verify(revoked, forged_keys, revocations_file)
    assert done.returncode == 2 and "key set: signature invalid" in done.stderr

    # documents of another issuer (another list key) are refused when the issuer's key is pinned
    other = dataclasses.replace(settings, data_dir=tmp_path / "other")
    keys.create_key(other.keys_dir)
    other_client = await make_client(other)
    other_keys, _other_revocations = await _fetch(other_client, tmp_path / "other-docs")
    pin = trustlist.list_key(settings.keys_dir).kid
    done = _verify(revoked, other_keys, revocations_file, "--trust", pin)
    assert done.returncode == 2 and "not by the trusted key" in done.stderr
    done = _verify(revoked, other_keys, revocations_file)
    assert done.returncode == 2 and "signed by another key" in done.stderr

    # a list past its next update is not used
    next_update = _document(revocations_file.read_bytes())["next_update"]
    late = (clock.now() + timedelta(days=2)).isoformat()
    done = _verify(revoked, keys_file, revocations_file, "--at", late)
    assert done.returncode == 2 and "stale" in done.stderr and next_update in done.stderr


async def test_published_documents_are_public_cacheable_and_hold_no_id_number(
    database: str,
    web_settings: Any,
    make_client: Any,
    tmp_path: Path,
) -> None:
    _settings, client = await _setup(web_settings, make_client, tmp_path)
    for url in (KEYS, REVOCATIONS):
        answer = await client.get(url)
        assert answer.status == 200
        assert answer.headers["Content-Type"].startswith("application/jose+json")
        assert "max-age" in answer.headers["Cache-Control"] and answer.headers["Last-Modified"]
        assert answer.headers["Access-Control-Allow-Origin"] == "*"
        etag = answer.headers["ETag"]
        again = await client.get(url, headers={"If-None-Match": etag})
        assert again.status == 304 and again.headers["ETag"] == etag and not await again.read()
        assert (await client.get(url, headers={"If-None-Match": '"other"'})).status == 200
    body = await (await client.get(REVOCATIONS)).read()
    document = _document(body)
    assert {entry["status"] for entry in document["entries"]} >= {"revoked"}
    assert document["next_update"] > document["issued_at"]
    text = json.dumps(document, ensure_ascii=False)
    for id_number in ("130102199112126678", "199112126678"):
        assert id_number not in text
    entry = next(e for e in document["entries"] if e["status"] == "revoked")
    assert set(entry) == {"id", "status", "reason", "since"} and len(entry["id"]) == 32


def test_verifier_uses_only_the_standard_library_cryptography_and_cbor2() -> None:
    tree = ast.parse(VERIFIER.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0
            imported.add((node.module or "").split(".")[0])
    assert imported - set(sys.stdlib_module_names) - {"__future__"} == {"cryptography", "cbor2"}


def _verifier_module() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("offline_verifier", VERIFIER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["offline_verifier"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def test_the_spec_worked_example_verifies_with_the_reference_verifier() -> None:
    """docs/verification-spec.md §8: the example text, key and revocation id are what the code does."""
    import re
    from datetime import UTC, datetime

    spec = (ROOT / "docs" / "verification-spec.md").read_text(encoding="utf-8")
    example = spec[spec.index("## 8. Worked example") :]
    text = re.search(r"^(SW1:.+)$", example, re.M).group(1)
    revocation = re.search(r"revocation id is `([0-9a-f]{32})`", example).group(1)
    verifier = _verifier_module()
    key = {
        "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "kid": "56475aa7", "purpose": "certificates",
        "x": "A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg", "status": "current",
        "valid_from": "2026-11-01T00:00:00Z", "signs_until": None,
    }  # fmt: skip
    at = datetime(2026, 12, 4, tzinfo=UTC)
    docs = verifier.TrustDocuments({"56475aa7": key}, {}, "test")
    verdict = verifier.verify(text, docs, at)
    assert verdict.valid, verdict.message
    assert verdict.claims["certificate_no"] == "T…1237" and verdict.claims["valid_to"] == "2031-06-30"
    assert verdict.claims["item_code"] == 102 and verdict.claims["signed_at"] == "2026-12-01T08:00:00Z"
    assert revocation == trustlist.revocation_id("T#", "1237", 1, "王建国")
    revoked = verifier.TrustDocuments({"56475aa7": key}, {revocation: {"status": "revoked"}}, "test")
    assert verifier.verify(text, revoked, at).reason == "revoked"
    assert verifier.verify(text.lower(), docs, at).valid  # a scanner that lowercases loses nothing
    hexed = "".join(re.search(r"hex:\n\n```\n([0-9a-f\n]+)```", example).group(1).split())
    assert verifier.signed_bytes(text).hex() == hexed


def test_keys_create_makes_the_list_signing_key_and_keys_list_shows_it_for_pinning(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "DATA_DIR": str(tmp_path / "data")}
    env.pop("BOT_TOKEN", None)

    def run_py(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "run.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "list-signing" not in run_py("keys", "list")
    created = run_py("keys", "create")
    lister = trustlist.list_key(tmp_path / "data" / "keys")
    assert f"list-signing key {lister.kid}" in created
    assert f"{lister.kid}  list-signing" in run_py("keys", "list")
    run_py("keys", "rotate")
    document = trustlist.key_set(tmp_path / "data" / "keys", PUBLIC)
    assert [k["status"] for k in document["keys"]] == ["rotated", "current", "current"]
    assert document["keys"][-1] == {**document["keys"][-1], "kid": lister.kid, "purpose": "lists"}


def test_verifier_and_product_agree_on_every_one_byte_alteration(tmp_path: Path) -> None:
    """The spec is what the product does: for a card and each of its one-byte alterations, the offline
    verifier (from the published documents) and certs.payload.verify_payload give the same yes or no."""
    from datetime import UTC, date, datetime

    from certs import transport
    from certs.payload import CertFields, sign_bytes, verify_payload

    keys_dir = tmp_path / "keys"
    keys.create_key(keys_dir)
    signed = sign_bytes(
        CertFields("T110101199003077774", "special_operation", "张三丰", "110101199003077774",
                   item="低压电工作业", valid_to=date(2031, 1, 1), issuer_division="110101", record_id=7),
        keys.active_key(keys_dir),
    )  # fmt: skip
    verifier = _verifier_module()
    keyset = trustlist.sign_document(trustlist.key_set(keys_dir, PUBLIC), trustlist.KEYSET_TYPE,
                                     trustlist.list_key(keys_dir))  # fmt: skip
    revocations = trustlist.sign_document(
        {"format": 1, "type": "revocations", "issuer": PUBLIC, "next_update": "2099-01-01T00:00:00Z",
         "entries": []},
        trustlist.REVOCATIONS_TYPE, trustlist.list_key(keys_dir),
    )  # fmt: skip
    at = datetime.now(UTC)
    docs = verifier.load_documents(keyset, revocations, trustlist.list_key(keys_dir).kid, at)
    ring = keys.load_keyring(keys_dir)
    candidates = [signed] + [
        signed[:i] + bytes([signed[i] ^ flip]) + signed[i + 1 :]
        for i in range(len(signed))
        for flip in (1, 0x80)
    ]
    accepted = 0
    for candidate in candidates:
        text = transport.to_text(candidate)
        product = verify_payload(text, ring).ok
        offline = verifier.verify(text, docs, at).valid
        assert product == offline, (candidate.hex(), product, offline)
        accepted += offline
    assert accepted == 1  # only the original
