"""crosscheck: cross-check what news outlets and official readouts say about the same event."""
from .config import Settings, load_settings
from .errors import CrosscheckError
from .types import Article, Claim, Event, Finding, Kind, Severity, Topic

__all__ = ["Article", "Claim", "CrosscheckError", "Event", "Finding", "Kind", "Settings", "Severity", "Topic",
           "load_settings"]
__version__ = "0.1.0"
