"""IDL's RESOLVE_ALL (compat.idl.routine_resolution): every documented keyword accepted,
nothing returned, UNRESOLVED empty."""

from __future__ import annotations

import pytest

from compat import idl


def test_keywords_accepted_and_nothing_unresolved():
    assert idl.resolve_all() is None
    assert idl.resolve_all(class_=["myobj"], continue_on_error=True, quiet=1,
                           resolve_either=["a"], resolve_function="f",
                           resolve_procedure=["p"], skip_routines=["s"]) is None
    r = idl.resolve_all(unresolved=True, quiet=True)
    assert r.result is None and r.unresolved == ""


def test_unknown_keyword_is_refused():
    with pytest.raises(TypeError):
        idl.resolve_all(no_such_keyword=1)
