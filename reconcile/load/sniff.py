"""Decide how to read a file from its bytes, and refuse what must not be opened.

The name says little: trackers arrive as PDFs renamed ``.xlsx``, web pages saved as ``.xls``,
password-protected workbooks and damaged downloads. Each is recognised here from its first
bytes or its zip / OLE2 directory, before any parser runs, and refused with a message that
says what the file really is and what to do. Zip bombs and XML entity bombs are refused from
the zip's central directory and each XML part's prolog, without decompressing the payload.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

from ..errors import InputError

#: Largest input read at all: a recommendations list is a few MB at most.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: A workbook whose parts would expand beyond this is not a tracker.
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
#: A part larger than MAX_PART_PLAIN that expands more than MAX_RATIO times is a zip bomb
#: (real sheet XML packs 5-30 times; deflate cannot exceed about 1,030).
MAX_PART_PLAIN = 32 * 1024 * 1024
MAX_RATIO = 100
MAX_PARTS = 10_000
#: How far into an XML part to look for its root element before calling the prolog hostile.
MAX_PROLOG = 1024 * 1024

_SAVE_AS = "Open it in Excel and save it as .xlsx (Excel Workbook), then run again with that file."


def check_path(path: Path) -> int:
    """Refuse what is not a readable, non-empty regular file; return its size in bytes."""
    if not path.exists():
        raise InputError(f"{path}: file not found. Check the path and the file name.")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file. Give the path of the spreadsheet itself.")
    if not path.is_file():
        raise InputError(f"{path}: is not a regular file (a device, pipe or socket). Give the path "
                         "of a saved spreadsheet.")
    if path.name.startswith("~$"):
        # Excel writes "~$name.xlsx" beside a workbook while someone has it open.
        real = path.with_name(path.name[2:])
        raise InputError(f"{path}: is the lock file Excel keeps while '{real.name}' is open, not "
                         f"a workbook. Give '{real.name}' itself (close it in Excel first).")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty (0 bytes). Save the spreadsheet again and re-run.")
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path}: is {size / 2**20:,.0f} MB, far larger than any recommendations "
                         "list; it was not read. Check this is the right file.")
    return size


def sniff_format(path: Path) -> str:
    """'xlsx', 'xls', 'xlsb', 'ods', 'csv', or 'encrypted' (a workbook saved with a password,
    which ``encrypted.decrypt`` opens); raises InputError for anything else."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}). Check you have permission to "
                         "open it, and that it is not locked by another program.") from exc
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(path)
    if head.startswith(b"%PDF"):
        raise InputError(f"{path}: is a PDF, not a spreadsheet. Export the list to Excel (.xlsx) "
                         "or CSV and run again with that file.")
    text = _text_start(head)
    if text.startswith(("<!doctype html", "<html", "<table", "<meta", "<head")) or (
            "<html" in text[:500]):
        raise InputError(f"{path}: is a web page (HTML) with a spreadsheet's name, as some systems "
                         f"export 'Excel' files. {_SAVE_AS}")
    if text.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in text:
        raise InputError(f"{path}: is an Excel 2003 XML spreadsheet, which is not read. {_SAVE_AS}")
    if text.startswith("{\\rtf"):
        raise InputError(f"{path}: is a Rich Text (RTF) document, not a spreadsheet. Copy the "
                         f"table into Excel. {_SAVE_AS}")
    if suffix in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".xltx", ".xltm"):
        raise InputError(f"{path}: is named {suffix} but is not an Excel workbook (it may be a "
                         f"renamed text file or a download that failed). {_SAVE_AS}")
    return "csv"


def _text_start(head: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, "ignore").lstrip().lower()
    return head.decode("latin-1").lstrip().lower()


# ---------------------------------------------------------------------------------- zip


def _zip_kind(path: Path) -> str:
    """An OOXML workbook, an OpenDocument spreadsheet, or a refusal saying what it is."""
    try:
        with path.open("rb") as fh, zipfile.ZipFile(fh) as zf:
            infos = zf.infolist()
            _refuse_bombs(path, infos)
            names = {i.filename for i in infos}
            if any(i.flag_bits & 0x1 for i in infos):
                raise InputError(f"{path}: the archive inside the workbook is encrypted. Remove "
                                 f"the password in the program that made it. {_SAVE_AS}")
            kind = _package_kind(path, zf, names)
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _refuse_dtd(path, zf, info)
            return kind
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: is damaged and cannot be opened: it starts like an Excel "
                         f"workbook but the rest is "
                         f"not a complete zip archive ({exc}); it may have been cut short when "
                         f"copied or downloaded. Get a fresh copy, or open it in Excel and save "
                         "it again as .xlsx.") from exc
    except (OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise InputError(f"{path}: is damaged and cannot be unpacked ({exc}). Get a fresh copy, "
                         "or open it in Excel and save it again as .xlsx.") from exc


def _refuse_bombs(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Judge the expanded sizes from the central directory, before decompressing anything.

    Python's zipfile never returns more bytes than a part declares, so declared sizes bound
    what any later read can produce.
    """
    if len(infos) > MAX_PARTS:
        raise InputError(f"{path}: holds {len(infos):,} parts, far more than any workbook; it was "
                         "not opened. Check where the file came from.")
    total = sum(i.file_size for i in infos)
    for info in infos:
        if info.file_size > MAX_PART_PLAIN and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(
                f"{path}: part '{info.filename}' would expand from {info.compress_size:,} bytes to "
                f"{info.file_size:,} ({info.file_size // max(info.compress_size, 1):,} times): that "
                "is how a zip bomb looks, so the file was not opened. Check where it came from; "
                "if it is genuine, open it in Excel, delete unused rows and save it again.")
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(f"{path}: would expand to {total / 2**20:,.0f} MB when opened, far beyond "
                         "any recommendations list, so it was not opened. Check where it came "
                         "from; if it is genuine, delete unused rows and sheets in Excel and save "
                         "it again.")


def _package_kind(path: Path, zf: zipfile.ZipFile, names: set[str]) -> str:
    if "mimetype" in names:
        mimetype = zf.read("mimetype")[:200].decode("ascii", "replace").strip()
        if mimetype == "application/vnd.oasis.opendocument.spreadsheet":
            return "ods"
        if mimetype.startswith("application/vnd.oasis.opendocument"):
            raise InputError(f"{path}: is an OpenDocument {mimetype.rsplit('.', 1)[-1]} file, not "
                             f"a spreadsheet. Copy the table into a spreadsheet. {_SAVE_AS}")
    if "xl/workbook.bin" in names:
        return "xlsb"
    if any(n.startswith("xl/") for n in names) and "[Content_Types].xml" in names:
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        what = "a Word document"
    elif any(n.startswith("ppt/") for n in names):
        what = "a PowerPoint presentation"
    else:
        what = "a zip archive"
    raise InputError(f"{path}: is {what}, not an Excel workbook. If the list is inside it, copy "
                     f"it into Excel. {_SAVE_AS}")


_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _refuse_dtd(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Excel never writes a DTD: one in a part's prolog can only be an entity attack.

    Reads only up to the root element (a few hundred bytes in a genuine part).
    """
    prolog = b""
    with zf.open(info) as fh:
        while len(prolog) <= MAX_PROLOG:
            chunk = fh.read(16384)
            if not chunk:
                break
            prolog += chunk
            text = _as_utf8(prolog)
            m = _ROOT_START.search(text)
            if m:
                prolog = text[:m.start()]
                break
        else:
            raise InputError(f"{path}: part '{info.filename}' has over 1 MB before its first "
                             "element, which Excel never writes; the file was not opened. Check "
                             "where it came from.")
    prolog = _as_utf8(prolog)
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise InputError(
            f"{path}: part '{info.filename}' declares XML entities (a DTD), which Excel never "
            "writes and which can make a file expand without limit (an 'XML bomb'); the file was "
            "not opened. Check where it came from, or open it in Excel and save it again as .xlsx.")


def _as_utf8(data: bytes) -> bytes:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "ignore").encode("utf-8")
    return data


# --------------------------------------------------------------------------------- OLE2

_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE


def ole_stream_names(path: Path) -> set[str]:
    """Names in an OLE2 (Compound File) directory: enough to tell .xls from an encrypted .xlsx.

    Reads the header, the FAT and the directory chain only; raises ValueError if damaged.
    """
    with path.open("rb") as fh:
        header = fh.read(512)
        if len(header) < 512:
            raise ValueError("header cut short")
        shift = struct.unpack_from("<H", header, 30)[0]
        if shift not in (9, 12):
            raise ValueError(f"sector size 2^{shift}")
        size = 1 << shift
        n_fat, first_dir = struct.unpack_from("<II", header, 44)
        first_difat, n_difat = struct.unpack_from("<II", header, 68)
        file_sectors = (fh.seek(0, 2) + size - 1) // size

        def sector(n: int) -> bytes:
            if n >= file_sectors:
                raise ValueError(f"sector {n} beyond the end of the file")
            fh.seek((n + 1) * size)
            data = fh.read(size)
            return data + b"\0" * (size - len(data))

        fat_sectors = [s for s in struct.unpack_from("<109I", header, 76) if s != _FREE]
        per = size // 4
        nxt = first_difat
        for _ in range(n_difat):
            if nxt in (_FREE, _END):
                break
            words = struct.unpack(f"<{per}I", sector(nxt))
            fat_sectors += [s for s in words[:-1] if s != _FREE]
            nxt = words[-1]
        fat: list[int] = []
        for s in fat_sectors[:n_fat]:
            fat += struct.unpack(f"<{per}I", sector(s))
        names: set[str] = set()
        seen: set[int] = set()
        s = first_dir
        while s not in (_END, _FREE):
            if s in seen or s >= len(fat):
                raise ValueError("directory chain is broken")
            seen.add(s)
            data = sector(s)
            for off in range(0, size, 128):
                length, kind = struct.unpack_from("<HB", data, off + 64)
                if kind in (1, 2, 5) and 2 <= length <= 64:
                    names.add(data[off:off + length - 2].decode("utf-16-le", "replace"))
            s = fat[s]
        return names


def _ole_kind(path: Path) -> str:
    """Old Excel ('xls'), a password-protected workbook ('encrypted'), or a refusal."""
    try:
        names = ole_stream_names(path)
    except (ValueError, OSError, struct.error) as exc:
        raise InputError(f"{path}: looks like an old-style Office file but is damaged ({exc}). "
                         f"Get a fresh copy. {_SAVE_AS}") from exc
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        return "encrypted"   # a password-protected .xlsx: see encrypted.py
    if "Workbook" in names or "Book" in names:
        return "xls"
    if "WordDocument" in names:
        raise InputError(f"{path}: is a Word document, not a spreadsheet. Copy the table into "
                         f"Excel. {_SAVE_AS}")
    if "PowerPoint Document" in names:
        raise InputError(f"{path}: is a PowerPoint presentation, not a spreadsheet. {_SAVE_AS}")
    raise InputError(f"{path}: is an Office file but holds no workbook. {_SAVE_AS}")
