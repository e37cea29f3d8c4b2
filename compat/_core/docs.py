"""Docstring fragments shared by a routine family (scipy's ``docfiller`` pattern).

A family writes each shared block once, as a fragment, and each routine's docstring
names it with a placeholder on a line of its own::

    _DOCS = Fragments(
        window='''k : scalar or 2-element vector
        Window length or ``[kb kf]``.''')

    @_DOCS.fill
    def movmean(A, k, *args):
        '''Moving mean, as MATLAB's ``movmean``.

        Parameters
        ----------
        A : array_like
        {{window}}
        '''

The placeholder ``{{name}}`` is replaced by the fragment, every line of the fragment
indented like the placeholder (so fragments are written without the docstring's own
indentation); ``{{name}}`` inside a line is replaced in place, its later lines indented
like that line. Fragments may hold placeholders themselves (``{{name}}`` in a shared
fragment, one fragment naming another): :meth:`Fragments.render` fills them until none
is left. A placeholder without a fragment is an error at import time, so no docstring
ships with a hole.
"""

from __future__ import annotations

import re
import textwrap

__all__ = ["Fragments"]

_MAX_DEPTH = 20  # fragment nesting levels: far more than any family uses
_PLACEHOLDER = re.compile(r"\{\{([a-z_][a-z0-9_]*)\}\}")


class Fragments:
    """A family's named docstring fragments; :meth:`fill` is the decorator."""

    def __init__(self, **fragments: str):
        self.fragments = {name: textwrap.dedent(text).strip("\n")
                          for name, text in fragments.items()}

    def __call__(self, **more: str) -> "Fragments":
        """A copy with more (or replaced) fragments, e.g. one routine's own words."""
        merged = Fragments()
        merged.fragments = {**self.fragments,
                            **{k: textwrap.dedent(v).strip("\n") for k, v in more.items()}}
        return merged

    def render(self, doc: str) -> str:
        """``doc`` with every placeholder replaced, and those the fragments bring in
        replaced in turn until none is left (a fragment that names itself, directly or
        through others, is an error)."""
        for _ in range(_MAX_DEPTH):
            rendered = self._render_once(doc)
            if rendered == doc:
                return rendered
            doc = rendered
        raise ValueError(f"docstring fragments nest deeper than {_MAX_DEPTH} levels "
                         "(a fragment names itself?)")

    def _render_once(self, doc: str) -> str:
        out = []
        for line in doc.split("\n"):
            match = _PLACEHOLDER.fullmatch(line.strip())
            if match:
                indent = line[:len(line) - len(line.lstrip())]
                text = self._fragment(match.group(1))
                out.extend((indent + row) if row else "" for row in text.split("\n"))
            else:  # in a line: later lines of the fragment take the line's indentation
                indent = line[:len(line) - len(line.lstrip())]
                out.append(_PLACEHOLDER.sub(
                    lambda m: self._fragment(m.group(1)).replace("\n", "\n" + indent),
                    line))
        return "\n".join(row.rstrip() for row in out)

    def _fragment(self, name: str) -> str:
        try:
            return self.fragments[name]
        except KeyError:
            raise KeyError(f"docstring placeholder {{{{{name}}}}} has no fragment; "
                           f"known: {', '.join(sorted(self.fragments))}") from None

    def fill(self, function):
        """Decorator: fill ``function.__doc__``'s placeholders (before other decorators
        copy the docstring: put it closest to ``def``)."""
        if function.__doc__:
            function.__doc__ = self.render(function.__doc__)
        return function

    def named(self, **more: str):
        """Decorator like :meth:`fill` for one routine of a family: ``{{name}}`` is the
        function's name and ``more`` its own fragments; fragments may hold placeholders
        themselves (``{{name}}`` inside a shared fragment), which are filled too."""
        def fill(function):
            if function.__doc__:
                docs = self(name=function.__name__, **more)
                function.__doc__ = docs.render(function.__doc__)
            return function
        return fill
