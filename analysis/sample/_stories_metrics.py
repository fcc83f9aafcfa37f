"""Metrics and alerting stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

METRICS: tuple[Group, ...] = (
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
        S("alert rule", ("Grafana alert rule for {service} stuck in Pending",
                         "{service}: Grafana alert rule never fires"),
          "The Grafana alert rule on the {service} error panel stays in Pending and never "
          "fires, even when the panel is clearly over the threshold.",
          "the {service} alert rule stuck in Pending",
          "the {service} alert rule had no_data set to keep state; it now evaluates normally"),
        S("variable", ("Grafana variable for {service} pods lists nothing",
                       "{service} dashboard: pod variable empty"),
          "The pod variable on the {service} dashboard lists nothing in {env}, so every panel "
          "filtered by it is empty.",
          "the empty pod variable on the {service} dashboard",
          "the {service} variable query used an old label name; fixed"),
        S("slow dashboard", ("Slow dashboard for {service} in Grafana: a minute to load",
                             "Slow dashboard: {service} overview"),
          "The {service} overview is a slow dashboard: it takes about a minute to load and "
          "often times out.",
          "the slow dashboard of {service}",
          "the {service} overview now uses recording rules instead of raw queries"),
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
        S("recording rule", ("Recording rule for {service} returns nothing",
                             "{service}: new recording rule is empty"),
          "The recording rule we added for {service} latency evaluates but returns nothing in "
          "{env}.",
          "the empty recording rule of {service}",
          "the {service} recording rule filtered on a job label that is set differently; fixed"),
        S("remote write", ("Prometheus remote write dropping {service} samples",
                           "{service} samples dropped on remote write"),
          "Prometheus logs that remote write is dropping samples, and {service} graphs show "
          "holes of a few minutes.",
          "the {service} samples dropped on remote write",
          "remote write shards were raised; no more dropped {service} samples"),
        S("pushgateway", ("Stale {service} batch metrics in the Pushgateway",
                          "{service} batch job: Pushgateway keeps old values"),
          "The {service} batch job pushes to the Pushgateway, but old values stay there after "
          "the job finishes, so the alert never clears.",
          "the stale {service} values in the Pushgateway",
          "the {service} job now deletes its group from the Pushgateway when it ends"),
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
        S("duplicate series", ("Thanos shows duplicate series for {service}",
                               "{service} graphs doubled: duplicate series in Thanos"),
          "In Thanos every {service} graph shows duplicate series, one per Prometheus replica, "
          "so the sums are doubled.",
          "the duplicate series of {service} in Thanos",
          "deduplication was off on the {service} datasource; turned it on"),
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
        S("schedule", ("PagerDuty schedule for {service} has a gap on {weekday}",
                       "{service} on-call schedule gap"),
          "The PagerDuty schedule of {service} has a gap on {weekday} night; nobody would be "
          "paged.",
          "the gap in the {service} schedule",
          "the {service} schedule layers now cover the whole week"),
        S("low urgency", ("{service} incidents created as low urgency in PagerDuty",
                          "PagerDuty: {service} pages arrive as low urgency"),
          "All {service} incidents arrive in PagerDuty as low urgency, so on-call only gets an "
          "email.",
          "the low urgency of {service} incidents",
          "the {service} service now maps critical alerts to high urgency"),
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
        S("inhibition", ("Inhibition rule not suppressing {service} alerts",
                         "{service}: alert storm, inhibition rule ignored"),
          "When the cluster is down we still get every {service} alert; the inhibition rule "
          "does not seem to apply.",
          "the {service} alerts the inhibition rule does not suppress",
          "the inhibition rule now matches on the cluster label {service} alerts carry"),
        S("resolved notification", ("No resolved notification for {service} alerts",
                                    "{service}: alerts never send a resolved notification"),
          "The {service} alerts post to Slack when they fire, but no resolved notification "
          "ever arrives.",
          "the missing resolved notification for {service}",
          "send_resolved is on for the {service} receiver"),
        S("new alert", ("New alert for {service} queue depth",
                        "{service}: please review our new alert"),
          "We wrote a new alert for the {service} queue depth; can you review it before we "
          "route it to on-call?",
          "the new alert for {service}",
          "the {service} alert is merged with a for: 10m and a runbook link"),
    )),
)
