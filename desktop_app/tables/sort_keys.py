"""The order a column's values are sorted in, where it is not the values' own."""

from __future__ import annotations

__all__ = ["sorted_by"]


def sorted_by(expr):
    """What a column sorts by: the name of a unit, post or person by its pinyin (the ``name_key``
    its table keeps, see ``desktop_app.text_order``), whether the row's own or a referenced one's
    (an alias); any other value by itself."""
    if getattr(expr, "key", None) == "name":
        entity = getattr(getattr(expr, "parent", None), "entity", None)
        name_key = getattr(entity, "name_key", None) if entity is not None else None
        if name_key is not None:
            return name_key
    return expr
