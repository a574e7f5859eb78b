"""Checks on the project itself: layers, packaging, how views are built, the suite's own rules."""
