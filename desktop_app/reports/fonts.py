"""The Chinese font of printed PDFs: found once, registered with reportlab, embedded (subset)
in every document; its paragraph styles; and user text made safe for reportlab's mini-markup.

reportlab embeds only TrueType outlines, so the CFF fonts most systems prefer for Chinese
(Noto Sans CJK, Source Han) can't serve; the font the app ships (WenQuanYi Micro Hei, Apache-2.0,
``resources/fonts/``) is tried first, then the known TrueType fonts of the system, then
whatever fontconfig lists for Chinese. When the font has no bold face (WenQuanYi has none),
the bold name draws the regular outlines filled and stroked, which needs the canvas class of
``fake_bold_canvas()`` as the document's canvas; any other prints that bold as regular weight.

Registering the font also teaches reportlab's CJK line breaking the Chinese punctuation that
must not begin a line (，；：！？ and closing quotes and brackets; its list is Japanese and has
only 、。): such a mark hangs at the end of the line before, as GB/T 15834 asks.
"""

from __future__ import annotations

import copy
import glob
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from desktop_app.i18n import QT_TRANSLATE_NOOP, Message, msg
from desktop_app.resources import SHIPPED_FONT

FONT_NAME = "CJK"
BOLD_NAME = "CJK-Bold"
FAKE_BOLD_STROKE = 0.035  # of the font size: close to a real bold stem without filling counters
CANNOT_START_LINE = "，；：！？）》〉」』】〕”’％"
MISSING_GLYPH = "\u25a1"  # □ stands for a character the font can't draw (emoji, rare ideographs)


@dataclass(frozen=True)
class FontFile:
    path: str
    subfont: int = 0
    bold_path: str | None = None  # None: fake bold from the regular outlines
    bold_subfont: int = 0


KNOWN_FONTS = (
    str(SHIPPED_FONT),  # ours (resources/fonts/README.md): the same print on every machine
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
)


def _candidates() -> Iterator[FontFile]:
    """TrueType Chinese fonts, best first: the known ones of the Linux distributions, LXGW
    WenKai, the fonts every Chinese Windows has (SimSun for text with SimHei as its bold),
    then whatever fontconfig lists. Lazy: later places are searched only when needed."""
    yield from (FontFile(p) for p in KNOWN_FONTS)
    for regular in sorted(glob.glob("/usr/share/fonts/**/LXGWWenKai*-Regular.ttf", recursive=True)):
        bold = regular.replace("-Regular.ttf", "-Bold.ttf")
        yield FontFile(regular, bold_path=bold if os.path.isfile(bold) else None)
    fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    yield FontFile(str(fonts / "simsun.ttc"), 0, str(fonts / "simhei.ttf"))
    yield FontFile(str(fonts / "msyh.ttc"), 0, str(fonts / "msyhbd.ttc"))
    yield FontFile(str(fonts / "simhei.ttf"))
    yield from _fontconfig_candidates()


def _fontconfig_candidates() -> list[FontFile]:
    """TrueType fonts fontconfig lists for Chinese (CFF ones are left out: reportlab refuses them)."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return []
    try:
        out = subprocess.run([fc_list, "-f", "%{file}|%{index}|%{fontformat}\n", ":lang=zh"],
                             capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in sorted(set(out.splitlines())):
        path, _, rest = line.partition("|")
        index, _, kind = rest.partition("|")
        if kind == "TrueType" and index.isdigit() and not path.lower().endswith((".otf", ".otc")):
            found.append(FontFile(path, int(index)))
    return found


class FontMissingError(Exception):
    """No TrueType Chinese font was found; ``message`` tells the user what to install."""

    def __init__(self) -> None:
        self.message: Message = msg(QT_TRANSLATE_NOOP(
            "Core", "No Chinese TrueType font was found for the PDF. Install WenQuanYi Micro Hei "
                    "(Debian/Ubuntu package fonts-wqy-microhei) and try again."))
        super().__init__(str(self.message))


@dataclass(frozen=True)
class _Registered:
    regular: str
    bold: str
    fake_bold: bool
    path: str


_lock = threading.Lock()
_registered: _Registered | None = None


def _register() -> _Registered:
    global _registered
    registered = _registered  # read once: drawing asks for every run of text
    if registered is None:
        with _lock:
            if _registered is None:
                _registered = _load()
            registered = _registered
    return registered


def _load() -> _Registered:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for cand in _candidates():
        if not os.path.isfile(cand.path):
            continue
        try:
            regular = TTFont(FONT_NAME, cand.path, subfontIndex=cand.subfont)
        except (TTFError, OSError, ValueError, KeyError):  # CFF outlines, a damaged file
            continue
        pdfmetrics.registerFont(regular)
        bold, fake = None, True
        if cand.bold_path and os.path.isfile(cand.bold_path):
            try:
                bold, fake = TTFont(BOLD_NAME, cand.bold_path, subfontIndex=cand.bold_subfont), False
            except (TTFError, OSError, ValueError, KeyError):
                bold = None
        if bold is None:
            # Same face under a second name: reportlab maps it to the font already loaded
            # (no second read of a 5 MB file); FakeBoldCanvas recognises the name.
            bold = copy.copy(regular)
            bold.fontName = BOLD_NAME
        pdfmetrics.registerFont(bold)
        pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME, bold=BOLD_NAME, italic=FONT_NAME,
                                      boldItalic=BOLD_NAME)
        addMapping(BOLD_NAME, 0, 0, BOLD_NAME)  # "<b>" inside an already bold paragraph stays bold
        addMapping(BOLD_NAME, 1, 0, BOLD_NAME)
        _no_line_start()
        return _Registered(FONT_NAME, BOLD_NAME, fake, cand.path)
    raise FontMissingError()


def _no_line_start() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        module.ALL_CANNOT_START += "".join(ch for ch in CANNOT_START_LINE if ch not in module.ALL_CANNOT_START)


def cjk_font() -> str:
    """The registered regular font's name for ParagraphStyle/canvas; FontMissingError if none.
    Safe from any thread; the font file is read once per process."""
    return _register().regular


def cjk_bold_font() -> str:
    """The bold name (a real bold face, or the regular one drawn bold by FakeBoldCanvas)."""
    return _register().bold


def cjk_font_path() -> str:
    """The file the font was read from (for diagnostics and an About box)."""
    return _register().path


@lru_cache(maxsize=1)
def _cmap() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(cjk_font()).face.charToGlyph)


# Parts of an emoji sequence that have no look of their own: joiner, variation selectors,
# keycap, skin tones, tag characters. They vanish with the emoji they belong to.
_ZWJ = "\u200d"


def _is_emoji_part(code: int) -> bool:
    return (code in (0x200D, 0xFE0E, 0xFE0F, 0x20E3) or 0x1F3FB <= code <= 0x1F3FF
            or 0xE0020 <= code <= 0xE007F)


def _is_regional(code: int) -> bool:
    return 0x1F1E6 <= code <= 0x1F1FF


_CONTROL = {c: None for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}


def drawable(text: str) -> str:
    """``text`` with what the font can't draw replaced: each emoji (a whole sequence such as
    👍🏽 or a flag) and each character missing from the font becomes one □, control characters
    go, tabs become spaces, CR LF and CR become LF. reportlab itself would print an empty
    .notdef box for a missing glyph and nothing for the joiners, so nobody could tell."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").translate(_CONTROL)
    cmap = _cmap()
    if all(ord(ch) in cmap or ch == "\n" for ch in text):
        return text
    out: list[str] = []
    boxed = joined = paired = False  # last output a □; a ZWJ since; a regional pair open
    for ch in text:
        code = ord(ch)
        if _is_emoji_part(code):
            joined = joined or (ch == _ZWJ and boxed)
            continue
        if code in cmap or ch == "\n":
            out.append(ch)
            boxed = joined = paired = False
            continue
        if boxed and (joined or (paired and _is_regional(code))):
            joined = paired = False  # the next part of the same emoji: one □ for all of it
            continue
        out.append(MISSING_GLYPH)
        boxed, joined, paired = True, False, _is_regional(code)
    return "".join(out)


def markup(text: str) -> str:
    """User text as reportlab paragraph markup that prints exactly as typed: ``<``, ``>`` and
    ``&`` are escaped, line breaks become ``<br/>``, and ``drawable`` cleans the rest.
    Never pass user text to Paragraph without it: ``<b`` or ``&x`` would be read as markup
    and raise or vanish."""
    return escape(drawable(text)).replace("\n", "<br/>")


def paragraph_styles(size: float = 12) -> dict:
    """General ParagraphStyles in the Chinese font, body text ``size`` points: ``body`` and
    ``heading`` (first line indented two characters, as official documents are), ``plain``,
    ``title``, ``subtitle``, ``label`` (bold), ``table``, ``table_head``, ``small``.
    No style keeps with the next paragraph: with a very long one that moves whole pages of
    text; put a ``CondPageBreak`` before a heading instead.
    Every style wraps Chinese anywhere (``wordWrap='CJK'``). A new dict each call: change
    copies freely."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = cjk_font(), cjk_bold_font()
    leading = size * 1.6
    plain = ParagraphStyle("plain", fontName=regular, fontSize=size, leading=leading, wordWrap="CJK",
                           alignment=TA_JUSTIFY)
    table = size * 0.8
    return {
        "plain": plain,
        "body": ParagraphStyle("body", plain, firstLineIndent=2 * size),
        "label": ParagraphStyle("label", plain, fontName=bold),
        "title": ParagraphStyle("title", plain, fontName=bold, fontSize=size * 1.8, leading=size * 2.5,
                                alignment=TA_CENTER, spaceAfter=size * 0.5),
        "subtitle": ParagraphStyle("subtitle", plain, fontName=bold, fontSize=size * 1.3, leading=size * 1.9,
                                   alignment=TA_CENTER, spaceAfter=size * 0.5),
        "heading": ParagraphStyle("heading", plain, fontName=bold, fontSize=size * 1.15, leading=size * 1.8,
                                  alignment=TA_LEFT, spaceBefore=size * 0.8, spaceAfter=size * 0.3,
                                  firstLineIndent=2 * size),
        "table": ParagraphStyle("table", plain, fontSize=table, leading=table * 1.35, alignment=TA_LEFT),
        "table_head": ParagraphStyle("table_head", plain, fontName=bold, fontSize=table, leading=table * 1.35,
                                     alignment=TA_CENTER),
        "small": ParagraphStyle("small", plain, fontSize=size * 0.75, leading=size * 1.1, alignment=TA_CENTER),
    }


def _fake_bold_canvas_class():
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    def _rgb(color) -> str:
        try:
            r, g, b = colors.toColor(color).rgb() if color is not None else (0, 0, 0)
        except (ValueError, TypeError):
            r, g, b = 0, 0, 0
        return f"{r:.3f} {g:.3f} {b:.3f}"

    class _Text(PDFTextObject):
        def _formatText(self, text):  # noqa: N802 - reportlab's name
            out = super()._formatText(text)
            if self._fontname != BOLD_NAME or not _register().fake_bold:
                return out
            fill = getattr(self, "_fillColorObj", None) or getattr(self._canvas, "_fillColorObj", None)
            stroke = getattr(self._canvas, "_strokeColorObj", None)
            width = self._fontsize * FAKE_BOLD_STROKE
            # fill and stroke in the fill colour, then back to plain filling and the canvas's
            # stroke colour and width, which later drawing (table rules) takes for granted
            return (f"{_rgb(fill)} RG {width:.3f} w 2 Tr {out} 0 Tr {_rgb(stroke)} RG "
                    f"{getattr(self._canvas, '_lineWidth', 1):.3f} w")

    class FakeBoldCanvas(Canvas):
        """A Canvas that draws ``cjk_bold_font()`` text emboldened when the font has no bold face."""

        def beginText(self, x=0, y=0, direction=None):  # noqa: N802 - reportlab's name
            return _Text(self, x, y, direction=direction)

    return FakeBoldCanvas


_canvas_class = None


def fake_bold_canvas():
    """The Canvas class to build documents with (``doc.build(story, canvasmaker=...)``, or
    subclass it). Created on first use so that importing this module doesn't load reportlab."""
    global _canvas_class
    if _canvas_class is None:
        _canvas_class = _fake_bold_canvas_class()
    return _canvas_class
