"""The operator console (Qt widgets). Touches widgets only on the GUI thread."""
