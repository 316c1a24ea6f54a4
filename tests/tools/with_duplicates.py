#!/usr/bin/env python3
"""Writes a CSV population with records that repeat earlier ids.

After every tenth record comes a record with the id of one a few records
back (the record itself, up to 8 before it) and the data of another record
of the file, and at the end records with the first five ids: duplicates in
the same chunk as the record they repeat, in later chunks and on other
threads. Each repeat carries other data than the record it repeats, so a
report that counted it would differ from the report of the input.

    with_duplicates.py INPUT.csv OUTPUT.csv   (prints the number of repeats)
"""
import sys


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    header, rows = lines[0], lines[1:]
    n = len(rows)

    def with_id_of(data, who):
        return rows[who].split(",", 1)[0] + "," + rows[data].split(",", 1)[1]

    out, repeats = [header], 0
    for i, row in enumerate(rows, 1):
        out.append(row)
        if i % 10 == 0:
            out.append(with_id_of((i * 7 + 500) % n, i - 1 - (i // 10) % 9))
            repeats += 1
    for i in range(5):
        out.append(with_id_of(n - 1 - i, i))
        repeats += 1
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")
    print(repeats)


if __name__ == "__main__":
    main()
