"""Checking and converting one cell value against its Column, with messages for the user."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, Translate, msg, translator
from desktop_app.tables.spec import Column, TableSpec

TRUE_TEXTS = {"1", "true", "yes", "y", "是", "√", "✓", "启用"}
FALSE_TEXTS = {"0", "false", "no", "n", "否", "", "停用", "×"}


class CellError(Exception):
    """A value that can't go into a cell; ``message`` says why, for the user."""

    def __init__(self, key: str, message: Message) -> None:
        super().__init__(str(message))
        self.key = key
        self.message = message


def parse_date(text: str) -> date:
    m = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*", text)
    if not m:
        raise ValueError(text)
    return date(int(m[1]), int(m[2]), int(m[3]))


def check_value(session: Session, spec: TableSpec, col: Column, value: Any, row_id: str | None) -> Any:
    """The value to store for ``col``, or CellError. Strings are stripped; '' means empty."""
    if isinstance(value, str) and col.kind not in ("longtext",):
        value = value.strip()
    empty = value is None or value == ""
    if empty:
        if col.required:
            raise CellError(col.key, msg(QT_TRANSLATE_NOOP("Core", "{column} is required."), column=Message(col.header)))
        return "" if col.kind in ("text", "longtext") else None
    if col.kind in ("text", "longtext"):
        value = str(value)
        if col.max_length and len(value) > col.max_length:
            raise CellError(col.key, msg(
                QT_TRANSLATE_NOOP("Core", "{column} may be at most {n} characters long."),
                column=Message(col.header), n=col.max_length))
        if col.unique:
            attr = getattr(spec.model, col.key)
            clash = session.scalar(
                select(spec.model.id).where(attr == value, spec.model.id != (row_id or ""))
            )
            if clash:
                raise CellError(col.key, msg(
                    QT_TRANSLATE_NOOP("Core", "{column} \u201c{value}\u201d is already used."),
                    column=Message(col.header), value=value))
        return value
    if col.kind == "int":
        try:
            number = int(str(value).strip())
        except ValueError:
            raise CellError(col.key, msg(QT_TRANSLATE_NOOP("Core", "{column} must be a whole number."), column=Message(col.header))) from None
        if (col.minimum is not None and number < col.minimum) or (col.maximum is not None and number > col.maximum):
            raise CellError(col.key, msg(
                QT_TRANSLATE_NOOP("Core", "{column} must be between {low} and {high}."),
                column=Message(col.header), low=col.minimum, high=col.maximum))
        return number
    if col.kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in TRUE_TEXTS:
            return True
        if text in FALSE_TEXTS:
            return False
        raise CellError(col.key, msg(QT_TRANSLATE_NOOP("Core", "{column} must be yes or no."), column=Message(col.header)))
    if col.kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except ValueError:
            raise CellError(col.key, msg(
                QT_TRANSLATE_NOOP("Core", "{column}: \u201c{value}\u201d is not a valid date (e.g. 2024-03-05)."),
                column=Message(col.header), value=value)) from None
    if col.kind == "enum":
        assert col.choices is not None
        if value in col.choices:
            return value
        raise CellError(col.key, msg(
            QT_TRANSLATE_NOOP("Core", "{column}: \u201c{value}\u201d is not one of the allowed values."),
            column=Message(col.header), value=value))
    if col.kind == "ref":
        assert col.ref is not None
        target = col.ref.model
        found = session.scalar(select(target.id).where(target.id == value, target.deleted_at.is_(None)))
        if not found:
            raise CellError(col.key, msg(
                QT_TRANSLATE_NOOP("Core", "{column}: the chosen record does not exist or was deleted."),
                column=Message(col.header)))
        return value
    raise AssertionError(col.kind)


def text_to_value(session: Session, col: Column, text: str, translate: Translate) -> Any:
    """Interprets pasted text: enum and reference labels (translated or stored) become values."""
    text = text.strip()
    if text == "":
        return None
    if col.kind == "enum":
        assert col.choices is not None
        chinese = translator("zh_CN")  # sheets from Chinese offices, whatever the UI language
        for stored, label in col.choices.items():
            if text in (stored, label, translate(label), chinese(label)):
                return stored
        return text  # check_value reports it
    if col.kind == "ref":
        assert col.ref is not None
        target = col.ref.model
        conds = [getattr(target, col.ref.label) == text]
        if col.ref.code:
            conds.insert(0, getattr(target, col.ref.code) == text)
        for cond in conds:
            ids = session.scalars(select(target.id).where(cond, target.deleted_at.is_(None)).limit(2)).all()
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                raise CellError(col.key, msg(
                    QT_TRANSLATE_NOOP("Core", "{column}: \u201c{value}\u201d matches several records; use the code."),
                    column=Message(col.header), value=text))
        raise CellError(col.key, msg(
            QT_TRANSLATE_NOOP("Core", "{column}: nothing called \u201c{value}\u201d exists."),
            column=Message(col.header), value=text))
    return text
