#!/usr/bin/env python3
"""Fills the .ts files from translations/tools/strings.json (source -> {de, es, fr}).

Run after `cmake --build build --target cryptocheckout_lupdate` has added new source strings; strings
without an entry stay unfinished so Linguist shows them.

A plural message (`<message numerus="yes">`, from tr() with a count, `%n`) takes a list for a language,
one text per `<numerusform>` in Qt's order for that language; German, Spanish and French have two forms,
singular then plural: "%n session(s)": {"de": ["%n Sitzung", "%n Sitzungen"], ...}. A list whose length
does not match the message's forms, a list for a non-plural message or a plain string for a plural one
is reported and left unfinished."""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).resolve().parent
table = json.loads((here / 'strings.json').read_text(encoding='utf-8'))


def fill(message, entry, language):
    """Puts entry into message's translation; returns a problem to report, or None."""
    source = message.find('source').text
    translation = message.find('translation')
    if message.get('numerus') == 'yes':
        forms = translation.findall('numerusform')
        if not isinstance(entry, list):
            return f'{language}: {source!r} is a plural message; give a list of {len(forms)} forms'
        if len(entry) != len(forms) or not all(isinstance(text, str) and text for text in entry):
            return f'{language}: {source!r} needs {len(forms)} non-empty plural forms, got {entry!r}'
        for form, text in zip(forms, entry):
            form.text = text
    else:
        if not isinstance(entry, str):
            return f'{language}: {source!r} is not a plural message; give one string'
        translation.text = entry
    translation.attrib.pop('type', None)
    return None


problems = []
for language in ('de', 'es', 'fr', 'en'):  # en: only the plural forms; the rest is the source text
    path = here.parent / f'cryptocheckout_{language}.ts'
    tree = ET.parse(path)
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        entry = table.get(source, {}).get(language)
        if entry:
            problem = fill(message, entry, language)
            if problem:
                problems.append(problem)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    text = path.read_text(encoding='utf-8')
    path.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'), encoding='utf-8')
for problem in problems:
    print(problem, file=sys.stderr)
