#!/usr/bin/env python3
"""Checks docs/luoshi.schema.json against the format's fixture files.

Every file under tests/fixtures/v<CURRENT>/ must validate, and the bad
fixtures whose fault is one of shape must not. Further files given on the
command line (an example document, an export) must validate too.

    pip install jsonschema
    python3 tests/schema_check.py [FILE.json ...]

Exits 0 when every check holds, 1 otherwise.
"""

import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "docs" / "luoshi.schema.json"
FIXTURES = ROOT / "tests" / "fixtures"

# Bad fixtures whose fault the schema itself can see. The others (a date
# that does not exist, min above max, a target that is not there, nesting,
# broken JSON) are for the decoder alone.
SHAPE_FAULTS = ["other-kind.json", "newer-version.json", "wrong-type.json"]


def main(extra):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    failures = []

    good = sorted((FIXTURES / "v1").glob("*.json")) + [pathlib.Path(p) for p in extra]
    for path in good:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
        errors = list(validator.iter_errors(doc))
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path) or "(top)"
            failures.append(f"{path}: {where}: {e.message}")
        if not errors:
            print(f"ok   {path}")

    for name in SHAPE_FAULTS:
        path = FIXTURES / "bad" / name
        doc = json.loads(path.read_text(encoding="utf-8"))
        if validator.is_valid(doc):
            failures.append(f"{path}: the schema accepts a file it should refuse")
        else:
            print(f"ok   {path} (refused)")

    for f in failures:
        print(f"FAIL {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
