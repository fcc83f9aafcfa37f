"""Logging stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

LOGGING: tuple[Group, ...] = (
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
        S("field mapping", ("Kibana field mapping conflict on {service} logs",
                            "{service}: field mapping conflict in Kibana"),
          "Kibana shows a field mapping conflict for the status field of {service} logs: it is "
          "a number in some indices and text in others.",
          "the field mapping conflict on {service} logs",
          "{service} now logs status as a number everywhere and old indices are reindexed"),
        S("visualisation", ("Kibana visualisation for {service} errors broken after upgrade",
                            "{service} visualisation shows an error"),
          "Our Kibana visualisation of {service} errors shows an error since the upgrade.",
          "the broken {service} visualisation",
          "the {service} visualisation is migrated to the new editor"),
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
        S("labels", ("Loki labels for {service} missing namespace",
                     "{service} logs in Loki: labels missing"),
          "The {service} logs in Loki carry no namespace or pod labels, so we cannot filter "
          "them.",
          "the missing Loki labels on {service} logs",
          "the promtail config now adds namespace and pod labels to {service} logs"),
        S("out of order", ("Loki rejects {service} entries: out of order",
                           "{service} logs lost: entry out of order"),
          "Loki drops part of the {service} logs with \"entry out of order\" since we run two "
          "replicas.",
          "the out of order {service} entries",
          "the {service} streams now carry the pod name, so each replica has its own stream",
          "{noformat}entry out of order for stream{noformat}"),
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
        S("JSON", ("Fluent Bit not parsing {service} JSON logs",
                           "{service} logs arrive as one string (JSON parsing)"),
          "The {service} logs are JSON but arrive as one string field; the JSON parsing filter "
          "does not apply.",
          "the JSON parsing of {service} logs",
          "the JSON parser now applies to the {service} containers"),
        S("Fluent Bit memory", ("Fluent Bit memory use high on {service} nodes",
                                "{service} nodes: Fluent Bit memory keeps growing"),
          "On the nodes running {service} the Fluent Bit memory use keeps growing until it is "
          "OOMKilled.",
          "the Fluent Bit memory growth on {service} nodes",
          "Fluent Bit got a mem_buf_limit; memory is flat on the {service} nodes"),
    )),
)
