"""Table rows in other writing styles: wire copy, translated reports, digests,
blogs and NGO updates (sentences written for the tests)."""

# Rows are whole sentences, one per line, so that the table reads as a table.
# ruff: noqa: E501

ROWS: list[tuple[str, list[str]]] = [
    # wire copy with attribution
    (
        "Thousands of anti-government protesters rallied in Bangkok on Sunday, Reuters witnesses said.",
        ["P protesters"],
    ),
    (
        "Police in Islamabad fired tear gas at supporters of the former prime minister, AFP reported.",
        ["PI protesters"],
    ),
    (
        "At least 15 people were killed when security forces fired on protesters in Baghdad, medical sources said.",
        ["PX protesters"],
    ),
    (
        "Protesters set fire to the regional governor's office in Jalalabad, the agency reported.",
        ["RV rioters"],
    ),
    (
        "According to the interior ministry, 87 people were detained in Tbilisi overnight.",
        ["SA police"],
    ),
    (
        "The government has declared a 30-day state of emergency in the Amhara region, state media reported.",
        ["SO government state_of_emergency"],
    ),
    (
        "Internet access was cut across Myanmar on Monday, the monitoring group NetBlocks said.",
        ["SO government internet_shutdown"],
    ),
    (
        "Hundreds of doctors went on strike in Seoul on Tuesday, the health ministry said.",
        ["P labor"],
    ),
    (
        "Demonstrators torched a police post in Quetta, police officials told reporters.",
        ["RV rioters"],
    ),
    ("Some 10,000 people demonstrated in Bratislava on Friday, organisers said.", ["P protesters"]),
    # translated reports and NGO style
    (
        "On 14 February, residents of the city of Gyumri gathered on the central square and demanded a reduction in heating tariffs.",
        ["P protesters"],
    ),
    (
        "In the evening, the participants of the action were dispersed by the police with the use of special means.",
        ["PI protesters"],
    ),
    (
        "On the same day, the head of state signed a decree on the introduction of a state of emergency in the region.",
        ["SO government state_of_emergency"],
    ),
    (
        "The district administration building was seized by a crowd, after which it was set on fire.",
        ["RM mob"],
    ),
    (
        "According to human rights defenders, more than 300 participants of peaceful protests were detained in Minsk.",
        ["PI protesters"],
    ),
    (
        "Mobile communication and the Internet were disconnected in the region on the night of 5 January.",
        ["SO government internet_shutdown"],
    ),
    (
        "Employees of the steel plant in Zenica stopped work and demanded higher wages.",
        ["P labor"],
    ),
    (
        "The rally in support of political prisoners was held near the monument in Yerevan.",
        ["P protesters"],
    ),
    ("The curfew in the city was introduced from 23:00 to 07:00.", ["SO government curfew"]),
    (
        "Unknown persons beat the activist near his house in Osh on the evening of 12 March.",
        ["VA armed"],
    ),
    # digests and timelines
    ("12 March: Students rallied outside the education ministry in Lilongwe.", ["P protesters"]),
    ("Tuesday - Taxi drivers blocked roads in Kampala to protest against new fees.", ["P labor"]),
    (
        "Saturday: Police used water cannon against protesters in Tbilisi; 20 people were detained.",
        ["PI protesters"],
    ),
    ("- 3 May: Farmers held a tractor march in Brussels.", ["P protesters"]),
    (
        "- 5 May: The government lifted fuel subsidies, prompting protests in Abuja and Lagos.",
        ["P protesters"],
    ),
    ("Week in review: protests continued in Tehran, Mashhad and Isfahan.", ["P protesters"]),
    (
        "Kenya (Nairobi, 25 June): Protesters stormed parliament and set part of the building on fire.",
        ["RV rioters"],
    ),
    (
        "Peru (Lima, 19 January): Demonstrators clashed with police near the Plaza San Martin.",
        ["RV rioters"],
    ),
    (
        "Senegal (Dakar, 1 June): Authorities restricted access to social media platforms.",
        ["SO government internet_shutdown"],
    ),
    (
        "Bangladesh (Dhaka, 18 July): A nationwide curfew was imposed and the army was deployed.",
        ["SO government curfew", "SO military military_deployment"],
    ),
    # blogs and opinion
    (
        "Yesterday I watched thousands of people march down Nevsky Prospekt in St Petersburg.",
        ["P protesters"],
    ),
    ("Honestly, nobody expected the strike to last this long.", []),
    ("The riot police looked bored as the speeches dragged on.", []),
    ("If you ask me, another round of protests is inevitable.", []),
    ("I wonder whether the army will be called in again.", []),
    ("Many of us still remember the 2008 food riots.", []),
    ("Let us march together next Sunday!", []),
    ("We will not stop until the government resigns.", []),
    ("My cousin was detained by police at the rally in Minsk on Sunday.", ["PI protesters"]),
    (
        "Some media went so far as to claim that soldiers had shot dead 30 protesters in Minsk.",
        ["PX protesters"],
    ),
    # multi-event sentences
    (
        "Police fired tear gas at protesters in Santiago, while in Valparaiso rioters looted supermarkets.",
        ["PI protesters", "SL rioters"],
    ),
    (
        "The president dismissed the cabinet, imposed a curfew in the capital and ordered troops onto the streets.",
        ["SO government government_dismissal", "SO government curfew"],
    ),
    (
        "Workers struck at the port of Durban, and truck drivers blocked the N3 highway.",
        ["P labor", "P labor"],
    ),
    (
        "Protesters burned tyres in Port-au-Prince, and police arrested 12 people.",
        ["RV rioters", "SA police"],
    ),
    (
        "Demonstrations took place in Chisinau on 4 March and in Balti on 5 March.",
        ["P protesters"],
    ),
    (
        "The authorities cut the internet and banned all rallies in the capital.",
        ["SO government internet_shutdown", "SO government ban_on_gatherings"],
    ),
    (
        "Gunmen kidnapped two aid workers and killed their driver near Goma.",
        ["VK armed", "VA armed"],
    ),
    (
        "Rebels shelled the airport and seized the border post at Bunagana.",
        ["ES rebels", "BN rebels"],
    ),
    # not events in report style
    ("The opposition has called for a general strike on Monday.", []),
    ("The ministry denied reports that the internet had been shut down.", []),
    ("Organisers said they would hold another rally next weekend.", []),
    ("The president warned that any attempt to storm government buildings would be crushed.", []),
    (
        "Protesters are demanding lower electricity tariffs and new elections.",
        ["P protesters"],
    ),
    ("The police chief said officers would not use force against peaceful demonstrators.", []),
    ("The government is considering a state of emergency in the northern provinces.", []),
    ("Human rights groups urged the authorities to release the detained protesters.", []),
    ("Calls for a boycott of the elections grew louder on social media.", []),
    ("The law bans strikes in the oil sector.", []),
    ("Under the state of emergency, gatherings of more than five people are prohibited.", []),
    ("The price of diesel doubled on 1 July.", []),
    ("Unemployment and rising prices have fuelled discontent in the western regions.", []),
    ("The protests were the largest since independence.", []),
    ("The unrest of January 2022 left deep scars.", []),
    ("Photo: Protesters in Yerevan on 9 May.", []),
    ("Riot-control vehicles were parked near the square.", []),
    ("A court sentenced three protesters to prison for taking part in the riots.", []),
    ("The minister resigned in 2019 after a corruption scandal.", []),
]
