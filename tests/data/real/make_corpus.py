"""Write the files of this folder that tests/test_datafile_programs.py reads, byte for byte
as the programs named in each file's name write them (the others come from R and by hand).

Run from this folder: ``python make_corpus.py``. The bytes are
what Excel, LibreOffice and R produce for these exports: Windows-1252 in a French or German
locale, UTF-16LE "Unicode Text", tabs with decimal commas, CR-only and Ctrl-Z endings.
"""

from __future__ import annotations

import gzip
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def main() -> None:
    # Excel, "CSV (séparateur: point-virgule)" on a French Windows: cp1252, ';', decimal comma.
    write("excel_fr_semicolon_cp1252.csv",
          "Durée;Température\r\n1,5;20,3\r\n2,25;19,8\r\n3;21\r\n".encode("cp1252"))
    # Excel, "CSV (Comma delimited)" on an English Windows with an accented header.
    write("excel_comma_cp1252.csv", "Région,Höhe\r\nA,1.5\r\nB,2.75\r\n".encode("cp1252"))
    # Excel, "Unicode Text" on a German Windows: UTF-16LE with BOM, tabs, CRLF, decimal comma.
    write("excel_de_unicode_text.txt",
          "\ufeffGröße\tGewicht\r\n1,5\t60,25\r\n1,75\t72\r\n1,8\t80,5\r\n".encode("utf-16-le"))
    # LibreOffice Calc, "Text CSV" with tab separator in a comma locale.
    write("libreoffice_tab_decimal_comma.tsv", "Zeit\tWert\n0,5\t1,25\n1\t−0,75\n".encode())
    # Classic Mac OS line ends, and a DOS end-of-file mark.
    write("mac_cr_only.txt", b"value\r1.5\r2.5\r-3\r")
    write("dos_ctrl_z.txt", b"1.5\r\n2.5\r\n-3\r\n\x1a")
    # Numbers pasted from a PDF, with the Unicode minus sign.
    write("pdf_minus_signs.txt", "\u22121.25\n2.5\n\u22120.5\n".encode())
    # Missing values as spreadsheets and R write them.
    write("missing_values.csv", b"x,y\n1.5,NA\n#N/A,3\n2.5,\n3.5,4\n")
    # A "horizontal" export: one row of numbers.
    write("horizontal_row.csv", b"1.5,2.5,-3,4\n")
    # Ambiguous or wrong numbers that must never be read silently.
    write("accounting_negative.csv", b"amount\n1.5\n(2.25)\n")
    write("excel_text_mark.csv", b"x\n1.5\n'3.2\n")
    write("excel_error_cell.csv", b"x\n1.5\n#DIV/0!\n")
    # Files that are not text tables at all.
    write("web_page_saved_as.xls",
          b"<html><body><table><tr><td>x</td></tr><tr><td>1.5</td></tr></table></body></html>")
    write("values.csv.gz", gzip.compress(b"x\n1.5\n2.5\n", mtime=0))


if __name__ == "__main__":
    main()
