"""Everything the console keeps, on `app.state.console`."""
from __future__ import annotations

from dataclasses import dataclass

from . import ConsoleServices
from .audit import AuditLog
from .auth import StaffStore
from .gate import Gate
from .inbox import Inbox, WardGoldenSet


@dataclass
class ConsoleState:
    services: ConsoleServices
    staff: StaffStore
    audit: AuditLog
    gate: Gate
    inbox: Inbox
    golden: WardGoldenSet

    @property
    def workspace(self):
        return self.services.workspace

    @property
    def versions(self):
        return self.services.versions
