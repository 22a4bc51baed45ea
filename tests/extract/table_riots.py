"""Table rows: riots, looting, mob violence (sentences written for the tests)."""

# Rows are whole sentences, one per line, so that the table reads as a table.
# ruff: noqa: E501

ROWS: list[tuple[str, list[str]]] = [
    # a noun "clashes with police" is a riot too (not "police violence")
    ("In Juliaca, clashes with police left 17 dead.", ["RV rioters"]),
    ("Clashes between students and soldiers erupted in Mandalay on Friday.", ["RV rioters"]),
    ("Violent clashes with riot police broke out in Tunis after the match.", ["RV rioters"]),
    ("Protesters clashed with police in Santiago on Friday.", ["RV rioters"]),
    (
        "Rioters set fire to 16 police cars and looted 120 shops in Durban.",
        ["RV rioters", "SL rioters"],
    ),
    ("Supporters of the ruling party attacked students at the university in Dhaka.", ["RM mob"]),
    ("Demonstrators threw stones at police in Ramallah on Friday.", ["RV rioters"]),
    ("Several protesters stormed the regional administration building in Batumi.", ["RV rioters"]),
    ("Youths torched cars in the suburbs of Paris overnight.", ["RM mob"]),
    ("A mob lynched a man accused of theft in a village near Kano.", ["RM mob"]),
    ("Rioters ransacked the town hall in Tetovo on 5 June.", ["RV rioters"]),
    ("Supermarkets and pharmacies have been looted in Soweto.", ["SL rioters"]),
    ("Looters broke into supermarkets in Port-au-Prince on Tuesday.", ["SL rioters"]),
    ("Crowds seized rifles from a police armoury in Kumasi.", ["SL rioters"]),
    ("Demonstrators set the parliament building on fire in Kathmandu.", ["RV rioters"]),
    ("Clashes broke out between protesters and police in Lahore on Wednesday.", ["RV rioters"]),
    ("Protesters hurled Molotov cocktails at riot police in Athens.", ["RV rioters"]),
    ("Angry residents burned the house of the village chief in Ituri.", ["RM mob"]),
    ("Villagers attacked a police station in Assam after a custodial death.", ["RM mob"]),
    ("Rioting erupted in Leicester on Saturday night.", ["RV rioters"]),
    (
        "Demonstrators broke through a police cordon outside the parliament in Tirana.",
        ["RV rioters"],
    ),
    ("A crowd beat a journalist covering the protest in Conakry.", ["RM mob", "P protesters"]),
    ("Protesters vandalised the offices of the ruling party in Bamako.", ["RV rioters"]),
    (
        "Violent clashes between rival supporters left two dead in Nairobi's Kibera slum.",
        ["RM mob"],
    ),
    ("Demonstrators hurled petrol bombs at the courthouse and set it alight.", ["RV rioters"]),
    (
        "There were attacks on two clinics in Kananga, where patients were beaten.",
        ["RM mob"],
    ),
    # a party's men who come armed attack civilians (test_armed_attacks.py)
    ("Party militants attacked opposition supporters with machetes in Kinshasa.", ["VA armed"]),
    ("Rioters burned tyres and blocked roads in Port Harcourt.", ["RV rioters"]),
    ("Protesters smashed the windows of banks in central Santiago.", ["RV rioters"]),
    ("Looting spread to several neighbourhoods of Pietermaritzburg on Tuesday.", ["SL rioters"]),
    ("Rioters overturned police vans in Dhaka on Sunday.", ["RV rioters"]),
    ("The mob set fire to a mosque in the town of Meiktila.", ["RM mob"]),
    ("Unrest erupted in Nouakchott after the election results were announced.", ["RV rioters"]),
]
