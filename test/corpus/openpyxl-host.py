# A team workbook as openpyxl writes it (absolute relationship targets, shared strings), with
# what a supervisor's workbook holds beside the data: the input sheets formatted as Excel
# tables, a sheet of notes with a comment, an image and a chart.
#   /usr/bin/python3 openpyxl-host.py OUT.xlsx < grids.json
import io
import json
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as Picture

grids = json.load(sys.stdin)
book = Workbook()
notes = book.active
notes.title = "Notes"
notes["A1"] = "Team notes"
notes["A1"].comment = Comment("Kept by the supervisor", "Supervisor")
for row, (label, value) in enumerate([("A", 3), ("B", 5), ("C", 2)], start=2):
    notes.cell(row=row, column=1, value=label)
    notes.cell(row=row, column=2, value=value)
chart = BarChart()
chart.add_data(Reference(notes, min_col=2, min_row=2, max_row=4))
chart.set_categories(Reference(notes, min_col=1, min_row=2, max_row=4))
notes.add_chart(chart, "D2")
picture = io.BytesIO()
Picture.new("RGB", (40, 20), (31, 78, 121)).save(picture, format="PNG")
notes.add_image(Image(picture), "D20")

for index, grid in enumerate(grids):
    sheet = book.create_sheet(grid["name"])
    for row in grid["rows"]:
        sheet.append(row)
    width = max(len(row) for row in grid["rows"])
    ref = f"A1:{get_column_letter(width)}{len(grid['rows'])}"
    table = Table(displayName=f"Input{index + 1}", ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)

book.save(sys.argv[1])
