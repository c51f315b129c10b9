"""Build and score kg's actor resolution on the development corpora (issue 12).

    .venv/bin/python benchmarks/resolution.py
    .venv/bin/python benchmarks/resolution.py --ecbplus /tmp/ecb     # also ECB+ (slow)
    .venv/bin/python benchmarks/resolution.py --kg /path/to/kg --keep /tmp/res

Builds, with ``kg build ... --quiet --no-cache``, the multi-story corpora that have a
hand gold of their actors and scores each with the shared scorer:

* ``liberia-2029``: ``benchmarks/corpora/liberia-2029`` against ``liberia-2029.gold.json``;
* ``peru-2031``: ``benchmarks/corpora/peru-2031`` against ``peru-2031.gold.json`` (written
  blind to kg's code, so it measures news no rule was written for);
* ``central-2032``: ``benchmarks/corpora/central-2032`` against ``central-2032.gold.json``
  (also written blind, with Polish, Czech and German names);
* ``indian-ocean-2033``: ``benchmarks/corpora/indian-ocean-2033`` against
  ``indian-ocean-2033.gold.json`` (blind too: Arabic, South Asian, Maldivian, Chinese and
  Indonesian names);
* ``great-lakes-2034``: ``benchmarks/corpora/great-lakes-2034`` against
  ``great-lakes-2034.gold.json`` (blind too: US local and state news in AP, courtesy-title
  and partisan styles, with fathers and sons, nicknames and double-barrelled names);
* ``east-asia-2035``: ``benchmarks/corpora/east-asia-2035`` against
  ``east-asia-2035.gold.json`` (blind too: Korean, Japanese and Chinese names written in
  both orders and romanised several ways, chaebol families, two unrelated people of one
  common surname in one article);
* ``eurasia-2036``: ``benchmarks/corpora/eurasia-2036`` against ``eurasia-2036.gold.json``
  (blind too: Ukrainian, Russian, Georgian and Turkish names transliterated several
  ways, patronymics, a husband and wife with a man's and a woman's form of one name,
  father and son of one name, company legal forms written before the name);
* ``middle-east-2037``: ``benchmarks/corpora/middle-east-2037`` against
  ``middle-east-2037.gold.json`` (blind too: Arabic names romanised several ways, with and
  without the article, "bin"/"bint" chains, kunyas, titles, Arabic party and body names);
* ``southeast-asia-2038``: ``benchmarks/corpora/southeast-asia-2038`` against
  ``southeast-asia-2038.gold.json`` (blind too: Indonesian single names, Vietnamese names
  family name first, Thai nicknames and "Khun", Filipino dynasties and nicknames, Malay
  "bin"/"binti" names and titles, Chinese-Singaporean names, local legal forms);
* ``western-europe-2039``: ``benchmarks/corpora/western-europe-2039`` against
  ``western-europe-2039.gold.json`` (blind too: German, French, Italian, Dutch, Spanish
  and Portuguese names with particles, hyphenated given names and double surnames,
  "Herr"/"Frau"/"Signora"/"Senhor" courtesy titles, local legal forms, parties named in
  the local language, in initials and in English, cities with two names);
* ``north-america-2040``: ``benchmarks/corpora/north-america-2040`` against
  ``north-america-2040.gold.json`` (blind too: US and Canadian politics and business in
  AP style, generational suffixes, middle initials, nicknames of given names, spouses,
  Quebec French names, parties and their members, teams by city and nickname);
* ``south-asia-2041``: ``benchmarks/corpora/south-asia-2041`` against
  ``south-asia-2041.gold.json`` (blind too: Indian, Pakistani, Bangladeshi, Sri Lankan
  and Nepali names with initials, honorifics and common surnames, dynasties, courts of
  several countries, cities with old and new names, transliterated spellings);
* ``southern-africa-2042``: ``benchmarks/corpora/southern-africa-2042`` against
  ``southern-africa-2042.gold.json`` (blind too: South African, Zimbabwean, Zambian,
  Mozambican and Angolan names with Afrikaans and Portuguese particles, initials, clan
  names, "Cde"/"Adv"/"Kgosi" titles, common surnames, bodies of several countries);
* ``latin-america-2043``: ``benchmarks/corpora/latin-america-2043`` against
  ``latin-america-2043.gold.json`` (blind too: Mexican, Brazilian, Argentine, Colombian
  and Chilean double surnames, nicknames, initials for presidents, local titles and
  legal forms, Spanish and English names of one body);
* ``business-sport-2044``: ``benchmarks/corpora/business-sport-2044`` against
  ``business-sport-2044.gold.json`` (blind too: US, UK and Australian companies with
  legal forms and tickers, teams by city and nickname, Title Case headlines, fathers
  and sons in business, regulators by short and long names);
* ``west-africa-2045``: ``benchmarks/corpora/west-africa-2045`` against
  ``west-africa-2045.gold.json`` (blind too: Nigerian, Ghanaian, Senegalese, Malian and
  Ivorian names with "Alhaji"/"Hajiya"/"Chief"/"Mallam", traditional rulers by title and
  place, states named like their capitals, French forms, surnames used as given names);
* ``central-europe-2046``: ``benchmarks/corpora/central-europe-2046`` against
  ``central-europe-2046.gold.json`` (blind too: Polish, Czech, Slovak, Hungarian,
  Serbian, Croatian, Romanian and Ukrainian names with gendered surname forms, dropped
  diacritics, Hungarian name order, stacked academic titles, native and English party
  names, same-named bodies of several countries);
* ``science-culture-2047``: ``benchmarks/corpora/science-culture-2047`` against
  ``science-culture-2047.gold.json`` (blind too: science, health and culture news of the
  UK, Ireland, Canada, New Zealand, the Nordic countries and Japan: "Dame"/"Prof"/"FRS",
  stage names, bands, Japanese names in both orders, Nordic patronymics, Irish names,
  institutions named after people);
* ``horn-of-africa-2048``: ``benchmarks/corpora/horn-of-africa-2048`` against
  ``horn-of-africa-2048.gold.json`` (blind too: Ethiopian and Eritrean names with no
  family name and "Ato"/"W/ro"/"W/t", Somali three-part names and nicknames,
  transliterations, regional states named like peoples, one generic body in several
  countries);
* ``maghreb-2049``: ``benchmarks/corpora/maghreb-2049`` against ``maghreb-2049.gold.json``
  (blind too: Arabic and Amazigh names in French and English spellings, "Ould"/"Mint",
  "Si"/"Lalla"/"Moulay"/"M."/"Mme", French and English names and acronyms of parties and
  unions, clubs by initials and nickname);
* ``us-statehouse-2050``: ``benchmarks/corpora/us-statehouse-2050`` against
  ``us-statehouse-2050.gold.json`` (blind too: US state politics and courts of three
  states: dynasties with "Sr."/"Jr."/"III", spouses in politics, nicknames, "Gov."/"Atty.
  Gen." titles, same-named bodies of several states, party chapters and the national
  parties, towns named like people);
* ``lusophone-2051``: ``benchmarks/corpora/lusophone-2051`` against
  ``lusophone-2051.gold.json`` (blind too: the Portuguese-speaking world: long
  Portuguese names shortened many ways, "Filho"/"Neto"/"Júnior", mononym nicknames,
  accents written and dropped, parties and courts in Portuguese and English);
* ``nordic-baltic-2052``: ``benchmarks/corpora/nordic-baltic-2052`` against
  ``nordic-baltic-2052.gold.json`` (blind too: Icelandic patronymics, Lithuanian and
  Latvian gendered family names, letters with and without diacritics, Finnish and
  Swedish names of one town, legal forms of eight countries);
* ``pacific-2053``: ``benchmarks/corpora/pacific-2053`` against ``pacific-2053.gold.json``
  (blind too: Fijian, Samoan and Tongan chiefly titles, Melanesian names with no fixed
  family name, Indo-Fijian and iTaukei names, Māori and English names, spouses and a
  mother and daughter of one family);
* ``uk-ireland-2054``: ``benchmarks/corpora/uk-ireland-2054`` against
  ``uk-ireland-2054.gold.json`` (blind too: peers known by their titles, honours after
  names, Irish-language and English forms of one name, many unrelated Joneses and
  Evanses, "Mac"/"Mc", bodies of the same name in the UK's nations and Ireland);
* ``turkey-caucasus-2055``: ``benchmarks/corpora/turkey-caucasus-2055`` against
  ``turkey-caucasus-2055.gold.json`` (blind too: Turkic and Caucasian patronymics and
  gendered family names, diacritics dropped, honorifics after given names, towns with
  two names, clubs by city and nickname);
* ``caribbean-2056``: ``benchmarks/corpora/caribbean-2056`` against
  ``caribbean-2056.gold.json`` (blind too: creole, French and Spanish names side by
  side, double family names halved, nicknames that replace names, islands' teams and
  demonyms, bodies of the same name on several islands);
* ``iran-afghanistan-2057``: ``benchmarks/corpora/iran-afghanistan-2057`` against
  ``iran-afghanistan-2057.gold.json`` (blind too: Persian and Afghan honorifics before
  and after names, one name romanised several ways, Afghans of one name, provinces and
  their capitals of one name, bodies known in Persian and English);
* ``central-africa-2058``: ``benchmarks/corpora/central-africa-2058`` against
  ``central-africa-2058.gold.json`` (blind too: family names first in capitals, family
  names of two words cut to one, French forms of address, two Congos, one body's name in
  five states, French acronyms in English text);
* ``courts-finance-2059``: ``benchmarks/corpora/courts-finance-2059`` against
  ``courts-finance-2059.gold.json`` (blind too: law firms and funds named after people
  who appear, case captions, judges' titles, parents and units sharing words, a father,
  son and grandson of one name, cities that are people's names);
* ``korea-japan-2060``: ``benchmarks/corpora/korea-japan-2060`` against
  ``korea-japan-2060.gold.json`` (blind too: family names first and last, a few family
  names borne by many, romanisations of one name, honorifics after names, a conglomerate,
  its units and its founding family of one name, prefectures and cities of one name);
* ``india-regional-2061``: ``benchmarks/corpora/india-regional-2061`` against
  ``india-regional-2061.gold.json`` (blind too: initials first and last, family names
  shared by the unrelated, honorifics and suffixes, screen and birth names, cities' old
  and new names, states and tribunals named like rivers, a franchise by city and nickname);
* ``balkans-2062``: ``benchmarks/corpora/balkans-2062`` against
  ``balkans-2062.gold.json`` (blind too: family names with and without diacritics,
  Cyrillic transliterated two ways, gendered family names, common surnames of the
  unrelated, places with two names, seven states' parliaments, clubs by city);
* ``gulf-states-2063``: ``benchmarks/corpora/gulf-states-2063`` against
  ``gulf-states-2063.gold.json`` (blind too: Arabic names with their fathers' names and
  without, "Al" written three ways, names by a son ("Abu X"), royals of one given name,
  family conglomerates, one body's name in six states, emirates that are names);
* ``sport-entertainment-2064``: ``benchmarks/corpora/sport-entertainment-2064`` against
  ``sport-entertainment-2064.gold.json`` (blind too: one-name players beside their full
  names, stage names beside legal ones, bands and films named like people, clubs by
  city, nickname and legal name, brothers in one team, awards named after people);
* ``dach-2065``: ``benchmarks/corpora/dach-2065`` against ``dach-2065.gold.json``
  (blind too: umlauts written out, particles of nobility kept and dropped, academic
  titles stacked, double family names, one acronym for two parties, German and English
  names of one body, cantons and cities of one name);
* ``china-hk-taiwan-2066``: ``benchmarks/corpora/china-hk-taiwan-2066`` against
  ``china-hk-taiwan-2066.gold.json`` (blind too: one name in Mandarin and Cantonese
  romanisation, hyphens written and dropped, English given names before Chinese names,
  Chinese characters beside names, unrelated Wangs, Lins and Chans, married names);
* ``andes-mexico-2067``: ``benchmarks/corpora/andes-mexico-2067`` against
  ``andes-mexico-2067.gold.json`` (blind too: two family names whole, halved and
  abbreviated, compound given names, nicknames that replace names, "Don"/"Lic."/"Ing."
  glued to names, father and son "hijo", married women "de" a husband, towns that are
  surnames, one body's name in five states);
* ``east-africa-2068``: ``benchmarks/corpora/east-africa-2068`` against
  ``east-africa-2068.gold.json`` (blind too: Ethiopian given and father's names with no
  family name, "Ato"/"W/ro", Kenyan names in bank-record order, "Mama X", initials,
  South Sudanese names repeating a father's, one body's name in five states);
* ``southern-europe-2069``: ``benchmarks/corpora/southern-europe-2069`` against
  ``southern-europe-2069.gold.json`` (blind too: Italian particles spaced and glued,
  Spanish family names halved, Greek family names of a man and a woman, names
  transliterated two ways, shipping cousins of one name, one body in three languages);
* ``russia-central-asia-2070``: ``benchmarks/corpora/russia-central-asia-2070``
  against ``russia-central-asia-2070.gold.json`` (blind too: patronymics written and
  dropped, "-uly"/"-kyzy" names, a woman's form of a family name, given names
  transliterated three ways, towns' Soviet names, one body's name in four states);
* ``south-asia-2071``: ``benchmarks/corpora/south-asia-2071`` against
  ``south-asia-2071.gold.json`` (blind too: clan titles written as names ("Chaudhry",
  "Malik"), people known by a given name, Sri Lankan initials, a father's name as a
  son's surname, caste names borne by many, one body's name in three states);
* ``france-belgium-2072``: ``benchmarks/corpora/france-belgium-2072`` against
  ``france-belgium-2072.gold.json`` (blind too: compound given names hyphenated and
  not, "M."/"Mme"/"Me", particles kept, dropped and capitalised two ways, double family
  names, Flemish, French and English place names, one party with two acronyms);
* ``israel-levant-2073``: ``benchmarks/corpora/israel-levant-2073`` against
  ``israel-levant-2073.gold.json`` (blind too: Hebrew names transliterated three ways,
  "ben", "bin", "ibn" and "Abu", kunyas, "al-"/"el-" spellings, father and son "Sr."/
  "Jr.", one place or body in English, Hebrew and Arabic);
* ``canada-us-2074``: ``benchmarks/corpora/canada-us-2074`` against
  ``canada-us-2074.gold.json`` (blind too: English nicknames, "Jr."/"Sr."/"III" written
  and dropped, "Mc"/"Mac" of unrelated people, French and English names of one body, a
  chief known by two names, Québécois double surnames, a team by city and nickname);
* Wikinews/MEANTIME: ``../shared/corpus/meantime/wikinews-meantime.jsonl`` (``--wikinews``)
  against ``benchmarks/corpora/meantime.gold.json``.

With ``--ecbplus DIR`` (a *copy* of ``../shared/eval/dev/ecbplus``: the scorer writes
its builds there) it also runs ``ecbplus.py run-all DIR KG --jobs 2`` and prints its
last line (kg's B3/MUC over every dev topic). Prints one scorer line per corpus:
entity P/R/F1, duplicates, over-merged nodes, type errors, relation P/R/F1. The target
is duplicates 0, over-merged 0, type errors 0. A corpus whose input is missing is
reported and skipped.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "benchmarks" / "corpora"


def _default_shared() -> Path:
    """``../shared`` from the main checkout, ``../../shared`` from a worktree."""
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if (candidate / "eval" / "score.py").is_file():
            return candidate
    return ROOT.parent / "shared"


def _kg_binary() -> str:
    local = Path(sys.executable).with_name("kg")
    return str(local) if local.is_file() else shutil.which("kg") or "kg"


def build_and_score(kg: str, scorer: Path, corpus: Path, gold: Path, out: Path) -> str:
    """Build ``corpus`` into ``out`` and return the scorer's summary line."""
    subprocess.run([kg, "build", str(corpus), "-o", str(out), "--quiet", "--no-cache"], check=True)
    # The scorer exits 1 when a node merges two gold actors; its line is still the reading.
    result = subprocess.run(
        [sys.executable, str(scorer), str(out / "graph.json"), str(gold)],
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(f"score.py failed on {out}: {result.stderr.strip()}")
    lines = result.stdout.strip().splitlines()
    return lines[-1] if lines else "(no output)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = _default_shared()
    parser.add_argument("--kg", default=_kg_binary(), help="the kg executable")
    parser.add_argument("--shared", type=Path, default=shared, help="the shared folder")
    parser.add_argument(
        "--wikinews",
        type=Path,
        default=shared / "corpus" / "meantime" / "wikinews-meantime.jsonl",
    )
    parser.add_argument("--ecbplus", type=Path, help="a copy of the ECB+ dev folder")
    parser.add_argument("--keep", type=Path, help="keep the builds in this folder")
    args = parser.parse_args()
    scorer = args.shared / "eval" / "score.py"
    if not scorer.is_file():
        print(f"scorer not found: {scorer} (give --shared)", file=sys.stderr)
        return 2
    corpora = [
        ("liberia-2029", CORPORA / "liberia-2029", CORPORA / "liberia-2029.gold.json"),
        ("peru-2031", CORPORA / "peru-2031", CORPORA / "peru-2031.gold.json"),
        ("central-2032", CORPORA / "central-2032", CORPORA / "central-2032.gold.json"),
        (
            "indian-ocean-2033",
            CORPORA / "indian-ocean-2033",
            CORPORA / "indian-ocean-2033.gold.json",
        ),
        (
            "great-lakes-2034",
            CORPORA / "great-lakes-2034",
            CORPORA / "great-lakes-2034.gold.json",
        ),
        (
            "east-asia-2035",
            CORPORA / "east-asia-2035",
            CORPORA / "east-asia-2035.gold.json",
        ),
        (
            "eurasia-2036",
            CORPORA / "eurasia-2036",
            CORPORA / "eurasia-2036.gold.json",
        ),
        (
            "middle-east-2037",
            CORPORA / "middle-east-2037",
            CORPORA / "middle-east-2037.gold.json",
        ),
        (
            "southeast-asia-2038",
            CORPORA / "southeast-asia-2038",
            CORPORA / "southeast-asia-2038.gold.json",
        ),
        (
            "western-europe-2039",
            CORPORA / "western-europe-2039",
            CORPORA / "western-europe-2039.gold.json",
        ),
        (
            "north-america-2040",
            CORPORA / "north-america-2040",
            CORPORA / "north-america-2040.gold.json",
        ),
        (
            "south-asia-2041",
            CORPORA / "south-asia-2041",
            CORPORA / "south-asia-2041.gold.json",
        ),
        (
            "southern-africa-2042",
            CORPORA / "southern-africa-2042",
            CORPORA / "southern-africa-2042.gold.json",
        ),
        (
            "latin-america-2043",
            CORPORA / "latin-america-2043",
            CORPORA / "latin-america-2043.gold.json",
        ),
        (
            "business-sport-2044",
            CORPORA / "business-sport-2044",
            CORPORA / "business-sport-2044.gold.json",
        ),
        (
            "west-africa-2045",
            CORPORA / "west-africa-2045",
            CORPORA / "west-africa-2045.gold.json",
        ),
        (
            "central-europe-2046",
            CORPORA / "central-europe-2046",
            CORPORA / "central-europe-2046.gold.json",
        ),
        (
            "science-culture-2047",
            CORPORA / "science-culture-2047",
            CORPORA / "science-culture-2047.gold.json",
        ),
        (
            "horn-of-africa-2048",
            CORPORA / "horn-of-africa-2048",
            CORPORA / "horn-of-africa-2048.gold.json",
        ),
        (
            "maghreb-2049",
            CORPORA / "maghreb-2049",
            CORPORA / "maghreb-2049.gold.json",
        ),
        (
            "us-statehouse-2050",
            CORPORA / "us-statehouse-2050",
            CORPORA / "us-statehouse-2050.gold.json",
        ),
        (
            "lusophone-2051",
            CORPORA / "lusophone-2051",
            CORPORA / "lusophone-2051.gold.json",
        ),
        (
            "nordic-baltic-2052",
            CORPORA / "nordic-baltic-2052",
            CORPORA / "nordic-baltic-2052.gold.json",
        ),
        (
            "pacific-2053",
            CORPORA / "pacific-2053",
            CORPORA / "pacific-2053.gold.json",
        ),
        (
            "uk-ireland-2054",
            CORPORA / "uk-ireland-2054",
            CORPORA / "uk-ireland-2054.gold.json",
        ),
        (
            "turkey-caucasus-2055",
            CORPORA / "turkey-caucasus-2055",
            CORPORA / "turkey-caucasus-2055.gold.json",
        ),
        (
            "caribbean-2056",
            CORPORA / "caribbean-2056",
            CORPORA / "caribbean-2056.gold.json",
        ),
        (
            "iran-afghanistan-2057",
            CORPORA / "iran-afghanistan-2057",
            CORPORA / "iran-afghanistan-2057.gold.json",
        ),
        (
            "central-africa-2058",
            CORPORA / "central-africa-2058",
            CORPORA / "central-africa-2058.gold.json",
        ),
        (
            "courts-finance-2059",
            CORPORA / "courts-finance-2059",
            CORPORA / "courts-finance-2059.gold.json",
        ),
        (
            "korea-japan-2060",
            CORPORA / "korea-japan-2060",
            CORPORA / "korea-japan-2060.gold.json",
        ),
        (
            "india-regional-2061",
            CORPORA / "india-regional-2061",
            CORPORA / "india-regional-2061.gold.json",
        ),
        (
            "balkans-2062",
            CORPORA / "balkans-2062",
            CORPORA / "balkans-2062.gold.json",
        ),
        (
            "gulf-states-2063",
            CORPORA / "gulf-states-2063",
            CORPORA / "gulf-states-2063.gold.json",
        ),
        (
            "sport-entertainment-2064",
            CORPORA / "sport-entertainment-2064",
            CORPORA / "sport-entertainment-2064.gold.json",
        ),
        (
            "dach-2065",
            CORPORA / "dach-2065",
            CORPORA / "dach-2065.gold.json",
        ),
        (
            "china-hk-taiwan-2066",
            CORPORA / "china-hk-taiwan-2066",
            CORPORA / "china-hk-taiwan-2066.gold.json",
        ),
        (
            "andes-mexico-2067",
            CORPORA / "andes-mexico-2067",
            CORPORA / "andes-mexico-2067.gold.json",
        ),
        (
            "east-africa-2068",
            CORPORA / "east-africa-2068",
            CORPORA / "east-africa-2068.gold.json",
        ),
        (
            "southern-europe-2069",
            CORPORA / "southern-europe-2069",
            CORPORA / "southern-europe-2069.gold.json",
        ),
        (
            "russia-central-asia-2070",
            CORPORA / "russia-central-asia-2070",
            CORPORA / "russia-central-asia-2070.gold.json",
        ),
        (
            "south-asia-2071",
            CORPORA / "south-asia-2071",
            CORPORA / "south-asia-2071.gold.json",
        ),
        (
            "france-belgium-2072",
            CORPORA / "france-belgium-2072",
            CORPORA / "france-belgium-2072.gold.json",
        ),
        (
            "israel-levant-2073",
            CORPORA / "israel-levant-2073",
            CORPORA / "israel-levant-2073.gold.json",
        ),
        (
            "canada-us-2074",
            CORPORA / "canada-us-2074",
            CORPORA / "canada-us-2074.gold.json",
        ),
        ("wikinews", args.wikinews, CORPORA / "meantime.gold.json"),
    ]
    with tempfile.TemporaryDirectory(prefix="kg-resolution-") as tmp:
        builds = args.keep or Path(tmp)
        for name, corpus, gold in corpora:
            if not corpus.exists():
                print(f"{name:20} skipped: {corpus} not found")
                continue
            line = build_and_score(args.kg, scorer, corpus, gold, builds / name)
            print(f"{name:20} {line}", flush=True)
    if args.ecbplus:
        run = subprocess.run(
            [
                sys.executable,
                str(args.shared / "eval" / "ecbplus.py"),
                "run-all",
                str(args.ecbplus),
                args.kg,
                "--jobs",
                "2",
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        last = run.stdout.strip().splitlines()
        print(f"{'ecb+':13} {last[-1] if last else '(no output)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
