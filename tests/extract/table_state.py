"""Table rows: state acts (Strategic developments / Other with measures),
arrests and other strategic developments (sentences written for the tests)."""

# Rows are whole sentences, one per line, so that the table reads as a table.
# ruff: noqa: E501

ROWS: list[tuple[str, list[str]]] = [
    (
        "The government declared a state of emergency, shut down mobile internet and called in the army.",
        [
            "SO government state_of_emergency",
            "SO government internet_shutdown",
            "SO military military_deployment",
        ],
    ),
    ("A curfew was imposed in Bishkek from 8 pm to 6 am.", ["SO government curfew"]),
    (
        "President Saied dissolved the government on Wednesday.",
        ["SO government government_dismissal"],
    ),
    (
        "The authorities restricted WhatsApp and Telegram across the country.",
        ["SO government internet_shutdown"],
    ),
    (
        "Ecuador's president declared a state of emergency in seven provinces on Monday.",
        ["SO government state_of_emergency"],
    ),
    ("Sri Lanka imposed an island-wide curfew on Saturday.", ["SO government curfew"]),
    (
        "The authorities cut internet access in Addis Ababa after the singer's killing.",
        ["SO government internet_shutdown"],
    ),
    (
        "Mobile internet was suspended in the Oromia region on 30 June.",
        ["SO government internet_shutdown"],
    ),
    (
        "The cabinet capped fuel prices at 50 cents a litre on Tuesday.",
        ["SO government price_control"],
    ),
    (
        "The government reduced the price of cooking gas to 40 rupees per cylinder.",
        ["SO government price_control"],
    ),
    (
        "The president sacked the interior minister on Friday.",
        ["SO government government_dismissal"],
    ),
    (
        "The prime minister's cabinet resigned on Monday amid the protests.",
        ["SO government government_dismissal"],
    ),
    (
        "The president accepted the resignation of the cabinet on 12 July.",
        ["SO government government_dismissal"],
    ),
    (
        "Troops were deployed in Valparaiso and Concepcion on Saturday.",
        ["SO military military_deployment"],
    ),
    (
        "The army sent armoured vehicles into the centre of Bishkek.",
        ["SO military military_deployment"],
    ),
    (
        "The deployment of army units was ordered in the northern provinces.",
        ["SO military military_deployment"],
    ),
    (
        "Peacekeepers from the regional bloc arrived in Bissau on Thursday.",
        ["SO military foreign_intervention"],
    ),
    (
        "The king granted an amnesty to 300 political prisoners on Saturday.",
        ["SO government amnesty"],
    ),
    ("The president pardoned the jailed opposition leader on Monday.", ["SO government amnesty"]),
    ("The authorities released 120 detainees held after the protests.", ["SO government amnesty"]),
    (
        "Police launched a crackdown on opposition activists in Dhaka on Sunday.",
        ["SO police arrest_campaign"],
    ),
    (
        "The governor banned all public gatherings in Lagos for two weeks.",
        ["SO government ban_on_gatherings"],
    ),
    (
        "The interior ministry banned protests in the capital on 2 March.",
        ["SO government ban_on_gatherings"],
    ),
    (
        "The government shut down the independent television channel on Friday.",
        ["SO government media_restriction"],
    ),
    (
        "Authorities blocked access to news websites on Tuesday.",
        ["SO government media_restriction"],
    ),
    (
        "The government closed the border with Kyrgyzstan on Wednesday.",
        ["SO government travel_restriction"],
    ),
    ("All flights to Tripoli were suspended on 16 May.", ["SO government travel_restriction"]),
    (
        "The authorities imposed a curfew in Dushanbe and blocked the internet.",
        ["SO government curfew", "SO government internet_shutdown"],
    ),
    ("Martial law was declared in Bangkok on Tuesday.", ["SO government state_of_emergency"]),
    (
        "The government extended the state of emergency until 19 January.",
        ["SO government state_of_emergency"],
    ),
    (
        "Facebook and Twitter were blocked in Uganda on the eve of the election.",
        ["SO government internet_shutdown"],
    ),
    (
        "The national guard was called out in Minneapolis on Thursday.",
        ["SO military military_deployment"],
    ),
    (
        "The government froze the prices of bread and cooking oil on Sunday.",
        ["SO government price_control"],
    ),
    (
        "Tehran restricted mobile data across several provinces on Saturday.",
        ["SO government internet_shutdown"],
    ),
    (
        "The president dismissed the governor of Kherson region on Tuesday.",
        ["SO government government_dismissal"],
    ),
    # arrests and other strategic developments
    ("The director of the gas plant, John Banda, was arrested on Wednesday.", ["SA police"]),
    ("Police arrested the opposition leader at his home in Kampala on Friday.", ["SA police"]),
    ("Security services detained a prominent blogger in Tashkent.", ["SA security"]),
    ("Border guards apprehended 30 migrants near Edirne.", ["SA security"]),
    ("Police rounded up suspected looters in Durban on Thursday.", ["SA police"]),
    ("The former prime minister was detained in Islamabad on 9 May.", ["SA police"]),
    (
        "Some army units sided with the demonstrators in towns such as Kassala and Atbara.",
        ["SC military"],
    ),
    ("A group of soldiers defected to the opposition in Caracas on Tuesday.", ["SC military"]),
    (
        "The government and the rebels signed a ceasefire agreement in Juba on Sunday.",
        ["SG government"],
    ),
    ("The army defused a roadside bomb near Kandahar on Monday.", ["SW military"]),
    ("Police officers joined the protesters in Bishkek on Tuesday.", ["SC police"]),
    ("The rebels withdrew from the town of Bunagana on Friday.", ["ST rebels"]),
    ("The militants set up a base near the village of Kidal.", ["SH armed"]),
]
