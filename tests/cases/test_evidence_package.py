"""Evidence packages: a round trip verifies; every kind of tampering is reported by the file it touches."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import stat
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bot import cli
from cases.evidence.build import build_package
from cases.evidence.contents import EvidenceFile, original_path
from cases.evidence.keys import evidence_key, load_public_keys, public_key_pem
from cases.evidence.verify import verify_package
from certs.keys import SigningKey, kid_for

CREATED = datetime(2025, 3, 4, 8, 30, tzinfo=UTC)
META = {"inspection": 7, "subject": "某某建筑公司", "inspector": "inspector:12", "division": "130102"}


def evidence(data: bytes, minute: int = 0, mime: str | None = "image/jpeg") -> EvidenceFile:
    return EvidenceFile(
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        received_at=datetime(2025, 3, 4, 8, minute, tzinfo=UTC),
        inspector="inspector:12",
        latitude=38.04 if mime else None,
        longitude=114.51 if mime else None,
        mime_type=mime,
        doc_type="certificate" if mime else None,
        ocr={"fields": {"name": "张三", "cert_no": "T130102199001011234"}, "problems": []},
        corrections={"name": "张叁"},
        findings=[{"code": "name_mismatch", "text": "证件姓名与花名册不符"}],
    )


@pytest.fixture(scope="module")
def key() -> SigningKey:
    private = Ed25519PrivateKey.generate()
    return SigningKey(kid_for(private.public_key()), private)


@pytest.fixture(scope="module")
def files() -> list[EvidenceFile]:
    return [evidence(b"\xff\xd8 photo one", 5), evidence(b"%PDF sheet", 1, None)]


@pytest.fixture(scope="module")
def package(key: SigningKey, files: list[EvidenceFile]) -> bytes:
    return build_package(META, files, [{"code": "untrained", "count": 1}], key, created_at=CREATED)


def keys_of(key: SigningKey) -> dict:
    return {key.kid: key.private_key.public_key()}


def rezip(
    package: bytes, replace: dict[str, bytes | None] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    """A copy of the package with members replaced (None removes one) or added, as a tamperer would."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    target.writestr(info.filename, replace[info.filename])
            else:
                target.writestr(info, source.read(info))
        for name, data in add.items():
            target.writestr(name, data)
    return out.getvalue()


def members(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_round_trip_verifies_and_lists_everything(
    package: bytes, key: SigningKey, files: list[EvidenceFile]
) -> None:
    report = verify_package(package, keys_of(key))
    assert report.ok, report.problems
    assert report.files == 2 and report.kid == key.kid
    content = members(package)
    assert report.manifest_sha256 == hashlib.sha256(content["manifest.json"]).hexdigest()
    assert sorted(content) == sorted(
        ["README.txt", "manifest.json", "manifest.sig", *map(original_path, files)]
    )
    manifest = json.loads(content["manifest.json"])
    assert manifest["format"] == "safetywatch-evidence/1" and manifest["meta"] == META
    first, second = manifest["files"]
    assert first["path"] == f"originals/{files[1].sha256}.bin" and first["location"] is None
    assert second["path"] == f"originals/{files[0].sha256}.jpg"
    assert second["location"] == {"latitude": 38.04, "longitude": 114.51}
    assert second["corrections"] == {"name": "张叁"} and second["ocr"]["fields"]["name"] == "张三"
    assert content[second["path"]] == files[0].data
    assert "张三".encode() in content["manifest.json"]  # ensure_ascii=False
    readme = content["README.txt"].decode()
    assert readme.index("证据包") < readme.index("evidence package")
    assert "run.py" not in readme, "the reader has no access to the server's commands"
    assert "originals/ 中共 2 个文件" in readme and "originals/ holds 2 file(s)." in readme


def test_readme_counts_the_originals_and_its_openssl_recipe_works(
    key: SigningKey, files: list[EvidenceFile], tmp_path: Path
) -> None:
    """A photo received twice is one original: the README counts what is in originals/, and the
    verification it describes, run with openssl as written, accepts the package."""
    import base64
    import shutil
    import subprocess

    twice = [*files, evidence(files[0].data, 9)]
    content = members(build_package(META, twice, [], key, created_at=CREATED))
    readme = content["README.txt"].decode()
    assert len([n for n in content if n.startswith("originals/")]) == 2
    assert "originals/ holds 2 file(s) (the manifest lists 3 receipts" in readme
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    (tmp_path / "manifest.json").write_bytes(content["manifest.json"])
    signature = json.loads(content["manifest.sig"])["signature"]
    (tmp_path / "sig.bin").write_bytes(base64.b64decode(signature))
    pem = key.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (tmp_path / "public-key.pem").write_bytes(pem)
    command = "openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile sig.bin"
    assert command in readme
    done = subprocess.run(command.split(), cwd=tmp_path, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "Signature Verified Successfully" in done.stdout, output


def test_building_twice_gives_identical_bytes(
    package: bytes, key: SigningKey, files: list[EvidenceFile]
) -> None:
    again = build_package(
        META, list(reversed(files)), [{"code": "untrained", "count": 1}], key, created_at=CREATED
    )
    assert again == package


def test_a_photo_sent_twice_is_stored_once(key: SigningKey) -> None:
    photo = evidence(b"same bytes", 1)
    package = build_package(META, [photo, evidence(b"same bytes", 2)], [], key, created_at=CREATED)
    assert sum(name.startswith("originals/") for name in members(package)) == 1
    report = verify_package(package, keys_of(key))
    assert report.ok and report.files == 2


def test_an_altered_original_is_reported_by_name(
    package: bytes, key: SigningKey, files: list[EvidenceFile]
) -> None:
    path = original_path(files[0])
    report = verify_package(rezip(package, {path: b"\xff\xd8 photo 0ne"}), keys_of(key))
    assert not report.ok
    assert any(path in p and "sha256 differs" in p for p in report.problems), report.problems


def test_an_edited_manifest_fails_the_signature(package: bytes, key: SigningKey) -> None:
    manifest = members(package)["manifest.json"].replace("张叁".encode(), "李四".encode())
    report = verify_package(rezip(package, {"manifest.json": manifest}), keys_of(key))
    assert not report.ok
    assert report.problems == [report.problems[0]] and "manifest.sig" in report.problems[0]
    assert "does not verify" in report.problems[0]


def test_a_removed_file_is_reported(package: bytes, key: SigningKey, files: list[EvidenceFile]) -> None:
    path = original_path(files[1])
    report = verify_package(rezip(package, {path: None}), keys_of(key))
    assert any(path in p and "missing" in p for p in report.problems), report.problems


def test_an_extra_file_is_reported(package: bytes, key: SigningKey) -> None:
    report = verify_package(rezip(package, add={"originals/planted.jpg": b"x"}), keys_of(key))
    assert report.problems == ["originals/planted.jpg: extra file not listed in manifest.json"]
    outside = verify_package(rezip(package, add={"notes/x.txt": b"x"}), keys_of(key))
    assert outside.problems == ["notes/x.txt: unexpected file outside originals/"]


def test_a_path_climbing_out_is_reported(package: bytes, key: SigningKey) -> None:
    report = verify_package(rezip(package, add={"originals/../../etc/cron.d/x": b"x"}), keys_of(key))
    assert not report.ok
    assert any("originals/../../etc/cron.d/x" in p and "unsafe path" in p for p in report.problems)
    absolute = verify_package(rezip(package, add={"/tmp/x": b"x"}), keys_of(key))
    assert any("/tmp/x: unsafe path" in p for p in absolute.problems)


def test_a_manifest_entry_climbing_out_is_reported(key: SigningKey) -> None:
    package = build_package(META, [evidence(b"x")], [], key, created_at=CREATED)
    manifest = members(package)["manifest.json"].replace(b'"originals/', b'"originals/../')
    report = verify_package(rezip(package, {"manifest.json": manifest}), keys_of(key))
    assert any("unsafe path in manifest.json" in p for p in report.problems), report.problems


def test_not_a_zip_and_missing_parts_are_reported(package: bytes, key: SigningKey, tmp_path: Path) -> None:
    assert verify_package(b"not a zip at all", keys_of(key)).problems == [
        "package: not a ZIP file (or a damaged one)"
    ]
    assert not verify_package(package[: len(package) // 2], keys_of(key)).ok
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 junk")
    assert verify_package(junk, keys_of(key)).problems == ["junk.zip: not a ZIP file (or a damaged one)"]
    gone = verify_package(tmp_path / "gone.zip", keys_of(key))
    assert not gone.ok and gone.problems[0].startswith("gone.zip: cannot be read")
    unsigned = verify_package(rezip(package, {"manifest.sig": None}), keys_of(key))
    assert unsigned.problems == ["manifest.sig: missing from the package"]
    bare = verify_package(rezip(package, {"manifest.json": None}), keys_of(key))
    assert "manifest.json: missing from the package" in bare.problems
    garbled = verify_package(rezip(package, {"manifest.sig": b"{not json"}), keys_of(key))
    assert garbled.problems[0].startswith("manifest.sig: malformed")


def test_a_wrong_key_is_reported(package: bytes, key: SigningKey) -> None:
    other = Ed25519PrivateKey.generate().public_key()
    unknown = verify_package(package, {kid_for(other): other})
    assert unknown.problems == [
        f"manifest.sig: signed by unknown key id {key.kid} (pass the office's public key with --public-key)"
    ]
    impostor = verify_package(package, {key.kid: other})
    assert len(impostor.problems) == 1 and "does not verify" in impostor.problems[0]


def test_a_zip_bomb_is_refused_without_unpacking(package: bytes, key: SigningKey, monkeypatch) -> None:
    from cases.evidence import verify as module

    monkeypatch.setattr(module, "MAX_MEMBER_BYTES", 10)
    report = verify_package(package, keys_of(key))
    assert any("refused" in p and "manifest.json" in p for p in report.problems)
    monkeypatch.setattr(module, "MAX_TOTAL_BYTES", 100)
    report = verify_package(package, keys_of(key))
    assert len(report.problems) == 1 and report.problems[0].startswith("package: refused")


def test_the_office_key_is_created_once_private_and_shared_by_racers(tmp_path: Path) -> None:
    results: list[str] = []
    barrier = threading.Barrier(8)

    def race() -> None:
        barrier.wait()
        results.append(evidence_key(tmp_path).kid)

    threads = [threading.Thread(target=race) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    path = tmp_path / "evidence" / "ed25519.pem"
    assert len(set(results)) == 1 and len(results) == 8
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(path.parent) == ["ed25519.pem"]  # no temporary files left behind
    assert public_key_pem(tmp_path).startswith(b"-----BEGIN PUBLIC KEY-----")
    assert list(load_public_keys(tmp_path)) == results[:1]


def test_load_public_keys_reads_pem_files_and_does_not_create_a_key(tmp_path: Path) -> None:
    assert load_public_keys(tmp_path / "keys") == {}
    assert not (tmp_path / "keys").exists()
    pem = tmp_path / "office.pem"
    pem.write_bytes(public_key_pem(tmp_path / "other"))
    assert list(load_public_keys(None, [pem])) == [evidence_key(tmp_path / "other").kid]
    bad = tmp_path / "bad.pem"
    bad.write_text("nope")
    with pytest.raises(ValueError, match=r"bad\.pem"):
        load_public_keys(None, [bad])


# --- the command line ------------------------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """DATA_DIR in tmp_path; the root logger restored, since main() installs its own handler."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield tmp_path / "data"
    root.handlers[:], root.level = handlers, level


def test_cli_verifies_a_good_package_and_fails_a_tampered_one(
    data_dir: Path, files: list[EvidenceFile], capsys: pytest.CaptureFixture[str]
) -> None:
    office = evidence_key(data_dir / "keys")
    package = build_package(META, files, [], office, created_at=CREATED)
    good = data_dir / "good.zip"
    good.write_bytes(package)
    assert cli.main(["evidence", "verify", str(good)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: 2 files, manifest sha256 ") and f"signed by kid {office.kid}" in out

    path = original_path(files[0])
    bad = data_dir / "bad.zip"
    bad.write_bytes(rezip(package, {path: b"swapped"}))
    assert cli.main(["evidence", "verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: sha256 differs" in out and "FAILED" in out
    assert not (data_dir / "safetywatch.sqlite3").exists()  # no database needed


def test_cli_public_key_and_foreign_packages(
    data_dir: Path, key: SigningKey, package: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["evidence", "public-key"]) == 0
    pem = capsys.readouterr().out
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
    assert pem.encode() == public_key_pem(data_dir / "keys")

    foreign = tmp_path / "foreign.zip"
    foreign.write_bytes(package)  # signed by another office's key
    assert cli.main(["evidence", "verify", str(foreign)]) == 1
    assert "unknown key id" in capsys.readouterr().out
    theirs = tmp_path / "theirs.pem"
    theirs.write_bytes(public_key_pem_of(key))
    assert cli.main(["evidence", "verify", str(foreign), "--public-key", str(theirs)]) == 0
    assert capsys.readouterr().out.startswith("OK: 2 files")


def public_key_pem_of(key: SigningKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def test_a_rotated_key_keeps_verifying_what_it_signed(
    data_dir: Path, files: list[EvidenceFile], capsys: pytest.CaptureFixture[str]
) -> None:
    keys = data_dir / "keys"
    before = evidence_key(keys)
    old_package = data_dir / "old.zip"
    old_package.write_bytes(build_package(META, files, [], before, created_at=CREATED))
    assert cli.main(["evidence", "rotate"]) == 0
    after = evidence_key(keys)
    assert after.kid != before.kid and before.kid in capsys.readouterr().out
    assert cli.main(["evidence", "keys"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{after.kid}  active", f"{before.kid}  retired"]
    assert cli.main(["evidence", "verify", str(old_package)]) == 0, "the retired key still verifies"
    capsys.readouterr()
    new = verify_package(build_package(META, files, [], after, created_at=CREATED), load_public_keys(keys))
    assert new.ok and new.kid == after.kid
    assert not any(
        p.suffix == ".pem" and "PRIVATE" in p.read_text() for p in (keys / "evidence" / "retired").iterdir()
    )
