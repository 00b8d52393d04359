from toolkit import strings


def test_catalogues_have_the_same_keys():
    assert strings.missing_keys() == {}


def test_no_empty_string_and_welsh_differs_from_english():
    en, cy = strings.load("en"), strings.load("cy")
    for key in en:
        assert en[key].strip() and cy[key].strip(), key
        assert en[key] != cy[key], f"'{key}' is not translated"


def test_unknown_language_is_refused():
    import pytest
    with pytest.raises(KeyError, match="no string catalogue for language 'fr'"):
        strings.load("fr")


def test_a_number_two_takes_the_two_form_where_the_catalogue_has_one():
    cy = strings.load("cy")
    said = {n: strings.count(cy, "record_minutes", n).replace("{n}", str(n)) for n in (1, 2, 3, 20)}
    assert said == {1: "1 munud", 2: "2 funud", 3: "3 munud", 20: "20 munud"}
    # A string with no _two form is the same for every number.
    assert strings.count(cy, "quiz_score", 2) == cy["quiz_score"]
