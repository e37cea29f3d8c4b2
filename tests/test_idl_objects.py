"""IDL objects: the class registry, OBJ_NEW/OBJ_DESTROY/OBJ_VALID/OBJ_CLASS/OBJ_ISA/
OBJ_HASMETHOD/OBJARR, IDL_Container, and the IDL routines that meet objects (SIZE, ISA,
TYPENAME, PRINT, HELP). Goldens: reference_outputs/idl/objects (GDL running the .pro
classes); here a small ported program, the documented semantics GDL diverges from, the
errors, and a live GDL differential of random container edits."""

import shutil
import textwrap

import numpy as np
import pytest

from compat import idl
from compat._core import idl_objects as core


# ------------------------------------------------------------------ a ported program
@idl.object_class("SHAPE")
class Shape(idl.IDLObject):
    """pro shape__define: {shape, name:''}; function shape::init, name."""

    def init(self, name=""):
        self.name = str(name)
        return 1

    def Area(self):  # noqa: N802 - IDL's method name
        return 0.0


@idl.object_class("CIRCLE")
class Circle(Shape):
    """{circle, inherits shape, r:0.0}: Init fails for a negative radius."""

    def init(self, r, **extra):
        if r < 0:
            return 0
        super().init(**extra)
        self.r = np.float32(r)
        return 1

    def Area(self):  # noqa: N802
        return np.float32(np.pi) * self.r * self.r


@idl.object_class("DRAWING", superclasses=())
class Drawing(idl.IDLContainer):
    """{drawing, inherits IDL_Container, title:''}; Cleanup chains to the container's."""

    def init(self, title=""):
        super().init()
        self.title = title
        self.cleaned = []
        return 1

    def cleanup(self):
        Drawing.log.append(self.title)
        super().cleanup()

    def TotalArea(self):  # noqa: N802
        shapes = self.get(all=True, isa="CIRCLE")
        return sum(s.Area() for s in shapes) if np.ndim(shapes) else np.float32(0)


Drawing.log = []


def test_ported_program():
    d = idl.obj_new("drawing", title="pad")
    c1, c2 = idl.obj_new("circle", 1.0, name="a"), idl.obj_new("circle", 2.0)
    plain = idl.obj_new("shape", "s")
    d.add([c1, plain])
    d.add(c2, position=0)
    assert idl.obj_new("circle", -1.0) is idl.NULL_OBJECT
    assert d.count() == 3 and d.count().dtype == np.int32
    assert list(d.get(all=True)) == [c2, c1, plain]
    assert d.TotalArea() == np.float32(np.pi) * 5
    assert idl.obj_class(d, superclass=True).tolist() == ["IDL_CONTAINER"]
    assert idl.obj_isa([c1, plain, d], "shape").tolist() == [1, 1, 0]
    assert idl.obj_isa(d, "IDL_CONTAINER") == 1
    assert idl.obj_hasmethod(c1, "AREA") and not idl.obj_hasmethod(plain, "totalarea")
    idl.obj_destroy(d)
    assert Drawing.log == ["pad"]
    assert idl.obj_valid([d, c1, c2, plain]).tolist() == [0, 0, 0, 0]
    with pytest.raises(ValueError, match="Invalid object reference"):
        c1.Area()


def test_call_method_any_case_and_errors():
    c = idl.obj_new("circle", 2.0)
    assert idl.call_method("AREA", c) == idl.call_method("area", c) == c.Area()
    d = idl.obj_new("drawing")
    idl.call_method("Add", d, c)                       # the procedure form
    assert idl.call_method("count", d) == 1
    with pytest.raises(ValueError, match=r"^CALL_METHOD: Attempt to call undefined "
                       r"method: CIRCLE::NOSUCH"):
        idl.call_method("nosuch", c)
    with pytest.raises(ValueError, match=r"^CALL_METHOD: Invalid object reference"):
        idl.call_method("area", idl.obj_new())


def test_python_call_is_obj_new():
    c = Circle(3.0)
    assert idl.obj_class(c) == "CIRCLE" and c.r == np.float32(3.0)
    assert Circle(-3.0) is idl.NULL_OBJECT


def test_init_failure_skips_cleanup_and_uses_a_heap_id():
    calls = []

    @idl.object_class("FAILS")
    class Fails(idl.IDLObject):
        def init(self):
            return 0

        def cleanup(self):
            calls.append(1)

    before = idl.obj_valid(idl.obj_new("IDL_Container"), get_heap_identifier=True)
    assert idl.obj_new("fails") is idl.NULL_OBJECT
    after = idl.obj_valid(idl.obj_new("IDL_Container"), get_heap_identifier=True)
    assert calls == [] and after == before + 2
    assert after.dtype == np.uint32


def test_init_returning_none_is_success_and_default_init_takes_nothing():
    @idl.object_class("NONERET")
    class NoneRet(idl.IDLObject):
        def init(self):
            self.x = 1

    assert idl.obj_valid(idl.obj_new("noneret")) == 1

    @idl.object_class("NOINIT")
    class NoInit(idl.IDLObject):
        pass

    assert idl.obj_valid(idl.obj_new("noinit")) == 1
    with pytest.raises(ValueError, match="has no Init method"):
        idl.obj_new("noinit", 5)


def test_declared_superclass_names():
    @idl.object_class("MYGRAPHIC", superclasses=("IDLGRMODEL",))
    class MyGraphic(idl.IDLObject):
        pass

    g = idl.obj_new("mygraphic")
    assert idl.obj_isa(g, "IDLgrModel") == 1
    assert idl.obj_class("MYGRAPHIC", superclass=True).tolist() == ["IDLGRMODEL"]


# ------------------------------------------------------------------------ the heap
def test_print_and_help_show_the_heap_variable(capsys):
    c = idl.obj_new("IDL_Container")
    n = core.heap_id(c)
    idl.print(c)
    assert capsys.readouterr().out == f"<ObjHeapVar{n}(IDL_CONTAINER)>\n"
    idl.print(idl.obj_new())
    assert capsys.readouterr().out == "<NullObject>\n"
    arr = idl.objarr(2)
    arr[0] = c
    idl.print(arr)
    assert capsys.readouterr().out == f"<ObjHeapVar{n}(IDL_CONTAINER)><NullObject>\n"
    idl.obj_destroy(c)
    idl.print(c)
    assert capsys.readouterr().out == f"<ObjHeapVar{n}(*INVALID*)>\n"


def test_obj_valid_forms():
    a, b = idl.obj_new("IDL_Container"), idl.obj_new("IDL_Container")
    ids = idl.obj_valid([a, b], get_heap_identifier=True)
    back = idl.obj_valid(ids, cast=True)
    assert back[0] is a and back[1] is b
    assert idl.obj_valid(np.uint32(10 ** 9), cast=True) is idl.NULL_OBJECT
    r = idl.obj_valid(count=True)
    assert r.count >= 2 and any(o is a for o in r.result)
    assert idl.obj_valid(5) == 0 and idl.obj_valid(np.arange(3)).tolist() == [0, 0, 0]
    idl.obj_destroy(a)
    assert not any(o is a for o in idl.obj_valid())


def test_obj_class_forms():
    names = idl.obj_class()
    assert "IDL_CONTAINER" in names and "SHAPE" in names and "LIST" in names
    assert idl.obj_class("circle") == "CIRCLE"
    assert idl.obj_class("nosuchclass") == ""
    r = idl.obj_class(idl.obj_new("shape"), superclass=True, count=True)
    assert r.result == "" and r.count == 0
    assert idl.obj_class(idl.list(), superclass=True).tolist() == ["IDL_OBJECT"]
    assert idl.obj_class(idl.dictionary(), superclass=True).tolist() == ["HASH"]


def test_list_and_hash_are_objects():
    lst, h = idl.list(1), idl.hash("a", 1)
    assert idl.obj_valid([lst, h]).tolist() == [1, 1]
    assert idl.obj_isa(idl.orderedhash(), "HASH") == 1
    assert idl.obj_hasmethod(h, ["haskey", "Keys"]) == 1
    assert idl.obj_hasmethod(lst, "append") == 0          # Python's list method
    idl.obj_destroy(lst)
    assert idl.obj_valid(lst) == 0 and len(lst) == 0


def test_size_isa_typename_of_objects():
    c = idl.obj_new("circle", 1.0)
    z = idl.obj_new()
    assert idl.size(c).tolist() == [0, 11, 1]
    assert idl.size(idl.objarr(2, 3)).tolist() == [2, 2, 3, 11, 6]
    assert idl.n_elements(c) == 1 and idl.n_elements(idl.objarr(4)) == 4
    assert idl.isa(c, "SHAPE") == 1 and idl.isa(c, "objref") == 1 and idl.isa(c) == 1
    assert idl.isa(z) == 0 and idl.isa(z, "OBJREF") == 1 and idl.isa(z, "SHAPE") == 0
    assert idl.typename(c) == "CIRCLE" and idl.typename(z) == "OBJREF"


# ------------------------------------------------------------------- IDL_Container
def _values(c):
    got = c.get(all=True)
    return [] if np.ndim(got) == 0 else [o.r for o in got]


def test_container_remove_without_arguments_removes_the_first():
    # IDL Reference Guide, IDL_Container::Remove: with no Child_object, /ALL or
    # POSITION the first object is removed (GDL 1.0.1 removes nothing)
    c = idl.obj_new("IDL_Container")
    c.add([Circle(1.0), Circle(2.0)])
    c.remove()
    assert _values(c) == [2.0]


def test_container_get_and_count_keyword():
    c = idl.obj_new("IDL_Container")
    empty = c.get(all=True, count=True)
    assert empty.result == -1 and empty.result.dtype == np.int32 and empty.count == 0
    c.add([Circle(1.0), Shape(), Circle(3.0)])
    r = c.get(all=True, isa=["circle"], count=True)
    assert r.count == 2 and [o.r for o in r.result] == [1.0, 3.0]
    one = c.get(position=1)
    assert idl.obj_class(one) == "SHAPE"
    assert c.get(position=[1]).shape == (1,)
    assert c.iscontained(Circle(5.0)) == 0


def test_container_errors():
    c = idl.obj_new("IDL_Container")
    c.add(Circle(1.0))
    with pytest.raises(ValueError, match="POSITION out of range: 4"):
        c.get(position=4)
    with pytest.raises(ValueError, match="one index per object"):
        c.add([Circle(1.0), Circle(2.0)], position=0)
    with pytest.raises(ValueError, match="Move: position out of range"):
        c.move(0, 3)
    with pytest.raises(TypeError, match="Object reference required"):
        c.add(5)


# ----------------------------------------------------------------------- bad input
def test_bad_input_messages():
    with pytest.raises(ValueError, match=r"^OBJ_NEW: Procedure not found: NOPE__DEFINE"):
        idl.obj_new("nope")
    with pytest.raises(TypeError, match=r"^OBJ_NEW: String expression required"):
        idl.obj_new(5)
    with pytest.raises(TypeError, match=r"^OBJ_ISA: Object reference required"):
        idl.obj_isa(np.arange(3.0), "FOO")
    with pytest.raises(TypeError, match=r"^OBJ_ISA: String expression required"):
        idl.obj_isa(idl.obj_new(), 3)
    with pytest.raises(ValueError, match=r"^OBJ_CLASS: Expression must be a scalar"):
        idl.obj_class([Shape(), Shape()])
    with pytest.raises(TypeError, match=r"^OBJ_DESTROY: Object reference required"):
        idl.obj_destroy("x")
    with pytest.raises(TypeError, match="must subclass"):
        idl.object_class("PLAIN")(type("Plain", (), {}))
    with pytest.raises(TypeError, match=r"^OBJ_VALID: CAST needs integer"):
        idl.obj_valid(1.5, cast=True)
    idl.obj_destroy(idl.obj_new())                  # the null object: quietly ignored


# ------------------------------------------------------------- live GDL differential
@pytest.mark.skipif(shutil.which("gdl") is None, reason="gdl not on PATH")
def test_random_container_edits_against_gdl(tmp_path):
    """Random Add (with and without POSITION), Move and Remove(POSITION=) sequences:
    the container's order in compat and in GDL."""
    from oracles import run_gdl_program
    rng = np.random.default_rng(190)
    c = idl.obj_new("IDL_Container")
    lines = ["pro edits", "c = obj_new('IDL_Container')"]
    n = 0
    for step in range(40):
        op = rng.integers(0, 4) if n > 1 else 0
        if op <= 1:
            value = int(rng.integers(0, 1000))
            pos = int(rng.integers(0, n + 1)) if op == 1 else None
            c.add(Circle(float(value)), position=pos)
            lines.append(f"c->add, obj_new('circ', {value})"
                         + (f", position={pos}" if pos is not None else ""))
            n += 1
        elif op == 2:
            a, b = (int(x) for x in rng.integers(0, n, 2))
            c.move(a, b)
            lines.append(f"c->move, {a}, {b}")
        else:
            pos = int(rng.integers(0, n))
            c.remove(position=pos)
            lines.append(f"c->remove, position={pos}")
            n -= 1
    lines += ["g = c->get(/all)", "for i = 0, n_elements(g) - 1 do print, g[i]->r()",
              "end"]
    (tmp_path / "edits.pro").write_text("\n".join(lines) + "\n")
    (tmp_path / "circ__define.pro").write_text(textwrap.dedent("""\
        function circ::init, r
          self.r = r
          return, 1
        end
        function circ::r
          return, self.r
        end
        pro circ__define
          s = {circ, r:0L}
        end
        """))
    done = run_gdl_program("edits", tmp_path)
    assert done.returncode == 0 and "%" not in done.stdout, done.stdout + done.stderr
    # GDL 1.0.1 also prints a debugging line of its own for a move to the same place
    gdl = [int(t) for t in done.stdout.split("\n") if t.strip().lstrip("-").isdigit()]
    assert gdl == [int(v) for v in _values(c)]
