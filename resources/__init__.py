"""Icons and translations, shipped inside the package as ``carnet.resources``."""
