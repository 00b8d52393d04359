"""The learning record's keys (toolkit.learning): the same from every language and URL style."""

from toolkit import learning

from .site import LANGUAGES


def test_a_page_key_is_its_url_in_the_default_language():
    assert learning.page_key("/co-production/tips/", LANGUAGES) == "co-production/tips/"
    assert learning.page_key("cy/co-production/tips/", LANGUAGES) == "co-production/tips/"
    assert learning.page_key("process-mapping/tips/", LANGUAGES) == "process-mapping/tips/"
    assert learning.page_key("co-production/tips.html", LANGUAGES) == "co-production/tips/"
    assert learning.page_key("cy/co-production/index.html", LANGUAGES) == "co-production/"
    assert learning.page_key("cy/", LANGUAGES) == learning.page_key("", LANGUAGES) == ""


def test_a_guide_key_is_its_folder():
    assert learning.guide_key("co-production/tips.md", LANGUAGES) == "co-production"
    assert learning.guide_key("cy/process-mapping/index.md", LANGUAGES) == "process-mapping"
    assert learning.guide_key("cy/accessibility.md", LANGUAGES) == ""
    assert learning.guide_key("index.md", LANGUAGES) == ""
