"""Whether a file is HDF5: the format signature where the HDF5 library looks for it.

An HDF5 file's superblock starts with the 8-byte signature ``\\x89HDF\\r\\n\\x1a\\n``
(HDF5 File Format Specification, "Format Signature"), at byte 0 or -- after a user
block -- at byte 512, 1024, 2048, ... (every power of two from 512 below the file's
end). This is the test of the library's ``H5Fis_hdf5`` (``H5FD_locate_signature``),
which IDL's ``H5F_IS_HDF5`` calls; it reads no more than the signature, so it needs no
HDF5 library.
"""

from __future__ import annotations

import os

__all__ = ["SIGNATURE", "has_hdf5_signature"]

#: the HDF5 format signature
SIGNATURE = b"\x89HDF\r\n\x1a\n"


def has_hdf5_signature(path: str) -> bool:
    """True when the file at ``path`` holds the HDF5 signature at byte 0 or at a power
    of two from 512 on. ``OSError`` when it cannot be read."""
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        offset = 0
        while offset + len(SIGNATURE) <= size:
            handle.seek(offset)
            if handle.read(len(SIGNATURE)) == SIGNATURE:
                return True
            offset = 512 if offset == 0 else offset * 2
    return False
