"""Headquarters: every site's entrances and alarms on one screen, from the MQTT broker (docs/events.md).

:mod:`app.hq.model` and :mod:`app.hq.client` import no Qt; :mod:`app.hq.window` is the Qt view.
"""

from app.hq.app import add_hq_arguments, run_hq, run_hq_from_args

__all__ = ["add_hq_arguments", "run_hq", "run_hq_from_args"]
