"""Tamper-evident evidence packages: one ZIP an inspector can hand to anyone, checkable without our database.

The package holds the photographed originals byte for byte, a manifest (hash, size, time, place, OCR reading
and corrections of each file, plus the findings) and an Ed25519 signature of the office over the exact bytes
of the manifest. The signature pins the manifest; the manifest pins every original by its SHA-256. So an
altered, removed or smuggled-in file, or an edited manifest, is caught by `verify_package`, by `python run.py
evidence verify` on the server, or by hand with sha256sum and openssl (the package's README.txt says how, for
people who have neither this software nor the server).

Building is deterministic (fixed ZIP timestamps and attributes, sorted entries, canonical JSON): the same
input gives the same bytes, so a package can be rebuilt and compared. Verification never raises on a
malformed package: everything wrong is reported, naming the file it concerns.

One module per job, imported directly by callers: contents (names inside the ZIP, EvidenceFile), keys (the
office's evidence key), manifest (canonical JSON and file entries), build (build_package), readme (the
recipient's README.txt) and verify (verify_package, PackageReport).
"""
