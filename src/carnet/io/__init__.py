"""Importers and exporters: contact files in (LinkedIn, Google, Outlook, vCard), files out.

Nothing here imports Qt. Every importer turns a file into a ``ParsedFile`` of ``ContactRow`` or
raises ``ImportFileError``; ``planning`` finds the likely duplicates and ``writer`` writes the
user's choices in one transaction.
"""
