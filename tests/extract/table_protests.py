"""Table rows: protests, strikes and police responses (sentences written for the tests)."""

# Rows are whole sentences, one per line, so that the table reads as a table.
# ruff: noqa: E501

ROWS: list[tuple[str, list[str]]] = [
    (
        "Some 5,000 people rallied in Tbilisi on Sunday against the foreign agents law.",
        ["P protesters"],
    ),
    ("Thousands of workers went on strike at the copper mines near Kitwe on Tuesday.", ["P labor"]),
    ("Teachers in Nairobi have been on strike since Monday over unpaid salaries.", ["P labor"]),
    (
        "Hundreds of farmers blocked the highway outside Amritsar with tractors on Friday.",
        ["P protesters"],
    ),
    ("Students staged a sit-in at the University of Dhaka on 3 March.", ["P protesters"]),
    ("On 12 May, protests spread to Cochabamba, Oruro and Potosi.", ["P protesters"]),
    (
        "Nurses at the main hospital in Accra walked out on Wednesday to demand better pay.",
        ["P labor"],
    ),
    ("Tens of thousands of people marched through central Madrid on Saturday.", ["P protesters"]),
    (
        "A small crowd gathered outside the Russian embassy in Vilnius on Thursday evening.",
        ["P protesters"],
    ),
    (
        "Demonstrators rallied in front of the parliament in Yerevan demanding the prime minister's resignation.",
        ["P protesters"],
    ),
    (
        "Residents of Sidi Bouzid took to the streets after the death of a street vendor.",
        ["P protesters"],
    ),
    ("Taxi drivers protested in Lima on Monday against rising fuel costs.", ["P labor"]),
    ("Truckers blockaded the border crossing at Coutts on Saturday.", ["P labor"]),
    ("Dockworkers in Antwerp launched a 24-hour strike on Thursday.", ["P labor"]),
    ("About 300 pensioners picketed the social security office in Bucharest.", ["P protesters"]),
    ("A hunger strike by detained activists entered its third week in Cairo.", ["P protesters"]),
    (
        "Women held a silent vigil in Kabul on Friday for the victims of the attack.",
        ["P protesters"],
    ),
    ("Opposition supporters held a rally in Harare on Saturday.", ["P protesters"]),
    ("Workers at the Ford plant in Valencia staged a walkout over job cuts.", ["P labor"]),
    (
        "Protesters blocked the main road to the airport in Bishkek for several hours.",
        ["P protesters"],
    ),
    ("A demonstration took place in Skopje on 14 June against the name change.", ["P protesters"]),
    (
        "Thousands protested in Tel Aviv on Saturday night against the judicial overhaul.",
        ["P protesters"],
    ),
    ("Health workers in Lagos began an indefinite strike on Monday.", ["P labor"]),
    ("Several hundred people gathered at Maidan Square in Kyiv on Sunday.", ["P protesters"]),
    ("The rally that took place in Lusaka drew members of the opposition party.", ["P protesters"]),
    ("Members of the Democratic Alliance joined the march in Cape Town.", ["P protesters"]),
    ("University lecturers in Abuja went on strike over the new pay scale.", ["P labor"]),
    ("Garment workers demonstrated in Dhaka on 8 January for a higher minimum wage.", ["P labor"]),
    (
        "Residents blocked the railway line near Cusco to protest against the mining project.",
        ["P protesters"],
    ),
    ("Farmers poured into the streets of Paris with their tractors on Monday.", ["P protesters"]),
    (
        "In the city of Kutaisi, thousands of protesters gathered in the main square.",
        ["P protesters"],
    ),
    ("Pro-democracy activists marched to the presidential palace in Khartoum.", ["P protesters"]),
    (
        "Hundreds of dock workers from the container terminal joined the marchers on 6 March.",
        ["P labor"],
    ),
    ("Bus drivers in Santiago stopped work on Tuesday to protest against assaults.", ["P labor"]),
    ("The strike at the Escondida mine continued for a second day on Wednesday.", ["P labor"]),
    ("A protest was held outside the Chinese consulate in Sydney on 4 June.", ["P protesters"]),
    (
        "Journalists demonstrated in Tunis on Thursday against the arrest of a colleague.",
        ["P protesters"],
    ),
    (
        "Shop owners in Beirut closed their shops in protest against the currency collapse.",
        ["P protesters"],
    ),
    ("Fishermen blockaded the port of Boulogne on Friday.", ["P protesters"]),
    (
        "On Friday, some 2,000 protesters marched from the university to the parliament in Belgrade.",
        ["P protesters"],
    ),
    (
        "Students occupied the rectorate at the University of Belgrade on 12 December.",
        ["P protesters"],
    ),
    ("Crowds converged on Tahrir Square on Friday.", ["P protesters"]),
    (
        "Thousands of people demonstrated in Osh, Jalal-Abad and Naryn on 4 April.",
        ["P protesters"],
    ),
    ("The general strike paralysed Buenos Aires on Wednesday.", ["P protesters"]),
    (
        "Farmers have been protesting at the border crossing near Dorohusk since November.",
        ["P protesters"],
    ),
    ("Protesters in Colombo stormed the president's residence on Saturday.", ["RV rioters"]),
    # police response folded into the protest
    (
        "Police fired tear gas at protesters who gathered in the city of Lagos on Monday.",
        ["PI protesters"],
    ),
    (
        "Riot police used water cannon to disperse a rally in Tbilisi on Thursday night.",
        ["PI protesters"],
    ),
    ("Police dispersed the demonstrators in Minsk and detained dozens of them.", ["PI protesters"]),
    (
        "Security forces dispersed a sit-in outside the army headquarters in Khartoum.",
        ["PI protesters"],
    ),
    (
        "Police in Nairobi fired tear gas to break up a protest against the finance bill.",
        ["PI protesters"],
    ),
    ("Police arrested 40 protesters outside parliament in Kampala.", ["PI protesters"]),
    ("Officers beat demonstrators with batons at the rally in Caracas.", ["PI protesters"]),
    (
        "Teachers marched in Tegucigalpa on Tuesday and police dispersed them with tear gas.",
        ["PI labor"],
    ),
    ("Police used rubber bullets against striking miners in Potosi.", ["PI protesters"]),
    (
        "Protesters were dispersed by police with tear gas in Conakry on Thursday.",
        ["PI protesters"],
    ),
    (
        "Security forces opened fire on demonstrators in Khartoum, killing at least 12 people.",
        ["PX protesters"],
    ),
    ("Soldiers fired live ammunition at protesters in Mandalay on Sunday.", ["PX protesters"]),
    (
        "Police shot dead three protesters during a march in Nairobi on Wednesday.",
        ["PX protesters"],
    ),
    (
        "Troops opened fire on a crowd of demonstrators in Yangon, killing 18 people.",
        ["PX protesters"],
    ),
    (
        "At the rally in Freetown, police fired live rounds and killed two demonstrators.",
        ["PX protesters"],
    ),
    ("Gendarmes used tear gas on marchers in Dakar on Friday.", ["PI protesters"]),
    ("Police detained 20 people at an unauthorised rally in Moscow on Sunday.", ["PI protesters"]),
    ("Striking workers were beaten by police outside the factory in Gazipur.", ["PI labor"]),
]
