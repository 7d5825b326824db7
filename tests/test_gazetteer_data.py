"""Checks of the gazetteer data files in ``kgraph/data/``: countries, titles, institutions.

Format: UTF-8, tab-separated, optional ``#`` comment lines first, then a header line, one row per entry,
``;`` between the items of a list cell. Names and aliases are compared after ``normalise_name`` (as the
gazetteer looks them up), so "U.S." and "US" are different keys but "Côte d'Ivoire" and "Cote d'Ivoire"
the same one.

Documented exceptions:
- iso3: Kosovo uses the user-assigned code XKX (not in ISO 3166-1, so not in pycountry); the European
  Union has no alpha-3 code and its cell is empty.
- capitals: Belgium has none, on purpose: "Brussels" is listed only on the European Union row, so the
  metonym always means the EU.
- demonyms: "Congolese" belongs to DR Congo and "Dominican" to the Dominican Republic; Republic of the
  Congo and Dominica have no demonym (a demonym must name one country).
"""
from __future__ import annotations

import ast
import csv
from pathlib import Path

import pytest

from kgraph.model import normalise_name

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "kgraph" / "data"
SCORER = REPO / ".." / "shared" / "eval" / "score.py"

COUNTRY_HEADER = ["name", "iso3", "demonyms", "capitals", "aliases"]
TITLE_HEADER = ["title", "kind", "canonical"]
INSTITUTION_HEADER = ["name", "kind", "aliases", "country"]

TITLE_KINDS = {"head_of_state", "head_of_government", "minister", "diplomat", "official", "legislator",
               "spokesperson", "royal", "other"}
INSTITUTION_KINDS = {"international_organization", "alliance", "forum", "court", "movement", "national_body"}

NOT_UN_MEMBERS = {"Vatican City", "Palestine", "Taiwan", "Kosovo", "European Union"}
ISO3_EXCEPTIONS = {"Kosovo": "XKX", "European Union": ""}
NO_CAPITAL = {"Belgium"}  # Brussels is the European Union's row


def read_table(name: str) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a data file; fails on a row whose cell count differs from the header's."""
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    table = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = table[0], table[1:]
    for number, cells in enumerate(body, start=2):
        assert len(cells) == len(header), f"{name} row {number} has {len(cells)} cells: {cells}"
        assert all(cell == cell.strip() for cell in cells), f"{name} row {number} has padded cells: {cells}"
    return header, [dict(zip(header, cells)) for cells in body]


def split(cell: str) -> list[str]:
    items = cell.split(";") if cell else []
    assert all(item.strip() for item in items), f"empty item in {cell!r}"
    return items


def country_keys(row: dict[str, str]) -> set[str]:
    texts = [row["name"], row["iso3"], *split(row["demonyms"]), *split(row["capitals"]),
             *split(row["aliases"])]
    return {normalise_name(text) for text in texts if text}


def institution_keys(row: dict[str, str]) -> set[str]:
    return {normalise_name(text) for text in [row["name"], *split(row["aliases"])]}


def owners(rows: list[dict[str, str]], keys, label: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in rows:
        for key in keys(row):
            found.setdefault(key, []).append(f"{label}:{row[next(iter(row))]}")
    return found


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    header, rows = read_table("countries.tsv")
    assert header == COUNTRY_HEADER
    return rows


@pytest.fixture(scope="module")
def titles() -> list[dict[str, str]]:
    header, rows = read_table("titles.tsv")
    assert header == TITLE_HEADER
    return rows


@pytest.fixture(scope="module")
def institutions() -> list[dict[str, str]]:
    header, rows = read_table("institutions.tsv")
    assert header == INSTITUTION_HEADER
    return rows


@pytest.fixture(scope="module")
def scorer_aliases() -> dict[str, list[str]]:
    if not SCORER.is_file():
        pytest.skip("shared scorer not present")
    tree = ast.parse(SCORER.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "COUNTRY_ALIASES" for t in node.targets):
            return ast.literal_eval(node.value)
    pytest.fail("COUNTRY_ALIASES not found in the scorer")


def test_countries_one_row_per_un_member_plus_listed_others(countries):
    names = [row["name"] for row in countries]
    assert len(names) == len(set(names))
    assert NOT_UN_MEMBERS <= set(names)
    assert len(set(names) - NOT_UN_MEMBERS) == 193


def test_countries_iso3_are_pycountry_codes(countries):
    pycountry = pytest.importorskip("pycountry")
    real = {c.alpha_3 for c in pycountry.countries}
    for row in countries:
        if row["name"] in ISO3_EXCEPTIONS:
            assert row["iso3"] == ISO3_EXCEPTIONS[row["name"]]
        else:
            assert row["iso3"] in real, row["name"]
    codes = [row["iso3"] for row in countries if row["iso3"]]
    assert len(codes) == len(set(codes))


def test_countries_cover_every_pycountry_un_member(countries):
    pycountry = pytest.importorskip("pycountry")
    ours = {row["iso3"] for row in countries}
    # pycountry holds territories too; every code it has that we lack must be a non-sovereign one.
    territories = {"ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW",
                   "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD",
                   "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN",
                   "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR",
                   "WLF"}
    missing = {c.alpha_3 for c in pycountry.countries} - ours - territories
    assert not missing


def test_countries_un_members_have_a_capital(countries):
    for row in countries:
        if row["name"] in NOT_UN_MEMBERS or row["name"] in NO_CAPITAL:
            continue
        assert split(row["capitals"]), row["name"]
    belgium = next(row for row in countries if row["name"] == "Belgium")
    assert "brussels" not in country_keys(belgium)


def test_countries_european_union_row(countries):
    eu = next(row for row in countries if row["name"] == "European Union")
    assert eu["demonyms"] == "" and eu["iso3"] == ""
    assert split(eu["capitals"]) == ["Brussels"]
    assert {"EU", "E.U."} <= set(split(eu["aliases"]))


def test_countries_no_key_shared_by_two_rows(countries):
    shared = {k: v for k, v in owners(countries, country_keys, "country").items() if len(set(v)) > 1}
    assert not shared


def test_institutions_no_key_shared_with_another_row_or_a_country(countries, institutions):
    found = owners(countries, country_keys, "country")
    for key, where in owners(institutions, institution_keys, "institution").items():
        found.setdefault(key, []).extend(where)
    shared = {k: v for k, v in found.items() if len(set(v)) > 1}
    assert not shared


def test_institutions_kinds_and_countries(countries, institutions):
    country_names = {row["name"] for row in countries}
    names = [row["name"] for row in institutions]
    assert len(names) == len(set(names))
    assert "European Union" not in names
    for row in institutions:
        assert row["kind"] in INSTITUTION_KINDS, row["name"]
        if row["kind"] == "national_body":
            assert row["country"] in country_names, row["name"]
        else:
            assert row["country"] == "", row["name"]
    un = next(row for row in institutions if row["name"] == "United Nations")
    assert {"UN", "U.N."} <= set(split(un["aliases"]))


def test_titles_unique_with_known_kind_and_canonical(titles):
    seen = [row["title"].casefold() for row in titles]
    assert len(seen) == len(set(seen))
    for row in titles:
        assert row["kind"] in TITLE_KINDS, row["title"]
        assert row["canonical"] and row["canonical"][0].isupper(), row["title"]
    by_title = {row["title"].casefold(): row["canonical"] for row in titles}
    assert by_title["minister of foreign affairs"] == by_title["foreign minister"]
    assert by_title["secretary general"] == by_title["secretary-general"]
    assert by_title["top trade negotiator"] == "Chief Trade Negotiator"


def test_titles_canonical_forms_are_themselves_titles(titles):
    """Every display form is also a row (so a canonical found in text maps to itself)."""
    kinds = {row["title"].casefold(): row["kind"] for row in titles}
    for row in titles:
        assert row["canonical"].casefold() in kinds, row["canonical"]
        assert kinds[row["canonical"].casefold()] == row["kind"], row["title"]


def test_scorer_country_names_are_rows(countries, institutions, scorer_aliases):
    country_by_norm = {normalise_name(row["name"]): row["name"] for row in countries}
    institution_names = {normalise_name(row["name"]) for row in institutions}
    for canon in scorer_aliases:
        if canon == "united nations":
            assert canon in institution_names
        else:
            assert canon in country_by_norm, canon


def test_scorer_country_aliases_resolve_to_the_same_row(countries, institutions, scorer_aliases):
    """Every alias the scorer applies (US, Britain, Washington, Korea, Brussels, UN...) is a key of the row
    the scorer maps it to, so the extractor's canonical names agree with the scorer's."""
    keys = {k: row["name"] for row in countries for k in country_keys(row)}
    keys.update({k: row["name"] for row in institutions for k in institution_keys(row)})
    for canon, aliases in scorer_aliases.items():
        for alias in aliases:
            assert normalise_name(keys.get(alias, "")) == canon, (alias, canon, keys.get(alias))


def test_cities_name_countries_of_countries_tsv_and_leave_capitals_to_it():
    from kgraph.nlp.gazetteer import gazetteer

    countries = {row["name"] for row in csv.DictReader(
        (line for line in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")), delimiter="\t")}
    lines = [line for line in (DATA / "cities.tsv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines[0] == "name\tcountry"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) > 20_000 and all(len(r) == 2 and r[1] in countries for r in rows)
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))
    gaz = gazetteer()
    assert gaz.city("Jeddah") == "Saudi Arabia" and gaz.city("Genève") == "Switzerland"
    assert gaz.city("Geneva") == "Switzerland"  # (an ASCII spelling GeoNames gives)
    assert "the hague" not in names and "kyiv" not in names  # capitals stay with countries.tsv


def test_groups_members_are_countries_and_names_are_not_countries(countries):
    _, groups = read_table("groups.tsv")
    country_names = {row["name"] for row in countries}
    country_words = set(owners(countries, country_keys, "country"))
    assert groups
    for row in groups:
        members = split(row["members"])
        assert len(members) >= 3 and set(members) <= country_names, row["name"]
        for name in [row["name"], *split(row["names"])]:
            assert normalise_name(name) not in country_words, name  # ("Nordic" must not be a country's word)
