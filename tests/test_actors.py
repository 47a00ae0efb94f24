import pytest

from crosscheck.actors import load_registry
from crosscheck.errors import ProblemList
from factories import ROOT


def test_seed_registry_finds_actors_by_mention():
    registry = load_registry(ROOT / "ledger" / "actors.yaml")
    assert registry.find("Kremlin spokesman Dmitry Peskov").id == "peskov"
    assert registry.find("Peskov").id == "peskov"
    assert registry.find("Peskov's").id == "peskov"
    assert registry.find("US President Donald Trump").party == "us"
    assert registry.find("President Volodymyr Zelenskyy").id == "zelenskyy"
    assert registry.find("Zelensky").id == "zelenskyy"
    assert registry.find("Russian President Vladimir Putin").party == "kremlin"
    assert registry.find("Angela Merkel") is None
    assert registry.find("Vladimir Smith") is None
    assert registry.find("") is None
    assert registry.actor("peskov").reliability in "ABCDEF"
    assert {a.id for a in registry.party_members("kremlin")} >= {"peskov", "putin"}


def test_registry_problems_are_reported_with_lines(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(
        "parties:\n  gov: {name: Government, kind: government}\n"
        "actors:\n  one:\n    name: One\n    party: nobody\n    reliability: Z\n  two:\n    party: gov\n",
        encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_registry(path)
    assert raised.value.lines() == [
        f"{path}:4: actor 'one': reliability 'Z' is not an Admiralty grade A-F",
        f"{path}:8: actor 'two' needs a name",
        f"{path}:4: actor 'one': unknown party 'nobody'",
    ]


def test_a_description_is_not_found_by_the_last_word_of_a_body_s_name():
    registry = load_registry(ROOT / "ledger" / "actors.yaml")
    assert registry.find("the force") is None
    assert registry.find("The Force") is None
    assert registry.find("force") is None
    assert registry.find("Peskov").id == "peskov"


def test_a_mention_in_lower_case_names_an_actor_only_by_a_name_in_full():
    from crosscheck.actors import Actor, Party, Registry

    air_force = Actor("airforce", "Ukrainian Air Force", "ukraine", aliases=("the air force",))
    council = Actor("council", "Holm Borough Council", "holm")
    treasury = Actor("treasury", "US Treasury", "us")
    registry = Registry({"ukraine": Party("ukraine", "Ukraine"), "holm": Party("holm", "Holm"),
                         "us": Party("us", "United States")},
                        {"airforce": air_force, "council": council, "treasury": treasury})
    assert registry.find("the air force") is air_force
    assert registry.find("air force") is air_force            # the alias without its article
    assert registry.find("Air Force") is air_force            # written as a name: the shortened name stands
    assert registry.find("force") is None                     # a common noun is no surname
    assert registry.find("borough council") is None           # nor a shortened name
    assert registry.find("holm borough council") is council   # the name in full, in any case
    assert registry.find("Council") is council                # capitalised: read as its last name
    assert registry.find("the Treasury") is treasury          # a name without its title word
    assert registry.find("the treasury") is None              # but in lower case, any treasury
