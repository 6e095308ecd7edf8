"""Advance widths of DejaVu Sans (regular and bold) for the chart text measurer.

Prints, per face, the advance width in em (units / unitsPerEm) of printable ASCII and of the
few non-ASCII characters the charts use. The table in
Sources/PeakmemReports/Charts/TextMetrics.swift was generated with:

    python3 docs/research/dejavu-widths.py

(fonts-dejavu-core 2.37, /usr/share/fonts/truetype/dejavu). Plain Python: reads the TrueType
tables head, hhea, hmtx and cmap (format 4) itself.
"""
import struct

EXTRA = "−●×µ…≥≤"


def tables(data):
    count = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        out[tag.decode()] = (offset, length)
    return out


def widths(path):
    data = open(path, "rb").read()
    t = tables(data)
    units = struct.unpack(">H", data[t["head"][0] + 18: t["head"][0] + 20])[0]
    metrics = struct.unpack(">H", data[t["hhea"][0] + 34: t["hhea"][0] + 36])[0]
    hmtx = t["hmtx"][0]
    advances = [struct.unpack(">H", data[hmtx + 4 * i: hmtx + 4 * i + 2])[0] for i in range(metrics)]
    cmap = t["cmap"][0]
    n = struct.unpack(">H", data[cmap + 2: cmap + 4])[0]
    sub = None
    for i in range(n):
        pid, eid, off = struct.unpack(">HHI", data[cmap + 4 + 8 * i: cmap + 12 + 8 * i])
        if pid == 3 and eid == 1:
            sub = cmap + off
    segs = struct.unpack(">H", data[sub + 6: sub + 8])[0] // 2
    ends = struct.unpack(">%dH" % segs, data[sub + 14: sub + 14 + 2 * segs])
    base = sub + 16 + 2 * segs
    starts = struct.unpack(">%dH" % segs, data[base: base + 2 * segs])
    deltas = struct.unpack(">%dh" % segs, data[base + 2 * segs: base + 4 * segs])
    range_base = base + 4 * segs
    ranges = struct.unpack(">%dH" % segs, data[range_base: range_base + 2 * segs])

    def glyph(code):
        for s in range(segs):
            if starts[s] <= code <= ends[s]:
                if ranges[s] == 0:
                    return (code + deltas[s]) & 0xFFFF
                at = range_base + 2 * s + ranges[s] + 2 * (code - starts[s])
                g = struct.unpack(">H", data[at: at + 2])[0]
                return (g + deltas[s]) & 0xFFFF if g else 0
        return 0

    chars = [chr(c) for c in range(32, 127)] + list(EXTRA)
    return {c: advances[min(glyph(ord(c)), metrics - 1)] / units for c in chars}


for face in ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]:
    w = widths("/usr/share/fonts/truetype/dejavu/" + face)
    print(face)
    print(", ".join("%.4f" % w[chr(c)] for c in range(32, 127)))
    print(", ".join('"%s": %.4f' % (c, w[c]) for c in EXTRA))
