"""The scripting alternative for reading an .xlsx: openpyxl's read-only
mode merely iterating the cell values of the first sheet."""
import sys
import time

from openpyxl import load_workbook

start = time.monotonic()
cpu = time.process_time()
wb = load_workbook(sys.argv[1], read_only=True)
n = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    n += 1
print(f"rows {n}")
print(f"seconds {time.monotonic() - start:.6f}")
print(f"cpu_seconds {time.process_time() - cpu:.6f}")
