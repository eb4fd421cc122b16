"""Password-protected workbooks, opened in memory: the plain bytes are never written anywhere.

Trackers name officers, so forces keep them under a password. The analyst gives it once, in
the environment (``RECONCILE_PASSWORD``; ``RECONCILE_PASSWORD_HMICFRS`` /
``RECONCILE_PASSWORD_FORCE`` when the two lists differ) or at the command line's hidden prompt,
which sets the same variables for this process only. The environment is the channel because a
large list is read in a second process, which inherits it; nothing here logs or stores it.
Decryption is msoffcrypto-tool's (ECMA-376 Agile and Standard, and old .xls RC4).
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

from ..errors import InputError

#: The variable read for every protected input, unless its side has its own.
PASSWORD_VAR = "RECONCILE_PASSWORD"
SIDE_VARS = {"hmicfrs": "RECONCILE_PASSWORD_HMICFRS", "force": "RECONCILE_PASSWORD_FORCE"}


class Decrypted:
    """A decrypted workbook held in memory, standing in for its Path in the readers.

    The readers use only ``str()``, ``.name``, ``.suffix`` and ``.open("rb")`` of a path; this
    gives the same, so messages still name the file the analyst gave. It is deliberately not
    path-like (no ``__fspath__``): nothing can open it as a file on disk.
    """

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self._data = data

    def __str__(self) -> str:
        return str(self.path)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def suffix(self) -> str:
        return self.path.suffix

    def open(self, mode: str = "rb") -> io.BytesIO:
        if mode != "rb":
            raise ValueError("a decrypted workbook is read-only")
        return io.BytesIO(self._data)


def password_var(side: str | None) -> str:
    """The variable that holds this side's password: its own if set, else the common one."""
    own = SIDE_VARS.get(side or "")
    return own if own and os.environ.get(own) else PASSWORD_VAR


def decrypt(path: Path, side: str | None) -> Decrypted:
    """The workbook at `path`, decrypted with the password in the environment."""
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError

    var = password_var(side)
    password = os.environ.get(var)
    if not password:
        raise InputError(
            f"{path}: is password-protected. Run the command in a terminal window and type the "
            f"password when asked, or set it first for this window only (Command Prompt: set "
            f"{var}=...; PowerShell: $env:{var} = '...'). The file is decrypted in memory; "
            "no unprotected copy is written.")
    out = io.BytesIO()
    try:
        with path.open("rb") as fh:
            office = msoffcrypto.OfficeFile(fh)
            office.load_key(password=password, verify_password=True)
            office.decrypt(out)
    except DecryptionError as exc:   # InvalidKeyError is a DecryptionError
        raise InputError(
            f"{path}: the password in {var} (or typed at the prompt) does not open this file. "
            "Check it (passwords are case-sensitive) and run again; if the two lists have "
            f"different passwords, set {SIDE_VARS['hmicfrs']} and {SIDE_VARS['force']}.") from exc
    except Exception as exc:   # a damaged header fails in msoffcrypto's XML or struct parsing
        raise InputError(
            f"{path}: is marked password-protected but its encryption cannot be read "
            f"({type(exc).__name__}: {exc}); it may be damaged or use an unusual protection. "
            "Open it in Excel with the password and save it again, then run again.") from exc
    return Decrypted(path, out.getvalue())


def is_protected(path: str | Path) -> bool:
    """Whether `path` is a workbook saved with a password (False for anything unreadable:
    reading it later says what is wrong)."""
    from .sniff import ole_stream_names

    p = Path(path)
    try:
        with p.open("rb") as fh:
            if fh.read(8) != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
                return False
        names = ole_stream_names(p)
    except (OSError, ValueError, struct.error):
        return False
    return "EncryptionInfo" in names or "EncryptedPackage" in names
