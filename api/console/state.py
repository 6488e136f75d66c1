"""Everything the console keeps, on `app.state.console`."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import ConsoleServices
from .audit import AuditLog
from .auth import StaffStore
from .gate import Gate, GateRunner
from .inbox import Inbox, WardGoldenSet


@dataclass
class ConsoleState:
    services: ConsoleServices
    staff: StaffStore
    audit: AuditLog
    gate: Gate
    inbox: Inbox
    golden: WardGoldenSet
    gate_runner: GateRunner = field(default_factory=GateRunner)

    @property
    def workspace(self):
        return self.services.workspace

    @property
    def versions(self):
        return self.services.versions
