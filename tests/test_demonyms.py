"""Adjectives of a world's own polities are derived, never listed: no invented name belongs in the shipped data."""
from lorecheck.extract.entities import DemonymResolver


def test_adjectives_of_invented_names_resolve_by_their_usual_endings():
    resolver = DemonymResolver()
    names = ["Vessor", "Quembria", "Belsane", "Pelvary", "Zort"]
    for name in names:
        resolver.learn(name)
    adjectives = ["Vessoran", "Quembrian", "Belsanese", "Pelvarian", "Zortish"]
    assert [resolver.polity(a) for a in adjectives] == names
    assert resolver.polity("Zortan") == "Zort" and resolver.polity("Pellish") is None  # only learned names

