"""labels.toml's [jira] site: an http(s) address, its trailing slash dropped; anything else is
an error naming the file, the key and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from framework_text import MINIMAL, with_table

from analysis.errors import InputError
from analysis.framework import initial_framework, load_framework


def write(tmp_path: Path, jira: str) -> Path:
    return with_table(tmp_path, "jira", jira)


@pytest.mark.parametrize(("written", "site"), [
    ('site = "https://example.atlassian.net/"', "https://example.atlassian.net"),
    ('site = "http://jira.corp.example:8080/jira"', "http://jira.corp.example:8080/jira"),
    ('site = " https://example.atlassian.net "', "https://example.atlassian.net"),
])
def test_a_site_is_read_without_its_trailing_slash(tmp_path, written, site):
    assert load_framework(write(tmp_path, written)).jira.site == site


def test_no_jira_table_means_no_site(tmp_path):
    path = tmp_path / "labels.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert load_framework(path).jira.site is None
    assert load_framework().jira.site is None


@pytest.mark.parametrize("written", [
    'site = "example.atlassian.net"', 'site = "ftp://example.atlassian.net"',
    'site = "https://"', 'site = "https://example.atlassian.net/?jql=x"',
    'site = "https://example atlassian.net"',
])
def test_a_site_that_is_not_an_http_address_is_refused(tmp_path, written):
    with pytest.raises(InputError) as caught:
        load_framework(write(tmp_path, written))
    message = str(caught.value)
    assert str(tmp_path / "labels.toml") in message and "line 2, jira.site" in message
    assert "https://example.atlassian.net" in message and "correct that value" in message


def test_an_unknown_jira_key_names_site(tmp_path):
    with pytest.raises(InputError, match=r"unknown key 'sites'.*did you mean 'site'"):
        load_framework(write(tmp_path, 'sites = "https://example.atlassian.net"'))


def test_a_site_must_be_text(tmp_path):
    with pytest.raises(InputError, match=r"jira\.site: must be text in quotes"):
        load_framework(write(tmp_path, "site = 1"))


def test_init_keeps_the_commented_site_example():
    text, framework = initial_framework("Labels", [("ops", 1)], "board.csv")
    assert '[jira]\n' in text and '# site = "https://example.atlassian.net"' in text
    assert framework.jira.site is None
