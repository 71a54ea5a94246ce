"""Fill i18n/en.po from the template: English is the source language, so msgstr = msgid.

    python build/fill_source_catalog.py
"""

from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "i18n" / "en.po"

with PO.open("rb") as handle:
    catalog = read_po(handle, locale="en")
for message in catalog:
    if not message.id:
        continue
    message.string = message.id
    message.flags.discard("fuzzy")
with PO.open("wb") as handle:
    write_po(handle, catalog, width=0, omit_header=False)
print(f"{PO.relative_to(ROOT)}: {sum(1 for m in catalog if m.id)} messages")
