"""Table rows for precision on real reports: trigger words in statements that
report no event, crowd fights that are riots, measures by non-state actors,
police action folded into the protest it met (sentences written for the tests)."""

# Rows are whole sentences, one per line, so that the table reads as a table.
# ruff: noqa: E501

ROWS: list[tuple[str, list[str]]] = [
    # counts and comparisons over a span of time
    ("It was the fourth wave of strikes in Nigeria in three years.", []),
    ("Zambia has seen a series of fuel protests over the past decade.", []),
    ("This is the second round of demonstrations against the pension reform in two months.", []),
    ("The country has had a spate of riots over food prices within two years.", []),
    ("A wave of protests swept Tunisia on Monday.", ["P protesters"]),
    # an event noun that is the topic of talk, images or judgement
    ("The regulator told broadcasters to stop airing footage of the riots in Dakar.", []),
    ("Opposition leaders condemned the violence in Conakry.", []),
    (
        "The government banned live coverage of the demonstrations in Harare.",
        ["SO government media_restriction"],
    ),
    ("Editors in Kampala were told to stop reporting on the strike.", []),
    ("The bishops denounced the looting in Port-au-Prince.", []),
    ("Police arrested six men in Mombasa for rioting.", ["SA police"]),
    ("Residents reported clashes in Goma on Sunday.", ["RV rioters"]),
    ("The curfew followed two days of rioting in Osh.", []),
    ("Journalists covering the protest in Minsk were detained by riot police.", ["PI protesters"]),
    # clashes of crowds with police are riots, not battles
    (
        "Running battles between stone-throwing youths and police went on for hours in Kano.",
        ["RV mob"],
    ),
    ("Skirmishes with police continued in Abidjan overnight.", ["RV rioters"]),
    (
        "Pitched battles between students and the police raged near the campus in Yaoundé.",
        ["RV rioters"],
    ),
    ("Fighting between the army and rebels killed 12 people near Kidal.", ["BA armed"]),
    ("Soldiers clashed with stone-throwing youths in Conakry.", ["RV rioters"]),
    ("Police clashed with protesters in Dakar.", ["RV rioters"]),
    ("Security forces clashed with Islamist fighters near Palma.", ["BA security"]),
    ("Troops fought with M23 near Goma on Sunday.", ["BA military"]),
    # closing shops is no violence; a shutdown called as a strike is a protest
    ("Shops along the main road in Kampala pulled down their shutters.", []),
    ("Shopkeepers in Srinagar observed a complete hartal on Friday.", ["P labor"]),
    ("Opposition parties enforced a bandh in Kolkata on Monday.", ["P labor"]),
    ("Protesters pulled down the gate of the governor's office in Jos.", ["RV rioters"]),
    # measures need a state actor
    ("Two airlines cancelled all flights to Bamako on Friday.", []),
    ("The supermarket chain cut bread prices in Lagos.", []),
    ("The bank dismissed its chief executive on Tuesday.", []),
    ("The bus company closed its station in Mombasa as a precaution.", []),
    ("Guinea closed its border with Sierra Leone on Monday.", ["SO government travel_restriction"]),
    ("The king dismissed the government on Tuesday.", ["SO government government_dismissal"]),
    (
        "Mobile operators suspended internet access in Addis Ababa on government orders.",
        ["SO government internet_shutdown"],
    ),
    # a measure named as a noun and talked about is not the act
    ("The imposition of the curfew was a mistake, a trader in Bishkek said.", []),
    ("The suspension of mobile internet is a blow to small businesses.", []),
    ("The dismissal of the cabinet is a sign of weakness.", []),
    # police action after a protest, at the same place, belongs to it
    (
        "Hundreds of nurses rallied in Accra on Monday. Police said 12 people were arrested in the capital.",
        ["PI labor"],
    ),
    (
        "Farmers protested in Lahore on Friday. Police detained 20 of them in the city.",
        ["PI protesters"],
    ),
    (
        "Miners marched in Potosí on Monday. In Oruro, police arrested four union leaders.",
        ["P labor", "SA police"],
    ),
    (
        "Rioters set fire to tyres in Conakry on Tuesday. Security forces fired tear gas to disperse them.",
        ["RV rioters"],
    ),
    (
        "Rioters burned a police post in Kisangani on Monday. Residents rallied peacefully in Kinshasa. Soldiers arrested nine people in Kisangani.",
        ["RV rioters", "P protesters"],
    ),
    ("Police in Hyderabad arrested five organisers of a previous protest.", ["SA police"]),
    # crowd-control charges are police action against protesters
    (
        "In Multan, police baton-charged shopkeepers who tried to block the highway.",
        ["PI protesters"],
    ),
    (
        "The police resorted to a lathi-charge when farmers tried to enter the city of Ludhiana.",
        ["PI protesters"],
    ),
    ("Police lathi-charged job seekers outside the secretariat in Patna.", ["PI protesters"]),
    # labels and kickers carry no predicate
    ("UNREST IN THE NORTH", []),
    ("Strike", []),
    ("CLASHES", []),
    # a mob's riot, even when the parser hangs the mob on the place
    (
        "On Sunday, in the old town of Mopti, a mob of about a hundred men burned shops owned by traders from Guinea.",
        ["RM mob"],
    ),
    (
        "Later that night, in the outskirts of Kumasi, a crowd of several hundred residents attacked a police station.",
        ["RM mob"],
    ),
    ("Dock workers in Chittagong and Mongla struck work on Monday.", ["P labor"]),
    # purpose infinitives are as real as their act
    ("The union called a strike to protest against job cuts.", []),
    (
        "Lawyers boycotted the courts in Karachi to protest against the arrest of a colleague.",
        ["P protesters"],
    ),
]
