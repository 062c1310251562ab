#!/usr/bin/env python3
"""Derives Monitor's lexicon resource from a WordNet 3.0 database.

Reads the data.*, index.* and *.exc files of WordNet 3.0 (Debian: package
wordnet-base, /usr/share/wordnet) and writes a gzip'd TSV that
WordNetLexicon loads. Glosses, sentence frames and the relations Monitor does
not use are dropped, which keeps the resource small.

The output is deterministic: lines are sorted, and the gzip header carries no
file name and mtime 0, so rerunning on the same database gives the same bytes
(with the same zlib).

Output lines (tab separated; lines starting with '#' are comments):

  S <key> <lemmas> <pointers>
      One synset. Synsets are numbered 0, 1, 2... in the order of their S
      lines; pointers and index lines refer to those numbers. S lines are
      sorted by part of speech (n, v, a, r) and then by WordNet offset.
      <key>     WordNet's synset type letter (n, v, a, s for an adjective
                satellite, r) followed by the 8-digit offset, e.g. n00001740.
                Offsets are stable for WordNet 3.0.
      <lemmas>  '|'-separated, lower case, '_' replaced by ' ', adjective
                position markers such as "(p)" removed, in WordNet's order
                (word numbers of lexical pointers count from 1 in this list).
      <pointers> space-separated; each is <code><synset number>, followed by
                ".<source word>.<target word>" for lexical pointers (those that
                link two words rather than two synsets). Codes:
                  H hypernym (@)           I instance hypernym (@i)
                  A antonym (!)            D derivationally related (+)
                  S similar to (&)         P pertainym / derived from adjective (\\)
                  L participle of verb (<)
  W <pos> <lemma> <synset numbers>
      The senses of one lemma in one part of speech (n, v, a, r), space
      separated, in WordNet's sense order (most frequent sense first).
  X <pos> <inflected form> <base forms>
      One line of WordNet's morphological exception lists ('|'-separated base
      forms), e.g. "X v ran run".
"""

import argparse
import gzip
import io
import os
import re
import sys

POS_ORDER = ["n", "v", "a", "r"]
DATA_FILE = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "r": "data.adv"}
INDEX_FILE = {"n": "index.noun", "v": "index.verb", "a": "index.adj", "r": "index.adv"}
EXC_FILE = {"n": "noun.exc", "v": "verb.exc", "a": "adj.exc", "r": "adv.exc"}

# WordNet pointer symbol -> code in the output. Other pointers are not used by Monitor.
POINTER_CODE = {
    "@": "H",
    "@i": "I",
    "!": "A",
    "+": "D",
    "&": "S",
    "\\": "P",
    "<": "L",
}

ADJ_MARKER = re.compile(r"\([a-z]+\)$")


def normalise_lemma(word):
    return ADJ_MARKER.sub("", word).replace("_", " ").lower()


def data_lines(path):
    # The licence header lines start with two spaces; every data line starts with its offset.
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line and line[0].isdigit():
                yield line


def read_synsets(wordnet_dir):
    """Returns {(pos, offset): (ss_type, lemmas, [(symbol, target_pos, target_offset, src, tgt)])}."""
    synsets = {}
    for pos in POS_ORDER:
        for line in data_lines(os.path.join(wordnet_dir, DATA_FILE[pos])):
            fields = line.split(" | ", 1)[0].split()
            offset = fields[0]
            ss_type = fields[2]
            w_cnt = int(fields[3], 16)
            i = 4
            lemmas = []
            for _ in range(w_cnt):
                lemmas.append(normalise_lemma(fields[i]))
                i += 2  # word, lex_id
            p_cnt = int(fields[i])
            i += 1
            pointers = []
            for _ in range(p_cnt):
                symbol, target_offset, target_pos, source_target = fields[i : i + 4]
                i += 4
                if symbol not in POINTER_CODE:
                    continue
                target_pos = "a" if target_pos == "s" else target_pos
                pointers.append(
                    (symbol, target_pos, target_offset, int(source_target[:2], 16), int(source_target[2:], 16))
                )
            synsets[(pos, offset)] = (ss_type, lemmas, pointers)
    return synsets


def read_index(wordnet_dir, pos):
    """Yields (lemma, [offset...]) in sense order."""
    with open(os.path.join(wordnet_dir, INDEX_FILE[pos]), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue  # licence header
            fields = line.split()
            lemma = fields[0]
            synset_cnt = int(fields[2])
            offsets = fields[len(fields) - synset_cnt :]
            yield normalise_lemma(lemma), offsets


def read_exceptions(wordnet_dir, pos):
    with open(os.path.join(wordnet_dir, EXC_FILE[pos]), encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2:
                yield normalise_lemma(fields[0]), [normalise_lemma(b) for b in fields[1:]]


def licence_comment(wordnet_dir):
    # WordNet's licence asks for its notice on all copies, modified ones included, so the
    # resource carries it (taken from the database's own header) as well as the file beside it.
    lines = []
    with open(os.path.join(wordnet_dir, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                break
            text = line.strip()
            # Header lines read "  <n> <text>"; drop the line number.
            parts = text.split(" ", 1)
            lines.append(parts[1].rstrip() if len(parts) > 1 else "")
    return lines


def build(wordnet_dir):
    synsets = read_synsets(wordnet_dir)
    keys = sorted(synsets, key=lambda k: (POS_ORDER.index(k[0]), k[1]))
    number = {k: n for n, k in enumerate(keys)}

    out = io.StringIO()
    out.write("# Monitor lexicon derived from WordNet 3.0; format described in scripts/wordnet/derive_lexicon.py.\n")
    for line in licence_comment(wordnet_dir):
        out.write(("# " + line).rstrip() + "\n")

    dangling = 0
    for key in keys:
        ss_type, lemmas, pointers = synsets[key]
        encoded = []
        for symbol, target_pos, target_offset, src, tgt in pointers:
            target = number.get((target_pos, target_offset))
            if target is None:
                dangling += 1
                continue
            text = POINTER_CODE[symbol] + str(target)
            if src or tgt:
                text += ".%d.%d" % (src, tgt)
            encoded.append(text)
        out.write("S\t%s%s\t%s\t%s\n" % (ss_type, key[1], "|".join(lemmas), " ".join(encoded)))

    for pos in POS_ORDER:
        rows = []
        for lemma, offsets in read_index(wordnet_dir, pos):
            rows.append((lemma, " ".join(str(number[(pos, o)]) for o in offsets)))
        rows.sort()
        for lemma, senses in rows:
            out.write("W\t%s\t%s\t%s\n" % (pos, lemma, senses))

    for pos in POS_ORDER:
        rows = sorted(read_exceptions(wordnet_dir, pos))
        for inflected, bases in rows:
            out.write("X\t%s\t%s\t%s\n" % (pos, inflected, "|".join(bases)))

    if dangling:
        print("warning: %d pointers to unknown synsets dropped" % dangling, file=sys.stderr)
    return out.getvalue()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(
        here, "..", "..", "src", "Monitor.Analysis", "Lexical", "Resources", "wordnet.tsv.gz"
    )
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0 database directory")
    parser.add_argument("--out", default=default_out, help="resource to write")
    args = parser.parse_args()

    text = build(args.wordnet).encode("utf-8")
    buffer = io.BytesIO()
    # filename='' and mtime=0 keep the gzip header free of anything that changes between runs.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(buffer.getvalue())
    print("%s: %d bytes (%d uncompressed)" % (os.path.normpath(args.out), len(buffer.getvalue()), len(text)))


if __name__ == "__main__":
    main()
