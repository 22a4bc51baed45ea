"""Generate varied, realistic-looking unrest reports for benchmarks and scale tests.

Every sentence pattern here was written for this generator. Reports mix
countries and cities on several continents, event kinds (marches, strikes,
sit-ins, police dispersals, riots, curfews, internet cuts, arrests), writing
styles (wire copy, a translated statement, a blog post, a weekly digest) and
background paragraphs of the kind that surround real reports, so spaCy and
the rules see the length and variety of real input, not one repeated line.

With ``--words N`` every report is a long-form article of about N words
(``long_form``): the events come with the quotes, history, economics,
reactions, timelines, captions and boilerplate that make up most of a real
report, so a benchmark sees real-length input where most sentences hold no
event.

Usage:
    python bench/corpus.py 2000 corpus.jsonl [--seed 7] [--words 800]
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

OFFICIALS = (
    "the interior minister",
    "a police spokesman",
    "the mayor",
    "the prime minister's office",
    "a senior government adviser",
    "the regional governor",
)
OUTLETS = (
    "the state news agency",
    "a local radio station",
    "an online daily",
    "the public broadcaster",
)
FIRST_NAMES = (
    "Amina",
    "Carlos",
    "Nadia",
    "Tomas",
    "Priya",
    "Joseph",
    "Leila",
    "Ivan",
    "Grace",
    "Omar",
)
LAST_NAMES = ("Okafor", "Rojas", "Haddad", "Petrov", "Rahman", "Mensah", "Silva", "Karimi", "Novak")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _long_paragraphs(scene: Scene, rng: random.Random) -> list[str]:
    """Paragraphs of the kind that fill most of a long report (written for
    this generator): reaction, quotes, history, economy, law, what comes next."""
    name, demonym, capital, cities, police, currency = scene.country
    city, group, grievance = scene.city, scene.group, scene.grievance
    person, other = _name(rng), _name(rng)
    year = rng.randint(2009, 2017)
    pct = rng.randint(4, 45)
    return [
        f'"{rng.choice(("We have waited", "We have been patient", "We asked politely"))} for '
        f'{rng.randint(2, 11)} months and nobody has answered us," said {person}, '
        f"{rng.randint(23, 64)}, who has worked in {city} for most of their life. "
        f'"Now the whole country knows what is happening here."',
        f"{rng.choice(OFFICIALS).capitalize()} told reporters in {capital} "
        f"that the government remained open to dialogue and that a committee would study the "
        f"demands of the {group} within {rng.randint(2, 6)} weeks.",
        f"The dispute over {grievance} has simmered since {year}, when a previous government "
        f"promised reforms it never delivered. Successive cabinets have blamed the budget "
        f"deficit, which the finance ministry puts at {rng.randint(3, 9)}.{rng.randint(0, 9)} "
        f"percent of economic output.",
        f"Inflation in {name} reached {pct} percent in the twelve months to "
        f"{MONTHS[(scene.published.month - 2) % 12]}, according to the statistics office, and "
        f"the {currency} has weakened sharply against the dollar since the start of the year.",
        f"{person}, a sociologist at the national university, said the {group} had become "
        f'a symbol for many who feel left behind. "It is not only about {grievance}. It is '
        f'about dignity and about being heard," the sociologist said.',
        f"Under the constitution, citizens may assemble peacefully after notifying the local "
        f"authorities, but a decree adopted in {year + 1} allows governors to restrict "
        f"gatherings near government buildings.",
        f"The European Union and the United Nations urged restraint on all sides, and several "
        f"embassies in {capital} advised their citizens to avoid the city centre.",
        f"Opposition leader {other} said on social media that the government had lost the "
        f"trust of ordinary people and called for early elections, a demand the ruling party "
        f"dismissed as opportunistic.",
        f"Business groups estimate that the disruption costs the economy of {city} about "
        f"{rng.randint(2, 40)} million dollars a day, as deliveries are delayed and tourists "
        f"cancel bookings.",
        f"Talks between the {group} and the labour ministry are scheduled to resume next week. "
        f"Mediators from the church and the bar association have offered to take part.",
        f"Many of the {group} travel up to {rng.randint(20, 90)} kilometres to work each day, "
        f"and several said rising fares had eaten up a large part of their income.",
        f"The government has announced a package of subsidies worth {rng.randint(50, 900)} "
        f"million {currency}s, which economists said would do little to ease the pressure on "
        f"households.",
        "Human rights organisations said they were documenting reports of abuse and called on "
        "the authorities to respect international standards on the use of force.",
        f"Photo: {group.capitalize()} gather in {city}. {rng.choice(('AFP', 'Reuters', 'AP'))}",
        f"Read more: Why {grievance} matter so much in {name}",
        f"Reporting by {person} in {city} and {other} in {capital}; editing by {_name(rng)}.",
        f"The {police} have not said how many officers were deployed, but journalists counted "
        f"dozens of vehicles along the main avenues of {city}.",
        f"In {rng.choice(cities)}, life continued largely as normal, with markets open and "
        f"buses running on their usual routes, residents said.",
        f"Parliament is expected to debate a bill on {grievance} before the summer recess, "
        f"though its passage is uncertain after {rng.randint(3, 12)} deputies left the governing "
        f"coalition last month.",
        f"{name} has seen repeated waves of discontent over the past decade, from student "
        f"movements to farmers' campaigns, and analysts say the current mood is the tensest "
        f"since {year}.",
        f"A video that circulated widely on {rng.choice(('Facebook', 'X', 'TikTok', 'WhatsApp'))} "
        f"showed a crowd singing the national anthem in front of the cathedral in {city}. Its "
        f"authenticity could not be confirmed.",
        f"The president's approval rating has fallen to {rng.randint(18, 39)} percent, its "
        f"lowest level since taking office, according to a poll published by "
        f"{rng.choice(OUTLETS)}.",
        f"Teachers and health workers have said they could join the {group} if the government "
        f"does not respond, which would widen a movement that so far has been confined to "
        f"{city}.",
        f"Earlier this month, {rng.randint(2, 30)} people were detained in {rng.choice(cities)} "
        f"during a smaller protest over {rng.choice(GRIEVANCES)}; most were released the next "
        f"day without charge.",
        f"Officials said the water supply in several districts of {city} would be restored "
        f"by {rng.choice(WEEKDAYS)} after repairs to a pumping station damaged by floods.",
        f"The central bank raised its main interest rate by {rng.randint(1, 4)} percentage "
        f"points in an effort to defend the {currency}, the third increase this year.",
        f"This article has been updated with a statement from {rng.choice(OFFICIALS)}.",
        f"The organisers, a coalition of {rng.randint(5, 40)} unions and associations, said "
        f"they represented more than {rng.randint(10, 300)},000 members across {name}.",
    ]


def long_form(scene: Scene, rng: random.Random, words: int) -> str:
    """A long news article of about ``words`` words about one scene: a lead
    with the events, then the paragraphs that surround them in real reports
    (none repeated within the article), stopped once the article is long
    enough."""
    name = scene.country[0]
    title = rng.choice(
        (
            f"{name}: {scene.group} protest over {scene.grievance}",
            f"Anger over {scene.grievance} brings {scene.group} onto the streets of {scene.city}",
            f"{scene.city}: tension rises as {scene.group} press their demands",
        )
    )
    head = (
        f"{scene.city.upper()}, {MONTHS[scene.published.month - 1]} {scene.published.day} "
        f"({rng.choice(('AFP', 'Reuters', 'AP'))}) - "
    )
    events = _event_sentences(scene, rng)
    body = [head + " ".join(events[:2]), *events[2:]]
    pool = _long_paragraphs(scene, rng) + _background(scene, rng)
    rng.shuffle(pool)
    # Reports go back over the days before: the same unrest elsewhere.
    intros = ("It was not the first such day.", "The unrest has spread.", "Tension had built up.")
    for days in rng.sample((1, 2, 3, 4), rng.randint(1, 2)):
        earlier = Scene(
            scene.country,
            rng.choice((scene.country[2], *scene.country[3])),
            scene.group,
            scene.grievance,
            scene.published,
            scene.day - timedelta(days=days),
        )
        pool.insert(
            rng.randint(0, 8), " ".join([rng.choice(intros), *_event_sentences(earlier, rng)])
        )
    count = len(title.split()) + sum(len(p.split()) for p in body)
    for paragraph in pool:
        if count >= words:
            break
        body.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join([title, *body])


def generate_reports(n: int, seed: int = 7, words: int | None = None) -> Iterator[dict[str, str]]:
    """Yield ``n`` reports as JSONL-ready dicts (id, published, title, text).

    The same ``n``, ``seed`` and ``words`` always give the same reports.

    Args:
        n: how many reports.
        seed: the random seed.
        words: when given, every report is a long-form article of about this
            many words (``long_form``); else reports of the four short styles.
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
        text = long_form(scene, rng, words) if words else rng.choice(STYLES)(scene, rng)
        yield {
            "id": f"gen-{seed}-{i:06d}",
            "published": published.isoformat(),
            "title": text.split("\n", 1)[0],
            "text": text,
        }


def write_corpus(path: str | Path, n: int, seed: int = 7, words: int | None = None) -> Path:
    """Write ``n`` generated reports to a JSONL file and return its path."""
    out = Path(path)
    with out.open("w", encoding="utf-8") as handle:
        for report in generate_reports(n, seed, words):
            handle.write(json.dumps(report, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of reports")
    parser.add_argument("out", help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, help="long-form reports of about this many words")
    args = parser.parse_args()
    write_corpus(args.out, args.n, args.seed, args.words)


if __name__ == "__main__":
    main()
