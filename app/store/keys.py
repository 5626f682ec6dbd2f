"""The audit key of a data folder, kept outside the database, and the high-water mark of its trail.

Each data folder (site) has one secret key: 32 random bytes that seal every
audit record with HMAC-SHA256 (see :mod:`app.store.audit`), so that someone
who edits the database and recomputes the chain without the key is caught.
The key lives in the OS keyring (``keyring``, service :data:`SERVICE`,
account = the data folder's absolute path). Where no usable keyring exists
(a headless Linux box: ``NoKeyringError``, the fail or null backend), it is
a file with mode 0600 in a config folder that is not the data folder:
``$CANTHUS_KEY_DIR`` if set (then the keyring is never used: tests, or a
site that wants the key on another mount), else
``platformdirs.user_config_dir("Canthus", "Canthus")/audit-keys``.

Beside the key, its *record* says when it was made, for which store
(``store_id``) and from which audit record on it seals (``keyed_from``:
records before it were written by a version without keys). A store whose id
is not the key's was put in place of the one the key was made for.

The *high-water mark* (``<key dir>/<name>.head``) holds the last sequence
number, time and seal the store confirmed: rewritten in place after every
commit that added an audit record, without an fsync (it may lag the store
after a power cut, never lead it). A store whose trail ends before that mark
lost confirmed records (a deleted ``-wal`` file, an older copy put back).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.errors import CanthusError

SERVICE = "canthus-audit"
ENV_KEY_DIR = "CANTHUS_KEY_DIR"
_FORMAT = "canthus-audit-key/1"


def default_key_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("Canthus", "Canthus")) / "audit-keys"


@dataclass(frozen=True)
class SiteKey:
    """A data folder's audit key and its creation record."""

    secret: bytes
    created_at: str
    store_id: str
    keyed_from: int
    #: "pending" until the store's first keyed record is committed, then "bound".
    state: str = "pending"

    @property
    def key_id(self) -> str:
        """A public name of the key (its HMAC of a constant): says which key sealed a store, reveals nothing."""
        return hmac.new(self.secret, b"canthus audit key id", hashlib.sha256).hexdigest()[:16]

    def to_json(self, folder: Path) -> str:
        return json.dumps({"format": _FORMAT, "key": self.secret.hex(), "created_at": self.created_at,
                           "store_id": self.store_id, "keyed_from": self.keyed_from, "state": self.state,
                           "folder": str(folder)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, where: str) -> "SiteKey":
        try:
            d = json.loads(text)
            if d.get("format") != _FORMAT:
                raise ValueError("unknown format")
            secret = bytes.fromhex(d["key"])
            if len(secret) < 32 or d["state"] not in ("pending", "bound"):
                raise ValueError("bad key")
            return cls(secret, str(d["created_at"]), str(d["store_id"]), int(d["keyed_from"]), d["state"])
        except (ValueError, TypeError, KeyError, AttributeError):
            raise CanthusError(f"the audit key in {where} is damaged; restore it from a backup.") from None

    @classmethod
    def new(cls, created_at: str, store_id: str, keyed_from: int) -> "SiteKey":
        return cls(secrets.token_bytes(32), created_at, store_id, int(keyed_from), "pending")

    def bound(self) -> "SiteKey":
        return replace(self, state="bound")


def _keyring_usable_error():
    import keyring.errors

    return keyring.errors.KeyringError


class KeyHome:
    """Where the key of one data folder lives: the keyring or a key file, and the high-water mark."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).resolve()
        env = os.environ.get(ENV_KEY_DIR)
        self.use_keyring = not env
        self.dir = Path(env).expanduser() if env else default_key_dir()
        # One key per data folder: the file name is derived from the folder's path.
        self.name = hashlib.sha256(str(self.folder).encode("utf-8")).hexdigest()[:24]
        self.file = self.dir / f"{self.name}.key"
        self.high_water_file = self.dir / f"{self.name}.head"
        self.where: str | None = None  # where the loaded or saved key is

    def looked_in(self) -> str:
        return (f"the OS keyring (service {SERVICE!r}, account {str(self.folder)!r}) and {self.file}"
                if self.use_keyring else str(self.file))

    def load(self) -> SiteKey | None:
        """The folder's key, or None when there is none; a damaged one is an error."""
        if self.file.exists():
            try:
                text = self.file.read_text(encoding="utf-8")
            except OSError as e:
                raise CanthusError(f"cannot read the audit key {self.file}: {e.strerror or e}.") from None
            self.where = str(self.file)
            return SiteKey.from_json(text, str(self.file))
        if not self.use_keyring:
            return None
        import keyring

        try:
            text = keyring.get_password(SERVICE, str(self.folder))
        except _keyring_usable_error():
            return None  # no usable keyring: the key, if any, would be a file
        if text is None:
            return None
        self.where = f"the OS keyring (service {SERVICE!r})"
        return SiteKey.from_json(text, self.where)

    def save(self, key: SiteKey) -> None:
        """Keep ``key`` where it was found; a new one in the keyring if it keeps it, else in a 0600 file."""
        text = key.to_json(self.folder)
        if self.where != str(self.file) and self.use_keyring and self._keyring_save(text):
            self.where = f"the OS keyring (service {SERVICE!r})"
            return
        self._file_save(text)
        self.where = str(self.file)

    def _keyring_save(self, text: str) -> bool:
        import keyring

        try:
            keyring.set_password(SERVICE, str(self.folder), text)
            # The null backend accepts and forgets: only a read-back proves the key is kept.
            return keyring.get_password(SERVICE, str(self.folder)) == text
        except _keyring_usable_error():
            return False

    def _file_save(self, text: str) -> None:
        tmp = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
        try:
            self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
            try:
                os.write(fd, text.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.file)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise CanthusError(f"cannot write the audit key {self.file}: {e.strerror or e}.") from None


# --------------------------------------------------------------------------
# High-water mark
# --------------------------------------------------------------------------

#: "<seq, 20 digits> <at, 27 characters> <seal, 64 hex>\n": fixed width, so it is rewritten in place.
_HW_LEN = 20 + 1 + 27 + 1 + 64 + 1


class HighWater:
    """The last confirmed audit record, rewritten in place after each commit (no fsync: cheap)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.error: OSError | None = None

    def write(self, seq: int, at: str, seal: str) -> None:
        line = f"{seq:020d} {at} {seal}\n".encode("ascii")
        try:
            if self._fd is None:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if hasattr(os, "pwrite"):
                os.pwrite(self._fd, line, 0)
            else:  # pragma: no cover - Windows
                os.lseek(self._fd, 0, os.SEEK_SET)
                os.write(self._fd, line)
            self.error = None
        except OSError as e:
            # The store's commit already succeeded: a mark that cannot be written
            # must not turn it into a failure. verify then checks a lower mark.
            self.error = e

    def close(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = None

    @staticmethod
    def read(path: Path) -> tuple[int, str, str] | None:
        """``(seq, at, seal)``, or None when there is no mark; a damaged mark is a CanthusError."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as e:
            raise CanthusError(f"cannot read the audit high-water mark {path}: {e.strerror or e}.") from None
        try:
            seq, at, seal = raw[:_HW_LEN].decode("ascii").split()
            if len(seal) != 64 or len(at) != 27:
                raise ValueError
            return int(seq), at, seal
        except (ValueError, UnicodeDecodeError):
            raise CanthusError(f"the audit high-water mark {path} is damaged.") from None
