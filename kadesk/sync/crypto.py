"""Keys, signatures and team encryption of sync packages (issue 15, G8).

Everything from ``cryptography`` (OpenSSL): Ed25519 signatures, X25519 key
agreement with HKDF-SHA256, ChaCha20-Poly1305. kadesk only frames them:

- a device's keys: Ed25519 (signs packages and roster entries) and X25519
  (receives team keys);
- ``seal``: a team key for one device (an ephemeral X25519 key, HKDF, AEAD),
  readable only with that device's X25519 private key;
- ``encrypt``/``decrypt``: a file in 1 MiB chunks under the team key, each
  chunk authenticated with its number and whether it is the last (nothing can
  be cut, reordered or appended), bound to the plaintext header before it.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK = 1 << 20
TAG = 16
_RAW = serialization.Encoding.Raw
_PUBLIC = serialization.PublicFormat.Raw
_PRIVATE = serialization.PrivateFormat.Raw
_NONE = serialization.NoEncryption()


class CryptoError(ValueError):
    """A signature, seal or ciphertext that does not check out."""


@dataclass(frozen=True)
class DeviceKeys:
    """One installation's private keys, raw (32 bytes each)."""

    sign: bytes
    box: bytes

    @staticmethod
    def new() -> DeviceKeys:
        return DeviceKeys(Ed25519PrivateKey.generate().private_bytes(_RAW, _PRIVATE, _NONE),
                          X25519PrivateKey.generate().private_bytes(_RAW, _PRIVATE, _NONE))

    @property
    def key(self) -> str:
        """The public signing key, hex: how the roster names this installation."""
        return Ed25519PrivateKey.from_private_bytes(self.sign).public_key().public_bytes(
            _RAW, _PUBLIC).hex()

    @property
    def box_public(self) -> str:
        return X25519PrivateKey.from_private_bytes(self.box).public_key().public_bytes(
            _RAW, _PUBLIC).hex()

    def signature(self, data: bytes) -> str:
        return Ed25519PrivateKey.from_private_bytes(self.sign).sign(data).hex()


def verify(key: str, data: bytes, signature: str) -> bool:
    """Is ``signature`` (hex) the signature of ``data`` by public key ``key`` (hex)?"""
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key)).verify(
            bytes.fromhex(signature), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(box_public: str) -> str:
    """A short, non-identifying label for a sealed copy: which device may open it."""
    return hashlib.sha256(bytes.fromhex(box_public)).hexdigest()[:16]


def _kdf(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"kadesk team key" + ephemeral + recipient).derive(shared)


def seal(secret: bytes, box_public: str) -> str:
    """``secret`` readable only with the X25519 private key of ``box_public``."""
    recipient = bytes.fromhex(box_public)
    ephemeral = X25519PrivateKey.generate()
    mine = ephemeral.public_key().public_bytes(_RAW, _PUBLIC)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    sealed = ChaCha20Poly1305(_kdf(shared, mine, recipient)).encrypt(bytes(12), secret, None)
    return (mine + sealed).hex()


def unseal(sealed: str, keys: DeviceKeys) -> bytes:
    try:
        data = bytes.fromhex(sealed)
        private = X25519PrivateKey.from_private_bytes(keys.box)
        recipient = private.public_key().public_bytes(_RAW, _PUBLIC)
        shared = private.exchange(X25519PublicKey.from_public_bytes(data[:32]))
        return ChaCha20Poly1305(_kdf(shared, data[:32], recipient)).decrypt(
            bytes(12), data[32:], None)
    except (InvalidTag, ValueError) as bad:
        raise CryptoError("the team key was not sealed for this computer") from bad


def new_secret() -> bytes:
    return ChaCha20Poly1305.generate_key()


def new_prefix() -> bytes:
    return os.urandom(7)


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", number, last)


def encrypt(source: IO[bytes], target: IO[bytes], secret: bytes, prefix: bytes,
            header: bytes) -> None:
    """``source`` to ``target`` in authenticated chunks bound to ``header``."""
    aead = ChaCha20Poly1305(secret)
    bound = hashlib.sha256(header).digest()
    number = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        target.write(aead.encrypt(_nonce(prefix, number, not following), chunk, bound))
        if not following:
            return
        chunk, number = following, number + 1


def decrypt(source: IO[bytes], secret: bytes, prefix: bytes, header: bytes
            ) -> Iterator[bytes]:
    """The plaintext of ``encrypt``, chunk by chunk; CryptoError if any byte was
    changed, the file was cut short or had anything appended."""
    aead = ChaCha20Poly1305(secret)
    bound = hashlib.sha256(header).digest()
    number = 0
    chunk = source.read(CHUNK + TAG)
    while True:
        following = source.read(CHUNK + TAG)
        try:
            yield aead.decrypt(_nonce(prefix, number, not following), chunk, bound)
        except InvalidTag as bad:
            raise CryptoError("the package's contents do not check out") from bad
        if not following:
            return
        chunk, number = following, number + 1
