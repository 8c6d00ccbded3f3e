"""Bodies and people the four corpora the judged sets draw from name most (session 15, track kb): companies the
PETRARCH2 dictionaries list as multinationals read as their home state's business (``data/company_homes.tsv``),
national subsidiaries as their own state's ("GM Canada"), central banks as their state's government, abbreviations
of Indian bodies listed in lower case matching the lower-cased Times of India text, and the Indian office holders of
March 2002 on their dates.  Sentences in the wording of Reuters-21578, BBC News and IndiaPoliceEvents."""

from __future__ import annotations

import datetime as dt

from annalyst.actors.kb import build_kb, data_dir

MARCH_1987 = dt.date(1987, 3, 31)
MARCH_2002 = dt.date(2002, 3, 1)


def refs(resolver, nlp, text, when):
    return [(r.text, r.code, r.country, r.sector) for r in resolver.resolve(nlp(text), when)]


def test_a_multinational_is_its_home_states_business(resolver, nlp):
    text = "Ford Motor and Deutsche Bank cut jobs, and Merrill Lynch raised prices."
    assert refs(resolver, nlp, text, MARCH_1987) == [
        ("Ford Motor", "FORD-MOTOR", "USA", "BUS"), ("Deutsche Bank", "DEUTSCHE-BANK", "DEU", "BUS"),
        ("Merrill Lynch", "MERRILL-LYNCH", "USA", "BUS")]


def test_company_homes_relabel_only_the_listed_generated_entries(tmp_path):
    for path in data_dir().glob("*.tsv"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    homes = tmp_path / "company_homes.tsv"
    header = [line for line in homes.read_text(encoding="utf-8").splitlines() if line.startswith(("#", "code\t"))]
    homes.write_text("\n".join(header) + "\nBOEING\tUSA\tBUS\t\n", encoding="utf-8")
    kb = build_kb(tmp_path)
    assert (kb.actors["BOEING"].country, kb.actors["BOEING"].sector) == ("USA", "BUS")
    # an entry the file does not list keeps PETRARCH2's coding
    assert (kb.actors["FORD-MOTOR"].country, kb.actors["FORD-MOTOR"].sector) == ("MNC", None)


def test_a_national_subsidiary_is_its_own_states_business(resolver, nlp):
    text = ("GM Canada closed a plant, and General Motors Corp said the cut was final. "
            "Texaco Canada Inc raised prices.")
    assert refs(resolver, nlp, text, MARCH_1987) == [
        ("GM Canada", "GM-CAN", "CAN", "BUS"), ("General Motors Corp", "GENERALMOTORS", "USA", "BUS"),
        ("Texaco Canada Inc", "TEXACO-CAN", "CAN", "BUS")]


def test_central_banks_and_agencies(resolver, nlp):
    text = ("The Swiss National Bank and Bank Negara intervened, while the CCC and the EC Commission "
            "announced new export subsidies.")
    assert refs(resolver, nlp, text, MARCH_1987) == [
        ("Swiss National Bank", "CHESNB", "CHE", "GOV"), ("Bank Negara", "MYSBNM", "MYS", "GOV"),
        ("CCC", "USACCC", "USA", "GOV"), ("EC Commission", "EUC", "EUR", "GOV")]


def test_lower_case_abbreviations_of_indian_bodies(resolver, nlp):
    text = ("ahmedabad: the vhp and the bajrang dal called a bandh on thursday. the crpf and the rapid action "
            "force were deployed after the bjp government of chief minister narendra modi sought help. prime "
            "minister atal behari vajpayee and home minister l k advani appealed for calm.")
    # the mention of Advani starts at "minister" (as before this change); "the bjp government" is the party's
    assert [(text, code) for text, code, _, _ in refs(resolver, nlp, text, MARCH_2002)] == [
        ("vhp", "INDVHP"), ("bajrang dal", "INDBAJRANG"), ("crpf", "INDCRPF"), ("rapid action force", "INDRAF"),
        ("bjp government", "INDBJP"), ("chief minister narendra modi", "INDGOV"),
        ("prime minister atal behari vajpayee", "INDGOV"), ("minister l k advani", "INDGOV")]


def test_a_lower_case_listed_abbreviation_still_matches_as_written(resolver, nlp):
    text = "The VHP said the BJP and the CRPF had failed."
    assert refs(resolver, nlp, text, MARCH_2002) == [
        ("VHP", "INDVHP", "IND", "REL"), ("BJP", "INDBJP", "IND", "PTY"), ("CRPF", "INDCRPF", "IND", "COP")]


def test_indian_office_holders_of_2002_on_their_dates(resolver):
    assert [(r.code, r.sector) for r in (resolver.resolve_text(name, MARCH_2002) for name in (
        "Narendra Modi", "George Fernandes", "Sonia Gandhi", "Mulayam Singh Yadav"))] == [
        ("INDGOV", "GOV"), ("INDGOV", "GOV"), ("INDINC", "PTY"), ("INDSP", "PTY")]
    # Modi's Gujarat term ended when he became prime minister; Mayawati was chief minister from May 2002
    assert resolver.resolve_text("Mayawati", dt.date(2002, 6, 1)).code == "INDGOV"
    assert resolver.resolve_text("Mayawati", MARCH_2002).code == "INDBSP"


def test_a_house_written_with_a_comma_is_its_home_states_business(resolver, nlp):
    # session 17: "Goldman, Sachs and Co" (68 Reuters stories) matched no alias, the bare "Goldman Sachs" did
    text = ("Goldman, Sachs and Co and Donaldson, Lufkin and Jenrette managed the issue, while Walt Disney Co "
            "bought the station.")
    assert refs(resolver, nlp, text, MARCH_1987) == [
        ("Goldman, Sachs and Co", "GOLDMANSACHS", "USA", "BUS"),
        ("Donaldson, Lufkin and Jenrette", "DLJ", "USA", "BUS"), ("Walt Disney Co", "WALTDISNEY", "USA", "BUS")]


def test_central_banks_named_bank_of_a_state_are_its_government(resolver, nlp):
    # the name head "Bank" made them their state's BUS; a commercial bank named after a state it is not of keeps
    # its own home ("Bank of New England" was GBRBUS, "National Bank of Canada" the Bank of Canada)
    text = ("The Bank of Finland and the Hungarian National Bank cut rates, and the Bank of New England and the "
            "National Bank of Canada followed.")
    assert refs(resolver, nlp, text, MARCH_1987) == [
        ("Bank of Finland", "FINBOF", "FIN", "GOV"), ("Hungarian National Bank", "HUNMNB", "HUN", "GOV"),
        ("Bank of New England", "BANKNEWENGLAND", "USA", "BUS"),
        ("National Bank of Canada", "NATBANKCANADA", "CAN", "BUS")]


def test_an_exchange_named_after_its_city_is_its_states_business(resolver, nlp):
    text = "The Sydney Futures Exchange and the Manila Stock Exchange suspended trading."
    assert refs(resolver, nlp, text, MARCH_1987) == [
        ("Sydney Futures Exchange", "AUSSFE", "AUS", "BUS"), ("Manila Stock Exchange", "PHLMSE", "PHL", "BUS")]


def test_gujarat_office_holders_and_bodies_of_march_2002(resolver, nlp):
    text = ("ahmedabad: industries minister suresh mehta and congress legislature party leader naresh raval met "
            "on saturday. the sangh parivar and the rjn said the gujarat electricity board had cut power to the "
            "relief camps, and the state's health minister ashok bhatt visited them with officials of the "
            "ahmedabad municipal corporation. the vhp said the march would go ahead.")
    assert [(text, code, sector) for text, code, _, sector in refs(resolver, nlp, text, MARCH_2002)] == [
        # the mention takes his whole title since "industries" is a known trade noun in the plural (session 17)
        ("industries minister suresh mehta", "INDGOV", "GOV"),
        ("congress legislature party leader naresh raval", "INDINC", "PTY"),
        ("sangh parivar", "INDSANGHPARIVAR", "REL"), ("rjn", "INDRJN", "REL"),
        ("gujarat electricity board", "INDGEB", "BUS"), ("state", "INDGOV", "GOV"),
        ("minister ashok bhatt", "INDGOV", "GOV"), ("officials", "INDGOV", "GOV"),
        ("ahmedabad municipal corporation", "INDAMC", "GOV"), ("vhp", "INDVHP", "REL")]
    # Suresh Mehta's industries portfolio is Modi's first ministry; before it he was chief minister (1995-96)
    assert resolver.resolve_text("Suresh Mehta", dt.date(1996, 1, 1)).sector == "GOV"
    assert resolver.resolve_text("Suresh Mehta", dt.date(2004, 1, 1)).sector == "ELI"


def test_a_company_named_after_a_state_and_a_1987_legislator(resolver, nlp):
    # "Cyprus Minerals" was the state of Cyprus; "Rep. Charles Schumer" a legislator of no state
    text = "Cyprus Minerals Co raised its offer, and Rep. Charles Schumer criticised the bid."
    assert refs(resolver, nlp, text, MARCH_1987) == [
        ("Cyprus Minerals Co", "CYPRUSMINERALS", "USA", "BUS"), ("its", "CYPRUSMINERALS", "USA", "BUS"),
        ("Rep. Charles Schumer", "USALEG", "USA", "LEG")]
