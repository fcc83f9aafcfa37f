"""The push plan, pure: labels to add, already present and to remove, per issue."""

from __future__ import annotations

from analysis.jira.rest import plan_issue, plan_push


def test_adds_only_what_jira_lacks_ignoring_case():
    plan = plan_issue("S-1", ["Urgent", "product:grafana"], ["product:Grafana", "netplat",
                                                             "netplat"])
    assert plan.add == ("netplat",) and plan.present == ("product:grafana",)
    assert plan.remove == () and plan.changes


def test_removes_only_unwanted_labels_jira_still_has_and_nothing_still_wanted():
    plan = plan_issue("S-1", ["product:kafka", "netplat"], ["netplat"],
                      ["product:kafka", "product:vault", "netplat"])
    assert plan.remove == ("product:kafka",) and plan.add == ()
    assert plan.update() == {"labels": [{"remove": "product:kafka"}]}


def test_plan_lists_keys_jira_did_not_return_and_counts():
    plan = plan_push({"S-1": [], "S-2": ["a"]}, {"S-1": ["a", "b"], "S-2": ["a"], "S-9": ["c"]},
                     {"S-2": ["z"]})
    assert [issue.key for issue in plan.issues] == ["S-1", "S-2"]
    assert plan.missing == ("S-9",)
    assert [issue.key for issue in plan.changing] == ["S-1"]
    assert (plan.count("add"), plan.count("present"), plan.count("remove")) == (2, 1, 0)
    assert plan.issues[0].update() == {"labels": [{"add": "a"}, {"add": "b"}]}
