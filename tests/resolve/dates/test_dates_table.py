"""Table-driven cases: one sentence and publication date -> expected mentions.

Sentences are written for these tests in the styles the pipeline meets: wire
copy with datelines, translated reports, blogs ("20th July"), weekly digests
("on Tuesday"). Publication dates used:

- 2022-01-06 Thursday, 2023-07-25 Tuesday, 2021-03-14 Sunday,
  2020-11-02 Monday, 2019-10-18 Friday.
"""

from __future__ import annotations

import pytest

from upheaval.resolve.dates import find_dates

from ._table import day, describe_all

THU = "2022-01-06"
TUE = "2023-07-25"
SUN = "2021-03-14"
MON = "2020-11-02"
FRI = "2019-10-18"

ABSOLUTE = [
    ("Thousands marched in Santiago on 3 January 2022.", THU, ["2022-01-03"]),
    ("Protesters gathered outside parliament on January 3, 2022.", THU, ["2022-01-03"]),
    ("Police detained 40 people in Harare on Jan. 4.", THU, ["2022-01-04"]),
    ("On the 3rd of January, students blocked the highway in Dhaka.", THU, ["2022-01-03"]),
    ("Farmers rallied in Lahore on 20th July.", TUE, ["2023-07-20"]),
    ("The march took place on July 20th.", TUE, ["2023-07-20"]),
    ("The statement was dated 2023-07-18.", TUE, ["2023-07-18"]),
    ("Workers walked out on Tuesday, 18 July 2023.", TUE, ["2023-07-18"]),
    ("A curfew was imposed in Freetown on 10 August.", TUE, ["2022-08-10"]),
    ("Clashes erupted in Bamako on 24 July.", TUE, ["2023-07-24"]),
    ("Riot police dispersed a crowd in Minsk on 25 July.", TUE, ["2023-07-25"]),
    ("On 28 December, teachers went on strike in Accra.", THU, ["2021-12-28"]),
    ("The leaders met on 5 Sept. in Khartoum.", TUE, ["2022-09-05"]),
    ("ALMATY, Jan 5 (Reuters) - Police fired tear gas at a crowd.", THU, ["2022-01-05"]),
    ("NAIROBI, July 24 (AP) — Opposition supporters clashed with police.", TUE, ["2023-07-24"]),
    ("On Thursday 6 January, the cabinet resigned.", THU, ["2022-01-06"]),
    ("Protests on 29 February were banned.", "2024-03-10", ["2024-02-29"]),
    ("Rallies on 29 February were banned.", "2023-03-10", ["2020-02-29"]),
    ("A demonstration was held on 31 September.", THU, []),
    ("The rally on 14 March 2019 drew thousands.", SUN, ["2019-03-14"]),
    ("On March 1, 2021 lawyers boycotted the courts.", SUN, ["2021-03-01"]),
    ("Dated 03/01/2022, the decree banned rallies.", THU, ["2022-01-03"]),
    ("A notice dated 12/25/2021 was circulated.", THU, ["2021-12-25"]),
    ("The order of 05.01.2022 closed the border.", THU, ["2022-01-05"]),
    ("The decree dated 01/05/2022 was read on television.", THU, ["2022-01-05"]),
    ("Leaflets dated 02/03/21 called for calm.", SUN, ["2021-03-02"]),
    ("On 5 January 2022, troops entered the city.", THU, ["2022-01-05"]),
    ("On the third of January, miners struck in Karaganda.", THU, ["2022-01-03"]),
    ("Kenyan police arrested 12 activists on the twentieth of July.", TUE, ["2023-07-20"]),
    ("Protests resumed on 2 Jan 2022.", THU, ["2022-01-02"]),
    ("On Christmas Eve, police raided the union's offices.", THU, ["2021-12-24"]),
    ("On May Day, unions marched in Istanbul.", TUE, ["2023-05-01"]),
    ("Students occupied the campus on Sunday, March 7.", SUN, ["2021-03-07"]),
    ("Demonstrators returned on 12 March, 2021, to the square.", SUN, ["2021-03-12"]),
    ("Police shot dead two protesters in Mandalay on the 13th.", SUN, ["2021-03-13"]),
    ("On 5 May 2000 people marched through Tbilisi.", TUE, ["2023-05-05"]),
    ("The junta, in power since 1 February 2021, banned gatherings.", SUN, ["2021-02-01"]),
    ("JANUARY 4 — Strikers blocked the rail line.", THU, ["2022-01-04"]),
    ("Oct. 17: Students set fire to metro stations in Santiago.", FRI, ["2019-10-17"]),
    ("By 8 March, the movement had reached the north.", SUN, ["2021-03-08"]),
    ("Crowds have gathered daily since 1 March.", SUN, ["2021-03-01"]),
    ("On the 12th of March the army took control of the port.", SUN, ["2021-03-12"]),
    ("Dockers blocked the port on 3 january, a blogger wrote.", THU, ["2022-01-03"]),
    ("The police raid took place on 10 November.", MON, ["2019-11-10"]),
    ("Police broke up the vigil on New Year's Eve.", THU, ["2021-12-31"]),
]

FUTURE = [
    ("A general strike was called for 20 March.", SUN, ["2021-03-20"]),
    ("The union will hold a rally on 2 August.", TUE, ["2023-08-02"]),
    ("Opposition parties plan to march on Friday.", TUE, ["2023-07-28"]),
    ("The opposition said it would march this coming Saturday.", MON, ["2020-11-07"]),
    ("Unions will strike next Monday.", MON, ["2020-11-09"]),
    ("A rally is scheduled for 10 January in the capital.", THU, ["2022-01-10"]),
    ("Elections are due in September.", TUE, ["2023-09-01/3"]),
    ("Teachers are expected to strike on Thursday.", TUE, ["2023-07-27"]),
    ("The march is set to take place next week.", TUE, ["2023-08-02/2"]),
    ("The party will protest tomorrow.", TUE, ["2023-07-26"]),
    ("The 28 July rally will start at noon.", TUE, ["2023-07-28"]),
    ("Unions plan further action on Saturday.", TUE, ["2023-07-29"]),
    ("On Tuesday, the union said it will strike.", "2023-07-27", ["2023-07-25"]),
    ("Police gathered next to the court on Saturday.", TUE, ["2023-07-22"]),
    # A cue that would push the date most of a year ahead is a misread clause.
    ("Miners, who say they will not give up, marched on 3 January.", THU, ["2022-01-03"]),
    ("Workers who will lose their jobs rallied in June.", TUE, ["2023-06-01/3"]),
]

SPANS = [
    ("A state of emergency was declared from 4 to 19 January.", THU, ["2022-01-04..2022-01-19"]),
    ("Exams were suspended between 10 and 12 July.", TUE, ["2023-07-10..2023-07-12"]),
    ("Rolling strikes hit the ports on 4-6 March.", SUN, ["2021-03-04..2021-03-06"]),
    ("Rolling strikes hit the ports on 4–6 March.", SUN, ["2021-03-04..2021-03-06"]),
    ("The blockade lasted from March 2 to March 9.", SUN, ["2021-03-02..2021-03-09"]),
    ("Schools closed from 28 December to 3 January.", THU, ["2021-12-28..2022-01-03"]),
    ("The festival, July 20-23, was cancelled.", TUE, ["2023-07-20..2023-07-23"]),
    ("Sit-ins continued from 1 July to 15 July 2023.", TUE, ["2023-07-01..2023-07-15"]),
    ("The internet was cut between 5 and 13 January 2022.", THU, ["2022-01-05..2022-01-13"]),
    ("Protests on 3 and 4 January paralysed the capital.", THU, ["2022-01-03..2022-01-04"]),
    ("Clashes on 3 January and 5 January left four dead.", THU, ["2022-01-03", "2022-01-05"]),
    ("From January 4 to 7, banks stayed shut.", THU, ["2022-01-04..2022-01-07"]),
    ("A curfew ran from 4 January until 19 January.", THU, ["2022-01-04..2022-01-19"]),
    (
        "Between 28 February and 3 March, police detained 300 people.",
        SUN,
        ["2021-02-28..2021-03-03"],
    ),
    ("The 16-18 October strike closed schools in Santiago.", FRI, ["2019-10-16..2019-10-18"]),
    (
        "The curfew lasts from 11 p.m. to 7 a.m. between 2 and 9 November.",
        MON,
        ["2020-11-02..2020-11-09"],
    ),
    (
        "The curfew lasts from 11 p.m. to 7 a.m. between 3 and 9 November.",
        MON,
        ["2019-11-03..2019-11-09"],
    ),
    ("Police stayed on Jan 5 and 6 in the square.", THU, ["2022-01-05..2022-01-06"]),
    ("From 2 to 9 November 2020 the capital was locked down.", MON, ["2020-11-02..2020-11-09"]),
]

MONTHS = [
    ("In June, protesters blocked the port.", TUE, ["2023-06-01/3"]),
    ("Unrest began in early March.", SUN, ["2021-03-01/3"]),
    ("Talks collapsed in mid-February.", SUN, ["2021-02-11/3"]),
    ("Fuel prices rose in late December.", THU, ["2021-12-21/3"]),
    ("Strikes spread in November 2019.", MON, ["2019-11-01/3"]),
    ("Inflation rose sharply last August.", TUE, ["2022-08-01/3"]),
    ("Earlier this month, traders closed their shops.", TUE, ["2023-07-01/3"]),
    ("Last month police raided the party office.", TUE, ["2023-06-01/3"]),
    ("At the end of January 2022, the army withdrew.", THU, ["2022-01-21/3"]),
    ("The plan, announced in July, angered workers.", TUE, ["2023-07-01/3"]),
    ("Since December, prices have doubled.", THU, ["2021-12-01/3"]),
    ("In November, the strike spread to the mines.", MON, ["2020-11-01/3"]),
    ("In December the government fell.", MON, ["2019-12-01/3"]),
    ("During April, riots shook the suburbs.", TUE, ["2023-04-01/3"]),
    ("Protests that began in March 2021 continued.", TUE, ["2021-03-01/3"]),
]

YEARS = [
    ("In 2021, a similar protest was crushed.", THU, ["-"]),
    ("Prices were higher last year.", THU, ["-"]),
    ("Memories of the Capitol riot of 2021 were fresh.", TUE, ["-"]),
    ("The party has been banned since 2019.", THU, ["-"]),
    ("Two years ago, troops fired on a crowd.", THU, ["-"]),
    ("The law passed earlier this year.", TUE, ["-"]),
    ("The uprising of 2011 is still remembered.", TUE, ["-"]),
    ("Unemployment doubled during 2020.", SUN, ["-"]),
]

WEEKDAYS = [
    # The publication's own weekday, told in the past, is the one a week back
    # (a same-day report says "today"), and only approximately so.
    ("On Tuesday, police fired tear gas in Nairobi.", TUE, ["2023-07-18/2"]),
    ("On Monday, students marched in Kampala.", TUE, ["2023-07-24"]),
    ("Police arrested 15 people on Wednesday.", TUE, ["2023-07-19"]),
    ("Thousands rallied in Caracas on Saturday.", SUN, ["2021-03-13"]),
    ("On Sunday, voters queued for hours in Yangon.", SUN, ["2021-03-07/2"]),
    ("Gunmen killed two farmers in Benue early Tuesday.", TUE, ["2023-07-18/2"]),
    ("Students clashed in Rajshahi on Tuesday night.", TUE, ["2023-07-18/2"]),
    ("Protests erupted last Friday.", FRI, ["2019-10-11"]),
    ("Riots broke out on Monday night in Beirut.", FRI, ["2019-10-14"]),
    ("Friday's march ended peacefully.", FRI, ["2019-10-18"]),
    ("Late Sunday, riot police stormed the square.", MON, ["2020-11-01"]),
    ("Since Thursday, the internet has been down.", MON, ["2020-10-29"]),
    ("Demonstrators gathered after Friday prayers in Algiers.", FRI, ["2019-10-18"]),
    ("Tuesday: Police in Lagos detained 20 marchers.", TUE, ["2023-07-25"]),
    ("Wednesday - Farmers blocked the highway near Delhi.", SUN, ["2021-03-10"]),
    ("Early Saturday, soldiers surrounded the building.", TUE, ["2023-07-22"]),
    ("On Thursday evening, riot police charged the crowd.", FRI, ["2019-10-17"]),
    ("The strike began on monday, the union said.", THU, ["2022-01-03"]),
]

RELATIVE = [
    ("Yesterday, workers downed tools in Durban.", TUE, ["2023-07-24"]),
    ("Police said today that 30 people were detained.", TUE, ["2023-07-25"]),
    ("Last night, gunfire was heard in Khartoum.", TUE, ["2023-07-24"]),
    ("Two days ago, the president sacked the cabinet.", TUE, ["2023-07-23"]),
    ("A week ago, troops were deployed.", TUE, ["2023-07-18/2"]),
    ("Last week, nurses walked out in Lagos.", TUE, ["2023-07-19/2"]),
    ("Earlier this week, students occupied the dean's office.", THU, ["2022-01-04/2"]),
    ("Over the weekend, protesters torched cars.", TUE, ["2023-07-22/2"]),
    ("This morning, police cleared the camp.", TUE, ["2023-07-25"]),
    ("Late last night, the army entered the city.", TUE, ["2023-07-24"]),
    ("The day before yesterday, a crowd attacked the police station.", TUE, ["2023-07-23"]),
    ("Protesters returned earlier today.", TUE, ["2023-07-25"]),
    ("Yesterday evening, students marched to the ministry.", SUN, ["2021-03-13"]),
    ("Tonight, thousands are in the streets of Beirut.", FRI, ["2019-10-18"]),
    ("Three days ago, miners occupied the pit.", MON, ["2020-10-30"]),
    ("Last weekend, fans clashed with police.", TUE, ["2023-07-22/2"]),
    ("Over the past week, dozens were detained.", TUE, ["2023-07-22/2"]),
    ("USA Today reported today that the march was peaceful.", TUE, ["2023-07-25"]),
]

NEGATIVE = [
    ("The curfew runs from 11 p.m. to 7 a.m.", THU),
    ("Police fired at 3:00 p.m., witnesses said.", THU),
    ("The strike lasted for three days.", THU),
    ("Shops stayed closed for 24 hours.", THU),
    ("We demand justice (13).", THU),
    ("May said the protests were illegal.", TUE),
    ("Theresa May said the rally was peaceful.", TUE),
    ("The march drew thousands.", TUE),
    ("Protesters may return to the square.", TUE),
    ("Officers arrived after an hour.", TUE),
    ("About 1,200 protesters gathered.", TUE),
    ("Some 3.5 million people live in the region.", TUE),
    ("March organisers said 200 people joined.", SUN),
    ("The second round of talks failed.", SUN),
    ("He served 20 years in prison.", SUN),
    ("Article 12 of the constitution was suspended.", SUN),
    ("Police said 4 to 6 people were hurt.", SUN),
    ("In 12 cities protests were held.", SUN),
    ("The vote was 3/4 in favour.", SUN),
    ("Version 2.10.12 of the app was blocked.", SUN),
    ("The Sunday Times reported the arrests.", SUN),
    ("Commemorations of Bloody Sunday were banned.", SUN),
    ("Shops close on Fridays.", SUN),
    ("The group, founded by Jan Kowalski, marched.", SUN),
    ("Between 300 and 400 people took part.", SUN),
    ("The protest (2) was dispersed (3).", SUN),
    ("A 24-hour general strike paralysed the country.", SUN),
    ("The march will go on, said organisers.", SUN),
    ("Prices rose 12 percent.", SUN),
    ("They chanted for 45 minutes.", SUN),
]


def _check(sentence: str, published: str | None, expected: list[str]) -> None:
    mentions = find_dates(sentence, day(published))
    assert describe_all(mentions) == expected, [m.text for m in mentions]


@pytest.mark.parametrize(("sentence", "published", "expected"), ABSOLUTE)
def test_find_dates_absolute(sentence: str, published: str, expected: list[str]) -> None:
    _check(sentence, published, expected)


@pytest.mark.parametrize(("sentence", "published", "expected"), FUTURE)
def test_find_dates_future_cue_looks_ahead(
    sentence: str, published: str, expected: list[str]
) -> None:
    _check(sentence, published, expected)


@pytest.mark.parametrize(("sentence", "published", "expected"), SPANS)
def test_find_dates_span(sentence: str, published: str, expected: list[str]) -> None:
    _check(sentence, published, expected)


@pytest.mark.parametrize(("sentence", "published", "expected"), MONTHS)
def test_find_dates_month_only_is_precision_3(
    sentence: str, published: str, expected: list[str]
) -> None:
    _check(sentence, published, expected)


@pytest.mark.parametrize(("sentence", "published", "expected"), YEARS)
def test_find_dates_year_only_has_no_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    _check(sentence, published, expected)


@pytest.mark.parametrize(("sentence", "published", "expected"), WEEKDAYS)
def test_find_dates_weekday(sentence: str, published: str, expected: list[str]) -> None:
    _check(sentence, published, expected)


@pytest.mark.parametrize(("sentence", "published", "expected"), RELATIVE)
def test_find_dates_relative_to_publication(
    sentence: str, published: str, expected: list[str]
) -> None:
    _check(sentence, published, expected)


@pytest.mark.parametrize(("sentence", "published"), NEGATIVE)
def test_find_dates_ignores_times_numbers_and_words(sentence: str, published: str | None) -> None:
    assert find_dates(sentence, day(published)) == []
