"""Writes and checks a held-out corpus of real news, retold: the part every set's make_corpus.py shares.

A set's make_corpus.py holds its own data (actors, outlets, documents, gold) and calls main(); this module writes
corpus.jsonl and gold.json from that data and checks both files (formats, sizes, key phrases, pairs).
"""
import json, os, re


def url_for(outlets, src, ts, title):
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    slug = "-".join(slug.split("-")[:9])
    return f"https://www.{outlets[src]}/{ts[:4]}/{ts[5:7]}/{ts[8:10]}/{slug}"


def doc_records(outlets, docs):
    out = []
    for did, src, ts, title, paras in docs:
        out.append({"type": "document", "id": did, "source": src, "url": url_for(outlets, src, ts, title),
                    "publishedAt": ts, "title": title, "text": "\n\n".join(paras)})
    return out


def write(here, actors, outlets, docs, gold):
    with open(os.path.join(here, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in actors + doc_records(outlets, docs):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


KINDS = ["stance-reversal", "commitment-reversed", "denial-then-action", "claim-negated",
         "number-mismatch", "date-mismatch", "report-denied", "outlets-disagree"]


def occurrences(key, text):
    """Occurrences of key in text that start and end on word boundaries."""
    pat = r"(?<![\w$])" + re.escape(key) + r"(?![\w])"
    return len(re.findall(pat, text))


def check(here):
    errors = []
    recs = []
    with open(os.path.join(here, "corpus.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errors.append(f"corpus.jsonl line {n} does not parse: {e}")
    gold = json.load(open(os.path.join(here, "gold.json"), encoding="utf-8"))
    actors = [r for r in recs if r["type"] == "actor"]
    docs = [r for r in recs if r["type"] == "document"]
    first_doc = next(i for i, r in enumerate(recs) if r["type"] == "document")
    if any(r["type"] == "actor" for r in recs[first_doc:]):
        errors.append("actor record after a document")
    ids = {a["id"] for a in actors}
    if len(ids) != len(actors):
        errors.append("duplicate actor id")
    if not 8 <= len(actors) <= 12:
        errors.append(f"{len(actors)} actors")
    if not 40 <= len(docs) <= 50:
        errors.append(f"{len(docs)} documents")
    for a in actors:
        for s in a["speakers"]:
            if not s["from"] < s["to"]:
                errors.append(f"actor {a['id']}: speaker {s['name']} has from >= to")
    text = {}
    prev = ""
    for d in docs:
        if d["id"] in text:
            errors.append(f"document id {d['id']} twice")
        text[d["id"]] = d["text"]
        if d["publishedAt"] < prev:
            errors.append(f"{d['id']} out of publication order")
        prev = d["publishedAt"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d["publishedAt"]):
            errors.append(f"{d['id']} publishedAt {d['publishedAt']}")
        words = len(d["text"].split())
        paras = d["text"].split("\n\n")
        if not 120 <= words <= 250:
            errors.append(f"{d['id']} has {words} words")
        if not 2 <= len(paras) <= 4:
            errors.append(f"{d['id']} has {len(paras)} paragraphs")
    used = set()
    seen_keys = {}
    for section in ("statements", "optional"):
        for did, items in gold[section].items():
            if did not in text:
                errors.append(f"{section}: unknown doc {did}")
                continue
            for act, key in items:
                used.add(act)
                if act not in ids:
                    errors.append(f"{section} {did}: unknown actor {act}")
                n = len(key.split())
                if not 3 <= n <= 7:
                    errors.append(f"{section} {did}: key phrase of {n} words: {key!r}")
                if key not in text[did]:
                    errors.append(f"{section} {did}: key phrase not in text: {key!r}")
                elif text[did].count(key) > 1:
                    errors.append(f"{section} {did}: key phrase occurs more than once: {key!r}")
                elif occurrences(key, text[did]) != 1:
                    errors.append(f"{section} {did}: key phrase does not start and end on word boundaries: {key!r}")
                k = (did, key)
                if k in seen_keys:
                    errors.append(f"{section} {did}: key phrase listed twice: {key!r}")
                seen_keys[k] = section
    for did in text:
        if did not in gold["statements"]:
            errors.append(f"{did} has no statements")
    pairs = {}
    order = {d["id"]: i for i, d in enumerate(docs)}
    for e, l, act, why in gold["must_fire"]:
        kind = why.split(":")[0]
        if kind not in KINDS:
            errors.append(f"must_fire {e}-{l}: kind {kind}")
        if order[e] >= order[l]:
            errors.append(f"must_fire {e}-{l}: earlier doc is not earlier")
        for d in (e, l):
            if not any(a == act for a, _ in gold["statements"].get(d, [])):
                errors.append(f"must_fire {e}-{l}: no statement of {act} in {d}")
        key = tuple(sorted((e, l)))
        if key in pairs:
            errors.append(f"pair {key} listed twice")
        pairs[key] = "must"
    for e, l in gold["ambiguous"]:
        key = tuple(sorted((e, l)))
        if key in pairs:
            errors.append(f"ambiguous pair {key} also {pairs[key]}")
        pairs[key] = "ambiguous"
    for e, l, why in gold["traps"]:
        key = tuple(sorted((e, l)))
        if key in pairs:
            errors.append(f"trap pair {key} also {pairs[key]}")
        pairs[key] = "trap"
    for key in pairs:
        for d in key:
            if d not in text:
                errors.append(f"pair {key}: unknown doc {d}")
    # report
    kinds = {}
    for _, _, _, why in gold["must_fire"]:
        k = why.split(":")[0]
        kinds[k] = kinds.get(k, 0) + 1
    print(f"actors {len(actors)}, documents {len(docs)}, words {sum(len(t.split()) for t in text.values())}")
    print(f"statements {sum(len(v) for v in gold['statements'].values())}, optional {sum(len(v) for v in gold['optional'].values())}")
    print(f"must_fire {len(gold['must_fire'])}: " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
    print(f"ambiguous {len(gold['ambiguous'])}, traps {len(gold['traps'])}")
    print("actors with statements:", sorted(used))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("all checks pass")
    return 0


def main(here, actors, outlets, docs, gold, argv):
    """Writes both files unless --check is given, then checks them; returns the exit code."""
    if "--check" not in argv:
        write(here, actors, outlets, docs, gold)
    return check(here)
