"""IDL's GIF routines ``WRITE_GIF``, ``READ_GIF`` and ``QUERY_GIF``, over
:mod:`compat._core.gif` (no Pillow needed).

Images use readsav layout: IDL ``[nx, ny]`` is numpy ``(ny, nx)``; row 0 is the bottom
row, as IDL displays it (a GIF stores the top row first). /MULTIPLE keeps one file open
between calls, as IDL's common blocks do: one for writing, one for reading.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import gif as core
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_struct import build_structure
from compat._core.idl_types import file_name, idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["write_gif", "read_gif", "query_gif"]


def _path(filename) -> str:
    return file_name(filename, "Filename must be a string.")


class _Writing:
    """WRITE_GIF's common block: the open file, its size and global table."""
    stream = None
    width = height = position = 0
    colormap = None


class _Reading:
    """READ_GIF's common block: the open file, the screen, the previous frame."""
    reader = None
    width = height = background = 0
    previous = None
    previous_transparent = -1
    palette = None


def _current_table():
    from compat._core.direct_graphics import STATE
    common = getattr(STATE, "colors_common", None)
    if common is None:
        ramp = np.arange(256, dtype=np.uint8)
        return ramp, ramp, ramp
    return common[:, 0], common[:, 1], common[:, 2]


@idl_routine("WRITE_GIF")
def write_gif(filename, image=None, r=None, g=None, b=None, *, background_color=None,
              close=False, delay_time=None, disposal_method=None, multiple=False,
              repeat_count=None, transparent=None, user_input=None):
    """Write a GIF file, as IDL's ``WRITE_GIF`` procedure.

    IDL call forms::

        WRITE_GIF, File, Image [, R, G, B]   ->  idl.write_gif(file, image [, r, g, b])
        WRITE_GIF, File, Image, /MULTIPLE    ->  idl.write_gif(file, image, multiple=True)
        WRITE_GIF, File, /CLOSE              ->  idl.write_gif(file, close=True)

    Parameters
    ----------
    filename : str
        The file name (created or overwritten; ignored by /MULTIPLE calls after the
        first, which add frames to the open file).
    image : array_like
        BYTE ``(ny, nx)`` (IDL ``[nx, ny]``); row 0 is the bottom of the picture. IDL
        refuses other types ("Image must be a byte matrix.").
    r, g, b : array_like, optional
        The colour table, padded to 256 entries with its last entry. Not given: the
        table LOADCT last loaded (a grey ramp when none was loaded), as IDL's COLORS
        common block. In a /MULTIPLE file a frame whose table differs from the first
        frame's gets it as a local table.
    background_color, delay_time, disposal_method, repeat_count, transparent, user_input
        IDL 8's keywords: the screen's background index (first frame); a graphic
        control block with the delay in 1/100 s (0..65535, else "Illegal value for
        keyword DELAY_TIME."), the transparent index (clipped to 0..255), the disposal
        method (clipped to 0..7) and the user-input flag, written only when one is
        set; REPEAT_COUNT a NETSCAPE2.0 loop count block (0 = forever).
    close, multiple : bool
        /MULTIPLE: keep the file open for more frames of the same size; /CLOSE: close
        it.

    Notes
    -----
    The blocks and fields are those of IDL 8.0's write_gif.pro (facts only): GIF89a,
    a 256-entry global table (flags 0xF7), frames at (0, 0), the trailer after every
    frame (the next /MULTIPLE frame overwrites it). The LZW codes are compat's own
    encoder's (IDL's ENCODE_GIF is built in), so the compressed bytes may differ from
    IDL's while the decoded indices are the same. Differences from
    ``PIL.Image.fromarray(a).save(f)``: Pillow writes ``a[0]`` as the top row,
    interlaces, and shortens the table to the colours used. Sources: IDL Reference
    Guide, WRITE_GIF; CompuServe GIF89a specification; goldens in suite ``idl/gif``
    (GDL 1.0.1's READ_GIF reading the files).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'a.gif')
    >>> img = np.array([[0, 1, 2], [3, 4, 5]], np.uint8)
    >>> idl.write_gif(path, img, [0, 50, 100, 150, 200, 250], [0] * 6, [0] * 6)
    >>> q = idl.read_gif(path, r=True, g=True, b=True)
    >>> q.result.tolist(), q.r[:7].tolist()
    ([[0, 1, 2], [3, 4, 5]], [0, 50, 100, 150, 200, 250, 250])
    """
    st = _Writing
    if close:
        if st.stream is not None:
            st.stream.close()
        st.stream = None
        return
    if image is None:
        raise CompatValueError("usage: WRITE_GIF, file, image, [r, g, b]")
    a = idl_array(image, "Image")
    if a.ndim != 2 or a.dtype != np.uint8 or a.shape[0] == 1:
        raise CompatValueError("Image must be a byte matrix.")
    given = r is not None
    if given:
        if g is None or b is None:
            raise CompatValueError("usage: WRITE_GIF, file, image, [r, g, b]")
        table = tuple(idl_array(v, name, complex_ok=False)
                      for v, name in ((r, "R"), (g, "G"), (b, "B")))
        if any(t.ndim != 1 for t in table):
            raise CompatValueError("R, G, & B must all be 1D vectors.")
        if not table[0].size == table[1].size == table[2].size:
            raise CompatValueError("R, G, & B must all have the same length.")
    else:
        table = _current_table()
    colormap = np.zeros((256, 3), dtype=np.uint8)
    from compat._core.idl_arrays import idl_convert
    for k, column in enumerate(table):
        values = idl_convert(np.asarray(column)[:256], np.uint8)
        colormap[:values.size, k] = values
        colormap[values.size:, k] = values[-1]
    height, width = a.shape
    local = None
    if multiple and st.stream is not None:
        if (width, height) != (st.width, st.height):
            raise CompatValueError("Image size incompatible")
        st.stream.seek(st.position - 1)
        if given and not np.array_equal(colormap, st.colormap):
            local = colormap
    else:
        if st.stream is not None:
            st.stream.close()
            st.stream = None
        background = 0 if background_color is None else int(
            np.ravel(idl_array(background_color, "BACKGROUND_COLOR"))[0])
        repeat = None if repeat_count is None else int(
            np.ravel(idl_array(repeat_count, "REPEAT_COUNT"))[0])
        path = _path(filename)
        try:
            stream = open(path, "w+b")
        except OSError:
            raise CompatValueError(f"OPENW: Error opening file. Unit: 100, File: {path}"
                                   ) from None
        stream.write(core.screen_bytes(width, height, colormap, background, repeat))
        st.stream, st.width, st.height, st.colormap = stream, width, height, colormap
    delay = 0 if delay_time is None else int(np.ravel(idl_array(delay_time,
                                                                "DELAY_TIME"))[0])
    if not 0 <= delay <= 65535:
        st.stream.close()
        st.stream = None
        raise CompatValueError("Illegal value for keyword DELAY_TIME.")
    index = -1 if transparent is None else int(np.ravel(idl_array(transparent,
                                                                  "TRANSPARENT"))[0])
    disposal = 0 if disposal_method is None else int(
        np.ravel(idl_array(disposal_method, "DISPOSAL_METHOD"))[0])
    frame = core.frame_bytes(a, delay=delay, transparent=index,
                             disposal=min(max(disposal, 0), 7),
                             user_input=bool(user_input), local_map=local)
    st.stream.write(frame)
    st.stream.truncate()
    if multiple:
        st.stream.flush()
        st.position = st.stream.tell()
    else:
        st.stream.close()
        st.stream = None


class ReadGifResult(Result):
    """READ_GIF's image and its output arguments and keywords."""

    result: np.ndarray
    r: np.ndarray
    g: np.ndarray
    b: np.ndarray
    background_color: np.uint8
    delay_time: np.int32
    disposal_method: np.int32
    repeat_count: np.int32
    transparent: np.int32
    user_input: np.int32


def _read_frame(st, info: dict):
    """Blocks up to the next image (or the trailer): the image, or None."""
    reader = st.reader
    while True:
        cmd = reader.byte()
        if cmd == 0x3B:
            return None
        if cmd == 0x2C:
            desc = reader.take(9)
            left, top = desc[0] + 256 * desc[1], desc[2] + 256 * desc[3]
            width, height = desc[4] + 256 * desc[5], desc[6] + 256 * desc[7]
            flags = desc[8]
            if flags & 0x80:
                st.palette = reader.colour_table((flags & 7) + 1)
            min_code = reader.byte()
            codes = reader.sub_blocks()
            stored = core.lzw_decode(codes, min_code, width * height).reshape(height,
                                                                              width)
            if flags & 0x40:
                order = np.concatenate([np.arange(0, height, 8), np.arange(4, height, 8),
                                        np.arange(2, height, 4), np.arange(1, height, 2)])
                rows = np.empty_like(stored)
                rows[order] = stored
                stored = rows
            image = stored[::-1].copy()
            return _place(st, image, left, top, info)
        if cmd == 0x21:
            label = reader.byte()
            if label == 0xF9:
                block = reader.take(6)
                info["delay_time"] = np.int32(block[2] + 256 * block[3])
                if block[1] & 1:
                    info["transparent"] = np.int32(block[4])
                info["user_input"] = np.int32(1 if block[1] & 2 else 0)
                info["disposal_method"] = np.int32((block[1] & 0x1C) >> 2)
            elif label == 0xFF:
                reader.byte()
                name = reader.take(12)      # name 8, code 3, length 1
                length = name[11]
                if name[:8] == b"NETSCAPE" and length == 3:
                    block = reader.take(4)
                    info["repeat_count"] = np.int32(block[1] + 256 * block[2])
                else:
                    reader.take(length + 1)
            else:
                reader.sub_blocks()
            continue
        raise _Unknown(cmd)


class _Unknown(Exception):
    pass


def _place(st, image, left, top, info):
    """read_gif.pro's composition of a frame smaller than the screen."""
    height, width = image.shape
    if (height, width) == (st.height, st.width):
        return image
    st.width = max(st.width, left + width)
    st.height = max(st.height, top + height)
    y0 = st.height - (top + height)
    transparent = int(info["transparent"])
    same = st.previous is not None and st.previous.shape == (st.height, st.width)
    if same:
        canvas = st.previous.copy()
        if st.previous_transparent >= 0 and transparent >= 0 and \
                st.previous_transparent != transparent:
            canvas[canvas == st.previous_transparent] = transparent
    else:
        canvas = np.full((st.height, st.width),
                         transparent if transparent >= 0 else st.background, np.uint8)
    if transparent >= 0:
        under = canvas[y0:y0 + height, left:left + width]
        image = np.where(image == transparent, under, image)
    canvas[y0:y0 + height, left:left + width] = image
    info["_same"], info["_at"] = same, (y0, left, height, width)
    return canvas


@idl_routine("READ_GIF", output_arguments=("r", "g", "b", "background_color",
                                           "delay_time", "disposal_method",
                                           "repeat_count", "transparent", "user_input"))
def read_gif(filename, *, r=False, g=False, b=False, close=False, multiple=False,
             background_color=False, delay_time=False, disposal_method=False,
             repeat_count=False, transparent=False, user_input=False):
    """Read a GIF file, as IDL's ``READ_GIF`` procedure (Python returns the image).

    IDL call forms::

        READ_GIF, File, Image [, R, G, B]   ->  image = idl.read_gif(file)
                                            ->  q = idl.read_gif(file, r=True, g=True, b=True)
        READ_GIF, File, Image, /MULTIPLE    ->  each call the next frame
        READ_GIF, File, /CLOSE              ->  idl.read_gif(file, close=True)

    Returns
    -------
    ndarray, or ReadGifResult when outputs are requested
        BYTE ``(ny, nx)`` indices (IDL ``[nx, ny]``), row 0 the bottom of the picture;
        INT -1 when no image was read (past the last frame of a /MULTIPLE read, or an
        error, which IDL reports as an informational message: here a CompatWarning).
        R, G, B: the global table or the frame's local one (BYTE, 2**bits entries).
        Output keywords (request with ``=True``): BACKGROUND_COLOR, DELAY_TIME,
        DISPOSAL_METHOD, REPEAT_COUNT (-1 without a NETSCAPE2.0 block), TRANSPARENT
        (-1 without one), USER_INPUT.

    Notes
    -----
    As IDL 8.0's read_gif.pro (facts only): interlaced frames are put in row order; a
    frame smaller than the screen is placed at its offset on the background (or the
    transparent index), over the previous frame when /MULTIPLE reads a sequence, its
    transparent pixels showing what is under them; the disposal method 2 restores the
    frame's area to the background for the next frame. Differences from
    ``numpy.asarray(PIL.Image.open(f))``: that is the top row first, and later frames
    come as RGB. Sources: IDL Reference Guide, READ_GIF; CompuServe GIF89a; goldens in
    suite ``idl/gif`` (GDL 1.0.1).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'm.gif')
    >>> idl.write_gif(path, np.zeros((2, 2), np.uint8), multiple=True)
    >>> idl.write_gif(path, np.ones((2, 2), np.uint8), multiple=True, delay_time=50)
    >>> idl.write_gif(path, close=True)
    >>> [int(idl.read_gif(path, multiple=True)[0, 0]) for _ in range(2)]
    [0, 1]
    >>> int(idl.read_gif(path, multiple=True)), idl.read_gif(path, close=True)
    (-1, None)
    """
    st = _Reading
    info = {"background_color": np.uint8(0), "delay_time": np.int32(0),
            "disposal_method": np.int32(0), "repeat_count": np.int32(-1),
            "transparent": np.int32(-1), "user_input": np.int32(0)}
    image = np.int16(-1)

    def finish():
        red, green, blue = st.palette if st.palette is not None else (None,) * 3
        outs = requested(r=(r, red), g=(g, green), b=(b, blue),
                         **{k: (flag, info[k]) for k, flag in (
                             ("background_color", background_color),
                             ("delay_time", delay_time),
                             ("disposal_method", disposal_method),
                             ("repeat_count", repeat_count),
                             ("transparent", transparent),
                             ("user_input", user_input))})
        return named_result(ReadGifResult, image, outs)

    def shut():
        st.reader, st.previous = None, None

    if close:
        shut()
        return None
    path = _path(filename)
    try:
        if not (multiple and st.reader is not None):
            shut()
            if not os.path.isfile(path):
                raise CompatValueError(f"OPENR: Error opening file. Unit: 100, File: {path}")
            with open(path, "rb") as stream:
                data = stream.read()
            if data[:3] != b"GIF":
                raise CompatValueError(f"File {path} is not a GIF file.")
            reader = core.GifReader(data, path)
            head = reader.take(13)
            st.reader, st.width = reader, head[6] + 256 * head[7]
            st.height = head[8] + 256 * head[9]
            st.palette = None
            if head[10] & 0x80:
                st.background = head[11]
                st.palette = reader.colour_table((head[10] & 7) + 1)
            else:
                st.background = 0
            st.previous, st.previous_transparent = None, -1
        info["background_color"] = np.uint8(st.background)
        frame = _read_frame(st, info)
        if frame is None:
            shut()
            return finish()
        image = frame
        if multiple:
            method = int(info["disposal_method"])
            if method in (0, 1):
                st.previous, st.previous_transparent = image.copy(), int(info["transparent"])
            elif method == 2 and info.get("_same"):
                y0, x0, h, w = info["_at"]
                st.previous[y0:y0 + h, x0:x0 + w] = st.background
        else:
            shut()
    except (EOFError, CompatValueError, _Unknown) as error:
        shut()
        text = (f'Unknown GIF keyword "0x{error.args[0]:02X}" in {path}'
                if isinstance(error, _Unknown) else
                "READU: End of file encountered." if isinstance(error, EOFError)
                else str(error))
        legacy_warn(text)
        image = np.int16(-1) if not isinstance(error, _Unknown) else image
    return finish()


@idl_routine("QUERY_GIF", output_arguments=("info",))
def query_gif(filename, *, info=False, image_index=None):
    """Whether a file is a GIF (LONG 1) or not (0), as IDL's ``QUERY_GIF``.

    ``result = QUERY_GIF(File [, Info])`` -> ``ok = idl.query_gif(f)``, ``ok, info =
    idl.query_gif(f, info=True)``. As IDL 8.0's query_gif.pro (facts only): GIF87a or
    GIF89a; Info CHANNELS ``bits // 8`` of the screen's colour resolution field
    (``(flags & 15) + 1`` bits: 1 for a 256-entry table, **0** for smaller ones, as
    IDL computes it), DIMENSIONS the screen's [width, height], HAS_PALETTE, NUM_IMAGES
    (the image blocks counted), IMAGE_INDEX 0, PIXEL_TYPE 1, TYPE 'GIF'; LONG 0 when
    the result is 0. IMAGE_INDEX is ignored.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'q.gif')
    >>> idl.write_gif(path, np.zeros((3, 4), np.uint8))
    >>> ok, info = idl.query_gif(path, info=True)
    >>> int(ok), info.DIMENSIONS[0].tolist(), int(info.NUM_IMAGES[0])
    (1, [4, 3], 1)
    """
    path = _path(filename)
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        data = b""
    count = None
    if len(data) >= 13 and data[:3] == b"GIF" and data[3:6] in (b"87a", b"89a"):
        count = core.count_images(data)
    status = np.int32(0 if count is None else 1)
    if not info:
        return status
    if count is None:
        return QueryGifResult(result=status, info=np.int32(0))
    flags = data[10]
    bits = (flags & 0xF) + 1
    fields = [("CHANNELS", np.int32(bits // 8)),
              ("DIMENSIONS", np.array([data[6] + 256 * data[7], data[8] + 256 * data[9]],
                                      dtype=np.int32)),
              ("HAS_PALETTE", np.int16(1 if flags & 0x80 else 0)),
              ("NUM_IMAGES", np.int32(count)), ("IMAGE_INDEX", np.int32(0)),
              ("PIXEL_TYPE", np.int16(1)), ("TYPE", "GIF")]
    return QueryGifResult(result=status, info=build_structure([f[0] for f in fields],
                                                              [f[1] for f in fields]))


class QueryGifResult(Result):
    """QUERY_GIF's status (LONG 1 or 0) and its Info output argument."""

    result: np.int32
    info: object
