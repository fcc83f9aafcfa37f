"""Metrics, logging and alerting stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

OBSERVE: tuple[Group, ...] = (
    Group("Metrics", "Grafana", "Observability", (
        S("No data", ("Grafana dashboard for {service} shows No data since {version}",
                      "{service} Grafana panels show No data in {env}"),
          "Since {clock} the Grafana panels for {service} in {env} show \"No data\", although "
          "the service is healthy and serving traffic.",
          "the \"No data\" panels for {service}",
          "the {service} dashboard queried a datasource that was renamed; I repointed it"),
        S("SLO dashboard", ("Request: add {service} to the SLO dashboard",
                            "Can {service} get a panel on the SLO dashboard?"),
          "We would like {service} on the SLO dashboard in Grafana, with availability and "
          "latency for {env}.",
          "the SLO dashboard entry for {service}",
          "{service} is now on the SLO dashboard, availability and p99 latency"),
        S("wrong timezone", ("Grafana shows {service} graphs in the wrong timezone",
                             "{service} dashboard times off by hours (wrong timezone?)"),
          "The {service} dashboard in Grafana plots everything in the wrong timezone; the "
          "incident at {clock} shows up hours later.",
          "the wrong timezone on the {service} dashboard",
          "the {service} dashboard had a fixed UTC offset; it now follows the browser timezone"),
        S("dashboard permissions", (
            "Cannot edit the {service} Grafana dashboard: dashboard permissions",
            "Dashboard permissions for {service} folder"),
          "Nobody in our team can save changes to the {service} dashboards; Grafana says we "
          "lack dashboard permissions on the folder.",
          "the dashboard permissions on the {service} folder",
          "the {service} folder now grants Editor to your team group"),
    )),
    Group("Metrics", "Prometheus", "Observability", (
        S("not scraping", ("Prometheus not scraping {service} in {env}",
                           "{service} targets down, Prometheus not scraping"),
          "Prometheus is not scraping {service} in {env}: the targets page lists it as down "
          "with \"connection refused\" since {clock}.",
          "Prometheus not scraping {service}",
          "the {service} ServiceMonitor selected the wrong port name; fixed the label",
          "{noformat}Get \"http://{service}:9090/metrics\": connection refused{noformat}"),
        S("metrics", ("Missing metrics for {service} after upgrade to {version}",
                              "{service} missing metrics since {version}"),
          "After upgrading {service} to {version} the request metrics are missing in "
          "Prometheus; the /metrics endpoint still answers when I curl it.",
          "the missing metrics for {service}",
          "{version} renamed the {service} metrics prefix; recording rules now use the new name"),
        S("high cardinality", ("High cardinality warning on {service} metrics",
                               "{service}: high cardinality alert, {n}k series"),
          "Prometheus warns about high cardinality on {service}: the request metric carries a "
          "user id label and has grown to about {n}k series.",
          "the high cardinality of the {service} metrics",
          "we dropped the user id label from the {service} metrics with a relabel rule"),
        S("histogram buckets", ("Histogram buckets wrong for {service} latency",
                                "{service} p99 flat: histogram buckets too coarse?"),
          "The p99 latency of {service} is a flat line; the histogram buckets stop at 1s, so "
          "every slow request lands in the same bucket.",
          "the coarse histogram buckets of {service}",
          "{service} now exports histogram buckets up to 30s"),
    )),
    Group("Metrics", "Thanos", "PlatOps", (
        S("query timeout", ("Thanos query timeout for 30d range on {service} panels",
                            "{service} long-range panels hit Thanos query timeout"),
          "Any {service} panel over more than a week fails with a Thanos query timeout; short "
          "ranges are fine.",
          "the Thanos query timeout on {service} panels",
          "the {service} panels now use the downsampled Thanos store for long ranges",
          "{noformat}query timed out in expression evaluation{noformat}"),
        S("gaps in history", ("Gaps in history for {service} metrics in Thanos",
                              "{service} metrics: gaps in history older than {n} days"),
          "Thanos shows gaps in history for {service} metrics older than {n} days; the "
          "compactor may be behind.",
          "the gaps in history of the {service} metrics",
          "the Thanos compactor was stuck; it caught up and the {service} gaps are filled"),
    )),
    Group("Logging", "Kibana", "Observability", (
        S("missing", ("Logs for {service} missing in Kibana since {version} rollout",
                           "{service} logs missing in Kibana ({env})"),
          "Logs from {service} in {env} are missing in Kibana since {clock}; kubectl logs shows "
          "they are being written.",
          "the {service} logs missing in Kibana",
          "the {service} index hit its field limit after {version}; raised it and reindexed"),
        S("wrong timestamps", ("Kibana index pattern for {service} shows wrong timestamps",
                               "{service} logs in Kibana have wrong timestamps"),
          "In Kibana the {service} logs have wrong timestamps: events appear at ingestion "
          "time, not when they happened.",
          "the wrong timestamps on {service} logs",
          "the {service} index pattern now uses the event time field"),
        S("saved search", ("Kibana saved search for {service} errors broken",
                           "{service} saved search returns nothing"),
          "The saved search we use for {service} errors in Kibana returns nothing since the "
          "index was renamed.",
          "the broken saved search for {service}",
          "the {service} saved search now points at the new index pattern"),
    )),
    Group("Logging", "Loki", "Observability", (
        S("Loki query", ("Loki query for {service} times out",
                              "{service}: Loki query times out over 24h"),
          "A Loki query over the last 24 hours of {service} logs times out, even with a "
          "narrow filter.",
          "the Loki query timing out for {service}",
          "the {service} streams had a request id label; removed it so queries hit fewer "
          "streams"),
        S("retention", ("Log retention for {service} needs to be 90 days, not 14",
                        "{service} log retention: we need 90 days"),
          "Audit needs 90 days of {service} logs, but Loki retention is 14 days for our "
          "tenant.",
          "the log retention of {service}",
          "{service} logs now have 90 days of retention in Loki"),
        S("rate limit", ("Loki rejecting {service} logs: ingestion rate limit",
                         "{service} logs dropped by Loki rate limit"),
          "Loki rejects part of the {service} logs in {env} with an ingestion rate limit "
          "error since traffic grew.",
          "the Loki rate limit on {service} logs",
          "raised the ingestion rate limit for the {service} tenant",
          "{noformat}429 ingestion rate limit exceeded{noformat}"),
    )),
    Group("Logging", "Fluent Bit", "Data Platform", (
        S("dropping logs", ("Fluent Bit dropping logs for {service} on {env} nodes",
                            "{service} logs gaps: Fluent Bit dropping logs"),
          "Fluent Bit is dropping logs from {service} on the {env} nodes; we see gaps of "
          "several minutes under load.",
          "Fluent Bit dropping logs from {service}",
          "the Fluent Bit buffer was too small for {service}; moved it to filesystem "
          "buffering"),
        S("multi-line", ("Multi-line stack traces from {service} split into separate lines",
                         "{service} stack traces broken up (multi-line parsing)"),
          "Stack traces from {service} arrive as separate lines; the multi-line parser does "
          "not seem to apply to our container.",
          "the split multi-line stack traces of {service}",
          "the multi-line parser now matches the {service} container name"),
    )),
    Group("Alerting", "PagerDuty", "PlatOps", (
        S("not paging", ("PagerDuty not paging {service} on-call",
                         "{service} outage, PagerDuty not paging anyone"),
          "PagerDuty did not page anyone when {service} went down in {env} at {clock}; the "
          "alert fired but PagerDuty was not paging anyone.",
          "PagerDuty not paging the {service} on-call",
          "the {service} service in PagerDuty had no escalation policy; attached it"),
        S("escalation policy", ("Add new escalation policy for {service}",
                                "{service}: new PagerDuty escalation policy"),
          "We need a new escalation policy for {service}: primary, secondary, then the "
          "engineering manager.",
          "the escalation policy for {service}",
          "the {service} escalation policy is live with three levels"),
        S("wrong team", ("Alert routed to the wrong team: {service}",
                         "{service} pages go to the wrong team"),
          "Pages for {service} go to the wrong team: another team's on-call gets them.",
          "the {service} pages routed to the wrong team",
          "the routing key of {service} pointed at another service; fixed"),
    )),
    Group("Alerting", "Alertmanager", "Observability", (
        S("firing constantly", ("Alert \"{service} high error rate\" firing constantly",
                                "{service} error rate alert firing constantly, please check"),
          "The high error rate alert for {service} keeps firing constantly overnight for the "
          "same condition; on-call was paged each time.",
          "the {service} alert firing constantly",
          "the {service} alert compared against a 1m window; it now uses 10m with a for: 5m"),
        S("silence", ("Silence for {service} maintenance not applied in {env}",
                      "{service}: silence ignored during maintenance"),
          "We created a silence for the {service} maintenance in {env} on {weekday}, but the "
          "alerts still fired.",
          "the ignored silence for {service}",
          "the {service} silence matched a label the alerts no longer carry; matcher fixed"),
        S("duplicate", ("Duplicate Slack alerts for {service}",
                        "{service} alerts arrive duplicate in Slack"),
          "Every {service} alert arrives in Slack twice, as duplicate messages a few seconds "
          "apart.",
          "the duplicate {service} alerts",
          "two Alertmanager routes matched {service}; the second one now has continue: false"),
    )),
)
