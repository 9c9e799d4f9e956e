#!/usr/bin/env python3
"""Writes the bad-input corpus: bad/NNN-name.json (the raw bytes) and expectations.json (file -> path and code).

The files are the truth; this script only documents how they were made and makes adding a case cheap.
Run it from this directory: `python3 make_corpus.py`. Each case states the error it must produce, chosen by
reading the contract, not by running the library. Inputs that would be megabytes (over 1 MiB, 10,000-level
nesting, huge arrays) are made in code instead: see GeneratedCorpus.cs.
"""
import copy
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "bad")

BASE = {
    "jurisdiction": "flanders",
    "setting": "school",
    "occurredYearsAgo": 0,
    "involvesSexting": False,
    "people": [
        {"id": "p1", "ageYears": 14, "hasDisability": False, "lowFunctioning": False},
        {"id": "p2", "ageYears": 13},
    ],
    "behaviours": [
        {
            "id": "b1",
            "actorId": "p1",
            "affectedIds": ["p2"],
            "description": "a description",
            "criteria": {
                "consent": "yellow", "voluntariness": "green", "equality": "green",
                "development": "green", "context": "green", "impact": "green",
            },
            "intimacy": "handsOff",
            "repeatedAfterCorrection": False,
            "priorSeriousAddressed": False,
            "awareAtTheTime": False,
            "distributesImages": False,
            "labels": ["staff"],
            "override": {"flag": "red", "basis": "intimacy", "reason": "a reason"},
        }
    ],
}

BASE_TEXT = json.dumps(BASE, indent=2, ensure_ascii=False)

cases = []  # (name, bytes, path, code, note)


def add(name, data, path, code, note=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    cases.append((name, data, path, code, note))


def mutate(name, change, path, code, note="", compact=False):
    doc = copy.deepcopy(BASE)
    change(doc)
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False) if compact else json.dumps(doc, indent=2, ensure_ascii=False)
    add(name, text, path, code, note)


def replace(name, old, new, path, code, note="", count=1):
    assert BASE_TEXT.count(old) >= 1, old
    add(name, BASE_TEXT.replace(old, new, count), path, code, note)


def b0(doc):
    return doc["behaviours"][0]


def setp(*keys_and_value):
    """Returns a change that sets doc[k1][k2]...[kn] = value."""
    *keys, value = keys_and_value

    def change(doc):
        target = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


def delp(*keys):
    def change(doc):
        target = doc
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return change


INVALID_JSON = "invalidJson"
REQUIRED = "required"
UNKNOWN_PROPERTY = "unknownProperty"
DUPLICATE_PROPERTY = "duplicateProperty"
WRONG_TYPE = "wrongType"
UNKNOWN_VALUE = "unknownValue"
OUT_OF_RANGE = "outOfRange"
DUPLICATE_ID = "duplicateId"
DANGLING_ID = "danglingId"
INVALID = "invalid"
TOO_LARGE = "tooLarge"

B = "$.behaviours[0]"
C = "$.behaviours[0].criteria"
O = "$.behaviours[0].override"
P = "$.people[0]"

# --- malformed JSON -------------------------------------------------------------------------------------------------
add("empty", b"", "$", INVALID_JSON)
add("whitespace-only", b" \n\t \r\n", "$", INVALID_JSON)
add("only-open-brace", b"{", "$", INVALID_JSON)
add("only-close-brace", b"}", "$", INVALID_JSON)
add("only-open-bracket", b"[", "$", INVALID_JSON)
add("bare-word", b"incident", "$", INVALID_JSON)
add("truncated-null", b"nul", "$", INVALID_JSON)
add("two-roots", b"{}{}", "$", INVALID_JSON)
add("garbage-after-root", BASE_TEXT + " x", "$", INVALID_JSON)
add("second-document-after-root", BASE_TEXT + "\n" + BASE_TEXT, "$", INVALID_JSON)
replace("trailing-comma-object", '"involvesSexting": false,', '"involvesSexting": false,,', "$", INVALID_JSON)
add("trailing-comma-root-object", BASE_TEXT[:-2] + ",\n}", "$", INVALID_JSON)
replace("trailing-comma-array", '"p2"\n      ]', '"p2",\n      ]', B + ".affectedIds", INVALID_JSON)
replace("trailing-comma-criteria", '"impact": "green"\n', '"impact": "green",\n', C, INVALID_JSON)
replace("leading-comma-array", '"affectedIds": [', '"affectedIds": [,', B + ".affectedIds", INVALID_JSON)
replace("line-comment", '"setting": "school",', '"setting": "school", // a comment', "$", INVALID_JSON)
replace("block-comment", '"setting": "school",', '"setting": /* c */ "school",', "$.setting", INVALID_JSON)
replace("single-quoted-value", '"setting": "school"', "\"setting\": 'school'", "$.setting", INVALID_JSON)
replace("single-quoted-name", '"setting": "school"', "'setting': \"school\"", "$", INVALID_JSON)
replace("unquoted-name", '"setting": "school"', 'setting: "school"', "$", INVALID_JSON)
replace("unquoted-value", '"setting": "school"', '"setting": school', "$.setting", INVALID_JSON)
replace("missing-colon", '"setting": "school"', '"setting" "school"', "$", INVALID_JSON)
replace("double-colon", '"setting": "school"', '"setting":: "school"', "$.setting", INVALID_JSON)
replace("missing-comma-between-properties", '"setting": "school",', '"setting": "school"', "$", INVALID_JSON)
replace("missing-comma-in-object", '"ageYears": 14,', '"ageYears": 14', P, INVALID_JSON)
replace("missing-comma-in-array", '},\n    {', '}\n    {', "$.people", INVALID_JSON)
replace("nan-age", '"ageYears": 14', '"ageYears": NaN', P + ".ageYears", INVALID_JSON)
replace("infinity-age", '"ageYears": 14', '"ageYears": Infinity', P + ".ageYears", INVALID_JSON)
replace("minus-infinity-years", '"occurredYearsAgo": 0', '"occurredYearsAgo": -Infinity', "$.occurredYearsAgo", INVALID_JSON)
replace("leading-zero-age", '"ageYears": 14', '"ageYears": 014', P + ".ageYears", INVALID_JSON)
replace("plus-sign-age", '"ageYears": 14', '"ageYears": +14', P + ".ageYears", INVALID_JSON)
replace("leading-dot-age", '"ageYears": 14', '"ageYears": .5', P + ".ageYears", INVALID_JSON)
replace("trailing-dot-age", '"ageYears": 14', '"ageYears": 14.', P + ".ageYears", INVALID_JSON)
replace("hex-age", '"ageYears": 14', '"ageYears": 0x0E', P + ".ageYears", INVALID_JSON)
replace("exponent-without-digits", '"ageYears": 14', '"ageYears": 1e', P + ".ageYears", INVALID_JSON)
replace("capital-true", '"involvesSexting": false', '"involvesSexting": False', "$.involvesSexting", INVALID_JSON)
replace("truncated-true", '"distributesImages": false', '"distributesImages": fals', B + ".distributesImages", INVALID_JSON)
replace("python-none", '"distributesImages": false', '"distributesImages": None', B + ".distributesImages", INVALID_JSON)
replace("unterminated-string", '"setting": "school",', '"setting": "school,', "$.setting", INVALID_JSON)
replace("raw-tab-in-string", '"a description"', '"a\tdescription"', B + ".description", INVALID_JSON)
replace("raw-newline-in-string", '"a description"', '"a\ndescription"', B + ".description", INVALID_JSON)
replace("raw-nul-in-string", '"a description"', '"a\x00description"', B + ".description", INVALID_JSON)
replace("nul-between-tokens", '"setting": "school",', '"setting": "school",\x00', "$", INVALID_JSON)
replace("bad-escape", '"a description"', '"a \\x41 description"', B + ".description", INVALID_JSON)
replace("short-unicode-escape", '"a description"', '"a \\u12 description"', B + ".description", INVALID_JSON)
replace("non-hex-unicode-escape", '"a description"', '"a \\uZZZZ description"', B + ".description", INVALID_JSON)
replace("unclosed-array", '"p2"\n      ],', '"p2"\n      ,', B + ".affectedIds", INVALID_JSON)
add("truncated-mid-document", BASE_TEXT[: BASE_TEXT.index('"criteria"') + 20], C, INVALID_JSON)
add("truncated-after-name", BASE_TEXT[: BASE_TEXT.index('"behaviours"') + 12], "$", INVALID_JSON)
add("truncated-in-people", BASE_TEXT[: BASE_TEXT.index('"ageYears": 13') + 5], "$.people[1]", INVALID_JSON)
add("mismatched-brackets", BASE_TEXT.replace('"p2"\n      ]', '"p2"\n      }', 1), B + ".affectedIds", INVALID_JSON)
add("extra-closing-brace", BASE_TEXT + "}", "$", INVALID_JSON)

# --- encodings and byte-order marks ---------------------------------------------------------------------------------
utf8 = BASE_TEXT.encode("utf-8")
add("double-bom", b"\xef\xbb\xbf\xef\xbb\xbf" + utf8, "$", INVALID_JSON, "one BOM is allowed, two are not")
add("bom-in-the-middle", utf8.replace(b'"setting"', b'\xef\xbb\xbf"setting"', 1), "$", INVALID_JSON)
add("utf16-le-with-bom", b"\xff\xfe" + BASE_TEXT.encode("utf-16-le"), "$", INVALID_JSON)
add("utf16-be-with-bom", b"\xfe\xff" + BASE_TEXT.encode("utf-16-be"), "$", INVALID_JSON)
add("utf16-le-without-bom", BASE_TEXT.encode("utf-16-le"), "$", INVALID_JSON)
add("utf32-le-with-bom", b"\xff\xfe\x00\x00" + BASE_TEXT.encode("utf-32-le"), "$", INVALID_JSON)
add("latin1-byte-in-description", utf8.replace(b"a description", b"caf\xe9", 1), "$", INVALID_JSON)
add("overlong-utf8-slash", utf8.replace(b"a description", b"a \xc0\xaf b", 1), "$", INVALID_JSON)
add("lone-continuation-byte", utf8.replace(b"a description", b"a \x80 b", 1), "$", INVALID_JSON)
add("utf8-encoded-surrogate", utf8.replace(b"a description", b"a \xed\xa0\x80 b", 1), "$", INVALID_JSON)
add("truncated-utf8-sequence-at-end", utf8 + b"\xe2\x82", "$", INVALID_JSON)
add("utf8-beyond-u10ffff", utf8.replace(b"a description", b"a \xf4\x90\x80\x80 b", 1), "$", INVALID_JSON)
add("invalid-byte-ff", utf8.replace(b'"school"', b'"sch\xffol"', 1), "$", INVALID_JSON)
add("bom-only", b"\xef\xbb\xbf", "$", INVALID_JSON)
add("bom-then-array", b"\xef\xbb\xbf[]", "$", WRONG_TYPE)

# --- the root -------------------------------------------------------------------------------------------------------
add("root-array", b"[]", "$", WRONG_TYPE)
add("root-array-of-incident", "[" + BASE_TEXT + "]", "$", WRONG_TYPE)
add("root-null", b"null", "$", WRONG_TYPE)
add("root-number", b"42", "$", WRONG_TYPE)
add("root-string", b'"incident"', "$", WRONG_TYPE)
add("root-true", b"true", "$", WRONG_TYPE)
add("root-empty-object", b"{}", "$.jurisdiction", REQUIRED)

# --- wrong types, every field ---------------------------------------------------------------------------------------
mutate("wrong-type-jurisdiction-number", setp("jurisdiction", 1), "$.jurisdiction", WRONG_TYPE)
mutate("wrong-type-jurisdiction-array", setp("jurisdiction", ["flanders"]), "$.jurisdiction", WRONG_TYPE)
mutate("wrong-type-setting-bool", setp("setting", True), "$.setting", WRONG_TYPE)
mutate("wrong-type-setting-object", setp("setting", {"name": "school"}), "$.setting", WRONG_TYPE)
mutate("wrong-type-years-string", setp("occurredYearsAgo", "0"), "$.occurredYearsAgo", WRONG_TYPE)
mutate("wrong-type-years-bool", setp("occurredYearsAgo", False), "$.occurredYearsAgo", WRONG_TYPE)
mutate("wrong-type-sexting-string", setp("involvesSexting", "true"), "$.involvesSexting", WRONG_TYPE)
mutate("wrong-type-sexting-number", setp("involvesSexting", 1), "$.involvesSexting", WRONG_TYPE)
mutate("wrong-type-distributes-string", setp("behaviours", 0, "distributesImages", "no"), B + ".distributesImages", WRONG_TYPE)
mutate("wrong-type-distributes-array", setp("behaviours", 0, "distributesImages", []), B + ".distributesImages", WRONG_TYPE)
mutate("wrong-type-labels-string", setp("behaviours", 0, "labels", "staff"), B + ".labels", WRONG_TYPE)
mutate("wrong-type-label-number", setp("behaviours", 0, "labels", [1]), B + ".labels[0]", WRONG_TYPE)
mutate("removed-unsafe-context", setp("unsafeContext", True), "$.unsafeContext", UNKNOWN_PROPERTY)
mutate("removed-basis-other", setp("behaviours", 0, "override", "basis", "other"), O + ".basis", UNKNOWN_VALUE)
mutate("wrong-type-people-object", setp("people", {"p1": {"ageYears": 14}}), "$.people", WRONG_TYPE)
mutate("wrong-type-people-string", setp("people", "p1, p2"), "$.people", WRONG_TYPE)
mutate("wrong-type-people-number", setp("people", 2), "$.people", WRONG_TYPE)
mutate("wrong-type-person-string", lambda d: d["people"].__setitem__(0, "p1"), P, WRONG_TYPE)
mutate("wrong-type-person-array", lambda d: d["people"].__setitem__(0, ["p1", 14]), P, WRONG_TYPE)
mutate("wrong-type-person-null", lambda d: d["people"].__setitem__(0, None), P, WRONG_TYPE)
mutate("wrong-type-person-id-number", setp("people", 0, "id", 1), P + ".id", WRONG_TYPE)
mutate("wrong-type-person-id-object", setp("people", 0, "id", {"value": "p1"}), P + ".id", WRONG_TYPE)
mutate("wrong-type-age-string", setp("people", 0, "ageYears", "14"), P + ".ageYears", WRONG_TYPE)
mutate("wrong-type-age-bool", setp("people", 0, "ageYears", True), P + ".ageYears", WRONG_TYPE)
mutate("wrong-type-age-array", setp("people", 0, "ageYears", [14]), P + ".ageYears", WRONG_TYPE)
mutate("wrong-type-disability-string", setp("people", 0, "hasDisability", "false"), P + ".hasDisability", WRONG_TYPE)
mutate("wrong-type-disability-number", setp("people", 0, "hasDisability", 0), P + ".hasDisability", WRONG_TYPE)
mutate("wrong-type-low-functioning-string", setp("people", 0, "lowFunctioning", "yes"), P + ".lowFunctioning", WRONG_TYPE)
mutate("wrong-type-behaviours-object", setp("behaviours", {"b1": {}}), "$.behaviours", WRONG_TYPE)
mutate("wrong-type-behaviours-string", setp("behaviours", "b1"), "$.behaviours", WRONG_TYPE)
mutate("wrong-type-behaviour-number", lambda d: d["behaviours"].__setitem__(0, 1), B, WRONG_TYPE)
mutate("wrong-type-behaviour-null", lambda d: d["behaviours"].__setitem__(0, None), B, WRONG_TYPE)
mutate("wrong-type-behaviour-id-number", setp("behaviours", 0, "id", 1), B + ".id", WRONG_TYPE)
mutate("wrong-type-actor-array", setp("behaviours", 0, "actorId", ["p1"]), B + ".actorId", WRONG_TYPE)
mutate("wrong-type-actor-number", setp("behaviours", 0, "actorId", 1), B + ".actorId", WRONG_TYPE)
mutate("wrong-type-affected-string", setp("behaviours", 0, "affectedIds", "p2"), B + ".affectedIds", WRONG_TYPE)
mutate("wrong-type-affected-object", setp("behaviours", 0, "affectedIds", {"0": "p2"}), B + ".affectedIds", WRONG_TYPE)
mutate("wrong-type-affected-item-number", setp("behaviours", 0, "affectedIds", [2]), B + ".affectedIds[0]", WRONG_TYPE)
mutate("wrong-type-affected-item-object", setp("behaviours", 0, "affectedIds", [{"id": "p2"}]), B + ".affectedIds[0]", WRONG_TYPE)
mutate("wrong-type-affected-item-null", setp("behaviours", 0, "affectedIds", [None]), B + ".affectedIds[0]", WRONG_TYPE)
mutate("wrong-type-description-number", setp("behaviours", 0, "description", 3), B + ".description", WRONG_TYPE)
mutate("wrong-type-description-array", setp("behaviours", 0, "description", ["a", "b"]), B + ".description", WRONG_TYPE)
mutate("wrong-type-criteria-array", setp("behaviours", 0, "criteria", ["yellow"] * 6), C, WRONG_TYPE)
mutate("wrong-type-criteria-string", setp("behaviours", 0, "criteria", "yellow"), C, WRONG_TYPE)
mutate("wrong-type-consent-number", setp("behaviours", 0, "criteria", "consent", 1), C + ".consent", WRONG_TYPE)
mutate("wrong-type-voluntariness-bool", setp("behaviours", 0, "criteria", "voluntariness", False), C + ".voluntariness", WRONG_TYPE)
mutate("wrong-type-equality-array", setp("behaviours", 0, "criteria", "equality", ["green"]), C + ".equality", WRONG_TYPE)
mutate("wrong-type-development-object", setp("behaviours", 0, "criteria", "development", {}), C + ".development", WRONG_TYPE)
mutate("wrong-type-context-number", setp("behaviours", 0, "criteria", "context", 0), C + ".context", WRONG_TYPE)
mutate("wrong-type-impact-bool", setp("behaviours", 0, "criteria", "impact", True), C + ".impact", WRONG_TYPE)
mutate("wrong-type-intimacy-number", setp("behaviours", 0, "intimacy", 1), B + ".intimacy", WRONG_TYPE)
mutate("wrong-type-intimacy-bool", setp("behaviours", 0, "intimacy", True), B + ".intimacy", WRONG_TYPE)
mutate("wrong-type-repeated-string", setp("behaviours", 0, "repeatedAfterCorrection", "yes"), B + ".repeatedAfterCorrection", WRONG_TYPE)
mutate("wrong-type-prior-number", setp("behaviours", 0, "priorSeriousAddressed", 1), B + ".priorSeriousAddressed", WRONG_TYPE)
mutate("wrong-type-aware-array", setp("behaviours", 0, "awareAtTheTime", []), B + ".awareAtTheTime", WRONG_TYPE)
mutate("wrong-type-override-string", setp("behaviours", 0, "override", "red"), O, WRONG_TYPE)
mutate("wrong-type-override-array", setp("behaviours", 0, "override", ["red", "intimacy", "r"]), O, WRONG_TYPE)
mutate("wrong-type-override-flag-number", setp("behaviours", 0, "override", "flag", 2), O + ".flag", WRONG_TYPE)
mutate("wrong-type-override-basis-bool", setp("behaviours", 0, "override", "basis", True), O + ".basis", WRONG_TYPE)
mutate("wrong-type-override-reason-number", setp("behaviours", 0, "override", "reason", 42), O + ".reason", WRONG_TYPE)
mutate("wrong-type-override-reason-array", setp("behaviours", 0, "override", "reason", ["a"]), O + ".reason", WRONG_TYPE)

# --- unknown enum values, every field ---------------------------------------------------------------------------------
mutate("enum-jurisdiction-belgium", setp("jurisdiction", "belgium"), "$.jurisdiction", UNKNOWN_VALUE)
mutate("enum-jurisdiction-pascal-case", setp("jurisdiction", "Flanders"), "$.jurisdiction", UNKNOWN_VALUE)
mutate("enum-jurisdiction-empty", setp("jurisdiction", ""), "$.jurisdiction", UNKNOWN_VALUE)
mutate("enum-jurisdiction-number-string", setp("jurisdiction", "0"), "$.jurisdiction", UNKNOWN_VALUE)
mutate("enum-setting-pascal-case", setp("setting", "School"), "$.setting", UNKNOWN_VALUE)
mutate("enum-setting-snake-case", setp("setting", "youth_work"), "$.setting", UNKNOWN_VALUE)
mutate("enum-setting-kebab-case", setp("setting", "disability-care"), "$.setting", UNKNOWN_VALUE)
mutate("enum-setting-turkish-dotted-i", setp("setting", "dİsabilityCare"), "$.setting", UNKNOWN_VALUE)
mutate("enum-setting-leading-space", setp("setting", " school"), "$.setting", UNKNOWN_VALUE)
mutate("enum-consent-purple", setp("behaviours", 0, "criteria", "consent", "purple"), C + ".consent", UNKNOWN_VALUE)
mutate("enum-voluntariness-pascal", setp("behaviours", 0, "criteria", "voluntariness", "Green"), C + ".voluntariness", UNKNOWN_VALUE)
mutate("enum-equality-orange", setp("behaviours", 0, "criteria", "equality", "orange"), C + ".equality", UNKNOWN_VALUE)
mutate("enum-development-trailing-space", setp("behaviours", 0, "criteria", "development", "green "), C + ".development", UNKNOWN_VALUE)
mutate("enum-context-upper", setp("behaviours", 0, "criteria", "context", "UNKNOWN"), C + ".context", UNKNOWN_VALUE)
mutate("enum-impact-dutch", setp("behaviours", 0, "criteria", "impact", "groen"), C + ".impact", UNKNOWN_VALUE)
mutate("enum-consent-fullwidth", setp("behaviours", 0, "criteria", "consent", "ｇreen"), C + ".consent", UNKNOWN_VALUE)
mutate("enum-consent-zero-width-space", setp("behaviours", 0, "criteria", "consent", "gre\u200ben"), C + ".consent", UNKNOWN_VALUE)
mutate("enum-consent-cyrillic-e", setp("behaviours", 0, "criteria", "consent", "gr\u0435en"), C + ".consent", UNKNOWN_VALUE)
mutate("enum-consent-combining-accent", setp("behaviours", 0, "criteria", "consent", "gre\u0301en"), C + ".consent", UNKNOWN_VALUE)
replace("enum-consent-unpaired-surrogate", '"consent": "yellow"', '"consent": "yel\\ud800low"', C + ".consent", UNKNOWN_VALUE)
replace("enum-consent-escaped-nul", '"consent": "yellow"', '"consent": "yellow\\u0000"', C + ".consent", UNKNOWN_VALUE)
mutate("enum-intimacy-lower", setp("behaviours", 0, "intimacy", "handson"), B + ".intimacy", UNKNOWN_VALUE)
mutate("enum-intimacy-kebab", setp("behaviours", 0, "intimacy", "hands-off"), B + ".intimacy", UNKNOWN_VALUE)
mutate("enum-override-flag-unknown", setp("behaviours", 0, "override", "flag", "unknown"), O + ".flag", UNKNOWN_VALUE)
mutate("enum-override-flag-purple", setp("behaviours", 0, "override", "flag", "purple"), O + ".flag", UNKNOWN_VALUE)
mutate("enum-override-basis-policy", setp("behaviours", 0, "override", "basis", "policy"), O + ".basis", UNKNOWN_VALUE)
mutate("enum-override-basis-pascal", setp("behaviours", 0, "override", "basis", "OrganisationRule"), O + ".basis", UNKNOWN_VALUE)
mutate("enum-override-basis-american", setp("behaviours", 0, "override", "basis", "organizationRule"), O + ".basis", UNKNOWN_VALUE)

# --- missing fields -------------------------------------------------------------------------------------------------
mutate("missing-jurisdiction", delp("jurisdiction"), "$.jurisdiction", REQUIRED)
mutate("missing-setting", delp("setting"), "$.setting", REQUIRED)
mutate("missing-people", delp("people"), "$.people", REQUIRED)
mutate("missing-behaviours", delp("behaviours"), "$.behaviours", REQUIRED)
mutate("null-jurisdiction", setp("jurisdiction", None), "$.jurisdiction", REQUIRED)
mutate("null-people", setp("people", None), "$.people", REQUIRED)
mutate("empty-people", setp("people", []), "$.people", REQUIRED)
mutate("empty-behaviours", setp("behaviours", []), "$.behaviours", REQUIRED)
mutate("missing-person-id", delp("people", 0, "id"), P + ".id", REQUIRED)
mutate("missing-person-age", delp("people", 0, "ageYears"), P + ".ageYears", REQUIRED)
mutate("null-person-age", setp("people", 0, "ageYears", None), P + ".ageYears", REQUIRED)
mutate("empty-person-object", lambda d: d["people"].__setitem__(1, {}), "$.people[1].id", REQUIRED)
mutate("empty-person-id", setp("people", 0, "id", ""), P + ".id", REQUIRED)
mutate("blank-person-id", setp("people", 0, "id", "   "), P + ".id", REQUIRED)
mutate("missing-behaviour-id", delp("behaviours", 0, "id"), B + ".id", REQUIRED)
mutate("missing-actor", delp("behaviours", 0, "actorId"), B + ".actorId", REQUIRED)
mutate("null-actor", setp("behaviours", 0, "actorId", None), B + ".actorId", REQUIRED)
mutate("empty-actor", setp("behaviours", 0, "actorId", ""), B + ".actorId", REQUIRED)
mutate("missing-criteria", delp("behaviours", 0, "criteria"), C, REQUIRED)
mutate("empty-criteria-object", setp("behaviours", 0, "criteria", {}), C + ".consent", REQUIRED)
for criterion in ["consent", "voluntariness", "equality", "development", "context", "impact"]:
    mutate("missing-criterion-" + criterion, delp("behaviours", 0, "criteria", criterion), C + "." + criterion, REQUIRED)
mutate("null-criterion-impact", setp("behaviours", 0, "criteria", "impact", None), C + ".impact", REQUIRED)
mutate("missing-override-flag", delp("behaviours", 0, "override", "flag"), O + ".flag", REQUIRED)
mutate("missing-override-basis", delp("behaviours", 0, "override", "basis"), O + ".basis", REQUIRED)
mutate("missing-override-reason", delp("behaviours", 0, "override", "reason"), O + ".reason", REQUIRED)
mutate("empty-override-reason", setp("behaviours", 0, "override", "reason", ""), O + ".reason", REQUIRED)
mutate("blank-override-reason", setp("behaviours", 0, "override", "reason", " \t\n "), O + ".reason", REQUIRED)
mutate("empty-override-object", setp("behaviours", 0, "override", {}), O + ".flag", REQUIRED)

# --- duplicate properties -------------------------------------------------------------------------------------------
replace("duplicate-jurisdiction", '"setting": "school",', '"setting": "school",\n  "jurisdiction": "netherlands",', "$.jurisdiction", DUPLICATE_PROPERTY)
replace("duplicate-setting-same-value", '"setting": "school",', '"setting": "school",\n  "setting": "school",', "$.setting", DUPLICATE_PROPERTY)
replace("duplicate-people", '"involvesSexting": false,', '"involvesSexting": false,\n  "people": [],', "$.people", DUPLICATE_PROPERTY)
replace("duplicate-person-age", '"ageYears": 13', '"ageYears": 13, "ageYears": 5', "$.people[1].ageYears", DUPLICATE_PROPERTY)
replace("duplicate-criterion", '"consent": "yellow",', '"consent": "yellow", "consent": "green",', C + ".consent", DUPLICATE_PROPERTY)
replace("duplicate-override-flag", '"flag": "red",', '"flag": "red", "flag": "green",', O + ".flag", DUPLICATE_PROPERTY)
replace("duplicate-criteria-object", '"intimacy": "handsOff",', '"intimacy": "handsOff", "criteria": {},', C, DUPLICATE_PROPERTY)
replace("duplicate-repeated-flag", '"repeatedAfterCorrection": false,', '"repeatedAfterCorrection": false, "repeatedAfterCorrection": true,', B + ".repeatedAfterCorrection", DUPLICATE_PROPERTY)
replace("duplicate-via-escape", '"setting": "school",', '"setting": "school",\n  "s\\u0065tting": "sport",', "$.setting", DUPLICATE_PROPERTY, "the same name written with an escape")

# --- unknown properties ---------------------------------------------------------------------------------------------
mutate("unknown-top-level-name", setp("name", "x"), "$.name", UNKNOWN_PROPERTY)
mutate("unknown-top-level-pascal", setp("Jurisdiction", "flanders"), "$.Jurisdiction", UNKNOWN_PROPERTY)
mutate("unknown-typo-repeated", lambda d: b0(d).__setitem__("repeatedAfterCorection", True), B + ".repeatedAfterCorection", UNKNOWN_PROPERTY)
mutate("unknown-person-name", setp("people", 0, "name", "x"), P + ".name", UNKNOWN_PROPERTY)
mutate("unknown-person-age", setp("people", 0, "age", 14), P + ".age", UNKNOWN_PROPERTY)
mutate("unknown-behaviour-flag", setp("behaviours", 0, "flag", "red"), B + ".flag", UNKNOWN_PROPERTY)
mutate("unknown-criterion-self-respect", setp("behaviours", 0, "criteria", "selfRespect", "green"), C + ".selfRespect", UNKNOWN_PROPERTY)
mutate("unknown-override-by", setp("behaviours", 0, "override", "by", "x"), O + ".by", UNKNOWN_PROPERTY)
mutate("unknown-empty-name", setp("", 1), "$['']", UNKNOWN_PROPERTY)
mutate("unknown-name-with-space", setp("unsafe context", True), "$['unsafe context']", UNKNOWN_PROPERTY)
mutate("unknown-name-with-quote", setp("it's", True), "$['it\\'s']", UNKNOWN_PROPERTY)
mutate("unknown-name-with-newline", setp("a\nb", True), "$['a\\u000ab']", UNKNOWN_PROPERTY)
mutate("unknown-name-line-separator", setp("a\u2028b", True), "$['a\\u2028b']", UNKNOWN_PROPERTY)
mutate("unknown-name-emoji", setp("\U0001F6A9", True), "$['\\ud83d\\udea9']", UNKNOWN_PROPERTY)
replace("unknown-name-unpaired-surrogate", '"setting": "school",', '"setting": "school",\n  "\\udc00": 1,', "$['\ufffd']", UNKNOWN_PROPERTY, "an unreadable name is shown as U+FFFD")
mutate("unknown-name-nul", setp("a\x00", 1), "$['a\\u0000']", UNKNOWN_PROPERTY)
mutate("unknown-name-rtl-override", setp("\u202ejurisdiction", "flanders"), "$['\\u202ejurisdiction']", UNKNOWN_PROPERTY)
mutate("unknown-name-trailing-space", setp("setting ", "school"), "$['setting ']", UNKNOWN_PROPERTY)
mutate("unknown-name-long", setp("x" * 5000, 1), "$['" + "x" * 64 + "...']", UNKNOWN_PROPERTY, "long names are cut in the path")
mutate("unknown-deep-value", setp("extra", {"a": {"b": {"c": [1, [2, [3]]]}}}), "$.extra", UNKNOWN_PROPERTY)

# --- dangling and duplicate ids -------------------------------------------------------------------------------------
mutate("dangling-actor", setp("behaviours", 0, "actorId", "ghost"), B + ".actorId", DANGLING_ID)
mutate("dangling-affected", setp("behaviours", 0, "affectedIds", ["ghost"]), B + ".affectedIds[0]", DANGLING_ID)
mutate("dangling-affected-second", setp("behaviours", 0, "affectedIds", ["p2", "p3"]), B + ".affectedIds[1]", DANGLING_ID)
mutate("dangling-actor-case", setp("behaviours", 0, "actorId", "P1"), B + ".actorId", DANGLING_ID)
mutate("dangling-actor-trailing-space", setp("behaviours", 0, "actorId", "p1 "), B + ".actorId", DANGLING_ID)
mutate("dangling-actor-zero-width", setp("behaviours", 0, "actorId", "p\u200b1"), B + ".actorId", DANGLING_ID)
mutate("dangling-actor-fullwidth-digit", setp("behaviours", 0, "actorId", "p\uff11"), B + ".actorId", DANGLING_ID)
mutate("dangling-actor-is-behaviour-id", setp("behaviours", 0, "actorId", "b1"), B + ".actorId", DANGLING_ID)
mutate("dangling-in-second-behaviour", lambda d: d["behaviours"].append(dict(copy.deepcopy(b0(d)), id="b2", actorId="p9")), "$.behaviours[1].actorId", DANGLING_ID)
mutate("duplicate-person-id", setp("people", 1, "id", "p1"), "$.people[1].id", DUPLICATE_ID)
mutate("duplicate-behaviour-id", lambda d: d["behaviours"].append(copy.deepcopy(b0(d))), "$.behaviours[1].id", DUPLICATE_ID)
mutate("duplicate-affected", setp("behaviours", 0, "affectedIds", ["p2", "p2"]), B + ".affectedIds[1]", DUPLICATE_ID)
mutate("actor-affected-by-self", setp("behaviours", 0, "affectedIds", ["p1"]), B + ".affectedIds[0]", INVALID)
mutate("id-with-control-char", setp("people", 1, "id", "p\u00012"), "$.people[1].id", INVALID)
mutate("id-with-escaped-nul", setp("people", 1, "id", "p2\u0000"), "$.people[1].id", INVALID)
replace("id-with-unpaired-surrogate", '"id": "p2"', '"id": "p\\ud800"', "$.people[1].id", INVALID)
replace("description-with-unpaired-surrogate", '"a description"', '"a \\udfff description"', B + ".description", INVALID)
replace("reason-with-unpaired-surrogate", '"a reason"', '"a \\ud83d reason"', O + ".reason", INVALID)
mutate("id-too-long", setp("people", 1, "id", "p" * 65), "$.people[1].id", TOO_LARGE)
mutate("actor-id-too-long", setp("behaviours", 0, "actorId", "a" * 65), B + ".actorId", TOO_LARGE)
mutate("behaviour-id-too-long", setp("behaviours", 0, "id", "b" * 65), B + ".id", TOO_LARGE)
mutate("affected-id-too-long", setp("behaviours", 0, "affectedIds", ["c" * 65]), B + ".affectedIds[0]", TOO_LARGE)
mutate("id-too-long-in-astral-chars", setp("people", 1, "id", "\U0001F600" * 33), "$.people[1].id", TOO_LARGE, "66 UTF-16 units")

# --- numbers out of range -------------------------------------------------------------------------------------------
mutate("age-negative", setp("people", 0, "ageYears", -1), P + ".ageYears", OUT_OF_RANGE)
mutate("age-slightly-negative", setp("people", 0, "ageYears", -0.0001), P + ".ageYears", OUT_OF_RANGE)
mutate("age-121", setp("people", 0, "ageYears", 121), P + ".ageYears", OUT_OF_RANGE)
mutate("age-just-above-120", setp("people", 0, "ageYears", 120.0001), P + ".ageYears", OUT_OF_RANGE)
mutate("age-absurd", setp("people", 0, "ageYears", 1e300), P + ".ageYears", OUT_OF_RANGE)
mutate("age-max-long", setp("people", 0, "ageYears", 9223372036854775807), P + ".ageYears", OUT_OF_RANGE)
mutate("age-min-long", setp("people", 0, "ageYears", -9223372036854775808), P + ".ageYears", OUT_OF_RANGE)
replace("age-beyond-double", '"ageYears": 14', '"ageYears": 1e400', P + ".ageYears", OUT_OF_RANGE)
replace("age-beyond-double-negative", '"ageYears": 14', '"ageYears": -1e400', P + ".ageYears", OUT_OF_RANGE)
replace("age-thousand-digits", '"ageYears": 14', '"ageYears": ' + "9" * 1000, P + ".ageYears", OUT_OF_RANGE)
replace("age-exponent-huge", '"ageYears": 14', '"ageYears": 1E+99999999999', P + ".ageYears", OUT_OF_RANGE)
mutate("years-negative", setp("occurredYearsAgo", -1), "$.occurredYearsAgo", OUT_OF_RANGE)
mutate("years-121", setp("occurredYearsAgo", 121), "$.occurredYearsAgo", OUT_OF_RANGE)
mutate("years-absurd", setp("occurredYearsAgo", 1e200), "$.occurredYearsAgo", OUT_OF_RANGE)
replace("years-beyond-double", '"occurredYearsAgo": 0', '"occurredYearsAgo": 2e308', "$.occurredYearsAgo", OUT_OF_RANGE)
mutate("second-person-age-negative", setp("people", 1, "ageYears", -5), "$.people[1].ageYears", OUT_OF_RANGE)

# --- limits (small enough to keep as files) --------------------------------------------------------------------------
mutate("too-many-people", setp("people", [{"id": f"p{i}", "ageYears": 10} for i in range(1, 102)]), "$.people", TOO_LARGE, compact=True)
mutate("too-many-behaviours", setp("behaviours", [dict(copy.deepcopy(BASE["behaviours"][0]), id=f"b{i}") for i in range(201)]), "$.behaviours", TOO_LARGE, compact=True)
mutate("too-many-affected", setp("behaviours", 0, "affectedIds", ["p2"] * 101), B + ".affectedIds", TOO_LARGE)
mutate("description-too-long", setp("behaviours", 0, "description", "d" * 4001), B + ".description", TOO_LARGE)
mutate("reason-too-long", setp("behaviours", 0, "override", "reason", "r" * 2001), O + ".reason", TOO_LARGE)
mutate("description-too-long-astral", setp("behaviours", 0, "description", "\U0001F6A9" * 2001), B + ".description", TOO_LARGE, "4002 UTF-16 units")
mutate("depth-17-in-unknown-property", setp("extra", json.loads("[" * 16 + "]" * 16)), "$.extra" + "[0]" * 15, TOO_LARGE)
mutate("depth-17-in-criterion", setp("behaviours", 0, "criteria", "consent", json.loads("[" * 13 + "]" * 13)), C + ".consent" + "[0]" * 12, TOO_LARGE)
mutate("depth-17-objects", setp("extra", json.loads('{"a":' * 16 + "1" + "}" * 16)), "$.extra" + ".a" * 15, TOO_LARGE)
mutate("too-many-errors", lambda d: [d.__setitem__(f"x{i}", i) for i in range(150)], "$", TOO_LARGE, "100 errors, then one that counts the rest")

# --- several problems at once: every one is reported --------------------------------------------------------------
mutate("several-problems-first-is-jurisdiction", lambda d: (d.__setitem__("jurisdiction", "mars"), d["people"][0].__setitem__("ageYears", -3)), "$.jurisdiction", UNKNOWN_VALUE)
mutate("several-problems-age-also-reported", lambda d: (d.__setitem__("jurisdiction", "mars"), d["people"][0].__setitem__("ageYears", -3)), P + ".ageYears", OUT_OF_RANGE)
mutate("all-criteria-wrong", lambda d: b0(d).__setitem__("criteria", {k: "pink" for k in BASE["behaviours"][0]["criteria"]}), C + ".impact", UNKNOWN_VALUE)


def main():
    if os.path.isdir(BAD):
        shutil.rmtree(BAD)
    os.makedirs(BAD)
    expectations = {}
    names = set()
    for number, (name, data, path, code, note) in enumerate(cases, start=1):
        assert name not in names, name
        names.add(name)
        file = f"{number:03d}-{name}.json"
        with open(os.path.join(BAD, file), "wb") as f:
            f.write(data)
        entry = {"path": path, "code": code}
        if note:
            entry["note"] = note
        expectations[file] = entry
    with open(os.path.join(HERE, "base.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(BASE_TEXT + "\n")
    with open(os.path.join(HERE, "expectations.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expectations, f, indent=2, ensure_ascii=True)
        f.write("\n")
    print(f"{len(cases)} cases")


main()
