"""compat._core.docs.Fragments.render fills nested fragments until none is left."""
import pytest

from compat._core.docs import Fragments


def test_render_fills_nested_fragments():
    docs = Fragments(outer="Before\n{{middle}}", middle="{{inner}} and {{name}}",
                     inner="the inner words", name="movmean")
    doc = "Title\n\n    {{outer}}\n"
    assert docs.render(doc) == "Title\n\n    Before\n    the inner words and movmean\n"
    # one pass of the old render left {{middle}}'s placeholders in the text
    assert "{{" not in docs.render("{{outer}}")


def test_render_refuses_a_fragment_that_names_itself():
    with pytest.raises(ValueError, match="nest deeper"):
        Fragments(a="x {{b}}", b="y {{a}}").render("{{a}}")


def test_render_unknown_placeholder_is_an_error():
    with pytest.raises(KeyError, match="has no fragment"):
        Fragments(a="{{missing}}").render("{{a}}")


def test_named_fills_the_name_inside_fragments():
    docs = Fragments(summary="Moving {{stat}} of ``{{name}}``.")

    @docs.named(stat="mean")
    def movmean():
        """{{summary}}"""
    assert movmean.__doc__ == "Moving mean of ``movmean``."
