#!/usr/bin/python3
"""ZIP64 archives made by an independent writer, and a check of ours, for zip64.test.ts.

  zip64.py rezip IN OUT   copies every entry of IN into OUT with Python's zipfile, each
                          written with force_zip64=True (ZIP64 sizes in the local headers)
  zip64.py check FILE     prints {"names": [...], "bad": null or the first bad entry} as JSON
"""
import json
import sys
import zipfile


def rezip(source, target):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = zipfile.ZIP_DEFLATED
            with new.open(copy, "w", force_zip64=True) as out:
                out.write(old.read(info))


def check(path):
    with zipfile.ZipFile(path) as archive:
        print(json.dumps({"names": archive.namelist(), "bad": archive.testzip()}))


if __name__ == "__main__":
    command, *paths = sys.argv[1:]
    {"rezip": rezip, "check": check}[command](*paths)
