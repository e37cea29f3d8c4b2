"""GeoTIFF tags and keys as IDL's READ_TIFF/QUERY_TIFF/WRITE_TIFF GEOTIFF structure.

A GeoTIFF file (GeoTIFF Format Specification, revision 1.0, Ritter & Ruth 1995,
sections 2.4 and 2.7) is a TIFF file with up to six private tags:

* 33550 ModelPixelScaleTag (DOUBLE, 3), 33922 ModelTiepointTag (DOUBLE, 6*K) and 34264
  ModelTransformationTag (DOUBLE, 16, the 4x4 matrix row by row);
* 34735 GeoKeyDirectoryTag (SHORT): a header ``KeyDirectoryVersion, KeyRevision,
  MinorRevision, NumberOfKeys`` then one ``KeyID, TIFFTagLocation, Count, Value_Offset``
  entry per key, sorted by KeyID. Location 0 means the SHORT value is Value_Offset itself;
  34736 (GeoDoubleParamsTag, DOUBLE) or 34737 (GeoAsciiParamsTag, ASCII) means the value
  is ``Count`` items of that tag from index Value_Offset (ASCII values end with ``|``,
  which is counted and is not part of the value).

IDL's structure (IDL Reference Guide, READ_TIFF, GEOTIFF keyword) has one field per tag
and key found, named as the specification names them, upper-cased: MODELPIXELSCALETAG
DOUBLE[3], MODELTRANSFORMATIONTAG DOUBLE[4, 4], MODELTIEPOINTTAG DOUBLE[6, K], then the
keys in key-code order: SHORT keys as INT, DOUBLE keys as DOUBLE, ASCII keys as STRING.
Keys the specification does not name are left out. Everything here is written from the
specification's tables.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

PIXEL_SCALE, TIEPOINT, TRANSFORMATION = 33550, 33922, 34264
DIRECTORY, DOUBLES, ASCII = 34735, 34736, 34737

#: the three model tags in the structure's order
TAG_NAMES = (("MODELPIXELSCALETAG", PIXEL_SCALE), ("MODELTRANSFORMATIONTAG", TRANSFORMATION),
             ("MODELTIEPOINTTAG", TIEPOINT))

_S, _D, _A = "short", "double", "ascii"

#: GeoTIFF 1.0 section 2.7 key codes -> (name, value kind)
KEYS = {
    1024: ("GTModelTypeGeoKey", _S), 1025: ("GTRasterTypeGeoKey", _S),
    1026: ("GTCitationGeoKey", _A),
    2048: ("GeographicTypeGeoKey", _S), 2049: ("GeogCitationGeoKey", _A),
    2050: ("GeogGeodeticDatumGeoKey", _S), 2051: ("GeogPrimeMeridianGeoKey", _S),
    2052: ("GeogLinearUnitsGeoKey", _S), 2053: ("GeogLinearUnitSizeGeoKey", _D),
    2054: ("GeogAngularUnitsGeoKey", _S), 2055: ("GeogAngularUnitSizeGeoKey", _D),
    2056: ("GeogEllipsoidGeoKey", _S), 2057: ("GeogSemiMajorAxisGeoKey", _D),
    2058: ("GeogSemiMinorAxisGeoKey", _D), 2059: ("GeogInvFlatteningGeoKey", _D),
    2060: ("GeogAzimuthUnitsGeoKey", _S), 2061: ("GeogPrimeMeridianLongGeoKey", _D),
    3072: ("ProjectedCSTypeGeoKey", _S), 3073: ("PCSCitationGeoKey", _A),
    3074: ("ProjectionGeoKey", _S), 3075: ("ProjCoordTransGeoKey", _S),
    3076: ("ProjLinearUnitsGeoKey", _S), 3077: ("ProjLinearUnitSizeGeoKey", _D),
    3078: ("ProjStdParallel1GeoKey", _D), 3079: ("ProjStdParallel2GeoKey", _D),
    3080: ("ProjNatOriginLongGeoKey", _D), 3081: ("ProjNatOriginLatGeoKey", _D),
    3082: ("ProjFalseEastingGeoKey", _D), 3083: ("ProjFalseNorthingGeoKey", _D),
    3084: ("ProjFalseOriginLongGeoKey", _D), 3085: ("ProjFalseOriginLatGeoKey", _D),
    3086: ("ProjFalseOriginEastingGeoKey", _D), 3087: ("ProjFalseOriginNorthingGeoKey", _D),
    3088: ("ProjCenterLongGeoKey", _D), 3089: ("ProjCenterLatGeoKey", _D),
    3090: ("ProjCenterEastingGeoKey", _D), 3091: ("ProjCenterNorthingGeoKey", _D),
    3092: ("ProjScaleAtNatOriginGeoKey", _D), 3093: ("ProjScaleAtCenterGeoKey", _D),
    3094: ("ProjAzimuthAngleGeoKey", _D), 3095: ("ProjStraightVertPoleLongGeoKey", _D),
    4096: ("VerticalCSTypeGeoKey", _S), 4097: ("VerticalCitationGeoKey", _A),
    4098: ("VerticalDatumGeoKey", _S), 4099: ("VerticalUnitsGeoKey", _S),
}
_BY_NAME = {name.upper(): (code, kind) for code, (name, kind) in KEYS.items()}
_TAG_BY_NAME = dict(TAG_NAMES)


def _doubles(value) -> np.ndarray:
    if isinstance(value, (int, float)):
        value = (value,)
    return np.asarray(value, dtype=np.float64).ravel()


def from_tags(tags: dict):
    """The GEOTIFF structure's ``(names, values)`` from a TIFF image's tags (a mapping
    tag number -> value as Pillow's ``tag_v2`` gives them), or None when the image has
    none of the GeoTIFF tags."""
    names, values = [], []
    for name, code in TAG_NAMES:
        if code in tags:
            data = _doubles(tags[code])
            if code == TRANSFORMATION and data.size == 16:
                data = data.reshape(4, 4)
            elif code == TIEPOINT and data.size % 6 == 0 and data.size:
                data = data.reshape(-1, 6)
            names.append(name)
            values.append(data)
    directory = tags.get(DIRECTORY)
    if directory is not None:
        entries = np.asarray(directory if not isinstance(directory, int) else (directory,),
                             dtype=np.int64).ravel()
        doubles = _doubles(tags.get(DOUBLES, ()))
        text = tags.get(ASCII, "")
        text = text.decode("latin-1") if isinstance(text, bytes) else str(text or "")
        count = int(entries[3]) if entries.size >= 4 else 0
        for k in range(count):
            entry = entries[4 + 4 * k:8 + 4 * k]
            if entry.size < 4 or int(entry[0]) not in KEYS:
                continue
            code, location, n, offset = (int(v) for v in entry)
            name, _ = KEYS[code]
            if location == 0:
                value = np.int16(np.uint16(offset & 0xFFFF).view(np.int16))
            elif location == DOUBLES:
                part = doubles[offset:offset + n]
                value = np.float64(part[0]) if part.size == 1 else part.copy()
            elif location == ASCII:
                value = text[offset:offset + n]
                value = value[:-1] if value.endswith("|") else value
            elif location == DIRECTORY:
                part = (entries[offset:offset + n] & 0xFFFF).astype(np.uint16).view(np.int16)
                value = part[0] if part.size == 1 else part.copy()
            else:
                continue
            names.append(name.upper())
            values.append(value)
    if not names:
        return None
    return names, values


def _fields(structure):
    """``(name, value)`` pairs of an IDL structure (compat's one-element record array),
    a numpy structured scalar or a mapping."""
    if isinstance(structure, dict):
        return [(str(k), v) for k, v in structure.items()]
    names = getattr(getattr(structure, "dtype", None), "names", None)
    if not names:
        raise CompatValueError("GEOTIFF must be a structure.")
    record = structure[0] if getattr(structure, "ndim", 0) else structure
    return [(name, record[name]) for name in names]


def to_tags(structure) -> dict:
    """The GeoTIFF tags ``{tag: (TIFF type, values)}`` (TIFF 6.0 types: 3 SHORT, 12
    DOUBLE, 2 ASCII) for a GEOTIFF structure: field names matched without regard to case;
    the model tags' values in the array's order (IDL's [6, K] tie points and [4, 4]
    matrix are numpy (K, 6) and (4, 4)); keys sorted by code into the directory (revision
    1.0), DOUBLE keys in GeoDoubleParamsTag, ASCII keys ``|``-terminated in
    GeoAsciiParamsTag."""
    tags, keys = {}, []
    for name, value in _fields(structure):
        upper = name.upper()
        if upper in _TAG_BY_NAME:
            tags[_TAG_BY_NAME[upper]] = (12, tuple(float(v) for v in _doubles(value)))
        elif upper in _BY_NAME:
            keys.append((_BY_NAME[upper], value))
        else:
            raise CompatValueError(f"GEOTIFF: unknown GeoTIFF tag or key {upper}.")
    if keys:
        entries, doubles, text = [], [], ""
        for (code, kind), value in sorted(keys, key=lambda item: item[0][0]):
            if kind == _S:
                entries += [code, 0, 1, int(np.asarray(value).ravel()[0]) & 0xFFFF]
            elif kind == _D:
                data = _doubles(value)
                entries += [code, DOUBLES, data.size, len(doubles)]
                doubles += [float(v) for v in data]
            else:
                value = value.decode("latin-1") if isinstance(value, bytes) else str(
                    np.asarray(value).ravel()[0] if np.ndim(value) else value)
                entries += [code, ASCII, len(value) + 1, len(text)]
                text += value + "|"
        tags[DIRECTORY] = (3, tuple([1, 1, 0, len(keys)] + entries))
        if doubles:
            tags[DOUBLES] = (12, tuple(doubles))
        if text:
            tags[ASCII] = (2, text)
    return tags
