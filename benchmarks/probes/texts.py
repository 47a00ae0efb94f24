"""Articles written for the probes (our own text), and small helpers to build hostile files from them."""
from __future__ import annotations


def news(title: str, *paragraphs: str, dateline: str = "World Monday 2/March/2026 10:15 AM",
         byline: str = "Example Wire") -> str:
    """A news article in the seed's layout: title, dateline, byline, repeated title, paragraphs."""
    return "\n\n".join([f"{title}\n\n{dateline}\nBy: {byline}\n{title}", *paragraphs]) + "\n"


BRIDGE = news(
    "Ministry rejects report on bridge repairs",
    "The transport ministry said on Monday that repairs to the river bridge would finish by March 20.",
    '"The work will be done in three weeks," minister Anna Berg told reporters.',
    "The city council denied that any date had been agreed.",
    "Traffic on the bridge has doubled since 2020.",
)

HARBOUR = news(
    "Port authority says harbour dredging will resume",
    "The port authority said on Tuesday that dredging of the north harbour would resume in April.",
    '"We expect the channel to be open to larger ships by the summer," harbour master Lena Voss said.',
    "Fishermen's groups said the work had already damaged the spawning grounds.",
    dateline="Business Tuesday 3/March/2026 08:40 AM",
)

SCHOOL = news(
    "Council votes to keep village school open",
    "The district council voted on Wednesday to keep the village school open for another two years.",
    '"This is a victory for the families here," head teacher Omar Haddad said after the vote.',
    "The education office said it would review the decision in the autumn.",
    dateline="Local Wednesday 4/March/2026 17:05 PM",
)


def article_for(n: int) -> str:
    """A distinct small article for the n-th copy (concurrency probes ingest several at once)."""
    towns = ["Arlen", "Brisk", "Corve", "Dunmore", "Elsby", "Fenwick", "Garth", "Holm"]
    town = towns[n % len(towns)]
    return news(
        f"{town} mayor promises new tram line",
        f"The mayor of {town} said on Thursday that a tram line would link the station and the hospital by 2028.",
        f'"We have the money and the plans," deputy mayor Iris Kent told the {town} Courier.',
        f"Opposition councillors said the cost estimate of {n + 3} million euros was far too low.",
        dateline="Cities Thursday 5/March/2026 12:30 PM",
    )
