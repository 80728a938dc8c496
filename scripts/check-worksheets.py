#!/usr/bin/env python3
"""Check shipped worksheets: JSON Schema, cross-references, and the scoring they produce.

Usage: scripts/check-worksheets.py [WORKSHEET.yaml ...]   (default: worksheets/*.yaml)
       scripts/check-worksheets.py --scenarios            (also print acceptance scenarios)

Needs PyYAML and jsonschema. Scores follow DESIGN §4 and mirror Sources/VerdictEngine/Scoring:
points = Σ weight × importance × answer points over answered visible questions; max = the
most each option could reach on the visible questions; margin = (winner − runner-up) ÷
winner's max. Exits 1 when any check fails.
"""
import glob
import itertools
import json
import os
import sys

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REASONS_PER_SIDE = 5

# Acceptance scenarios for the default worksheet (question id → answer id, every question).
SCENARIOS = {
    "django-vs-flask": {
        "A (API-only services on a document store, senior team, own library picks)": ("flask", {
            "framework-experience": "several", "team-experience": "senior", "shared-conventions": "no",
            "choose-own-libraries": "own-picks", "type-hints": "no", "product-shape": "api-only",
            "api-layer": "hand-written", "admin-needed": "no", "user-accounts": "external-identity",
            "content-heavy": "no", "reuse-apps": "no", "multi-tenancy": "no", "app-size": "small",
            "database": "document", "geo-data": "no", "external-data": "no", "async-io": "little",
            "realtime": "no", "streaming": "no", "embedded-web-layer": "no", "microservices": "yes",
            "background-jobs": "no", "plugin-architecture": "no", "serverless": "no", "raw-speed": "no",
            "existing-code": "none", "auditable-core": "no", "time-to-launch": "soon", "support-policy": "no",
        }),
        "B (content site with back office and accounts on SQL, junior team, integrated stack)": ("django", {
            "framework-experience": "none", "team-experience": "junior", "shared-conventions": "yes",
            "choose-own-libraries": "integrated", "type-hints": "no", "product-shape": "html-pages",
            "admin-needed": "record-editing", "user-accounts": "own-accounts", "content-heavy": "yes",
            "reuse-apps": "yes", "multi-tenancy": "no", "app-size": "medium", "database": "relational",
            "orm-style": "built-in", "legacy-schema": "no", "geo-data": "no", "external-data": "no",
            "async-io": "little", "realtime": "no", "streaming": "no", "embedded-web-layer": "no",
            "microservices": "no", "background-jobs": "no", "plugin-architecture": "no", "serverless": "no",
            "raw-speed": "no", "existing-code": "none", "auditable-core": "no", "time-to-launch": "soon", "support-policy": "yes",
        }),
    },
    "django-flask-fastapi": {
        "C (typed async API-only service with streaming, senior team)": ("fastapi", {
            "framework-experience": "several", "team-experience": "senior", "shared-conventions": "no",
            "choose-own-libraries": "own-picks", "type-hints": "yes", "product-shape": "api-only",
            "api-layer": "typed-schemas", "admin-needed": "no", "user-accounts": "external-identity",
            "content-heavy": "no", "reuse-apps": "no", "multi-tenancy": "no", "app-size": "small",
            "database": "relational", "geo-data": "no", "external-data": "no", "async-io": "most",
            "realtime": "no", "streaming": "yes", "embedded-web-layer": "no", "microservices": "yes",
            "background-jobs": "no", "plugin-architecture": "no", "serverless": "no", "raw-speed": "yes",
            "existing-code": "none", "auditable-core": "no", "time-to-launch": "soon", "support-policy": "no",
            "orm-style": "sqlalchemy", "legacy-schema": "no", "wsgi-only-hosting": "no",
        }),
        "D (pages and API with back office and accounts, junior team)": ("django", {
            "framework-experience": "none", "team-experience": "junior", "shared-conventions": "yes",
            "choose-own-libraries": "integrated", "type-hints": "no", "product-shape": "pages-and-api",
            "admin-needed": "record-editing", "user-accounts": "own-accounts", "content-heavy": "no",
            "reuse-apps": "yes", "multi-tenancy": "no", "app-size": "medium", "database": "relational",
            "orm-style": "built-in", "legacy-schema": "no", "geo-data": "no", "external-data": "no",
            "async-io": "little", "realtime": "no", "streaming": "no", "embedded-web-layer": "no",
            "microservices": "no", "background-jobs": "no", "plugin-architecture": "no", "serverless": "no",
            "raw-speed": "no", "existing-code": "none", "auditable-core": "no", "time-to-launch": "soon", "support-policy": "yes",
            "api-layer": "model-resources", "wsgi-only-hosting": "no",
        }),
        "E (small HTML tool on WSGI hosting, seniors who know Flask)": ("flask", {
            "framework-experience": "flask", "team-experience": "senior", "shared-conventions": "no",
            "choose-own-libraries": "own-picks", "type-hints": "no", "product-shape": "html-pages",
            "admin-needed": "no", "user-accounts": "no-sign-in", "content-heavy": "no", "reuse-apps": "no",
            "multi-tenancy": "no", "app-size": "small", "database": "mixed", "orm-style": "sqlalchemy",
            "legacy-schema": "no", "geo-data": "no", "external-data": "no", "async-io": "little",
            "realtime": "no", "streaming": "no", "embedded-web-layer": "tool-ui", "microservices": "no",
            "background-jobs": "no", "plugin-architecture": "no", "serverless": "no", "raw-speed": "no",
            "existing-code": "none", "auditable-core": "no", "wsgi-only-hosting": "yes", "time-to-launch": "soon",
            "support-policy": "yes",
        }),
    },
}

def questions(ws):
    return [q for s in ws["sections"] for q in s["questions"]]


def check(ws, path):
    """Cross-reference checks the schema cannot express; returns a list of problems."""
    problems = []
    options = [o["id"] for o in ws["options"]]
    if len(set(options)) != len(options):
        problems.append("duplicate option ids")
    sections = [s["id"] for s in ws["sections"]]
    if len(set(sections)) != len(sections):
        problems.append("duplicate section ids")
    sources = [s["id"] for s in ws.get("sources", [])]
    if len(set(sources)) != len(sources):
        problems.append("duplicate source ids")
    qs = questions(ws)
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate question ids")
    seen = set()
    for q in qs:
        where = f"question {q['id']}"
        answers = [a["id"] for a in q["answers"]]
        if len(set(answers)) != len(answers):
            problems.append(f"{where}: duplicate answer ids")
        if q["kind"] == "yesno" and sorted(answers) != ["no", "yes"]:
            problems.append(f"{where}: yesno needs exactly yes and no, got {answers}")
        for src in q.get("sources", []):
            if src not in sources:
                problems.append(f"{where}: unknown source {src}")
        cond = q.get("showWhen")
        if cond:
            target = next((t for t in qs if t["id"] == cond["question"]), None)
            if target is None:
                problems.append(f"{where}: showWhen names unknown question {cond['question']}")
            else:
                if cond["question"] not in seen:
                    problems.append(f"{where}: showWhen question {cond['question']} is not asked earlier")
                valid = {a["id"] for a in target["answers"]}
                for a in cond["answers"]:
                    if a not in valid:
                        problems.append(f"{where}: showWhen answer {a} not in {sorted(valid)}")
        for a in q["answers"]:
            if not a.get("reason", "").strip():
                problems.append(f"{where}/{a['id']}: no reason")
            for opt in list(a.get("points", {})) + a.get("excludes", []) + ([a["requires"]] if "requires" in a else []):
                if opt not in options:
                    problems.append(f"{where}/{a['id']}: unknown option {opt}")
        seen.add(q["id"])
    th = ws.get("thresholds", {})
    if th.get("tooClose", 0.05) > th.get("lean", 0.15):
        problems.append("thresholds: tooClose > lean")
    return problems


def visible(ws, answers):
    by_id = {q["id"]: q for q in questions(ws)}

    def shown(q):
        while q.get("showWhen"):
            c = q["showWhen"]
            if answers.get(c["question"]) not in c["answers"]:
                return False
            q = by_id[c["question"]]
        return True

    return [q for q in questions(ws) if shown(q)]


def score(ws, answers, importance=None):
    importance = importance or {}
    options = [o["id"] for o in ws["options"]]
    points = dict.fromkeys(options, 0.0)
    maxima = dict.fromkeys(options, 0.0)
    ruled_out = {}
    contributions = []
    shown = visible(ws, answers)
    for q in shown:
        factor = q.get("weight", 1) * importance.get(q["id"], 1)
        for o in options:
            maxima[o] += factor * max(a.get("points", {}).get(o, 0) for a in q["answers"])
        answer = next((a for a in q["answers"] if a["id"] == answers.get(q["id"])), None)
        if answer is None:
            continue
        for o in options:
            gained = factor * answer.get("points", {}).get(o, 0)
            points[o] += gained
            if gained > 0:
                contributions.append((gained, q["id"], o, answer["reason"]))
        for o in answer.get("excludes", []):
            ruled_out.setdefault(o, []).append(q["id"])
        if "requires" in answer:
            for o in options:
                if o != answer["requires"]:
                    ruled_out.setdefault(o, []).append(q["id"])
    order = sorted(options, key=lambda o: (o in ruled_out, -points[o], options.index(o)))
    eligible = [o for o in order if o not in ruled_out]
    if not eligible:
        rec = (None, "too-close", 0.0)
    elif len(eligible) == 1:
        rec = (eligible[0], "clear", 1.0)
    elif points[eligible[0]] == points[eligible[1]]:
        rec = (None, "too-close", 0.0)
    else:
        w, r = eligible[0], eligible[1]
        margin = (points[w] - points[r]) / maxima[w] if maxima[w] > 0 else 0.0
        th = ws.get("thresholds", {})
        kind = "too-close" if margin < th.get("tooClose", 0.05) else "lean" if margin < th.get("lean", 0.15) else "clear"
        rec = (w, kind, margin)
    leader = eligible[0] if eligible else order[0]
    ranked = sorted(contributions, key=lambda c: (-c[0], c[1]))
    reasons = [c for c in ranked if c[2] == leader][:REASONS_PER_SIDE]
    return {"points": points, "max": maxima, "order": order, "recommendation": rec,
            "reasons": reasons, "ruledOut": ruled_out, "visible": [q["id"] for q in shown]}


def describe(ws, result):
    lines = []
    for o in result["order"]:
        p, m = result["points"][o], result["max"][o]
        lines.append(f"    {o}: {p:g} / {m:g} ({p / m * 100 if m else 0:.1f}%)")
    opt, kind, margin = result["recommendation"]
    lines.append(f"    → {opt} ({kind}, margin {margin:.3f})")
    for pts, qid, _, text in result["reasons"]:
        lines.append(f"      {pts:g}  {qid}: {text}")
    return "\n".join(lines)


def wakatime_exhaustive(ws):
    qs = questions(ws)
    kinds = {}
    failures = 0
    for combo in itertools.product(["yes", "no"], repeat=len(qs)):
        answers = {q["id"]: a for q, a in zip(qs, combo)}
        r = score(ws, answers)
        d, f = r["points"]["django"], r["points"]["flask"]
        if d + f != 8 or r["max"]["django"] != 8 or r["max"]["flask"] != 8:
            failures += 1
        opt, kind, _ = r["recommendation"]
        split = f"{int(max(d, f))}-{int(min(d, f))}"
        expected = "too-close" if d == f else "lean" if abs(d - f) == 2 else "clear"
        if kind != expected or (d == f) != (opt is None):
            failures += 1
        kinds.setdefault(split, {}).setdefault(kind, 0)
        kinds[split][kind] += 1
    return failures, kinds


def main(argv):
    show = "--scenarios" in argv
    paths = [a for a in argv if not a.startswith("--")] or sorted(glob.glob(os.path.join(ROOT, "worksheets", "*.yaml")))
    with open(os.path.join(ROOT, "schemas", "worksheet.schema.json")) as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    failed = False
    for path in paths:
        with open(path) as f:
            ws = yaml.safe_load(f)
        problems = [f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(ws)]
        if not problems:
            problems = check(ws, path)
        qs = questions(ws)
        print(f"{os.path.basename(path)}: {len(qs)} questions, {len(ws['sections'])} sections, "
              f"{sum(1 for q in qs if q.get('showWhen'))} conditional, "
              f"{'OK' if not problems else 'FAILED'}")
        for p in problems:
            print(f"  {p}")
        failed |= bool(problems)
        if problems:
            continue
        if ws["id"] == "wakatime-2015":
            bad, kinds = wakatime_exhaustive(ws)
            print(f"  all {2 ** len(qs)} answer combinations: {'OK' if not bad else f'{bad} FAILED'}; "
                  + ", ".join(f"{s}: {k}" for s, k in sorted(kinds.items(), reverse=True)))
            failed |= bool(bad)
        for name, (expected, answers) in SCENARIOS.get(ws["id"], {}).items():
            r = score(ws, answers)
            unknown = [q for q in answers if q not in {q["id"] for q in qs}]
            missing = [q for q in r["visible"] if q not in answers]
            hidden = [q for q in answers if q not in r["visible"]]
            opt, kind, _ = r["recommendation"]
            ok = opt == expected and kind == "clear" and not unknown and not missing and not hidden
            print(f"  scenario {name}: {'OK' if ok else 'FAILED'}")
            if unknown or missing or hidden:
                print(f"    unknown {unknown}, unanswered {missing}, hidden {hidden}")
            if show or not ok:
                print(describe(ws, r))
            failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
