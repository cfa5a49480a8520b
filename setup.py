"""Ship the project's templates/ and example cases/ inside the package of a built wheel.

They live at the repository root (where officers and developers look for them); an
editable install reads them from there, a wheel carries a copy as pismo/templates
and pismo/cases. Everything else is configured in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {"templates": "*.docx", "cases": "*.yaml"}


class BuildWithTemplates(build_py):
    def run(self):
        super().run()
        for folder, pattern in SHIPPED.items():
            for source in sorted((ROOT / folder).glob(pattern)):
                target = Path(self.build_lib) / "pismo" / folder / source.name
                self.mkpath(str(target.parent))
                self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildWithTemplates})
