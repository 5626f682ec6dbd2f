"""A console's events through an MQTT broker, and the audit anchors held elsewhere (docs/events.md).

No Qt here: the station publishes, headquarters (:mod:`app.hq`) reads.
"""

from app.events.config import EventsSettings
from app.events.outbox import Outbox
from app.events.publisher import EventPublisher
from app.events.topics import Topics, slug

__all__ = ["EventPublisher", "EventsSettings", "Outbox", "Topics", "slug"]
