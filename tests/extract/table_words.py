"""Table rows: attackers of no known kind, word senses, concessions and
present-perfect summaries (sentences written for the tests)."""

# Rows are whole sentences, one per line, so that the table reads as a table.
# ruff: noqa: E501

ROWS: list[tuple[str, list[str]]] = [
    # attacks by groups with no known actor role are coded
    (
        "Unidentified assailants hacked a ward councillor to death in Jessore on Sunday night.",
        ["VA armed"],
    ),
    ("A shopkeeper was stabbed to death in Mombasa on Wednesday evening.", ["VA armed"]),
    ("Gunmen shot dead a local chief in Bauchi on Monday.", ["VA armed"]),
    (
        "Members of the ruling party attacked opposition activists in Rangpur on Tuesday.",
        ["RM mob"],
    ),
    (
        "Activists of the Awami League vandalised the office of a rival candidate in Bogra.",
        ["RM mob"],
    ),
    (
        "Miscreants hurled crude bombs at the house of a trader in Narayanganj on Friday.",
        ["RM mob"],
    ),
    (
        "Unidentified persons vandalised a statue in the town square of Kumasi overnight.",
        ["SL armed"],
    ),
    ("Jihadists killed 20 members of the security forces near Djibo on Sunday.", ["BA armed"]),
    (
        "Residents formed a human chain in front of the press club in Khulna on Saturday.",
        ["P protesters"],
    ),
    # crowds fighting each other outside a demonstration: mob violence
    (
        "Supporters of two rival candidates clashed in Noakhali on Sunday, leaving 12 injured.",
        ["RM mob"],
    ),
    (
        "Two factions of the student wing clashed with each other at the campus in Sylhet on Thursday.",
        ["RM mob"],
    ),
    ("Two groups of villagers clashed over a land dispute near Comilla on Monday.", ["RM rioters"]),
    # weapons named: a battle, whoever fights
    (
        "At least ten people were injured in an armed clash between two groups of villagers in Habiganj on Monday.",
        ["BA civilians"],
    ),
    (
        "Two groups of refugees opened fire at each other in a camp near Ukhiya on Friday.",
        ["BA civilians"],
    ),
    (
        "One man was shot dead when supporters of two candidates clashed in Feni on Sunday.",
        ["BA mob"],
    ),
    (
        "Police fired rubber bullets after protesters clashed with them in Quito on Monday.",
        ["RV rioters"],
    ),
    (
        "Police recovered a cache of arms and ammunition from a house near Sherpur on Friday.",
        ["SW police"],
    ),
    ("Unidentified assailants threw an IED at a bus in Chittagong on Sunday.", ["EI armed"]),
    (
        "A Bangladeshi national was tortured to death near the border at Daldanga on Monday.",
        ["VA armed"],
    ),
    # word senses
    ("Two people were killed in a road accident near Nakuru on Friday.", []),
    ("Mr Silva beat his rival by a wide margin in the runoff.", []),
    ("Manifestos are attacked in the social networks of the city.", []),
    ("Searches for the singer's name rocketed after the concert.", []),
    ("The board ousted its chief executive in March after a poor quarter.", []),
    ("Senegal protested to France over the remarks.", []),
    ("American strikes against Houthi positions in Yemen continued on Sunday.", ["EA military"]),
    (
        "America and Britain bombed dozens of rebel targets near Hodeidah on Friday.",
        ["EA military"],
    ),
    ("Youths threw missiles at police lines in Derry on Tuesday night.", ["RV mob"]),
    ("There has been an increase in violence in the region.", []),
    ("The unrest comes amid soaring inflation.", []),
    ("Violence erupted in Kisumu after the results were announced on Monday.", ["RV rioters"]),
    ("Lorry drivers suspended their blockade of the border crossing at Medyka on Tuesday.", []),
    (
        "Exiles held a vigil in Oslo on Sunday to mark a year since the army seized power.",
        ["P protesters"],
    ),
    ("They said the purpose of the talks was to seal a ceasefire deal.", []),
    ("A resistance movement has sprung up to fight the army on several fronts.", []),
    ("Rebels captured the town of Kyauktaw, which lies close to the border.", ["BN rebels"]),
    ("Rebels said they had captured the town of Kyauktaw.", ["BN rebels"]),
    (
        "One of the rebel groups fighting the junta said it had seized the town of Minbya.",
        ["BN rebels"],
    ),
    ("Ukraine said the blockade had hurt its economy.", []),
    ("The protests, which turned violent in places, have put pressure on the government.", []),
    ("The former governor stormed to victory in the primary.", []),
    ("Russia is increasing its bombardments of the frontline.", []),
    ("More than 100 people were killed by a suicide-bomb at a mosque in Peshawar.", ["EB armed"]),
    # concessions are facts
    (
        "Although police fired tear gas, thousands marched through central Lima on Saturday.",
        ["PI protesters"],
    ),
    (
        "Though the march was peaceful, police detained 14 demonstrators in Minsk on Sunday.",
        ["PI protesters"],
    ),
    # present-perfect summaries are not events
    ("Myanmar has been racked by violence since the coup.", []),
    ("Eritrean factions have also clashed recently in Canada, Germany and Sweden.", []),
    ("The rebel army has been fighting government troops for several years.", []),
    ("Strikes have subsided since the new wage deal.", []),
    ("Police have used force against the crowds since October.", []),
]
