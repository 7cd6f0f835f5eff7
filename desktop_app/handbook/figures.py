"""The handbook's figures, made while the content is read (they need the session): the customer
map as vector drawings, and the overview's charts drawn with reportlab from the same data the
overview page plots, so the printout and the screen never disagree.

Each figure is a drawing and its title; the chapter numbers it ("图 3-1 组织客户地图"). Figures go to the
chapter they illustrate: the map to the customer map, the grey areas to the organisation, the
action items to the meetings, the stationing coverage to rotation. A company handbook prints
the company's figures; a unit's handbook prints its own map and leaves the company-wide charts
out (they compare all units).
"""

from __future__ import annotations

from collections.abc import Collection

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from desktop_app.handbook.content import HandbookContent
from desktop_app.handbook.pdf_doc import BODY_HEIGHT, BODY_WIDTH

__all__ = ["add_figures"]

CAPTION_ROOM = 16 * mm  # a caption and the space around it, under the figure


# overview chart -> the handbook part it illustrates (content.figures' key) and that part's chapter
CHART_PLACES = {"grey_areas": ("organisation", "organisation"), "action_items": ("meetings", "coordination"),
                "stationing": ("rotation", "coordination")}


def add_figures(session: Session, content: HandbookContent, chapters: Collection[str]) -> None:
    from desktop_app.i18n import translator
    from desktop_app.overview import load_overview, render
    from desktop_app.reports.charts import chart_drawings
    from desktop_app.reports.map_figure import map_figures

    # a map without a relation (nothing mapped yet, a unit without partners) draws only boxes
    # and "暂无服务关系": it is no data, and must not keep an otherwise empty chapter in
    if "customer_map" in chapters:
        figures = map_figures(session, content.scope.unit_id, width=BODY_WIDTH, max_height=BODY_HEIGHT - CAPTION_ROOM)
        if any(f.relations for f in figures):
            content.figures["customer_map"] = [(f.drawing, f.title, "") for f in figures]
    if content.scope.unit_id is not None or not any(c in chapters for _, c in CHART_PLACES.values()):
        return
    zh = translator("zh_CN")
    for chart in load_overview(session, content.today):
        place = CHART_PLACES.get(chart.key)
        if place is None or place[1] not in chapters or chart.empty:
            continue
        title, note = render(chart.title, zh), render(chart.note, zh) if chart.note else ""
        parts = chart_drawings(chart, BODY_WIDTH, BODY_HEIGHT - CAPTION_ROOM - 20 * mm, zh)
        content.figures[place[0]] = [
            (d, title if len(parts) == 1 else f"{title}（{i}/{len(parts)}）", note) for i, d in enumerate(parts, 1)]
