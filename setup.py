"""Build step that ships the golden suites with the package.

Everything else is in pyproject.toml. The golden suites live in ``reference_outputs/`` at
the top of the repository (where the README, the tests and ``python -m compat capture``
expect them); a built wheel carries a copy at ``compat/reference_outputs/``, so that
``python -m compat report`` works in an installed package without ``--cases`` (see
``compat.__main__.default_cases``). An editable install reads the checkout's folder and
copies nothing.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
GOLDENS = HERE / "reference_outputs"
#: files of the suites' folders that are not part of the goldens
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*~", ".*")


class build_py_with_goldens(build_py):
    """build_py, plus reference_outputs/ copied to compat/reference_outputs/."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False) or not GOLDENS.is_dir():
            return
        target = Path(self.build_lib) / "compat" / "reference_outputs"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(GOLDENS, target, ignore=SKIP)

    def get_outputs(self, include_bytecode=True):
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / "compat" / "reference_outputs"
        if target.is_dir():
            outputs += [str(p) for p in sorted(target.rglob("*")) if p.is_file()]
        return outputs


setup(cmdclass={"build_py": build_py_with_goldens})
