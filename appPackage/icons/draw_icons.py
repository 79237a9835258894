#!/usr/bin/env python3
"""Draws MeetingBot's icons: a calendar page with a check mark.

Deterministic and dependency-free (standard library only), so anyone can regenerate the committed
PNGs and get the same pixels. Run from anywhere:

    python3 appPackage/icons/draw_icons.py

Writes
  appPackage/color.png                          192x192, white glyph on a blue disc, transparent corners (Teams)
  appPackage/outline.png                        32x32, white glyph on transparent (Teams' outline icon)
  src/MeetingBot/wwwroot/outlook/icon-{16,32,80}.png  blue glyph on transparent (Outlook ribbon button)
"""

import math
import os
import struct
import zlib

ACCENT = (0x1F, 0x5A, 0x96)  # the manifest's accentColor, #1F5A96
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # 4x4 subsamples per pixel for smooth edges

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.dirname(HERE)
REPO = os.path.dirname(PACKAGE)


def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def segment(ax, ay, bx, by, half_width):
    def inside(x, y):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        px, py = ax + t * dx, ay + t * dy
        return (x - px) ** 2 + (y - py) ** 2 <= half_width * half_width
    return inside


def glyph():
    """The calendar in a unit box [0,1]x[0,1]: frame, header band, two binder rings, a check mark."""
    outer = rounded_rect(0.05, 0.14, 0.95, 0.95, 0.10)
    inner = rounded_rect(0.15, 0.24, 0.85, 0.85, 0.04)
    header = rounded_rect(0.05, 0.14, 0.95, 0.36, 0.10)
    ring_left = rounded_rect(0.25, 0.03, 0.37, 0.24, 0.05)
    ring_right = rounded_rect(0.63, 0.03, 0.75, 0.24, 0.05)
    tick_short = segment(0.30, 0.62, 0.45, 0.76, 0.06)
    tick_long = segment(0.45, 0.76, 0.72, 0.48, 0.06)
    parts = [header, ring_left, ring_right, tick_short, tick_long]

    def inside(x, y):
        return (outer(x, y) and not inner(x, y)) or any(p(x, y) for p in parts)
    return inside


def placed(shape, left, top, size):
    """The unit-box shape drawn into the square [left, left+size] of the icon's unit box."""
    return lambda x, y: shape((x - left) / size, (y - top) / size)


def render(size, layers):
    """layers: (shape, rgb) from bottom to top; a subsample takes the topmost layer that covers it."""
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = covered = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px + (sx + 0.5) / SAMPLES) / size
                    y = (py + (sy + 0.5) / SAMPLES) / size
                    for shape, rgb in reversed(layers):
                        if shape(x, y):
                            r, g, b, covered = r + rgb[0], g + rgb[1], b + rgb[2], covered + 1
                            break
            n = SAMPLES * SAMPLES
            if covered == 0:
                row += bytes((0, 0, 0, 0))
            else:
                # Colour un-premultiplied over the covered subsamples, so edges keep their hue.
                row += bytes((round(r / covered), round(g / covered), round(b / covered), round(255 * covered / n)))
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 (None) on every row
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))  # 8-bit RGBA
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(png)
    print(f"wrote {os.path.relpath(path, REPO)} ({size}x{size})")


def main():
    calendar = glyph()
    disc = lambda x, y: (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.48 ** 2
    write_png(os.path.join(PACKAGE, "color.png"), 192,
              render(192, [(disc, ACCENT), (placed(calendar, 0.24, 0.23, 0.52), WHITE)]))
    # Teams draws the outline icon on its own coloured tiles: white only, everything else transparent.
    write_png(os.path.join(PACKAGE, "outline.png"), 32,
              render(32, [(placed(calendar, 0.0625, 0.0625, 0.875), WHITE)]))
    for size in (16, 32, 80):
        write_png(os.path.join(REPO, "src", "MeetingBot", "wwwroot", "outlook", f"icon-{size}.png"), size,
                  render(size, [(placed(calendar, 0.0, 0.0, 1.0), ACCENT)]))


if __name__ == "__main__":
    main()
