"""IDL 8 function graphics' colours, line styles, symbols and the Format string.

The rules are those of IDL's reference page "Formatting IDL Colors, Graphics Symbols,
and Lines" (https://www.nv5geospatialsoftware.com/docs/FormattingSymsAndLines.html):

- the Format argument (``PLOT(x, y, 'r-2')``) is any combination, in any order, of a
  colour character (lower case only: ``b g r c m y k w``), a line style
  (``-  :  --  -.  -:  __`` and a space for no line), a symbol short name and a
  thickness (digits); IDL reads it case-sensitively (``'D'`` is the diamond, ``'d'`` the
  thin diamond);
- a Format string with a symbol but no line style sets LINESTYLE to 6 (no line);
- COLOR takes the eight colour characters, any colour name of the ``!COLOR`` system
  variable (case-insensitive; IDL's names are the 147 colour keywords of SVG 1.1,
  https://www.w3.org/TR/SVG11/types.html#ColorKeywords, written with underscores in
  ``!COLOR``: ``DODGER_BLUE``; compat also takes them with spaces or run together) or
  an RGB triple;
- LINESTYLE takes the index 0-6, its name (``'dash_dot'``) or its Format characters;
- SYMBOL takes the index, the short name or the long name.

The page's symbol table is a picture in the stored copies compat could read; the
indices, short and long names below are compat's transcription of IDL 8's table
(IDLgrSymbol's DATA values 0-24), unchecked by a golden except for the page's '+'
(plus) and 'd'; IDLgrSymbol's page confirms index 5 as the triangle. Colours come back as IDL reads them: a BYTE ``[r, g, b]``.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["SVG_COLORS", "FORMAT_COLORS", "LINESTYLES", "SYMBOLS", "color_value",
           "linestyle_value", "symbol_value", "parse_format"]

#: SVG 1.1's colour keywords (the names of IDL's !COLOR), name -> RRGGBB
SVG_COLORS = dict(item.split(":") for item in """
aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff
beige:f5f5dc bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff
blueviolet:8a2be2 brown:a52a2a burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00
chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c
cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9
darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b
darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000
darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f
darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493
deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222
floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff
gold:ffd700 goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080
honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c
lavender:e6e6fa lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd
lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff lightgoldenrodyellow:fafad2
lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a
lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899 lightslategrey:778899
lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 linen:faf0e6
magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd
mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee
mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585
midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead
navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500
orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee
palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb
plum:dda0dd powderblue:b0e0e6 purple:800080 red:ff0000
rosybrown:bc8f8f royalblue:4169e1 saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460
seagreen:2e8b57 seashell:fff5ee sienna:a0522d silver:c0c0c0 skyblue:87ceeb
slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f
steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0
violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00
yellowgreen:9acd32""".split())

#: the Format string's (and COLOR's) colour characters
FORMAT_COLORS = {"b": "blue", "g": "green", "r": "red", "c": "cyan", "m": "magenta",
                 "y": "yellow", "k": "black", "w": "white"}

#: LINESTYLE index -> (name, Format characters)
LINESTYLES = {0: ("solid_line", "-"), 1: ("dot", ":"), 2: ("dash", "--"),
              3: ("dash_dot", "-."), 4: ("dash_dot_dot_dot", "-:"),
              5: ("long_dash", "__"), 6: ("none", " ")}

#: SYMBOL index -> (long name, short name); 0 is no symbol
SYMBOLS = {0: ("none", ""), 1: ("plus", "+"), 2: ("asterisk", "*"), 3: ("period", "."),
           4: ("diamond", "D"), 5: ("triangle", "tu"), 6: ("square", "s"),
           7: ("x", "X"), 8: ("greater_than", ">"), 9: ("less_than", "<"),
           10: ("triangle_down", "td"), 11: ("triangle_left", "tl"),
           12: ("triangle_right", "tr"), 13: ("tri_up", "Tu"), 14: ("tri_down", "Td"),
           15: ("tri_left", "Tl"), 16: ("tri_right", "Tr"), 17: ("thin_diamond", "d"),
           18: ("pentagon", "p"), 19: ("hexagon_1", "h"), 20: ("hexagon_2", "H"),
           21: ("vline", "|"), 22: ("hline", "_"), 23: ("star", "S"),
           24: ("circle", "o")}

_SHORT_SYMBOL = {short: i for i, (_, short) in SYMBOLS.items() if short}
_LONG_SYMBOL = {long: i for i, (long, _) in SYMBOLS.items()}
_STYLE_CHARS = {chars: i for i, (_, chars) in LINESTYLES.items()}
_STYLE_NAMES = {name: i for i, (name, _) in LINESTYLES.items()}


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch not in " _")


def color_value(value, what: str = "COLOR") -> np.ndarray:
    """An IDL graphics colour as IDL reads it back: BYTE ``[r, g, b]``.

    ``value`` is a colour character (``'r'``), a ``!COLOR`` name in any case, with
    underscores, spaces or neither (``'Dodger Blue'``, ``'dodger_blue'``), or an RGB
    triple of numbers 0-255.
    """
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        text = value.strip()
        name = FORMAT_COLORS.get(text, _key(text))
        if name not in SVG_COLORS:
            raise CompatValueError(f"Illegal color name: {value}")
        hexa = SVG_COLORS[name]
        return np.array([int(hexa[i:i + 2], 16) for i in (0, 2, 4)], dtype=np.uint8)
    rgb = np.asarray(value)
    if rgb.dtype.kind not in "biuf" or rgb.size != 3:
        raise CompatValueError(f"{what} must be a color name or an RGB triple: {value!r}")
    rgb = rgb.reshape(3).astype(np.float64)
    if not np.all(np.isfinite(rgb)) or rgb.min() < 0 or rgb.max() > 255:
        raise CompatValueError(f"{what} values must be in 0-255: {value!r}")
    return rgb.astype(np.uint8)


def linestyle_value(value) -> int:
    """LINESTYLE as its index 0-6 (from the index, the name or the Format characters)."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        if value in _STYLE_CHARS:
            return _STYLE_CHARS[value]
        key = value.strip().lower()
        if key in _STYLE_NAMES:
            return _STYLE_NAMES[key]
        raise CompatValueError(f"Illegal LINESTYLE: {value!r}")
    index = int(value)
    if index not in LINESTYLES:
        raise CompatValueError(f"LINESTYLE must be 0-6: {value!r}")
    return index


def symbol_value(value) -> int:
    """SYMBOL as its index 0-24 (from the index, the short name (case-sensitive) or the
    long name (any case))."""
    if value is None:
        return 0
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        if value in _SHORT_SYMBOL:
            return _SHORT_SYMBOL[value]
        key = value.strip().lower().replace(" ", "_")
        if key in _LONG_SYMBOL:
            return _LONG_SYMBOL[key]
        raise CompatValueError(f"Illegal SYMBOL: {value!r}")
    index = int(value)
    if index not in SYMBOLS:
        raise CompatValueError(f"SYMBOL must be 0-24: {value!r}")
    return index


# longest tokens first: '--' before '-', '-.' before '.', 'tu' ... before 't'
_TOKENS = sorted([(chars, "linestyle", i) for i, (_, chars) in LINESTYLES.items()]
                 + [(short, "symbol", i) for short, i in _SHORT_SYMBOL.items()]
                 + [(ch, "color", ch) for ch in FORMAT_COLORS],
                 key=lambda t: -len(t[0]))


def parse_format(text: str) -> dict:
    """The properties a Format string sets: some of ``color`` (BYTE RGB),
    ``linestyle``, ``symbol`` (indices) and ``thick`` (float).

    >>> sorted(parse_format('+g-:2').items(), key=str)  # doctest: +NORMALIZE_WHITESPACE
    [('color', array([  0, 128,   0], dtype=uint8)), ('linestyle', 4), ('symbol', 1),
     ('thick', 2.0)]
    >>> parse_format('d')
    {'symbol': 17, 'linestyle': 6}
    """
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    if not isinstance(text, str):
        raise CompatValueError(f"Format must be a string: {text!r}")
    found = {}
    i = 0
    while i < len(text):
        if text[i].isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            found["thick"] = float(text[i:j])
            i = j
            continue
        for chars, kind, value in _TOKENS:
            if text.startswith(chars, i):
                found[kind] = color_value(value) if kind == "color" else value
                i += len(chars)
                break
        else:
            raise CompatValueError(f"Illegal format character {text[i]!r} in {text!r}")
    if found.get("symbol") and "linestyle" not in found:
        found["linestyle"] = 6
    return found
