#!/usr/bin/env python3
"""Regenerates assets/fonts/QMS-NotoSansSC-Subset.otf: Noto Sans CJK SC Regular (SIL OFL 1.1) cut down to ASCII,
the GB2312 character set (its 6,763 hanzi and its symbols), CJK punctuation and full-width forms. The charts the app
draws server-side register it when the system has no CJK font, so Chinese labels never draw as boxes.

Usage (needs fontTools, e.g. `apt-get install python3-fonttools`):
    /usr/bin/python3 scripts/subset-cjk-font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
"""
import sys
from fontTools.ttLib import TTCollection
from fontTools import subset

source = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
out = 'assets/fonts/QMS-NotoSansSC-Subset.otf'

chars = set(range(0x20, 0x7F))
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.update(ord(c) for c in bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
chars.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
chars.update(range(0xFF01, 0xFF5F))  # full-width forms
chars.update([0x00B7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00D7, 0x2103, 0x2116, 0x00A0])

collection = TTCollection(source)
font = next(f for f in collection.fonts if 'SC' in f['name'].getDebugName(1) and 'Mono' not in f['name'].getDebugName(1))
options = subset.Options()
options.layout_features = ['*']
options.name_IDs = ['*']
options.name_languages = ['*']
options.notdef_outline = True
options.hinting = False
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=sorted(chars))
subsetter.subset(font)
# A family name of its own, so it never shadows a full Noto Sans CJK SC the system may have.
for record in font['name'].names:
    if record.nameID in (1, 3, 4, 16):
        record.string = 'QMS Noto Sans SC Subset'
    elif record.nameID == 6:
        record.string = 'QMSNotoSansSC-Subset'
font.save(out)
print(out, len(chars), 'code points')
