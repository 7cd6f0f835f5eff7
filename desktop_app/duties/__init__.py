"""Duty boundaries (职责边界): work items, the responsibility matrix, grey-area analysis."""
