#!/usr/bin/env python3
"""Writes the spreadsheet fixtures of tests/core/SpreadsheetImportTests.cpp (run in this folder)."""
import random
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook(date1904):
    pr = '<x:workbookPr date1904="1"/>' if date1904 else '<x:workbookPr/>'
    return f'<?xml version="1.0" encoding="UTF-8"?><x:workbook {NS}>{pr}<x:sheets><x:sheet name="Risker" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>'


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><x:styleSheet {NS.split(" ")[0]}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/></x:numFmts>'
          '<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/><x:xf numFmtId="20"/></x:cellXfs></x:styleSheet>')
SHARED = (f'<?xml version="1.0" encoding="UTF-8"?><x:sst {NS.split(" ")[0]} count="4" uniqueCount="4">'
          '<x:si><x:t>Titel</x:t></x:si>'
          '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Hot mot </x:t></x:r><x:r><x:t xml:space="preserve">personal</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:si>'
          '<x:si><x:t>Datum</x:t></x:si>'
          '<x:si><x:t>Belopp</x:t></x:si></x:sst>')


def sheet():
    rows = [
        # header row: shared strings, an inline string, a cell without r
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="s"><x:v>3</x:v></x:c>'
        '<x:c t="inlineStr"><x:is><x:r><x:t>Sam</x:t></x:r><x:r><x:t>manslaget</x:t></x:r></x:is></x:c></x:row>',
        # rich text, a date in a custom format, a number stored as text, a formula with its cached value
        '<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" s="1"><x:v>45000</x:v></x:c>'
        '<x:c r="C2" t="str"><x:v>12 500 kr</x:v></x:c><x:c r="D2"><x:f>C3*2</x:f><x:v>3</x:v></x:c></x:row>',
        # rows without r, a built-in date format, a time, a merged cell across B3:B4
        '<x:row><x:c r="A3" t="inlineStr"><x:is><x:t>Inbrott</x:t></x:is></x:c><x:c r="B3" s="2"><x:v>45001.75</x:v></x:c>'
        '<x:c r="C3" t="str"><x:v>1,5</x:v></x:c><x:c r="D3" s="3"><x:v>0.5</x:v></x:c></x:row>',
        '<x:row><x:c r="A4" t="inlineStr"><x:is><x:t>Skadegörelse</x:t></x:is></x:c><x:c r="B4" s="2"/></x:row>',
        # style-only rows down to the last row of a sheet
        '<x:row r="5" s="1" customFormat="1"/><x:row r="1048576" s="1" customFormat="1"><x:c r="A1048576" s="1"/></x:row>',
    ]
    return (f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet {NS}><x:sheetData>{"".join(rows)}</x:sheetData>'
            '<x:mergeCells count="1"><x:mergeCell ref="B3:B4"/></x:mergeCells></x:worksheet>')


def write_xlsx(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def parts(date1904=False, sheet_xml=None):
    return {'[Content_Types].xml': CT, '_rels/.rels': RELS, 'xl/workbook.xml': workbook(date1904),
            'xl/_rels/workbook.xml.rels': WB_RELS, 'xl/styles.xml': STYLES, 'xl/sharedStrings.xml': SHARED,
            'xl/worksheets/sheet1.xml': sheet_xml or sheet()}


write_xlsx('features.xlsx', parts())
write_xlsx('features-1904.xlsx', parts(date1904=True))
write_xlsx('malformed-xml.xlsx', parts(sheet_xml='<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"'))
with open('features.xlsx', 'rb') as f:
    whole = f.read()
with open('truncated.xlsx', 'wb') as f:
    f.write(whole[: len(whole) // 2])
bomb = parts()
bomb['xl/worksheets/sheet1.xml'] = '<?xml version="1.0"?>' + ' ' * (64 * 1024 * 1024)
write_xlsx('zip-bomb.xlsx', bomb)


def many_sheets(count, sheet_xml):
    """A workbook of count sheets, each with the same XML."""
    sheets = ''.join(f'<x:sheet name="Blad{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, count + 1))
    rels = ''.join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, count + 1))
    out = {'[Content_Types].xml': CT, '_rels/.rels': RELS,
           'xl/workbook.xml': f'<?xml version="1.0" encoding="UTF-8"?><x:workbook {NS}><x:sheets>{sheets}</x:sheets></x:workbook>',
           'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                                         'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>'}
    for i in range(1, count + 1):
        out[f'xl/worksheets/sheet{i}.xml'] = sheet_xml
    return out


# 33 sheets of just under 16 MB, each too small for the ratio check: together more than the 512 MB
# a workbook may unpack to.
blank = f'<x:worksheet {NS}>' + ' ' * (16 * 1024 * 1024 - 200) + '</x:worksheet>'
write_xlsx('zip-bomb-many-sheets.xlsx', many_sheets(33, blank))
ole = bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504)
with open('legacy.xls', 'wb') as f:
    f.write(ole + b'W\0o\0r\0k\0b\0o\0o\0k\0' + bytes(1000))
with open('encrypted.xlsx', 'wb') as f:
    f.write(ole + 'EncryptionInfo'.encode('utf-16-le') + bytes(8) + 'EncryptedPackage'.encode('utf-16-le') + bytes(1000))
open('empty.csv', 'wb').close()
rng = random.Random(13)
with open('random.bin', 'wb') as f:
    f.write(bytes(rng.randrange(256) for _ in range(4096)))
