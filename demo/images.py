"""Pictures for the demo, drawn with Pillow: a tinted ground, a simple motif, a label.

Shapes are drawn at twice the size and scaled down, which smooths their edges.
"""

import math
from collections.abc import Callable
from functools import cache
from io import BytesIO

from PIL import Image, ImageColor, ImageDraw, ImageFont

SCALE = 2
FONT = "DejaVuSans-Bold.ttf"  # Pillow finds it among the system's fonts (Debian: fonts-dejavu-core)
DARK_TEXT = "#2b2118"

Colour = tuple[int, int, int]


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans (it has every Vietnamese letter) where installed, else Pillow's own font."""
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size)


def _rgb(colour: str) -> Colour:
    return ImageColor.getrgb(colour)[:3]


def _mix(colour: Colour, other: Colour, share: float) -> Colour:
    return tuple(round(a + (b - a) * share) for a, b in zip(colour, other, strict=True))


def _is_light(colour: Colour) -> bool:
    red, green, blue = colour
    return 0.299 * red + 0.587 * green + 0.114 * blue > 150


def _ellipse(cx, cy, rx, ry, angle=0.0, steps=48) -> list[tuple[float, float]]:
    """Points of an ellipse turned by `angle` degrees (Pillow only draws upright ones)."""
    turn = math.radians(angle)
    points = []
    for step in range(steps):
        t = 2 * math.pi * step / steps
        x, y = rx * math.cos(t), ry * math.sin(t)
        points.append(
            (
                cx + x * math.cos(turn) - y * math.sin(turn),
                cy + x * math.sin(turn) + y * math.cos(turn),
            )
        )
    return points


# Each motif draws inside the square of half-side r around (cx, cy).
def _bean(draw, cx, cy, r, ink, pale):
    for dx, dy, angle in ((-0.42, -0.2, -30), (0.38, -0.3, 25), (0.0, 0.45, 80)):
        x, y = cx + dx * r, cy + dy * r
        draw.polygon(_ellipse(x, y, 0.42 * r, 0.3 * r, angle), fill=ink)
        along = math.radians(angle)
        ox, oy = 0.34 * r * math.cos(along), 0.34 * r * math.sin(along)
        draw.line([(x - ox, y - oy), (x + ox, y + oy)], fill=pale, width=max(2, int(r * 0.05)))


def _leaf(draw, cx, cy, r, ink, pale):
    for dx, dy, angle in ((-0.3, 0.1, -55), (0.3, 0.1, -125), (0.0, -0.25, -90)):
        x, y = cx + dx * r, cy + dy * r
        draw.polygon(_ellipse(x, y, 0.55 * r, 0.22 * r, angle), fill=ink)
        along = math.radians(angle)
        ox, oy = 0.5 * r * math.cos(along), 0.5 * r * math.sin(along)
        draw.line([(x - ox, y - oy), (x + ox, y + oy)], fill=pale, width=max(2, int(r * 0.03)))
    draw.line([(cx, cy + 0.2 * r), (cx, cy + 0.9 * r)], fill=ink, width=int(r * 0.06))


def _bottle(draw, cx, cy, r, ink, pale):
    draw.rounded_rectangle(
        (cx - 0.35 * r, cy - 0.25 * r, cx + 0.35 * r, cy + 0.95 * r), radius=0.12 * r, fill=ink
    )
    draw.polygon(
        [
            (cx - 0.35 * r, cy - 0.2 * r),
            (cx - 0.12 * r, cy - 0.55 * r),
            (cx + 0.12 * r, cy - 0.55 * r),
            (cx + 0.35 * r, cy - 0.2 * r),
        ],
        fill=ink,
    )
    draw.rectangle((cx - 0.12 * r, cy - 0.85 * r, cx + 0.12 * r, cy - 0.5 * r), fill=ink)
    draw.rectangle((cx - 0.15 * r, cy - 0.98 * r, cx + 0.15 * r, cy - 0.82 * r), fill=pale)
    draw.rectangle((cx - 0.27 * r, cy + 0.15 * r, cx + 0.27 * r, cy + 0.6 * r), fill=pale)


def _jar(draw, cx, cy, r, ink, pale):
    draw.rounded_rectangle(
        (cx - 0.6 * r, cy - 0.45 * r, cx + 0.6 * r, cy + 0.9 * r), radius=0.25 * r, fill=ink
    )
    draw.rounded_rectangle(
        (cx - 0.5 * r, cy - 0.75 * r, cx + 0.5 * r, cy - 0.45 * r),
        radius=0.08 * r,
        fill=pale,
        outline=ink,
        width=int(r * 0.06),
    )
    draw.rounded_rectangle(
        (cx - 0.45 * r, cy - 0.05 * r, cx + 0.45 * r, cy + 0.5 * r), radius=0.06 * r, fill=pale
    )
    draw.polygon(_ellipse(cx, cy + 0.22 * r, 0.16 * r, 0.12 * r), fill=ink)


def _fruit(draw, cx, cy, r, ink, pale):
    draw.ellipse((cx - 0.75 * r, cy - 0.6 * r, cx + 0.75 * r, cy + 0.9 * r), fill=ink)
    draw.ellipse((cx - 0.45 * r, cy - 0.35 * r, cx - 0.15 * r, cy - 0.05 * r), fill=pale)
    draw.line(
        [(cx, cy - 0.55 * r), (cx + 0.05 * r, cy - 0.85 * r)], fill=DARK_TEXT, width=int(r * 0.06)
    )
    draw.polygon(_ellipse(cx + 0.3 * r, cy - 0.8 * r, 0.3 * r, 0.12 * r, -20), fill="#4c8c2b")


def _grain(draw, cx, cy, r, ink, pale):
    draw.line([(cx, cy + 0.95 * r), (cx, cy - 0.9 * r)], fill=ink, width=int(r * 0.05))
    for step in range(7):
        y = cy - 0.75 * r + step * 0.24 * r
        for side in (-1, 1):
            draw.polygon(_ellipse(cx + side * 0.18 * r, y, 0.2 * r, 0.09 * r, side * -35), fill=ink)


def _pepper(draw, cx, cy, r, ink, pale):
    draw.line([(cx, cy - 0.95 * r), (cx, cy + 0.8 * r)], fill="#4c8c2b", width=int(r * 0.05))
    for row in range(7):
        count = 4 - abs(row - 2) // 2
        for item in range(count):
            x = cx + (item - (count - 1) / 2) * 0.24 * r
            y = cy - 0.7 * r + row * 0.22 * r
            draw.ellipse((x - 0.11 * r, y - 0.11 * r, x + 0.11 * r, y + 0.11 * r), fill=ink)
            draw.ellipse((x - 0.06 * r, y - 0.07 * r, x - 0.01 * r, y - 0.02 * r), fill=pale)


def _root(draw, cx, cy, r, ink, pale):
    draw.polygon(_ellipse(cx, cy + 0.25 * r, 0.22 * r, 0.55 * r, 8), fill=ink)
    width = int(r * 0.06)
    for end in ((-0.6, 0.9), (0.55, 0.95), (-0.35, 1.0), (0.25, 1.0)):
        draw.line([(cx, cy + 0.5 * r), (cx + end[0] * r, cy + end[1] * r)], fill=ink, width=width)
    draw.line([(cx, cy - 0.3 * r), (cx, cy - 0.75 * r)], fill="#4c8c2b", width=width)
    for angle in range(-160, 0, 32):
        along = math.radians(angle)
        x, y = cx + 0.3 * r * math.cos(along), cy - 0.75 * r + 0.3 * r * math.sin(along)
        draw.polygon(_ellipse(x, y, 0.22 * r, 0.08 * r, angle), fill="#4c8c2b")
    draw.ellipse((cx - 0.06 * r, cy - 0.85 * r, cx + 0.06 * r, cy - 0.73 * r), fill="#c62828")


def _mushroom(draw, cx, cy, r, ink, pale):
    draw.rounded_rectangle(
        (cx - 0.15 * r, cy - 0.1 * r, cx + 0.15 * r, cy + 0.9 * r),
        radius=0.1 * r,
        fill=pale,
        outline=ink,
        width=int(r * 0.04),
    )
    draw.pieslice((cx - 0.85 * r, cy - 0.75 * r, cx + 0.85 * r, cy + 0.45 * r), 180, 360, fill=ink)
    for ring in (0.35, 0.6):
        draw.arc(
            (cx - ring * r, cy - (ring + 0.1) * r, cx + ring * r, cy + (ring - 0.3) * r),
            190,
            350,
            fill=pale,
            width=int(r * 0.03),
        )


def _hat(draw, cx, cy, r, ink, pale):
    top, left, right, base = cy - 0.85 * r, cx - 0.95 * r, cx + 0.95 * r, cy + 0.35 * r
    draw.polygon([(cx, top), (right, base), (left, base)], fill=ink)
    for share in (0.25, 0.45, 0.65, 0.85):
        y = top + (base - top) * share
        half = 0.95 * r * share
        draw.line([(cx - half, y), (cx + half, y)], fill=pale, width=max(2, int(r * 0.02)))
    draw.arc(
        (cx - 0.5 * r, cy - 0.1 * r, cx + 0.5 * r, cy + 0.95 * r),
        20,
        160,
        fill="#c62828",
        width=int(r * 0.04),
    )


def _basket(draw, cx, cy, r, ink, pale):
    draw.arc(
        (cx - 0.6 * r, cy - 0.95 * r, cx + 0.6 * r, cy + 0.2 * r),
        180,
        360,
        fill=ink,
        width=int(r * 0.09),
    )
    body = [
        (cx - 0.85 * r, cy - 0.3 * r),
        (cx + 0.85 * r, cy - 0.3 * r),
        (cx + 0.6 * r, cy + 0.9 * r),
        (cx - 0.6 * r, cy + 0.9 * r),
    ]
    draw.polygon(body, fill=ink)
    width = max(2, int(r * 0.025))
    for step in range(1, 6):
        y = cy - 0.3 * r + step * 0.2 * r
        inset = 0.25 * r * step / 6
        draw.line([(cx - 0.85 * r + inset, y), (cx + 0.85 * r - inset, y)], fill=pale, width=width)
    for step in range(-4, 5):
        x = cx + step * 0.18 * r
        draw.line([(x, cy - 0.3 * r), (cx + step * 0.13 * r, cy + 0.9 * r)], fill=pale, width=width)


def _vase(draw, cx, cy, r, ink, pale):
    profile = [(0.15, -0.95), (0.2, -0.7), (0.55, -0.2), (0.6, 0.2), (0.45, 0.7), (0.3, 0.95)]
    outline = [(cx + x * r, cy + y * r) for x, y in profile]
    outline += [(cx - x * r, cy + y * r) for x, y in reversed(profile)]
    draw.polygon(outline, fill=ink)
    for y, half in ((-0.25, 0.53), (0.35, 0.55)):
        draw.line(
            [(cx - half * r, cy + y * r), (cx + half * r, cy + y * r)],
            fill=pale,
            width=int(r * 0.05),
        )
    for angle in range(0, 360, 60):
        along = math.radians(angle)
        x, y = cx + 0.17 * r * math.cos(along), cy + 0.05 * r + 0.17 * r * math.sin(along)
        draw.polygon(_ellipse(x, y, 0.14 * r, 0.06 * r, angle), fill=pale)


def _weave(draw, cx, cy, r, ink, pale):
    draw.rectangle((cx - 0.9 * r, cy - 0.9 * r, cx + 0.9 * r, cy + 0.9 * r), fill=ink)
    step = 0.36 * r
    for row in range(5):
        for col in range(5):
            x, y = cx - 0.72 * r + col * step, cy - 0.72 * r + row * step
            size = 0.14 * r
            colour = pale if (row + col) % 2 else "#e53935"
            draw.polygon([(x, y - size), (x + size, y), (x, y + size), (x - size, y)], fill=colour)


def _box(draw, cx, cy, r, ink, pale):
    draw.rectangle((cx - 0.8 * r, cy - 0.35 * r, cx + 0.8 * r, cy + 0.9 * r), fill=ink)
    draw.rectangle(
        (cx - 0.9 * r, cy - 0.55 * r, cx + 0.9 * r, cy - 0.25 * r),
        fill=ink,
        outline=pale,
        width=int(r * 0.03),
    )
    draw.rectangle((cx - 0.1 * r, cy - 0.55 * r, cx + 0.1 * r, cy + 0.9 * r), fill=pale)
    for side in (-1, 1):
        draw.polygon(
            _ellipse(cx + side * 0.25 * r, cy - 0.7 * r, 0.25 * r, 0.12 * r, side * 25),
            fill=ink,
            outline=pale,
        )


def _fish(draw, cx, cy, r, ink, pale):
    draw.polygon(_ellipse(cx - 0.1 * r, cy, 0.7 * r, 0.35 * r), fill=ink)
    draw.polygon(
        [(cx + 0.5 * r, cy), (cx + 0.95 * r, cy - 0.4 * r), (cx + 0.95 * r, cy + 0.4 * r)], fill=ink
    )
    draw.ellipse((cx - 0.6 * r, cy - 0.12 * r, cx - 0.45 * r, cy + 0.03 * r), fill=pale)
    for step in range(3):
        x = cx - 0.2 * r + step * 0.2 * r
        draw.arc(
            (x - 0.15 * r, cy - 0.2 * r, x + 0.15 * r, cy + 0.2 * r),
            300,
            60,
            fill=pale,
            width=max(2, int(r * 0.03)),
        )


def _nut(draw, cx, cy, r, ink, pale):
    for dx, dy, start in ((-0.35, -0.3, 200), (0.35, -0.1, 30), (-0.1, 0.45, 110)):
        x, y = cx + dx * r, cy + dy * r
        box = (x - 0.35 * r, y - 0.35 * r, x + 0.35 * r, y + 0.35 * r)
        draw.arc(box, start, start + 200, fill=ink, width=int(r * 0.24))


def _flower(draw, cx, cy, r, ink, pale):
    for ring, length, count in ((0.45, 0.42, 8), (0.25, 0.3, 8)):
        for step in range(count):
            angle = 360 * step / count + (22.5 if ring < 0.3 else 0)
            along = math.radians(angle)
            x, y = cx + ring * r * math.cos(along), cy + ring * r * math.sin(along)
            draw.polygon(_ellipse(x, y, length * r, 0.16 * r, angle), fill=ink, outline=pale)
    draw.ellipse((cx - 0.18 * r, cy - 0.18 * r, cx + 0.18 * r, cy + 0.18 * r), fill=pale)


def _jug(draw, cx, cy, r, ink, pale):
    draw.ellipse((cx - 0.7 * r, cy - 0.35 * r, cx + 0.7 * r, cy + 0.95 * r), fill=ink)
    draw.rectangle((cx - 0.28 * r, cy - 0.65 * r, cx + 0.28 * r, cy - 0.2 * r), fill=ink)
    draw.rectangle((cx - 0.36 * r, cy - 0.72 * r, cx + 0.36 * r, cy - 0.6 * r), fill=pale)
    draw.line(
        [(cx - 0.42 * r, cy + 0.2 * r), (cx + 0.42 * r, cy + 0.2 * r)],
        fill=pale,
        width=int(r * 0.04),
    )
    draw.line(
        [(cx + 0.05 * r, cy - 0.6 * r), (cx + 0.75 * r, cy - 1.0 * r)],
        fill="#8d6e63",
        width=int(r * 0.05),
    )


def _terraces(draw, cx, cy, r, ink, pale):
    draw.ellipse((cx + 0.4 * r, cy - 0.95 * r, cx + 0.8 * r, cy - 0.55 * r), fill="#f9a825")
    for band in range(6):
        top = cy - 0.45 * r + band * 0.25 * r
        colour = _mix(ink, (255, 255, 255), band * 0.08)
        points = [(cx - 1.0 * r, cy + r)]
        for step in range(21):
            x = cx - r + step * 0.1 * r
            points.append((x, top + 0.06 * r * math.sin(step / 2.5 + band)))
        points.append((cx + 1.0 * r, cy + r))
        draw.polygon(points, fill=colour, outline=pale)


MOTIFS: dict[str, Callable] = {
    "bean": _bean,
    "leaf": _leaf,
    "bottle": _bottle,
    "jar": _jar,
    "fruit": _fruit,
    "grain": _grain,
    "pepper": _pepper,
    "root": _root,
    "mushroom": _mushroom,
    "hat": _hat,
    "basket": _basket,
    "vase": _vase,
    "weave": _weave,
    "box": _box,
    "fish": _fish,
    "nut": _nut,
    "flower": _flower,
    "jug": _jug,
}


def _canvas(size: tuple[int, int], ground: Colour) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (size[0] * SCALE, size[1] * SCALE), ground)
    return image, ImageDraw.Draw(image)


def _encode(image: Image.Image, size: tuple[int, int], image_format: str) -> bytes:
    buffer = BytesIO()
    image = image.resize(size, Image.Resampling.LANCZOS)
    if image_format == "JPEG":
        image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    else:
        image.save(buffer, image_format, optimize=True)
    return buffer.getvalue()


def _text_lines(draw, text: str, font, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line][:2]


@cache
def _product_ground(motif: str, colours: tuple[str, str]) -> Image.Image:
    """The motif on its tinted ground, drawn once per kind of product."""
    side = 800 * SCALE
    ground, ink = _rgb(colours[0]), _rgb(colours[1])
    image, draw = _canvas((800, 800), ground)
    draw.ellipse((side * 0.17, side * 0.05, side * 0.83, side * 0.71), fill=_mix(ground, ink, 0.12))
    MOTIFS[motif](draw, side / 2, side * 0.38, side * 0.25, ink, _mix(ink, (255, 255, 255), 0.75))
    return image.resize((800, 800), Image.Resampling.LANCZOS)


def product_picture(
    *, motif: str, colours: tuple[str, str], title: str, subtitle: str = ""
) -> bytes:
    """800×800 JPEG: the motif on a tinted ground above a white band with the name."""
    image = _product_ground(motif, colours).copy()
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((48, 592, 752, 760), radius=24, fill="#ffffff")
    ink = _rgb(colours[1])
    text_colour = DARK_TEXT if _is_light(ink) else ink
    title_font, subtitle_font = _font(44), _font(28)
    lines = _text_lines(draw, title, title_font, 660)
    height = 52 * len(lines) + (38 if subtitle else 0)
    y = 676 - height / 2
    for line in lines:
        draw.text((400, y), line, font=title_font, fill=text_colour, anchor="mt")
        y += 52
    if subtitle:
        draw.text((400, y + 6), subtitle, font=subtitle_font, fill=DARK_TEXT, anchor="mt")
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def logo_picture(*, initials: str, colour: str) -> bytes:
    """400×400 PNG: white initials in a coloured disc."""
    side = 400 * SCALE
    ink = _rgb(colour)
    image, draw = _canvas((400, 400), (255, 255, 255))
    draw.ellipse((side * 0.04, side * 0.04, side * 0.96, side * 0.96), fill=ink)
    draw.ellipse(
        (side * 0.1, side * 0.1, side * 0.9, side * 0.9), outline="#ffffff", width=int(side * 0.02)
    )
    draw.text(
        (side / 2, side / 2), initials, font=_font(int(side * 0.3)), fill="#ffffff", anchor="mm"
    )
    return _encode(image, (400, 400), "PNG")


def banner_picture(*, motif: str, colours: tuple[str, str], size: tuple[int, int]) -> bytes:
    """A wide JPEG (cooperative cover, CMS image): the motif repeated across a tinted ground."""
    width, height = size[0] * SCALE, size[1] * SCALE
    ground, ink = _rgb(colours[0]), _rgb(colours[1])
    image, draw = _canvas(size, ground)
    if motif == "terraces":
        _terraces(draw, width / 2, height / 2, width / 2, ink, _mix(ink, (255, 255, 255), 0.6))
        return _encode(image, size, "JPEG")
    radius = height * 0.22
    faded, pale = _mix(ground, ink, 0.35), _mix(ground, (255, 255, 255), 0.5)
    columns = max(1, round(width / (radius * 2.6)))
    for column in range(columns):
        x = (column + 0.5) * width / columns
        for row, share in enumerate((0.3, 0.75)):
            if (column + row) % 2 == 0 and abs(x - width / 2) > height * 0.5:
                MOTIFS[motif](draw, x, height * share, radius, faded, pale)
    MOTIFS[motif](
        draw, width * 0.5, height * 0.5, height * 0.36, ink, _mix(ink, (255, 255, 255), 0.75)
    )
    return _encode(image, size, "JPEG")
