"""Documentation fragments shared by MATLAB's text families (:mod:`compat.matlab.text`,
:mod:`compat.matlab.string_functions`): how text arguments are represented."""

from compat._core.docs import Fragments

TEXT_DOCS = Fragments(
    text_kinds="""Text is a ``str`` (char row vector), a ``list`` of ``str`` (cell array;
    nested lists for 2-D cells), a numpy ``StringDType`` array (string array: one text
    per element, ``<missing>`` elements its ``na_object``), or a numpy ``str`` array
    (char; a char matrix is read row by row).""",
    result_kind="""The result has the kind of the input: ``str`` for ``str``, a list for a
    list, a ``StringDType`` array of the same shape and dtype for a string array
    (``<missing>`` elements stay missing), a numpy ``str`` array of the same shape for
    a ``str`` array.""",
    # the sections of a function of one text argument returning text (render twice:
    # the decorator .named() does)
    text_in_text_out="""
        Parameters
        ----------
        text : text
            {{text_kinds}}

        Returns
        -------
        text
            {{result_kind}}""",
)
