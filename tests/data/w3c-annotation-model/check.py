#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks W3C Web Annotation collections against every MUST assertion of the W3C annotation-model test suite.

usage: check.py COLLECTION.jsonld...

Each file must hold one AnnotationCollection with an embedded first AnnotationPage. As the suite's own tests are
run (annotationMusts.test, collectionMusts.test, pageMusts.test, "testType": "manual", one JSON document pasted
at a time):
  - the collection's MUSTs run on the collection,
  - the page's MUSTs on the collection with its embedded page (the form pageMusts.test asks for),
  - the annotation's MUSTs on every annotation of the page, each given the collection's "@context" (the context
    an embedded annotation is in, JSON-LD-wise; the suite's form takes one annotation with its own @context).
A MUST passes when its schema validates ("expectedResult": "valid" for all of them).

The suite's schemas use "format": "uri" and "format": "date-time"; python3-jsonschema checks these only with the
optional rfc3987 / rfc3339-validator modules, which Debian's build root lacks, so both are checked here:
"uri" as RFC 3986 §3 URI (a scheme, then no character outside the URI/IRI set), "date-time" as RFC 3339 §5.6.

Prints one line per failed assertion and a summary "N of M MUST assertions pass"; exit 0 when all pass.
"""

import json
import os
import re
import sys

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "https://w3c-annotation-model.test/"
TESTS = {
    "annotation": "annotations/annotationMusts.test",
    "collection": "collections/collectionMusts.test",
    "page": "collections/pages/pageMusts.test",
}

# RFC 3986 URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]; characters: unreserved, reserved, "%" HEX HEX,
# and (RFC 3987 IRI) any non-ASCII character outside the private-use and non-character ranges.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:"
                  r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2}|[\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF])*$")
_DATE_TIME = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
                        r"(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$")

format_checker = jsonschema.FormatChecker()


@format_checker.checks("uri")
def is_uri(value):
    return not isinstance(value, str) or bool(_URI.match(value))


@format_checker.checks("date-time")
def is_date_time(value):
    return not isinstance(value, str) or bool(_DATE_TIME.match(value))


def load(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as f:
        return json.load(f)


def registry():
    resources = []
    for folder, _, files in os.walk(HERE):
        for name in files:
            if name.endswith(".json"):
                schema = load(os.path.relpath(os.path.join(folder, name), HERE))
                # The suite's ids are bare file names ("bodyTarget.json") that refer to each other by name.
                resources.append((BASE + schema.get("id", name), Resource.from_contents(schema, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


def assertions(kind, reg):
    out = []
    for path in load(TESTS[kind])["assertions"]:
        schema = load(path)
        assert schema.get("assertionType") == "must" and schema.get("expectedResult") == "valid", path
        validator = jsonschema.Draft4Validator(schema, registry=reg, format_checker=format_checker,
                                               _resolver=reg.resolver(base_uri=BASE + schema["id"]))
        out.append((path, schema, validator))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    reg = registry()
    checks = {kind: assertions(kind, reg) for kind in TESTS}
    passed = total = 0

    def run(kind, instance, where):
        nonlocal passed, total
        for path, schema, validator in checks[kind]:
            total += 1
            if validator.is_valid(instance):
                passed += 1
            else:
                print(f"{where}: FAIL {path}: {schema.get('errorMessage', '')}")

    for name in argv[1:]:
        with open(name, encoding="utf-8") as f:
            collection = json.load(f)
        run("collection", collection, name)
        run("page", collection, name + ": first")
        first = collection.get("first") if isinstance(collection, dict) else None
        items = first.get("items", []) if isinstance(first, dict) else []
        for i, annotation in enumerate(items):
            if isinstance(annotation, dict) and "@context" not in annotation:
                annotation = dict(annotation, **{"@context": collection.get("@context")})
            run("annotation", annotation, f"{name}: first/items/{i}")
    print(f"{passed} of {total} MUST assertions pass")
    return 0 if passed == total and total > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
