"""Table rows: battles, remote violence and violence against civilians."""

# Rows are whole sentences, one per line, so that the table reads as a table.
# ruff: noqa: E501

ROWS: list[tuple[str, list[str]]] = [
    ("Rebels captured the town of Bunia after heavy fighting on Tuesday.", ["BN rebels"]),
    ("The army recaptured the town of Kidal from the rebels on 14 November.", ["BG military"]),
    ("Soldiers clashed with militants near Borno's border with Cameroon.", ["BA military"]),
    ("Heavy fighting between the army and insurgents was reported in Palma.", ["BA military"]),
    ("An air strike hit a market in Idlib province on Sunday.", ["EA military"]),
    ("Drone strikes killed 12 militants in North Waziristan on Monday.", ["EA military"]),
    ("Artillery shelling killed three civilians in Donetsk on Friday.", ["ES military"]),
    ("A roadside bomb exploded near a military convoy in Kandahar.", ["EI armed"]),
    ("A suicide bomber blew himself up at a mosque in Peshawar, killing 59 people.", ["EB armed"]),
    ("Unknown attackers threw a grenade into a bar in Bujumbura.", ["EG armed"]),
    ("Gunmen abducted 30 students from a school in Kaduna state.", ["VK armed"]),
    ("Unidentified gunmen killed five villagers in Plateau state on Sunday.", ["VA armed"]),
    ("Militants attacked a village near Mopti, killing 20 civilians.", ["VA armed"]),
    ("Armed men kidnapped a journalist in Mogadishu on Tuesday.", ["VK armed"]),
    (
        "Soldiers raped several women during the raid on the village, according to witnesses.",
        ["VS military"],
    ),
    ("Insurgents ambushed an army patrol near Mocimboa da Praia.", ["BA rebels"]),
    # an armed group attacking state forces or their posts is a battle
    ("Gunmen attacked a military checkpoint near Menaka, killing three soldiers.", ["BA armed"]),
    ("Militants stormed a police station in Bannu on Friday night.", ["BA armed"]),
    ("Armed men raided an army base outside Maiduguri before dawn.", ["BA armed"]),
    ("Gunmen shot dead two police officers at a checkpoint in Zamfara.", ["BA armed"]),
    ("Gunmen attacked a market in Zamfara, killing eleven traders.", ["VA armed"]),
    ("Rockets struck a residential building in Kharkiv on Thursday.", ["ES military"]),
    ("A chemical attack killed dozens in Douma, rescuers said.", ["EC armed"]),
    ("Jihadists massacred 40 villagers in the Tillaberi region.", ["VA armed"]),
    ("A landmine killed two herders near Gao on Wednesday.", ["EI armed"]),
    # members of an armed group killed, by whomever: the group fought
    ("Two militants were killed in an army operation in Sylhet city on Friday.", ["BA military"]),
    ("Three insurgents were shot dead by troops near Dantewada on Sunday.", ["BA military"]),
    # gunfights and "encounters" with the forces are battles, whoever died in them
    (
        "Two activists of an outlawed party were killed in a gunfight with police in Satkhira.",
        ["BA armed"],
    ),
    (
        "A regional commander of the rebel faction was killed in an encounter with police in Gadchiroli.",
        ["BA armed"],
    ),
    (
        "Two gang leaders were killed during a gun fight with law enforcers in Kingston.",
        ["BA armed"],
    ),
    # stabbing or hacking a person is an attack on a civilian, even by a party's men
    (
        "Supporters of the ruling party hacked an opposition activist in Kisumu on Sunday.",
        ["VA armed"],
    ),
    ("A mayor was gunned down by unknown gunmen in Zitacuaro on Friday.", ["VA armed"]),
    # weapons: state forces seizing arms
    (
        "Border guard personnel recovered arms and ammunition from a house near Teknaf.",
        ["SW security"],
    ),
    # rival crowds the report says were armed fight an armed clash
    (
        "A man was killed in a clash between two groups of villagers over land in Lakhai. Both groups were armed with spears.",
        ["BA rioters"],
    ),
]
