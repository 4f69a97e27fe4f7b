#!/usr/bin/env python3
# TAP test of tools/count-tests: the one line ./zhifa-dev test ends with and
# its exit status, from meson testlog.json files written here.

import json
import os
import subprocess
import sys
import tempfile

COUNTER = sys.argv[1]

CASES = [
    # (name, logs: list of result lists or None for a missing file, last line, status).
    # Every failed test (and missing log) is named above the last line.
    ("all ok", [["OK", "OK"], ["OK"]], "3 passed, 0 failed", 0),
    ("expected fail counts as passed", [["OK", "EXPECTEDFAIL"]], "2 passed, 0 failed", 0),
    ("one fail in the second build", [["OK"], ["OK", "FAIL"]], "2 passed, 1 failed", 1),
    ("timeout, error, unexpected pass fail",
     [["TIMEOUT", "ERROR", "UNEXPECTEDPASS", "OK"]], "1 passed, 3 failed", 1),
    ("skips are reported apart", [["OK", "SKIP", "SKIP"]], "1 passed, 0 failed, 2 skipped", 0),
    ("nothing ran", [[]], "0 passed, 0 failed", 1),
    ("only skips", [["SKIP"]], "0 passed, 0 failed, 1 skipped", 1),
    ("missing log of a build", [["OK"], None], "1 passed, 1 failed", 1),
]


def write_log(directory, index, results):
    path = os.path.join(directory, f"testlog-{index}.json")
    if results is None:
        return path
    with open(path, "w", encoding="utf-8") as log:
        for n, result in enumerate(results):
            log.write(json.dumps({"name": f"t{n}", "result": result, "duration": 0.1,
                                  "stdout": f"output of t{n}\n"}) + "\n")
    return path


def main():
    print(f"1..{len(CASES)}")
    failures = 0
    with tempfile.TemporaryDirectory() as directory:
        for number, (name, logs, line, status) in enumerate(CASES, 1):
            sub = os.path.join(directory, str(number))
            os.mkdir(sub)
            paths = [write_log(sub, i, results) for i, results in enumerate(logs)]
            run = subprocess.run([sys.executable, COUNTER] + paths,
                                 capture_output=True, text=True)
            out = run.stdout.splitlines()
            expected_named = [f"{result}: t{n} in {path}"
                              for results, path in zip(logs, paths) if results
                              for n, result in enumerate(results)
                              if result in ("FAIL", "TIMEOUT", "ERROR", "UNEXPECTEDPASS")]
            expected_named += [f"{path}: No such file or directory"
                               for results, path in zip(logs, paths) if results is None]
            named = [text for text in out[:-1] if not text.startswith("    ")]
            ok = (out[-1:] == [line] and named == expected_named
                  and run.returncode == status)
            if not ok:
                failures += 1
                print(f"# expected {line!r} exit {status}, got {out!r} exit {run.returncode}")
            print(f"{'ok' if ok else 'not ok'} {number} - {name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
