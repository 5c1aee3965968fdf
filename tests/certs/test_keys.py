"""Signing keys: life cycle, file permissions, the environment override."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from certs import keys


def test_create_makes_one_active_key_with_private_file_0600(tmp_path: Path) -> None:
    info = keys.create_key(tmp_path)
    assert info.status is keys.KeyStatus.ACTIVE
    assert len(info.kid) == 8 and len(info.kid_bytes) == keys.KID_BYTES
    private = keys.signing_dir(tmp_path) / f"{info.kid}.key"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert keys.active_key(tmp_path).kid == info.kid
    assert [k.kid for k in keys.list_keys(tmp_path)] == [info.kid]


def test_create_refuses_a_second_active_key(keys_dir: Path) -> None:
    with pytest.raises(keys.KeysError, match="rotate"):
        keys.create_key(keys_dir)


def test_rotate_keeps_old_key_for_verification_only(keys_dir: Path) -> None:
    old = keys.active_key(keys_dir)
    new = keys.rotate(keys_dir)
    statuses = {k.kid: k.status for k in keys.list_keys(keys_dir)}
    assert statuses == {old.kid: keys.KeyStatus.VERIFY_ONLY, new.kid: keys.KeyStatus.ACTIVE}
    assert keys.active_key(keys_dir).kid == new.kid
    assert not (keys.signing_dir(keys_dir) / f"{old.kid}.key").exists()
    assert keys.public_key(keys_dir, old.kid) is not None


def test_retire_withdraws_a_key_and_its_private_file(keys_dir: Path) -> None:
    kid = keys.active_key(keys_dir).kid
    retired = keys.retire(keys_dir, kid.upper())
    assert retired.status is keys.KeyStatus.RETIRED and retired.retired_at is not None
    assert not (keys.signing_dir(keys_dir) / f"{kid}.key").exists()
    with pytest.raises(keys.NoActiveKey):
        keys.active_key(keys_dir)
    assert keys.create_key(keys_dir).status is keys.KeyStatus.ACTIVE  # after a leak: retire, then create


def test_retire_unknown_kid(keys_dir: Path) -> None:
    with pytest.raises(keys.KeysError, match="no key"):
        keys.retire(keys_dir, "deadbeef")


def test_no_keys_yet(tmp_path: Path) -> None:
    assert keys.list_keys(tmp_path) == []
    assert keys.load_keyring(tmp_path).keys == {}
    with pytest.raises(keys.NoActiveKey):
        keys.active_key(tmp_path)


def test_keyring_reloads_after_rotation(keys_dir: Path) -> None:
    first = keys.load_keyring(keys_dir)
    assert keys.load_keyring(keys_dir) is first  # cached while the file is unchanged
    keys.rotate(keys_dir)
    assert len(keys.load_keyring(keys_dir).keys) == 2


def test_environment_variable_overrides_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    override = tmp_path / "elsewhere"
    monkeypatch.setenv(keys.ENV_VAR, str(override))
    info = keys.create_key(tmp_path / "ignored")
    assert (override / keys.RING_FILE).is_file()
    assert (override / f"{info.kid}.key").is_file()
    assert not (tmp_path / "ignored").exists()


def test_private_key_readable_by_others_is_refused(keys_dir: Path) -> None:
    kid = keys.active_key(keys_dir).kid
    (keys.signing_dir(keys_dir) / f"{kid}.key").chmod(0o644)
    with pytest.raises(keys.KeysError, match="chmod 600"):
        keys.active_key(keys_dir)
