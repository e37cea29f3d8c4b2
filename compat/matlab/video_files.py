"""Writing video files, as MATLAB's ``VideoWriter`` and ``writeVideo``.

The AVI profiles are written by :mod:`compat._core.avi_files` (RIFF AVI 1.0):
'Uncompressed AVI' (24-bit RGB bitmaps), 'Grayscale AVI' and 'Indexed AVI' (8-bit
bitmaps with a grey or the object's colour map), 'Motion JPEG AVI' (MATLAB's default:
one JPEG per frame, needs Pillow, ``compat[images]``). 'MPEG-4', 'Archival' and
'Motion JPEG 2000' need encoders compat does not have: they are refused when the object
is made, naming the profiles that work.
"""

from __future__ import annotations

import io
import os

import numpy as np

from compat._core.avi_files import AviWriter, dib_rows
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.extras import optional_module
from compat._core.legacy import matlab_function

__all__ = ["VideoWriter", "writeVideo", "VideoWriterObject"]

#: profile -> (VideoFormat, VideoCompressionMethod, ColorChannels, bits per pixel)
_PROFILES = {
    "Motion JPEG AVI": ("RGB24", "Motion JPEG", 3, 24),
    "Uncompressed AVI": ("RGB24", "None", 3, 24),
    "Grayscale AVI": ("Grayscale", "None", 1, 8),
    "Indexed AVI": ("Indexed", "None", 1, 8),
}
_UNSUPPORTED = ("MPEG-4", "Archival", "Motion JPEG 2000")


class VideoWriterObject:
    """A video file being written (what MATLAB's ``VideoWriter`` returns).

    Properties as MATLAB names them: ``Filename``, ``Path``, ``FileFormat`` ('avi'),
    ``VideoFormat``, ``VideoCompressionMethod``, ``ColorChannels``,
    ``VideoBitsPerPixel``, ``FrameRate`` (30), ``Quality`` (75, Motion JPEG AVI),
    ``Colormap`` (Indexed AVI), and read-only ``Height``, ``Width`` (set by the first
    frame), ``FrameCount``, ``Duration``. Methods ``open``, ``writeVideo``, ``close``.
    """

    def __init__(self, filename: str, profile: str):
        self._profile = profile
        (self._format, self._method, self._channels, self._bits) = _PROFILES[profile]
        root, ext = os.path.splitext(filename)
        if ext == "":
            filename = filename + ".avi"
        elif ext.lower() != ".avi":
            raise CompatValueError(f"The file extension '{ext}' is not valid for the "
                                   f"'{profile}' profile: use .avi")
        full = os.path.abspath(filename)
        self.Filename = os.path.basename(full)
        self.Path = os.path.dirname(full)
        self._frame_rate = 30.0
        self._quality = 75.0
        self._colormap = np.zeros((0, 3))
        self._writer = None
        self._open = False
        self._count = 0
        self._size = None

    # ---------------------------------------------------------------- properties
    FileFormat = property(lambda self: "avi")
    VideoFormat = property(lambda self: self._format)
    VideoCompressionMethod = property(lambda self: self._method)
    ColorChannels = property(lambda self: float(self._channels))
    VideoBitsPerPixel = property(lambda self: float(self._bits))
    FrameCount = property(lambda self: float(self._count))
    Height = property(lambda self: np.zeros((0, 0)) if self._size is None
                      else float(self._size[0]))
    Width = property(lambda self: np.zeros((0, 0)) if self._size is None
                     else float(self._size[1]))
    Duration = property(lambda self: self._count / self._frame_rate)

    def _settable(self, name):
        if self._open:
            raise CompatValueError(f"Cannot change {name} after calling open.")

    @property
    def FrameRate(self):
        return self._frame_rate

    @FrameRate.setter
    def FrameRate(self, value):
        self._settable("FrameRate")
        rate = float(np.asarray(value, dtype=np.float64))
        if not (np.isfinite(rate) and rate > 0):
            raise CompatValueError("FrameRate must be a positive, finite number.")
        self._frame_rate = rate

    @property
    def Quality(self):
        return self._quality

    @Quality.setter
    def Quality(self, value):
        self._settable("Quality")
        quality = float(np.asarray(value, dtype=np.float64))
        if not (0 <= quality <= 100):
            raise CompatValueError("Quality must be a number between 0 and 100.")
        self._quality = quality

    @property
    def Colormap(self):
        return self._colormap

    @Colormap.setter
    def Colormap(self, value):
        if self._format != "Indexed":
            raise CompatValueError("Colormap can only be set for the 'Indexed AVI' "
                                   "profile.")
        self._settable("Colormap")
        self._colormap = _colormap(value)

    # ---------------------------------------------------------------- methods
    def open(self):
        """Open the file for writing (MATLAB's ``open(v)``); the properties fixed."""
        if not self._open:
            folder = self.Path
            if not os.path.isdir(folder):
                raise CompatValueError(f"Cannot create file {self.Filename}. The "
                                       "specified path does not exist.")
            self._open = True
        return self

    def close(self):
        """Finish the file (MATLAB's ``close(v)``); it can be opened again only by a
        new object."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._open = False

    def writeVideo(self, frames):
        """Write frames (see :func:`writeVideo`)."""
        if not self._open:
            raise CompatValueError("OBJ must be open before writing video. Call "
                                   "open(obj) before calling writeVideo.")
        for pixels, colormap in _frames(frames, self._format):
            self._write(pixels, colormap)

    def _write(self, pixels: np.ndarray, colormap) -> None:
        height, width = pixels.shape[:2]
        if self._size is None:
            self._size = (height, width)
            palette = None
            if self._format == "Grayscale":
                palette = np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, axis=1)
            elif self._format == "Indexed":
                chosen = self._colormap if self._colormap.size else colormap
                if chosen is None or np.size(chosen) == 0:
                    raise CompatValueError("A colormap is required for the 'Indexed "
                                           "AVI' profile: set Colormap or write frames "
                                           "with a colormap.")
                self._colormap = _colormap(chosen)
                palette = np.round(self._colormap * 255).astype(np.uint8)
            compression = b"MJPG" if self._method == "Motion JPEG" else None
            self._writer = AviWriter(os.path.join(self.Path, self.Filename), width,
                                     height, self._frame_rate, bit_count=self._bits,
                                     compression=compression, palette=palette)
        elif (height, width) != self._size:
            raise CompatValueError(f"Frame must be {self._size[1]} by {self._size[0]}")
        if self._method == "Motion JPEG":
            image = optional_module("PIL.Image", "Motion JPEG AVI video")
            buffer = io.BytesIO()
            image.fromarray(pixels, "RGB").save(buffer, "JPEG",
                                                quality=int(round(self._quality)))
            payload = buffer.getvalue()
        else:
            payload = dib_rows(pixels)
        self._writer.write(payload)
        self._count += 1

    def __repr__(self):
        return (f"VideoWriter(Filename={self.Filename!r}, VideoFormat={self._format!r}, "
                f"FrameRate={self._frame_rate:g}, FrameCount={self._count})")


def _colormap(value) -> np.ndarray:
    cmap = np.asarray(value, dtype=np.float64)
    if cmap.ndim != 2 or cmap.shape[1] != 3 or not 1 <= cmap.shape[0] <= 256 or \
            np.any((cmap < 0) | (cmap > 1)):
        raise CompatValueError("Colormap must be an m-by-3 array of values in [0, 1] "
                               "with at most 256 rows.")
    return cmap


def _as_uint8(data: np.ndarray, what: str) -> np.ndarray:
    """Frame values as uint8: uint8 as is, single/double in [0, 1] scaled by 255 and
    rounded (MATLAB refuses other classes and values outside [0, 1])."""
    if data.dtype == np.uint8:
        return data
    if data.dtype.kind == "f":
        finite = data[np.isfinite(data)]
        if finite.size != data.size or (finite.size and (finite.min() < 0 or
                                                         finite.max() > 1)):
            raise CompatValueError(f"{what} of class {data.dtype.name} must have values "
                                   "between 0 and 1.")
        return np.round(data * 255.0).astype(np.uint8)
    raise CompatTypeError(f"{what} must be of class uint8, single or double.")


def _frames(frames, video_format: str):
    """The frames given to writeVideo: a frame struct (or a list of them), or an image
    array (h x w, h x w x c, h x w x c x f), as (uint8 pixels, colormap) pairs."""
    if isinstance(frames, (list, tuple)) and frames and not isinstance(frames[0], (
            int, float, np.number)) and _is_frame(frames[0]):
        for frame in frames:
            yield from _frames(frame, video_format)
        return
    if _is_frame(frames):
        cdata = np.asarray(_field(frames, "cdata"))
        colormap = _field(frames, "colormap")
        colormap = None if colormap is None or np.size(colormap) == 0 else \
            np.asarray(colormap, dtype=np.float64)
        if cdata.ndim == 2 and colormap is not None and video_format != "Indexed":
            index = cdata.astype(np.intp) - (0 if cdata.dtype == np.uint8 else 1)
            rgb = np.round(colormap[np.clip(index, 0, len(colormap) - 1)] * 255)
            cdata = rgb.astype(np.uint8)
        yield from _arrays(cdata, colormap, video_format)
        return
    yield from _arrays(np.asarray(frames), None, video_format)


def _is_frame(value) -> bool:
    return _field(value, "cdata") is not None


def _field(value, name):
    if isinstance(value, dict):
        return value.get(name)
    try:
        return value[name]
    except (TypeError, KeyError, IndexError, ValueError):
        return getattr(value, name, None)


def _arrays(data: np.ndarray, colormap, video_format: str):
    if data.ndim not in (2, 3, 4) or data.size == 0:
        raise CompatValueError("IMG must be an h-by-w, h-by-w-by-c or h-by-w-by-c-by-f "
                               "array of image data.")
    if data.ndim == 2:
        data = data[:, :, None, None]
    elif data.ndim == 3:
        data = data[:, :, :, None]
    channels = data.shape[2]
    if video_format in ("Grayscale", "Indexed"):
        if channels != 1:
            raise CompatValueError(f"Frames for the '{video_format}' format must have "
                                   "one channel (h-by-w or h-by-w-by-1-by-f).")
        if video_format == "Indexed" and data.dtype != np.uint8:
            raise CompatTypeError("Indexed AVI frames must be uint8 colormap indices.")
        pixels = _as_uint8(data, "IMG")
        for k in range(pixels.shape[3]):
            yield np.ascontiguousarray(pixels[:, :, 0, k]), colormap
        return
    if channels == 1:
        data = np.repeat(data, 3, axis=2)     # a grey frame in an RGB video
    elif channels != 3:
        raise CompatValueError("Frames for an RGB24 video must be h-by-w-by-3.")
    pixels = _as_uint8(data, "IMG")
    for k in range(pixels.shape[3]):
        yield np.ascontiguousarray(pixels[:, :, :, k]), colormap


@matlab_function("VideoWriter")
def VideoWriter(filename, profile="Motion JPEG AVI"):  # noqa: N802 - MATLAB's name
    """Make a video file writer, as MATLAB's ``VideoWriter``.

    MATLAB call forms::

        v = VideoWriter(filename)            ->  v = matlab.VideoWriter('out.avi')
        v = VideoWriter(filename, profile)   ->  matlab.VideoWriter('out', 'Uncompressed AVI')
        v.FrameRate = 20; open(v); writeVideo(v, frame); close(v)
                                             ->  v.FrameRate = 20; matlab.open(v);
                                                 matlab.writeVideo(v, frame); matlab.close(v)

    ``profile``: 'Motion JPEG AVI' (the default), 'Uncompressed AVI', 'Grayscale AVI',
    'Indexed AVI'. A file name without an extension gets '.avi'.

    Returns
    -------
    VideoWriterObject
        MATLAB's properties (``FrameRate`` 30, ``Quality`` 75, ``VideoFormat``,
        ``VideoCompressionMethod``, ``ColorChannels``, ``VideoBitsPerPixel``,
        ``Filename``, ``Path`` the absolute folder, ``FileFormat`` 'avi'; ``Height``,
        ``Width`` empty until the first frame; ``FrameCount``, ``Duration``); FrameRate,
        Quality and Colormap cannot change once the object is open.

    Notes
    -----
    The file is a RIFF AVI 1.0 file with an ``idx1`` index, up to 1 GiB (MATLAB
    switches to OpenDML beyond; compat refuses). The frames of the uncompressed profiles
    are exact (bottom-up bitmaps; grey and indexed frames 8-bit with a 256-entry
    palette: the grey ramp, or the colour map scaled to 0..255 and rounded); Motion JPEG
    frames are JPEG images encoded by Pillow at ``Quality`` (libjpeg's quality scale),
    so their bytes differ from MATLAB's encoder. 'MPEG-4', 'Archival' and 'Motion JPEG
    2000' are refused. Double or single frames must hold values in [0, 1] (scaled by
    255 and rounded); a one-channel frame in an RGB24 video is written grey. GNU Octave
    7.3 has no VideoWriter. Sources: MATLAB's VideoWriter and writeVideo reference
    pages; Microsoft's AVI RIFF file reference.

    Examples
    --------
    >>> import os, tempfile
    >>> import numpy as np
    >>> from compat import matlab
    >>> v = matlab.VideoWriter(os.path.join(tempfile.mkdtemp(), 'ramp'), 'Uncompressed AVI')
    >>> v.Filename, v.FrameRate, v.VideoFormat
    ('ramp.avi', 30.0, 'RGB24')
    >>> _ = matlab.open(v)
    >>> matlab.writeVideo(v, np.zeros((4, 6, 3), np.uint8))
    >>> matlab.writeVideo(v, np.ones((4, 6, 3, 2)))       # two frames, double in [0, 1]
    >>> matlab.close(v)
    >>> v.FrameCount, v.Height, v.Width, round(v.Duration, 4)
    (3.0, 4.0, 6.0, 0.1)
    """
    if not isinstance(filename, str) or not filename:
        raise CompatTypeError("FILENAME must be a non-empty character vector or string.")
    if not isinstance(profile, str):
        raise CompatTypeError("PROFILE must be a character vector or string.")
    chosen = next((p for p in list(_PROFILES) + list(_UNSUPPORTED)
                   if p.lower() == profile.lower()), None)
    if chosen is None:
        raise CompatValueError(f"The profile '{profile}' is not a valid profile.")
    if chosen in _UNSUPPORTED:
        raise CompatValueError(f"The '{chosen}' profile needs an encoder compat does not "
                               "have; use 'Motion JPEG AVI', 'Uncompressed AVI', "
                               "'Grayscale AVI' or 'Indexed AVI'.")
    return VideoWriterObject(filename, chosen)


@matlab_function("writeVideo")
def writeVideo(v, frames):  # noqa: N802 - MATLAB's name
    """Write frames to an open video file, as MATLAB's ``writeVideo``.

    MATLAB call forms::

        writeVideo(v, frame)   ->  matlab.writeVideo(v, matlab.getframe(f))
        writeVideo(v, img)     ->  matlab.writeVideo(v, img)   (h x w x 3 [x f], or h x w)

    ``frame`` is a frame struct (``cdata``, ``colormap``, as :func:`getframe` gives) or
    a list of them; ``img`` an image array: uint8, or single/double in [0, 1]; h x w x c
    x f writes f frames. Every frame must have the first frame's size ("Frame must be
    W by H" otherwise).

    Returns
    -------
    None

    Examples
    --------
    >>> import os, tempfile
    >>> import numpy as np
    >>> from compat import matlab
    >>> v = matlab.VideoWriter(os.path.join(tempfile.mkdtemp(), 'g.avi'), 'Grayscale AVI')
    >>> _ = matlab.open(v)
    >>> matlab.writeVideo(v, np.arange(12, dtype=np.uint8).reshape(3, 4))
    >>> matlab.close(v); v.FrameCount
    1.0
    """
    if not isinstance(v, VideoWriterObject):
        raise CompatTypeError("OBJ must be a VideoWriter object.")
    v.writeVideo(frames)
