from upheaval.extract.generic import separate_incidents


def test_separate_incidents_are_a_summary() -> None:
    text = "Two police were killed and a soldier was wounded in separate shootings."
    assert separate_incidents(text, ())
    assert separate_incidents(text, ("separate shootings",))
    kano = "Three guards were killed in two separate attacks in Kano on Monday."
    assert not separate_incidents(kano, ("Kano",))
    assert not separate_incidents("Gunmen killed five in Jos.", ())
