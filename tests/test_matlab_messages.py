"""MATLAB's message objects (compat.matlab.message) and error/warning/MException
taking them."""

import pathlib
import warnings

import numpy as np
import pytest

import compat
from compat import matlab
from compat._core import message_catalog as catalog


def iterchk_port(A):
    """A copied MATLAB routine's check, as real code carries it (iterchk.m)."""
    if callable(A):
        return "function"
    if isinstance(A, np.ndarray) and A.dtype.kind == "f":
        return "matrix"
    matlab.error(matlab.message('MATLAB:iterchk:InvalidInput'))


def gmres_port_checks(A, b, x0):
    """The argument checks of a copied gmres.m (R2013 on), with catalog messages."""
    m = A.shape[0]
    if A.shape[1] != m:
        matlab.error(matlab.message('MATLAB:gmres:SquareMatrix'))
    if b.shape != (m, 1):
        matlab.error(matlab.message('MATLAB:gmres:VectorSize', m))
    if x0.shape != (m, 1):
        matlab.error(matlab.message('MATLAB:gmres:XoSize', m))
    return True


def test_copied_routine_errors_are_caught_by_identifier_and_message():
    assert iterchk_port(np.eye(2)) == "matrix"
    with pytest.raises(compat.MatlabError) as caught:
        iterchk_port(np.eye(2, dtype=np.int32))
    ME = caught.value
    assert isinstance(ME, matlab.MException)
    assert ME.identifier == 'MATLAB:iterchk:InvalidInput'
    assert ME.message == ('Argument must be a floating point matrix or a function '
                          'handle.')
    A = np.eye(3)
    with pytest.raises(matlab.MException) as caught:
        gmres_port_checks(A, np.ones((3, 1)), np.ones((2, 1)))
    assert caught.value.identifier == 'MATLAB:gmres:XoSize'
    assert caught.value.message == ('Initial guess must be a column vector of length 3 '
                                    'to match the problem size.')
    with pytest.raises(matlab.MException) as caught:
        gmres_port_checks(A, np.ones(3), np.ones((3, 1)))
    assert caught.value.message == ('Right hand side must be a column vector of length '
                                    '3 to match the coefficient matrix.')
    # lasterr records it, as any thrown error
    assert matlab.lasterr(nargout=2) == (caught.value.message, 'MATLAB:gmres:VectorSize')


def test_message_object_properties_and_texts():
    msg = matlab.message(b'MATLAB:gmres:tooManyInnerItsRestart', np.int32(30), 20.0)
    assert msg.Identifier == 'MATLAB:gmres:tooManyInnerItsRestart'
    assert len(msg.Arguments) == 2
    text = ('RESTART is 30 but it should be bounded by SIZE(A,1).\n'
            '         Setting RESTART to 20.')
    assert msg.getString() == msg.string() == msg.char() == str(msg) == text
    assert matlab.message(np.array(['MATLAB:sub2ind:IndexOutOfRange'])).getString() == \
        'Out of range subscript.'
    # holes: text as it stands, non-integers with 15 significant digits, logicals 1/0
    assert catalog.message_text('MATLAB:gmres:XoSize', [2.5]) == (
        'Initial guess must be a column vector of length 2.5 to match the problem size.')
    assert catalog.message_text('MATLAB:gmres:XoSize', [np.bool_(True)]).endswith(
        'length 1 to match the problem size.')
    assert catalog.message_text('MATLAB:gmres:XoSize', ['n']).startswith(
        'Initial guess must be a column vector of length n ')
    assert matlab.message('MATLAB:gmres:XoSize', 3) == matlab.message('MATLAB:gmres:XoSize',
                                                                      3.0)


def test_mexception_and_warning_take_message_objects():
    ME = matlab.MException(matlab.message('MATLAB:cross:InvalidDimAorBForCrossProd'))
    assert ME.identifier == 'MATLAB:cross:InvalidDimAorBForCrossProd'
    assert ME.message == ('A and B must be of length 3 in the dimension in which the cross '
                          'product is taken.')
    with pytest.raises(matlab.MException) as caught:
        ME.throw()
    assert caught.value is ME
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter('always')
        matlab.warning(matlab.message('MATLAB:questdlg:StringMismatch'))
    assert [str(w.message) for w in seen] == ['Default string does not match any button '
                                              'string name.']
    assert seen[0].message.identifier == 'MATLAB:questdlg:StringMismatch'
    previous = matlab.warning('off', 'MATLAB:questdlg:StringMismatch')
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter('always')
            matlab.warning(matlab.message('MATLAB:questdlg:StringMismatch'))
        assert seen == []
    finally:
        matlab.warning(previous)


def test_unknown_identifiers():
    # a catalog that is not MathWorks': MATLAB's own error (printed in
    # github.com/neuropoly/axonseg issue 27)
    msg = matlab.message('mg:textedit:ImageInsertTtile')
    assert msg.Identifier == 'mg:textedit:ImageInsertTtile'
    with pytest.raises(ValueError, match=r"^Unable to load a message catalog 'mg:textedit'\. "
                                         r"Please check the file location and format\.$"):
        msg.getString()
    with pytest.raises(ValueError, match="Unable to load a message catalog 'mg:textedit'"):
        matlab.error(msg)
    # a MathWorks catalog whose text compat does not hold: compat says so
    with pytest.raises(ValueError, match="no text for 'MATLAB:gmres:Nope'"):
        matlab.message('MATLAB:gmres:Nope').getString()


def test_bad_arguments():
    with pytest.raises(ValueError, match="^message: The message identifier must be a valid"):
        matlab.message('not an id')
    with pytest.raises(TypeError, match="^message: The message identifier must be a "
                                        "character vector"):
        matlab.message(3)
    with pytest.raises(TypeError, match="message arguments must be text or numeric"):
        matlab.message('MATLAB:gmres:XoSize', [1, 2]).getString()
    with pytest.raises(TypeError, match="a message object stands alone"):
        matlab.error(matlab.message('MATLAB:gmres:Vector'), 'extra')


def test_catalog_texts_from_compat_are_the_texts_compat_raises():
    """Every entry taken from compat's code must still be the text compat raises for
    that identifier (so error(message(id)) says what the routine says)."""
    root = pathlib.Path(compat.__file__).parent
    source = "\n".join(p.read_text() for p in root.rglob("*.py")
                       if p.name != "message_catalog.py")
    import ast
    pairs = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            consts = [a.value for a in node.args
                      if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            pairs |= {(i, t) for i in consts for t in consts if i != t}
    assert catalog._FROM_COMPAT
    for identifier, (text, where) in catalog._FROM_COMPAT.items():
        assert (identifier, text) in pairs, (identifier, where)
