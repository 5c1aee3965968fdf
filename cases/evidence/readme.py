"""README.txt, the bilingual note inside every package for whoever receives it (a court clerk, an
enterprise): what the files are and how to check them with sha256sum and openssl alone.

Apart from building because it is prose for people outside the office, in Chinese then English, whatever
language the inspector uses; it is not covered by the signature.
"""

from __future__ import annotations


def readme_text(kid: str, originals: int, listed: int) -> str:
    """The note for whoever receives the package (a court clerk, an enterprise): how to check it with tools
    any computer has, without this software or access to the office's server."""
    twice_zh = f"（清单共列出 {listed} 次接收：同一文件接收两次只保存一份）" if listed != originals else ""
    twice_en = (
        f" (the manifest lists {listed} receipts: a file received twice is kept once)"
        if listed != originals
        else ""
    )
    return f"""安全培训监管 现场检查证据包
================================

本压缩包包含：
  originals/     检查员拍摄或接收的原始文件，逐字节未经任何修改，文件名为其 SHA-256 值。
  manifest.json  清单：每个文件的 SHA-256、大小、接收时间、检查员、位置、文件类型、OCR 识别结果、
                 人工更正及发现的问题，以及本次检查的结论。
  manifest.sig   办公室以 Ed25519 密钥（密钥编号 {kid}）对 manifest.json 原始字节的签名。
  README.txt     本说明。本文件不在签名范围内，修改它不影响证据的真实性。

originals/ 中共 {originals} 个文件{twice_zh}。

如何验证（任何电脑均可，无需本系统）：
  1. 文件完整：计算 originals/ 中每个文件的 SHA-256（如 sha256sum originals/*，Windows 下
     certutil -hashfile 文件名 SHA256），与 manifest.json 中的值逐一比对。
  2. 清单真实：向出具本证据包的应急管理部门索取其证据公钥（也公布在其网站的
     /evidence/public-key.pem），将 manifest.sig 中 signature 的 Base64 值解码保存为 sig.bin，然后
     openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile sig.bin
     应显示 Signature Verified Successfully。
  任何文件被修改、删除或添加，或清单被改动，验证都会失败。

Work-safety training supervision - on-site inspection evidence package
=====================================================================

Contents:
  originals/     the files the inspector photographed or received, byte for byte unaltered, each named
                 by its SHA-256.
  manifest.json  the manifest: SHA-256, size, time received, inspector, location, document type, OCR
                 reading, manual corrections and findings of each file, and the inspection's findings.
  manifest.sig   the office's Ed25519 signature (key id {kid}) over the exact bytes of manifest.json.
  README.txt     this note. It is not covered by the signature: changing it does not affect the evidence.

originals/ holds {originals} file(s){twice_en}.

How to verify (on any computer, without this software):
  1. The files: compute the SHA-256 of each file in originals/ (sha256sum originals/*, or on Windows
     certutil -hashfile FILE SHA256) and compare it with manifest.json.
  2. The manifest: get the office's evidence public key from the office that issued the package (it is
     also published on its web site at /evidence/public-key.pem), decode the base64 "signature" value of
     manifest.sig into sig.bin, then run
     openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile sig.bin
     which must answer "Signature Verified Successfully".
  Any altered, removed or added file, or any change to the manifest, makes verification fail.
"""
