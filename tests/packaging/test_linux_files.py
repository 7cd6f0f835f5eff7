"""The Linux desktop entry and the icon it names."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "linux" / "internal-service.desktop"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "internal-service"  # install-desktop-entry.sh makes it absolute
    assert section["Name[zh_CN]"] == "内部客户服务体系"
    icon = section["Icon"]
    assert (ROOT / "resources" / "icons" / f"{icon}.png").is_file()
    assert (ROOT / "resources" / "icons" / f"{icon}.svg").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate:
        out = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr


def test_install_script_is_valid_sh():
    script = ROOT / "packaging" / "linux" / "install-desktop-entry.sh"
    assert subprocess.run(["sh", "-n", str(script)]).returncode == 0


def test_icons_are_rendered_from_the_svg():
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    assert Image.open(icons / "internal-service.png").size == (256, 256)
    assert (256, 256) in Image.open(icons / "internal-service.ico").info["sizes"]
