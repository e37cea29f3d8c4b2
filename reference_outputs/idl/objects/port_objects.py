"""Python port of the suite's two IDL classes (pro/foo__define.pro, pro/bar__define.pro),
written with compat.idl as a user porting them would, and the suite's cases as small
functions (each one the case's IDL statements, line by line).

FOO holds a LONG ``a`` and a FLOAT ``b``; its Init fails (returns 0) for a negative
``a``. BAR inherits FOO and owns a FOO child (``a + 100``) that its Cleanup destroys.
"""
import numpy as np

from compat import idl
from compat.idl import (obj_class, obj_destroy, obj_hasmethod, obj_isa,  # noqa: F401
                        obj_new, obj_valid, objarr)

#: the port's classes and the compat.idl routines the suite's cases name
__all__ = ["Foo", "Bar", "obj_class", "obj_destroy", "obj_hasmethod", "obj_isa", "obj_new",
           "obj_valid", "objarr"]


@idl.object_class("FOO")
class Foo(idl.IDLObject):
    """``{foo, a:0L, b:0.0}`` and its methods."""

    def init(self, a, b=None):
        self.a = np.int32(a)
        self.b = np.float32(0 if b is None else b)
        return a >= 0

    def GetA(self):  # noqa: N802 - IDL's method name, as the .pro spells it
        return self.a

    def SetA(self, a):  # noqa: N802
        self.a = np.int32(a)


@idl.object_class("BAR")
class Bar(Foo):
    """``{bar, inherits foo, child:obj_new()}``."""

    def init(self, a, **extra):
        if not super().init(a, **extra):
            return 0
        self.child = idl.obj_new("foo", a + 100)
        return 1

    def GetChild(self):  # noqa: N802
        return self.child

    def cleanup(self):
        idl.obj_destroy(self.child)


def _values(objects):
    return np.array([o.GetA() for o in objects], dtype=np.int32)


def classes():
    o = idl.obj_new("foo", 3, b=2.5)
    b = idl.obj_new("bar", 4)
    s = idl.obj_class(b, superclass=True, count=True)
    return (idl.obj_class(o), idl.obj_class(b), s.result, s.count, idl.obj_isa(b, "foo"),
            idl.obj_isa([o, b], "BAR"), idl.obj_valid([o, b]))


def init_fails():
    n = idl.obj_new("foo", -1)
    return idl.obj_valid(n), idl.obj_class(n), idl.size(n, type=True)


def hasmethod():
    o = idl.obj_new("foo", 3)
    b = idl.obj_new("bar", 4)
    return np.array([idl.obj_hasmethod(o, "GetA"), idl.obj_hasmethod(o, "init"),
                     idl.obj_hasmethod(o, "nope"), idl.obj_hasmethod(b, ["geta", "init"]),
                     idl.obj_hasmethod(b, "getchild"), idl.obj_hasmethod(o, "getchild")],
                    dtype=np.uint8)


def destroy_calls_cleanup():
    b = idl.obj_new("bar", 4)
    k = b.GetChild()
    idl.obj_destroy(b)
    return idl.obj_valid([k, b]), idl.obj_class(b)


def destroy_array():
    o = idl.obj_new("foo", 1)
    p = idl.obj_new("foo", 2)
    idl.obj_destroy([o, p])
    return idl.obj_valid([o, p])


def null_object():
    z = idl.obj_new()
    return (idl.obj_valid(z), idl.obj_class(z), idl.size(z, type=True),
            idl.obj_isa(z, "FOO"))


def object_array():
    x = idl.objarr(3)
    x[1] = idl.obj_new("foo", 1)
    return (idl.obj_valid(x), idl.size(x, type=True), idl.n_elements(x),
            idl.size(x, dimensions=True))


def _filled():
    c = idl.obj_new("IDL_Container")
    c.add([idl.obj_new("foo", 1), idl.obj_new("foo", 2), idl.obj_new("bar", 3)])
    c.add(idl.obj_new("foo", 5), position=1)
    return c


def container_add():
    c = _filled()
    return c.count(), _values(c.get(all=True))


def container_get():
    c = _filled()
    g = c.get(all=True, isa="bar")
    p = c.get(position=[0, 2])
    f = c.get()
    return g[0].GetA(), idl.n_elements(g), _values(p), f.GetA()


def container_iscontained():
    c = _filled()
    b = c.get(position=3)
    z = idl.obj_new()
    r = c.iscontained(b, position=True)
    a = c.iscontained([b, z], position=True)
    return r.result, r.position, c.iscontained(z), a.position


def container_move_remove():
    c = _filled()
    c.move(0, 2)
    m = _values(c.get(all=True))
    b = c.get(position=3)
    c.remove(b)
    r1 = _values(c.get(all=True))
    c.remove(position=1)
    r2 = _values(c.get(all=True))
    c.remove(all=True)
    return m, r1, r2, c.count(), idl.obj_valid(b)


def container_empty():
    c = idl.obj_new("IDL_Container")
    return c.get(all=True), c.count()


def container_destroy():
    c = _filled()
    g = c.get(all=True)
    idl.obj_destroy(c)
    return idl.obj_valid(c), idl.obj_valid(g)


def container_class():
    c = idl.obj_new("IDL_Container")
    return idl.obj_class(c), idl.obj_isa(c, "IDL_CONTAINER")


def list_object():
    lst = idl.list(1, 2)
    return (idl.obj_class(lst), idl.obj_valid(lst), idl.obj_isa(lst, "LIST"),
            idl.obj_hasmethod(lst, "add"), idl.obj_class(lst, superclass=True))
