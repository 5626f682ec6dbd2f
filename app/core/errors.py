"""Errors that carry a message meant for a person, not a traceback."""


class CanthusError(Exception):
    """Bad input or configuration. ``str(err)`` names what was wrong."""


class BadFrame(CanthusError):
    """A frame that cannot be screened (wrong shape, NaN/inf pixels...)."""


class BadRecording(CanthusError):
    """A recording that is missing, truncated, corrupt or of another format."""


def describe_validation_error(err) -> str:
    """One line from a pydantic ValidationError: each problem with its key path."""
    parts = []
    for e in err.errors()[:4]:
        where = ".".join(str(x) for x in e["loc"]) or "value"
        msg = "unknown key" if e["type"] == "extra_forbidden" else e["msg"]
        parts.append(f"{where}: {msg}")
    more = len(err.errors()) - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
