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
