"""The Qt user interface: views ask the domain's use cases and refresh on signals."""
