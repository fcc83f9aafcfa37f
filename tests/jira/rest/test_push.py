"""A label push against a local Jira-shaped server: current labels read from Jira in chunks,
edits sent only where labels are missing, per-issue failures counted, 401 fatal."""

from __future__ import annotations

from typing import Any

import pytest
from push_jira import ENV, FakeJira
from pytest_httpserver import HTTPServer

from analysis.jira.rest import JiraError, apply_push, current_labels, open_client, plan_push


def _jira(server: HTTPServer, api: str, **labels: list[str]) -> FakeJira:
    return FakeJira(server, api, {key.replace("_", "-"): list(v) for key, v in labels.items()})


def _client(jira: FakeJira, sleeps: list[float] | None = None) -> Any:
    waits = [] if sleeps is None else sleeps
    return open_client(jira.site, jira.api, environ=ENV[jira.api], sleep=waits.append)[0]


@pytest.mark.parametrize("api", ["cloud", "server"])
def test_current_labels_in_chunks_and_pages_leaving_out_unknown_keys(
    httpserver: HTTPServer, api: str,
) -> None:
    jira = _jira(httpserver, api, S_1=["a"], S_2=[], S_3=["b", "c"], S_4=["d"]).install()
    jira.moved["S-5"] = "OPS-7"
    found = current_labels(_client(jira), api, ["S-1", "S-2", "S-9", "S-3", "S-4", "S-5",
                                                "bad key"], chunk=3)
    assert found == {"S-1": ["a"], "S-2": [], "S-3": ["b", "c"], "S-4": ["d"], "OPS-7": []}
    assert all(search["fields"] == "labels" and "expand" not in search
               for search in jira.searches)
    assert "bad key" not in "".join(search["jql"] for search in jira.searches)


@pytest.mark.parametrize("api", ["cloud", "server"])
def test_apply_adds_exactly_the_missing_labels_and_a_second_apply_sends_nothing(
    httpserver: HTTPServer, api: str,
) -> None:
    jira = _jira(httpserver, api, S_1=["urgent"], S_2=["netplat"]).install()
    client = _client(jira)
    wanted = {"S-1": ["netplat", "product:grafana"], "S-2": ["netplat"]}
    plan = plan_push(current_labels(client, api, list(wanted)), wanted)
    result = apply_push(client, api, plan)
    assert jira.puts == [("S-1", {"update": {"labels": [{"add": "netplat"},
                                                        {"add": "product:grafana"}]}})]
    assert jira.labels["S-1"] == ["urgent", "netplat", "product:grafana"]
    assert (result.changed, result.added, result.removed, result.present) == (1, 2, 0, 1)
    again = plan_push(current_labels(client, api, list(wanted)), wanted)
    assert apply_push(client, api, again).changed == 0 and len(jira.puts) == 1


def test_removal_sends_remove_operations(httpserver: HTTPServer) -> None:
    jira = _jira(httpserver, "cloud", S_1=["product:kafka", "netplat"]).install()
    client = _client(jira)
    plan = plan_push(current_labels(client, "cloud", ["S-1"]), {"S-1": ["netplat"]},
                     {"S-1": ["product:kafka"]})
    result = apply_push(client, "cloud", plan)
    assert jira.labels["S-1"] == ["netplat"] and result.removed == 1


def test_a_403_on_one_issue_is_counted_and_named_and_the_others_go_on(
    httpserver: HTTPServer,
) -> None:
    jira = _jira(httpserver, "server", S_1=[], S_2=[], S_3=[]).install()
    jira.fail["S-2"] = 403
    client = _client(jira)
    wanted = {key: ["x"] for key in ("S-1", "S-2", "S-3")}
    steps: list[tuple[int, int]] = []
    result = apply_push(client, "server", plan_push(current_labels(client, "server",
                                                                   list(wanted)), wanted),
                        progress=lambda done, total: steps.append((done, total)))
    assert result.changed == 2 and [key for key, _ in result.failures] == ["S-2"]
    assert "(403)" in result.failures[0][1] and "updating the labels of S-2" in \
        result.failures[0][1]
    assert jira.labels["S-3"] == ["x"] and steps[-1] == (3, 3)


def test_a_401_stops_at_once(httpserver: HTTPServer) -> None:
    jira = _jira(httpserver, "cloud", S_1=[], S_2=[]).install()
    jira.fail["S-1"] = 401
    client = _client(jira)
    wanted = {"S-1": ["x"], "S-2": ["x"]}
    plan = plan_push(current_labels(client, "cloud", list(wanted)), wanted)
    with pytest.raises(JiraError, match="refused the credentials") as raised:
        apply_push(client, "cloud", plan)
    assert [key for key, _ in jira.puts] == ["S-1"] and "s3cret" not in str(raised.value)


def test_429_and_500_on_an_edit_are_retried(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/rest/api/3/issue/S-1", method="PUT").respond_with_data(
        "", status=429, headers={"Retry-After": "3"})
    httpserver.expect_oneshot_request("/rest/api/3/issue/S-1", method="PUT").respond_with_data(
        "boom", status=500)
    jira = _jira(httpserver, "cloud", S_1=[]).install()
    sleeps: list[float] = []
    client = _client(jira, sleeps)
    plan = plan_push(current_labels(client, "cloud", ["S-1"]), {"S-1": ["x"]})
    assert apply_push(client, "cloud", plan).changed == 1
    assert jira.labels["S-1"] == ["x"] and sleeps == [3.0, 2.0]
