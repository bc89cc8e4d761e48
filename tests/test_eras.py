"""Era years ("Year 252 of the Fifth Epoch") read only through the epoch the document states."""
from lorecheck.extract.eras import era_dates, read_epochs


def test_epoch_forms():
    dated = " The mill rose in Year 7 of the Long Reckoning, in Year 7 of the Grey Era and in Year 7 of the Second Age."
    assert read_epochs("Year 1 of the Long Reckoning is 903 in the common count." + dated) == {"long reckoning": 902}
    assert read_epochs("The Long Reckoning began in 903." + dated) == {"long reckoning": 902}
    assert read_epochs("the annals reckon by the Grey Era (Year 1 = 650 in the common count)" + dated) == {"grey era": 649}
    assert read_epochs("Year 40 of the Second Age was 1240." + dated) == {"second age": 1200}


def test_an_epoch_without_any_era_year_is_not_needed():
    assert read_epochs("The Long Reckoning began in 903.") == {}


def test_an_era_mapped_two_ways_is_not_read():
    text = "Year 1 of the Long Reckoning is 903. Elsewhere: the Long Reckoning began in 910. In Year 9 of the Long Reckoning."
    assert read_epochs(text) == {}


def test_no_era_word_no_work():
    assert read_epochs("The mill was founded in 1412 and burned in 1450.") == {}


def test_era_dates_in_a_block():
    epochs = {"long reckoning": 902}
    found = era_dates("The mill was founded in Year 510 of the Long Reckoning, and in the 12th year of the Long "
                      "Reckoning a wall was raised; Year 3 of the Short Reckoning is another count.", epochs)
    assert [(f.text, f.value.year) for f in found] == [("Year 510 of the Long Reckoning", 1412),
                                                      ("the 12th year of the Long Reckoning", 914)]


def test_the_mapping_itself_is_no_date():
    epochs = read_epochs("Year 1 of the Long Reckoning is 903.")
    assert era_dates("Year 1 of the Long Reckoning is 903.", epochs) == []
