"""Camera passwords, kept in the OS keyring and nowhere else.

A camera's password never goes in the site file, a URI or a log: the site sets
it once (``canthus credentials set CAMERA``, read from stdin) and a source
reads it when it opens. Entries live under the keyring service
:data:`SERVICE`, one per camera; the account is the camera's name (or its host
for ``canthus probe``) compared as site names are, ignoring case and repeated
spaces, so "Main  entrance" and "main entrance" find the same password.
"""

from __future__ import annotations

import unicodedata

from app.core.errors import CanthusError

SERVICE = "canthus-camera"
#: Camera firmwares accept at most a few dozen characters; anything longer is a paste error.
MAX_PASSWORD_CHARS = 128


def account(name: str) -> str:
    """The keyring account of a camera name or host (NFC, spaces collapsed, case folded)."""
    if not isinstance(name, str):
        raise CanthusError(f"a camera name is text, not {type(name).__name__}")
    key = " ".join(unicodedata.normalize("NFC", name).split()).casefold()
    if not key:
        raise CanthusError("a camera name for a password cannot be empty")
    return key


def _check_password(password: str) -> None:
    if not isinstance(password, str) or not password:
        raise CanthusError("the camera password is empty")
    if len(password) > MAX_PASSWORD_CHARS:
        raise CanthusError(f"the camera password is longer than {MAX_PASSWORD_CHARS} characters")
    if any(unicodedata.category(ch) == "Cc" for ch in password):
        # a newline or NUL is a paste or stdin mistake: no camera UI can type it
        raise CanthusError("the camera password contains a control character (a stray newline?)")


def _keyring_error() -> type[Exception]:
    import keyring.errors

    return keyring.errors.KeyringError


def set_camera_password(name: str, password: str) -> None:
    """Store ``password`` for camera ``name``, replacing any earlier one, and prove it was kept."""
    import keyring

    acct = account(name)
    _check_password(password)
    try:
        keyring.set_password(SERVICE, acct, password)
        # a null backend accepts and forgets: only a read-back proves the password is kept
        kept = keyring.get_password(SERVICE, acct) == password
    except _keyring_error() as e:
        raise CanthusError(f"the OS keyring refused the password for camera {name!r}: {e}") from None
    if not kept:
        raise CanthusError(f"the OS keyring did not keep the password for camera {name!r} "
                           f"(backend {type(keyring.get_keyring()).__name__}): no usable keyring?")


def get_camera_password(name: str) -> str | None:
    """The stored password of camera ``name``, or None when there is none (or no usable keyring)."""
    import keyring

    try:
        return keyring.get_password(SERVICE, account(name))
    except _keyring_error():
        return None


def delete_camera_password(name: str) -> bool:
    """Forget camera ``name``'s password; False when there was none."""
    import keyring

    acct = account(name)
    try:
        if keyring.get_password(SERVICE, acct) is None:
            return False
        keyring.delete_password(SERVICE, acct)
    except _keyring_error() as e:
        raise CanthusError(f"the OS keyring refused to delete the password for camera {name!r}: {e}") from None
    return True
