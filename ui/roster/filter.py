"""Search and filters over the roster table: what a facilitator narrows to before a call or a
seating plan (one perspective, one organisation, the team, who missed a session)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from facilitator.plan.model import Role
from facilitator.roster.search import matches


class RosterFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self._perspective: str | None = None
        self._organization: str | None = None
        self._role: Role | None = None
        self._ids: set[str] | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated from 6.10
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._begin()
        self._query = text
        self._end()

    def set_perspective(self, label: str | None) -> None:
        self._begin()
        self._perspective = label
        self._end()

    def set_organization(self, name: str | None) -> None:
        self._begin()
        self._organization = name
        self._end()

    def set_role(self, role: Role | None) -> None:
        self._begin()
        self._role = role
        self._end()

    def set_only_ids(self, ids: set[str] | None) -> None:
        """Keep only these participants (an attendance filter); None keeps everyone."""
        self._begin()
        self._ids = ids
        self._end()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        person = self.sourceModel().participant(source_row)
        if self._perspective is not None and person.perspective != self._perspective:
            return False
        if self._organization is not None and person.organization != self._organization:
            return False
        if self._role is not None and person.role is not self._role:
            return False
        if self._ids is not None and person.id not in self._ids:
            return False
        return matches(person, self._query)
