"""Packaging glue that pyproject.toml cannot express: the top-level ``resources/`` folder is
shipped inside the package as ``carnet.resources``. Namespace discovery keeps the alembic
migration scripts, which live in plain folders, in the wheel."""

from setuptools import find_namespace_packages, setup

RESOURCE_FOLDERS = ["carnet.resources", "carnet.resources.icons", "carnet.resources.translations"]

setup(
    packages=[*find_namespace_packages("src", include=["carnet*"]), *RESOURCE_FOLDERS],
    package_dir={"": "src", "carnet.resources": "resources"},
)
