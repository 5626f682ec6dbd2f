"""Errors that carry a message meant for a person, not a traceback."""


class CanthusError(Exception):
    """Bad input or configuration. ``str(err)`` names what was wrong."""


class BadFrame(CanthusError):
    """A frame that cannot be screened (wrong shape, NaN/inf pixels...)."""


class BadRecording(CanthusError):
    """A recording that is missing, truncated, corrupt or of another format."""
