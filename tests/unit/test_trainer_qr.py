"""The trainer pages' QR codes (toolkit.trainer.render.qr_svg): the SVG's own modules, drawn as a bitmap,
decode back to the published address with a real decoder (zxing-cpp)."""

from __future__ import annotations

import re

import pytest
import zxingcpp
from bs4 import BeautifulSoup

from toolkit.trainer.render import qr_svg

PIXELS = 4  # per module of the bitmap handed to the decoder


def _modules(svg: str) -> list[list[bool]]:
    """The dark modules of the SVG, read from its path (absolute or relative moves and horizontal runs,
    in module units under the path's scale), with the quiet zone the SVG draws."""
    soup = BeautifulSoup(svg, "html.parser")
    width = int(soup.svg["width"])
    scale = float(re.fullmatch(r"scale\((\d+)\)", soup.select_one("[transform]")["transform"]).group(1))
    size = int(width / scale)
    grid = [[False] * size for _ in range(size)]
    dark = [p for p in soup.select("path") if p.get("stroke") == "#000"]
    assert len(dark) == 1
    x = y = 0.0
    for op, a, b in re.findall(r"([Mmh])(-?\d+(?:\.\d+)?)(?:\s+(-?\d+(?:\.\d+)?))?", dark[0]["d"]):
        if op == "M":
            x, y = float(a), float(b)
        elif op == "m":
            x, y = x + float(a), y + float(b)
        else:
            for column in range(int(x), int(x + float(a))):
                grid[int(y)][column] = True
            x += float(a)
    return grid


def _decode(grid: list[list[bool]]) -> list[str]:
    rows = bytearray()
    for row in grid:
        line = bytes(0 if cell else 255 for cell in row for _ in range(PIXELS))
        rows += line * PIXELS
    side = len(grid) * PIXELS
    image = memoryview(bytes(rows)).cast("B", (side, side))  # grey, one byte a pixel
    found = zxingcpp.read_barcodes(image)
    assert all("QR" in str(code.format) for code in found)
    return [code.text for code in found]


@pytest.mark.parametrize("url", [
    "https://example.org/toolkit/co-production/how-to-use/#quiz-how-to-use",
    "https://example.org/toolkit/cy/co-production/what-next/",
])
def test_the_svg_decodes_back_to_the_address(url):
    svg = qr_svg(url, "QR code of the link: How to use co-production, Check your understanding")
    assert _decode(_modules(svg)) == [url]


def test_the_code_is_named_for_assistive_technology_and_dark_on_white():
    svg = BeautifulSoup(qr_svg("https://x.org/a/", "Cod QR y ddolen: Cyflwyniad"), "html.parser").svg
    assert (svg["role"], svg["aria-label"]) == ("img", "Cod QR y ddolen: Cyflwyniad")
    assert svg.select_one("path[fill='#fff']")["d"] == f"M0 0h{int(svg['width']) // 3}v{int(svg['width']) // 3}" \
                                                       f"h-{int(svg['width']) // 3}z"  # a white ground, quiet zone included


def test_a_different_address_does_not_decode_to_the_first():
    assert _decode(_modules(qr_svg("https://x.org/a/", "a"))) != ["https://x.org/b/"]
