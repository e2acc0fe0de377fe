#!/usr/bin/env python3
"""Fills the .ts files from translations/tools/strings.json (source -> {de, es, fr}).

Run after `cmake --build build --target cryptocheckout_lupdate` has added new source strings; strings
without an entry stay unfinished so Linguist shows them."""
import json
import pathlib
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).resolve().parent
table = json.loads((here / 'strings.json').read_text(encoding='utf-8'))
for language in ('de', 'es', 'fr'):
    path = here.parent / f'cryptocheckout_{language}.ts'
    tree = ET.parse(path)
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        entry = table.get(source, {}).get(language)
        if entry:
            translation.text = entry
            translation.attrib.pop('type', None)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    text = path.read_text(encoding='utf-8')
    path.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'), encoding='utf-8')
