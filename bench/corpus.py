"""Generate varied, realistic-looking unrest reports for benchmarks and scale tests.

Every sentence pattern here was written for this generator. Reports mix
countries and cities on several continents, event kinds (marches, strikes,
sit-ins, police dispersals, riots, curfews, internet cuts, arrests), writing
styles (wire copy, a translated statement, a blog post, a weekly digest) and
background paragraphs of the kind that surround real reports, so spaCy and
the rules see the length and variety of real input, not one repeated line.

Usage:
    python bench/corpus.py 2000 corpus.jsonl [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# (country, demonym, capital, other cities, police name, currency)
COUNTRIES: tuple[tuple[str, str, str, tuple[str, ...], str, str], ...] = (
    (
        "Kenya",
        "Kenyan",
        "Nairobi",
        ("Mombasa", "Kisumu", "Nakuru", "Eldoret"),
        "police",
        "shilling",
    ),
    (
        "Nigeria",
        "Nigerian",
        "Abuja",
        ("Lagos", "Kano", "Ibadan", "Port Harcourt"),
        "police",
        "naira",
    ),
    (
        "Peru",
        "Peruvian",
        "Lima",
        ("Cusco", "Arequipa", "Puno", "Juliaca"),
        "national police",
        "sol",
    ),
    ("Ecuador", "Ecuadorian", "Quito", ("Guayaquil", "Cuenca", "Ambato"), "police", "dollar"),
    (
        "Chile",
        "Chilean",
        "Santiago",
        ("Valparaiso", "Concepcion", "Antofagasta"),
        "Carabineros",
        "peso",
    ),
    (
        "Colombia",
        "Colombian",
        "Bogota",
        ("Cali", "Medellin", "Barranquilla"),
        "riot police",
        "peso",
    ),
    (
        "Bangladesh",
        "Bangladeshi",
        "Dhaka",
        ("Chittagong", "Khulna", "Sylhet", "Rajshahi"),
        "police",
        "taka",
    ),
    ("Sri Lanka", "Sri Lankan", "Colombo", ("Kandy", "Galle", "Jaffna"), "police", "rupee"),
    (
        "Pakistan",
        "Pakistani",
        "Islamabad",
        ("Lahore", "Karachi", "Peshawar", "Quetta"),
        "police",
        "rupee",
    ),
    ("France", "French", "Paris", ("Lyon", "Marseille", "Nantes", "Rennes"), "gendarmes", "euro"),
    ("Georgia", "Georgian", "Tbilisi", ("Batumi", "Kutaisi"), "riot police", "lari"),
    ("Serbia", "Serbian", "Belgrade", ("Novi Sad", "Nis", "Kragujevac"), "police", "dinar"),
    (
        "Iran",
        "Iranian",
        "Tehran",
        ("Mashhad", "Isfahan", "Tabriz", "Shiraz"),
        "security forces",
        "rial",
    ),
    ("Iraq", "Iraqi", "Baghdad", ("Basra", "Nasiriyah", "Najaf"), "security forces", "dinar"),
    ("Lebanon", "Lebanese", "Beirut", ("Tripoli", "Sidon", "Tyre"), "army", "pound"),
    (
        "Indonesia",
        "Indonesian",
        "Jakarta",
        ("Surabaya", "Medan", "Makassar", "Bandung"),
        "police",
        "rupiah",
    ),
    ("Thailand", "Thai", "Bangkok", ("Chiang Mai", "Khon Kaen"), "police", "baht"),
    (
        "Senegal",
        "Senegalese",
        "Dakar",
        ("Ziguinchor", "Thies", "Saint-Louis"),
        "gendarmes",
        "franc",
    ),
    (
        "South Africa",
        "South African",
        "Pretoria",
        ("Johannesburg", "Durban", "Cape Town"),
        "police",
        "rand",
    ),
    ("Zimbabwe", "Zimbabwean", "Harare", ("Bulawayo", "Mutare", "Gweru"), "riot police", "dollar"),
    (
        "Bolivia",
        "Bolivian",
        "La Paz",
        ("El Alto", "Cochabamba", "Santa Cruz"),
        "police",
        "boliviano",
    ),
    (
        "Argentina",
        "Argentine",
        "Buenos Aires",
        ("Cordoba", "Rosario", "Mendoza"),
        "federal police",
        "peso",
    ),
    ("Uganda", "Ugandan", "Kampala", ("Gulu", "Mbarara", "Jinja"), "police", "shilling"),
    ("Armenia", "Armenian", "Yerevan", ("Gyumri", "Vanadzor"), "police", "dram"),
    ("Mongolia", "Mongolian", "Ulaanbaatar", ("Darkhan", "Erdenet"), "police", "tugrik"),
)

GROUPS = (
    "students",
    "teachers",
    "nurses",
    "truck drivers",
    "farmers",
    "garment workers",
    "miners",
    "pensioners",
    "taxi drivers",
    "market traders",
    "opposition supporters",
    "residents",
    "doctors",
    "dock workers",
    "unemployed graduates",
)
GRIEVANCES = (
    "fuel prices",
    "unpaid wages",
    "a rise in bread prices",
    "tuition fees",
    "a new tax on mobile payments",
    "power cuts",
    "the disputed election result",
    "pension cuts",
    "police brutality",
    "the arrest of a union leader",
    "water shortages",
    "a mining concession",
    "rising rents",
)
SIZES = (
    "several hundred",
    "about 2,000",
    "thousands of",
    "dozens of",
    "more than 10,000",
    "some 500",
    "tens of thousands of",
)
SITES = (
    "outside parliament",
    "in the central square",
    "near the presidential palace",
    "at the main university campus",
    "along the coastal highway",
    "in front of the labour ministry",
    "outside the regional governor's office",
)
AGENCIES = ("AFP", "Reuters", "AP", "the local broadcaster", "a regional news site")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Scene:
    """What one report is about."""

    country: tuple[str, str, str, tuple[str, ...], str, str]
    city: str
    group: str
    grievance: str
    published: date
    day: date

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.day.weekday()]

    @property
    def day_text(self) -> str:
        return f"{self.day.day} {MONTHS[self.day.month - 1]}"


def _event_sentences(scene: Scene, rng: random.Random) -> list[str]:
    """One to three sentences that describe events (the part the rules look for)."""
    name, demonym, capital, _cities, police, _cur = scene.country
    c, g, w, size = scene.city, scene.group, scene.weekday, rng.choice(SIZES)
    other = rng.choice([x for x in (capital, *scene.country[3]) if x != c])
    kinds = [
        f"{size} {g} marched {rng.choice(SITES)} in {c} on {w} to protest against "
        f"{scene.grievance}.",
        f"{g.capitalize()} in {c} went on strike on {w}, shutting schools and offices for the day.",
        f"The {police} fired tear gas and water cannon to disperse {size} {g} who had blocked "
        f"a main road in {c} on {w}.",
        f"Protesters set fire to tyres and two buses and stormed a police station in {c} on "
        f"{scene.day_text}, witnesses said.",
        f"The government declared a state of emergency in {c} on {w} and imposed a night-time "
        f"curfew after days of unrest.",
        f"Mobile internet was cut across {name} on {scene.day_text}, the monitoring group "
        f"NetBlocks said, as demonstrations spread to {other}.",
        f"At least {rng.randint(3, 60)} people were arrested in {c} on {w} after clashes between "
        f"{g} and the {police}.",
        f"Shops were looted overnight in {other} and {rng.randint(2, 9)} people were killed, "
        f"hospital officials told {rng.choice(AGENCIES)}.",
        f"{g.capitalize()} staged a sit-in at the {demonym} labour ministry in {capital} on "
        f"{scene.day_text}, demanding talks over {scene.grievance}.",
    ]
    return [s[0].upper() + s[1:] for s in rng.sample(kinds, rng.randint(1, 3))]


def _background(scene: Scene, rng: random.Random) -> list[str]:
    """Paragraphs around the events: context, quotes, economy, non-events."""
    name, demonym, capital, _cities, police, currency = scene.country
    lines = [
        f"The {currency} has lost almost a third of its value against the dollar this year, "
        f"and {demonym} households spend a growing share of their income on food and transport.",
        f'"We will not leave until they listen to us," said one of the {scene.group}, who asked '
        f'not to be named for fear of reprisals. "Our children cannot live on promises."',
        f"A government spokesperson in {capital} said the authorities respected the right to "
        f"peaceful assembly but would not tolerate violence or damage to public property.",
        "Unions have called for a general strike next week if the talks fail, and opposition "
        "parties said they would join any march.",
        f"The {police} said in a statement that officers had shown restraint and that several "
        f"of them had been injured by stones.",
        "Rights groups have urged the authorities to investigate earlier allegations of abuse "
        "and to release those detained without charge.",
        f"Analysts in {capital} said the unrest reflected years of frustration over corruption "
        f"and the slow pace of reform in {name}.",
        "The finance minister is due to present a revised budget to parliament later this "
        "month, officials said.",
        f"Traffic in the centre of {scene.city} was disrupted for most of the day and several "
        f"schools sent pupils home early.",
        f"Similar protests in {name} in {rng.randint(2009, 2019)} ended after the government "
        f"made concessions over {scene.grievance}.",
        f"Organisers said they had informed the municipality of {scene.city} in advance, as the "
        f"law requires, but had received no reply. Police put the turnout far lower than the "
        f"organisers did, a familiar dispute in {name}.",
        "Video shared on social media, which could not be independently verified, appeared to "
        "show officers dragging a man into an unmarked car. The interior ministry did not "
        "respond to a request for comment.",
        f"The International Monetary Fund, which is negotiating a loan with {name}, has urged "
        f"the government to cut subsidies while protecting the poorest households. Economists "
        f"expect inflation to stay above {rng.randint(8, 40)} percent until next year.",
        f"Last year the {police} were criticised by a parliamentary inquiry for their handling "
        f"of a demonstration in {capital}, in which a teenager was blinded by a rubber bullet.",
        f"Church leaders and a group of former ministers called on both sides to resume "
        f"dialogue. The president, who returns from a summit abroad on {rng.choice(WEEKDAYS)}, "
        f"has not commented publicly.",
        f"Opposition politicians accused the ruling party of paying young men to attack the "
        f"{scene.group}, a claim the party denied. Several journalists said their equipment "
        f"had been seized.",
        f"Correspondents in {scene.city} said the mood was tense but calm by evening, with "
        f"armoured vehicles parked at major junctions and most shops shuttered.",
    ]
    return rng.sample(lines, rng.randint(6, 10))


def _wire(scene: Scene, rng: random.Random) -> str:
    head = (
        f"{scene.city.upper()}, {MONTHS[scene.published.month - 1]} {scene.published.day} "
        f"({rng.choice(('AFP', 'Reuters', 'AP'))}) - "
    )
    events, background = _event_sentences(scene, rng), _background(scene, rng)
    title = f"{scene.country[0]}: {scene.group} protest over {scene.grievance}"
    body = [head + events[0], *events[1:], *background]
    return title + "\n\n" + "\n\n".join(body)


def _translated(scene: Scene, rng: random.Random) -> str:
    title = f"Statement on the events of {scene.day_text} in {scene.city}"
    intro = (
        f"Translated from the original. The coordinating committee of {scene.group} of "
        f"{scene.country[0]} informs the public about the following facts."
    )
    events = [
        s.replace(" on ", " in the day of ", 1) if rng.random() < 0.3 else s
        for s in _event_sentences(scene, rng)
    ]
    return "\n\n".join([title, intro, *events, *_background(scene, rng)])


def _blog(scene: Scene, rng: random.Random) -> str:
    title = f"Notes from {scene.city}: why the {scene.group} are angry"
    intro = (
        f"I have lived in {scene.city} for {rng.randint(3, 20)} years and I have rarely "
        f"seen the streets like this. Here is what I saw this week."
    )
    return "\n\n".join(
        [
            title,
            intro,
            *_event_sentences(scene, rng),
            *_background(scene, rng),
            "Please share this post if you found it useful.",
        ]
    )


def _digest(scene: Scene, rng: random.Random) -> str:
    title = f"THE WEEK IN {scene.country[0].upper()}"
    items = []
    for _ in range(rng.randint(2, 4)):
        sub = Scene(
            scene.country,
            rng.choice((scene.country[2], *scene.country[3])),
            rng.choice(GROUPS),
            rng.choice(GRIEVANCES),
            scene.published,
            scene.published - timedelta(days=rng.randint(1, 6)),
        )
        heading = f"{sub.group.capitalize()} and {sub.grievance}"
        items.append(heading + "\n" + " ".join(_event_sentences(sub, rng)))
    sport = "SPORT\nThe national football team drew 1-1 in a friendly on Saturday."
    return "\n\n".join([title, *items, *_background(scene, rng)[:3], sport])


STYLES = (_wire, _translated, _blog, _digest)


def generate_reports(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """Yield ``n`` reports as JSONL-ready dicts (id, published, title, text).

    The same ``n`` and ``seed`` always give the same reports.
    """
    rng = random.Random(seed)
    start = date(2018, 1, 1)
    for i in range(n):
        country = rng.choice(COUNTRIES)
        published = start + timedelta(days=rng.randint(0, 365 * 7))
        scene = Scene(
            country,
            rng.choice((country[2], *country[3])),
            rng.choice(GROUPS),
            rng.choice(GRIEVANCES),
            published,
            published - timedelta(days=rng.randint(0, 6)),
        )
        text = rng.choice(STYLES)(scene, rng)
        yield {
            "id": f"gen-{seed}-{i:06d}",
            "published": published.isoformat(),
            "title": text.split("\n", 1)[0],
            "text": text,
        }


def write_corpus(path: str | Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` generated reports to a JSONL file and return its path."""
    out = Path(path)
    with out.open("w", encoding="utf-8") as handle:
        for report in generate_reports(n, seed):
            handle.write(json.dumps(report, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of reports")
    parser.add_argument("out", help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
