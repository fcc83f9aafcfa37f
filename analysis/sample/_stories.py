"""The story catalogue: every kind of problem the sample board carries, grouped by macro
category and product, each with its summaries, description, symptom, fix and owning team.

A story's mark (a word or phrase) appears in each of its summaries, its detail and its symptom,
and every text names {service}, so a ticket's summary, description and comments agree.
Placeholders: {service} {env} {region} {n} {pct} {version} {clock} {weekday}.
"""

from __future__ import annotations

from typing import NamedTuple


class Story(NamedTuple):
    """One kind of problem: how reporters title it, describe it, and how it ends."""

    mark: str
    summaries: tuple[str, ...]
    detail: str
    symptom: str
    fix: str
    error: str | None = None


class Group(NamedTuple):
    """The stories of one (macro category, product) pair and the platform team owning them."""

    category: str
    product: str
    owner: str
    stories: tuple[Story, ...]


S = Story
CATALOGUE: tuple[Group, ...] = (
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
        S("dashboard permissions", ("Cannot edit the {service} Grafana dashboard: dashboard "
                                    "permissions", "Dashboard permissions for {service} folder"),
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
    Group("Build pipeline", "Jenkins", "Build and Deploy", (
        S("artifact upload", ("Jenkins pipeline for {service} stuck on artifact upload",
                              "{service} build hangs at artifact upload"),
          "The Jenkins job for {service} has been stuck on the artifact upload step for over "
          "an hour; nothing in the console after \"Uploading artifacts...\".",
          "the stuck artifact upload of {service}",
          "the Jenkins agent had a full workspace disk; cleaned it and the {service} upload "
          "passes"),
        S("Resolving dependencies", ("Jenkins build for {service} hangs at \"Resolving "
                                     "dependencies\"", "{service} stuck on Resolving "
                                     "dependencies"),
          "Every {service} build on Jenkins hangs at \"Resolving dependencies\" until it times "
          "out; it started on {weekday}.",
          "the {service} builds hanging at Resolving dependencies",
          "the dependency mirror certificate expired; renewed, {service} builds resolve again",
          "{code}Could not resolve dependencies: Read timed out{code}"),
        S("integration stage", ("Flaky integration stage on {service}, passes on retry",
                                      "{service}: flaky integration stage on main"),
          "Builds of {service} on main fail roughly one time in three in the integration "
          "stage and pass when re-run; branch builds look fine.",
          "the flaky integration stage of {service}",
          "the {service} integration stage shared a database with other jobs; each run now "
          "gets its own"),
        S("pipeline", ("Need a new Jenkins pipeline for {service}",
                           "New pipeline request: {service}"),
          "We need a new pipeline for {service}; the repo was created last week and the "
          "Dockerfile is in place.",
          "the new pipeline for {service}",
          "the new pipeline for {service} is set up and ran green on main"),
    )),
    Group("Build pipeline", "GitHub Actions", "Build and Deploy", (
        S("runners queueing", ("GitHub Actions runners queueing for {n} minutes on {service}",
                               "{service} workflows: runners queueing"),
          "Jobs of the {service} workflow sit with runners queueing for a long time before "
          "they start; it is worst in the morning.",
          "the runners queueing for {service} jobs",
          "the runner pool autoscaler had hit its limit; raised it, {service} jobs start at "
          "once"),
        S("out of disk", ("Self-hosted runner out of disk on {service} builds",
                          "{service} builds fail: runner out of disk"),
          "The {service} builds on the self-hosted runners fail with the runner out of disk "
          "during the docker build step.",
          "the runner out of disk on {service} builds",
          "runners now prune docker images after each job; the {service} builds have room",
          "{code}No space left on device{code}"),
        S("cache restore", ("Cache restore fails for {service} workflow",
                            "{service} workflow: cache restore fails every run"),
          "The cache restore step of the {service} workflow fails on every run, so each build "
          "downloads everything again.",
          "the failing cache restore of {service}",
          "the {service} cache key included the run id; it now hashes the lock file"),
        S("OIDC", ("{service} workflow cannot assume AWS role via OIDC",
                   "OIDC login from GitHub Actions fails for {service}"),
          "The {service} deploy workflow fails at the OIDC step when assuming the AWS role; it "
          "worked until {weekday}.",
          "the OIDC role assumption of the {service} workflow",
          "the role trust policy did not list the {service} repo; added it"),
    )),
    Group("Build pipeline", "Artifactory", "Developer Experience", (
        S("publish", ("Artifactory returns 503 when publishing {service} {version}",
                                  "{service} publish fails: Artifactory 503"),
          "Publishing {service} {version} to Artifactory fails with 503 when publishing; "
          "retries fail the same way.",
          "the 503 when publishing {service}",
          "the Artifactory storage volume was full; expanded, {service} publishes again",
          "{noformat}HTTP 503 Service Unavailable; retry-after: 30{noformat}"),
        S("rate limited", ("Docker pull rate limited in CI for {service}",
                           "{service} builds failing: docker pulls rate limited"),
          "The {service} builds fail because docker pulls of base images are rate limited; the "
          "build does not go through the Artifactory remote.",
          "the rate limited docker pulls of {service}",
          "the {service} Dockerfile now pulls base images through the Artifactory mirror",
          "{code}toomanyrequests: You have reached your pull rate limit{code}"),
        S("retention", ("Old {service} artifacts deleted by Artifactory retention",
                        "{service} {version} artifact gone: retention too short?"),
          "Artifactory retention deleted the {service} {version} artifact that is still "
          "running in {env}; we cannot roll back to it.",
          "the {service} artifacts lost to retention",
          "released {service} versions are now excluded from the retention policy"),
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
    Group("Access", "Okta", "Identity and Access", (
        S("namespace access", ("Request namespace access to {service} {env}",
                               "Need namespace access for {service} in {env}"),
          "I need namespace access to {service} in {env} to debug an incident; my manager "
          "approved it.",
          "the namespace access to {service}",
          "you are in the {service} {env} group now; sign out and in again"),
        S("new starter", ("New starter on {service} needs Grafana, Kibana and Jenkins access",
                          "{service} new starter access"),
          "A new starter joins the {service} team on {weekday} and needs the usual groups: "
          "Grafana, Kibana, Jenkins.",
          "the new starter access for {service}",
          "the new starter is in the {service} groups"),
        S("login loop", ("SSO login loop on {service} admin",
                         "{service} admin: Okta login loop"),
          "Signing in to the {service} admin page with Okta ends in a login loop; it "
          "redirects back to the Okta page forever.",
          "the Okta login loop on {service}",
          "the {service} app had an old redirect URI in Okta; updated"),
        S("offboarding", ("Offboarding: remove leaver from {service} groups",
                          "{service} leaver offboarding"),
          "A {service} engineer left on {weekday}; please handle the offboarding and remove "
          "them from the {service} groups.",
          "the offboarding of the {service} leaver",
          "the leaver is removed from all {service} groups"),
    )),
    Group("Access", "Vault", "Identity and Access", (
        S("Vault token", ("Vault token for {service} expired, pods failing",
                            "{service} pods failing: Vault token expired"),
          "The {service} pods in {env} fail at start because their Vault token expired; they "
          "cannot read their secrets.",
          "the expired Vault token of {service}",
          "the {service} Vault role now renews its token; pods start again",
          "{code}permission denied: token expired{code}"),
        S("credentials", ("Rotate database credentials for {service}",
                                 "{service}: please rotate credentials in Vault"),
          "Please rotate the database credentials of {service} in Vault; the current ones "
          "were shared in a chat.",
          "the credentials rotation for {service}",
          "the {service} credentials are rotated and the old ones revoked"),
    )),
    Group("Access", "AWS IAM", "Cloud Infrastructure", (
        S("AccessDenied", ("AccessDenied on s3:PutObject from {service} in {region}",
                           "{service} gets AccessDenied in {region}"),
          "Since {clock} {service} gets \"AccessDenied\" on s3:PutObject in {region}; nothing "
          "changed in our IAM policy.",
          "the AccessDenied errors of {service}",
          "a permission boundary was missing s3:PutObject for {service}; added",
          "{code}AccessDenied: User is not authorized to perform: s3:PutObject{code}"),
        S("console", ("Need read-only AWS console for {service} in {env}",
                                "{service} team: read-only console access"),
          "The {service} team needs read-only console access to the {env} account to check "
          "their resources.",
          "the read-only console access for {service}",
          "the {service} team has the read-only console role in {env}"),
    )),
    Group("Networking", "DNS", "Network Platform", (
        S("not resolving", ("DNS record for {service}.{env}.internal not resolving",
                            "{service}.{env}.internal not resolving from some pods"),
          "Name resolution for {service}.{env}.internal fails from some pods, not all; the "
          "record is not resolving since {clock}.",
          "{service}.{env}.internal not resolving",
          "the {service} record was missing in one of the private zones; added"),
        S("CNAME", ("Add CNAME for {service} partner endpoint",
                    "{service}: new CNAME for partner endpoint"),
          "We need a CNAME for the {service} partner endpoint pointing at the new load "
          "balancer.",
          "the CNAME for {service}",
          "the {service} CNAME is created and resolving"),
    )),
    Group("Networking", "Istio", "Network Platform", (
        S("503s", ("Intermittent 503s between {service} and upstream",
                   "{service}: intermittent 503s, Istio sidecar?"),
          "Calls from {service} to its upstream fail with 503s about {pct}% of the time in "
          "{env}; retries mostly succeed.",
          "the intermittent 503s from {service}",
          "the upstream idle timeout was shorter than the sidecar's; aligned them for "
          "{service}",
          "{noformat}HTTP 503 upstream connect error or disconnect/reset before headers"
          "{noformat}"),
        S("mTLS handshake", ("mTLS handshake errors on {service} after mesh upgrade",
                             "{service}: mTLS handshake failures since {version}"),
          "Since the mesh upgrade to {version}, {service} logs mTLS handshake errors on about "
          "{pct}% of calls.",
          "the mTLS handshake errors of {service}",
          "the {service} namespace still had a permissive policy; moved it to strict"),
    )),
    Group("Networking", "Load Balancers", "Cloud Infrastructure", (
        S("health checks", ("ALB health checks failing for {service} in {region}",
                            "{service} targets unhealthy: health checks failing"),
          "The load balancer health checks for {service} in {region} are failing, so the "
          "targets keep cycling out.",
          "the failing health checks of {service}",
          "the {service} health check path changed; the target group now uses /healthz"),
        S("TLS certificate", ("TLS certificate for {service} public endpoint expires soon",
                              "Renew TLS certificate for {service}"),
          "The TLS certificate on the {service} public endpoint expires on {weekday}; please "
          "renew it.",
          "the expiring TLS certificate of {service}",
          "the {service} TLS certificate is renewed and auto-renewal is on"),
    )),
    Group("Networking", "VPN", "Network Platform", (
        S("VPN drops", ("VPN drops every {n} minutes while working on {service}",
                        "{service} team: VPN drops every few minutes"),
          "The VPN drops every few minutes for the {service} team, which kills our sessions "
          "to the {env} hosts.",
          "the VPN drops for the {service} team",
          "the VPN gateway MTU was too high; lowered it, {service} sessions stay up"),
        S("split tunnel", ("VPN split tunnel missing route to {service} {env}",
                           "{service} unreachable on VPN (split tunnel)"),
          "Over the VPN we cannot reach {service} in {env}; the split tunnel seems to lack "
          "the route.",
          "the split tunnel route to {service}",
          "added the {service} {env} range to the split tunnel routes"),
    )),
    Group("Deployments", "ArgoCD", "Build and Deploy", (
        S("OutOfSync", ("ArgoCD app {service} stuck in OutOfSync",
                        "{service} OutOfSync in ArgoCD ({env})"),
          "The ArgoCD app for {service} in {env} has been OutOfSync since {clock}; sync "
          "finishes but the diff comes back.",
          "the {service} app stuck OutOfSync",
          "a mutating webhook changed the {service} manifest; ArgoCD now ignores that field"),
        S("roll", ("Rollback {service} to {version} in {env}",
                       "Please roll back {service} in {env}"),
          "Please help us roll back {service} in {env} to {version}; the rollback button in "
          "ArgoCD is greyed out.",
          "the rollback of {service}",
          "{service} is rolled back to {version} and auto-sync is paused"),
        S("canary", ("Canary for {service} never promotes",
                     "{service} canary stuck at 10%"),
          "The canary for {service} in {env} stays at 10% and never promotes, though the "
          "analysis passes.",
          "the {service} canary that never promotes",
          "the {service} analysis template queried a metric that does not exist; fixed"),
    )),
    Group("Deployments", "Kubernetes", "PlatOps", (
        S("CrashLoopBackOff", ("{service} pods CrashLoopBackOff after deploy to {env}",
                               "{service} in CrashLoopBackOff ({env})"),
          "After the deploy at {clock} the {service} pods in {env} are in CrashLoopBackOff; "
          "last state: OOMKilled, exit code 137.",
          "the {service} pods in CrashLoopBackOff",
          "the {service} memory limit was below its heap size; raised it",
          "{noformat}exit code 137, reason: OOMKilled{noformat}"),
        S("HPA", ("HPA not scaling {service} under load",
                  "{service}: HPA stuck at min replicas"),
          "The HPA for {service} stays at its minimum replicas under load; CPU is at {pct}% "
          "above target.",
          "the HPA not scaling {service}",
          "the metrics adapter lacked RBAC for the {service} namespace; fixed, HPA scales"),
        S("evicted", ("{service} pods evicted on {env} node pool",
                      "Pods of {service} evicted: memory pressure"),
          "The {service} pods on the {env} node pool get evicted under memory pressure "
          "several times a day.",
          "the evicted {service} pods",
          "the {env} node pool got bigger nodes and {service} now sets memory requests"),
    )),
    Group("Deployments", "Helm", "Build and Deploy", (
        S("another operation", ("Helm upgrade of {service} fails: another operation is in "
                                "progress", "{service} deploy blocked: another operation"),
          "The Helm upgrade of {service} in {env} fails with \"another operation is in "
          "progress\" since a cancelled deploy.",
          "the {service} Helm release stuck in another operation",
          "rolled the {service} release back from pending-upgrade; deploys work again"),
        S("values", ("Chart {version} breaks values for {service}",
                           "{service}: chart values rejected after {version}"),
          "The shared chart {version} rejects the {service} values: the ingress block moved.",
          "the chart values of {service}",
          "the {service} values now use the new ingress block of chart {version}"),
    )),
    Group("Storage", "S3", "Data Platform", (
        S("lifecycle", ("S3 lifecycle deleting {service} exports too early",
                        "{service} bucket: lifecycle rule too aggressive"),
          "Objects in the {service} bucket disappear after a few days; the lifecycle rule "
          "should keep them for a year.",
          "the {service} lifecycle rule",
          "the {service} lifecycle rule now expires objects after 365 days"),
        S("replication", ("Need cross-region replication for {service} bucket to {region}",
                          "{service}: bucket replication to {region}"),
          "For disaster recovery we need replication of the {service} bucket to {region}.",
          "the replication of the {service} bucket",
          "replication of the {service} bucket to {region} is on and backfilled"),
    )),
    Group("Storage", "EBS", "Cloud Infrastructure", (
        S("full", ("PVC for {service} full in {env}, need resize",
                          "{service} volume full ({env})"),
          "The volume for {service} in {env} is at 97% and will be full by {weekday}; we need "
          "it resized.",
          "the full volume of {service}",
          "the {service} volume is resized to twice its size"),
        S("snapshots", ("Snapshots for {service} volumes failing",
                                "{service}: EBS snapshots failing since {weekday}"),
          "The nightly snapshots of the {service} volumes are failing since {weekday}.",
          "the failing snapshots of {service}",
          "the snapshot policy lost its tag match for {service}; fixed"),
    )),
    Group("Databases", "Postgres", "Data Platform", (
        S("too many connections", ("Postgres too many connections for {service}",
                                   "{service}: too many connections in {env}"),
          "{service} logs \"too many connections\" against Postgres in {env} since {clock}.",
          "the too many connections errors of {service}",
          "{service} now goes through PgBouncer in transaction mode",
          "{code}FATAL: sorry, too many clients already{code}"),
        S("slow queries", ("Slow queries on {service} replica in {region}",
                           "{service} replica: slow queries since {weekday}"),
          "Queries from {service} on the replica in {region} have become slow queries, some "
          "over {n} seconds, since {weekday}.",
          "the slow queries of {service}",
          "the {service} replica was missing an index after the restore; rebuilt"),
        S("major version upgrade", ("Major version upgrade plan for {service} database",
                                    "{service} Postgres: major version upgrade"),
          "The {service} database needs its major version upgrade before the old version "
          "leaves support; what is the plan?",
          "the major version upgrade of the {service} database",
          "the {service} major version upgrade is scheduled for {weekday} with a failover"),
    )),
    Group("Databases", "RabbitMQ", "Data Platform", (
        S("consumer lag", ("RabbitMQ consumer lag growing on {service} queue",
                           "{service} queue: consumer lag keeps growing"),
          "Consumer lag on the {service} queue keeps growing; the consumers are up but "
          "messages pile up.",
          "the consumer lag on the {service} queue",
          "the {service} consumers had a prefetch of 1; raised it, lag is draining"),
        S("queue", ("Create new RabbitMQ queue for {service}",
                        "{service}: new queue and consumers"),
          "Please create a new queue for {service} in {env} with a dead-letter exchange.",
          "the new queue for {service}",
          "the {service} queue and its dead-letter exchange exist in {env}"),
    )),
    Group("Databases", "Redis", "PlatOps", (
        S("evictions", ("Redis evictions spiking for {service} cache",
                        "{service} cache: Redis evictions"),
          "Redis evictions for the {service} cache spiked since {clock}; hit rate dropped "
          "to {pct}%.",
          "the Redis evictions of the {service} cache",
          "the {service} cache moved to a larger node"),
        S("failover", ("Redis failover broke {service} connections",
                       "{service} errors after Redis failover"),
          "After a Redis failover in {env} {service} kept talking to the old primary.",
          "the {service} errors after the Redis failover",
          "{service} now connects through the Redis endpoint, not the node address"),
    )),
    Group("Cost", "Kubecost", "PlatOps", (
        S("doubled", ("Kubecost shows {service} namespace cost doubled",
                           "{service} namespace cost doubled this month"),
          "Kubecost says the cost of the {service} namespace doubled this month; we did not "
          "change anything.",
          "the doubled cost of {service}",
          "a {service} job kept idle GPU nodes up; it now scales to zero"),
        S("rightsizing", ("Rightsizing recommendations for {service}",
                          "{service}: rightsizing advice"),
          "Could you go through the rightsizing recommendations for {service} with us?",
          "the rightsizing of {service}",
          "{service} requests are lowered following the rightsizing report"),
    )),
    Group("Cost", "AWS Cost Explorer", "Cloud Infrastructure", (
        S("NAT gateway", ("Unexpected NAT gateway charges for {service} in {region}",
                          "{service}: NAT gateway charges"),
          "Cost Explorer shows NAT gateway charges for {service} in {region} far above last "
          "month.",
          "the NAT gateway charges of {service}",
          "{service} now reaches S3 through a VPC endpoint, not the NAT gateway"),
        S("tagging", ("Cost allocation tagging missing on {service} resources",
                      "{service} resources missing cost tagging"),
          "The {service} resources lack cost allocation tagging, so our spend shows as "
          "untagged.",
          "the missing tagging of {service} resources",
          "the {service} resources are tagged and the tag policy enforces it"),
    )),
    Group("Security", "Snyk", "Identity and Access", (
        S("critical CVE", ("Snyk flags critical CVE in {service} base image",
                           "{service}: critical CVE in base image"),
          "Snyk reports a critical CVE in the {service} base image; the fix needs a base "
          "image update we cannot do ourselves.",
          "the critical CVE in the {service} image",
          "the base image is patched; rebuild {service} to pick it up"),
        S("exception request", ("Exception request for {service} dependency",
                                "{service}: Snyk exception request, no fix available"),
          "We file an exception request for a {service} dependency: no fixed version is "
          "available yet.",
          "the exception request for {service}",
          "the {service} exception is granted for 30 days"),
    )),
    Group("Security", "Wiz", "Cloud Infrastructure", (
        S("public bucket", ("Wiz finding: public bucket owned by {service}",
                            "{service}: Wiz flags a public bucket"),
          "Wiz flags a public bucket owned by {service} in {env}; it should be private.",
          "the public bucket of {service}",
          "the {service} bucket is private and public access is blocked"),
        S("0.0.0.0/0", ("Security group open to 0.0.0.0/0 for {service} in {env}",
                        "{service}: Wiz finding, 0.0.0.0/0 ingress"),
          "Wiz reports a security group open to 0.0.0.0/0 on {service} in {env}.",
          "the 0.0.0.0/0 rule of {service}",
          "the {service} security group now allows only the load balancer"),
    )),
    Group("Security", "Vault", "Identity and Access", (
        S("secret", ("Secret committed to {service} repo, need rotation",
                               "{service}: secret committed by mistake"),
          "A secret for {service} was committed to the repo by mistake; it is removed, but "
          "it needs rotating in Vault.",
          "the secret committed to the {service} repo",
          "the {service} secret is rotated in Vault and the old one revoked"),
    )),
    Group("Documentation", "Backstage", "Developer Experience", (
        S("catalog entry", ("Backstage catalog entry for {service} is out of date",
                            "{service} catalog entry outdated"),
          "The Backstage catalog entry for {service} still points at the old repo and "
          "on-call rota.",
          "the outdated catalog entry of {service}",
          "the {service} catalog entry now reads its owner from the repo"),
        S("register", ("How do I register {service} in Backstage?",
                       "Register {service} in Backstage"),
          "How do I register {service} in Backstage? I could not find it in the docs.",
          "how to register {service}",
          "{service} is registered; the guide is linked from the Backstage home"),
    )),
    Group("Documentation", "Confluence", "Developer Experience", (
        S("runbook", ("Runbook for {service} failover missing",
                      "{service}: failover runbook missing"),
          "There is no runbook for {service} failover in Confluence; on-call needed one on "
          "{weekday}.",
          "the missing runbook for {service}",
          "the {service} failover runbook is written and linked from the alert"),
        S("old Jenkins jobs", ("Deploy docs for {service} reference old Jenkins jobs",
                               "{service} docs: old Jenkins jobs"),
          "The deploy docs for {service} in Confluence reference old Jenkins jobs that no "
          "longer exist.",
          "the {service} docs referencing old Jenkins jobs",
          "the {service} deploy docs describe the current pipeline"),
    )),
    Group("Other", "Slack bots", "Developer Experience", (
        S("deploy bot", ("Slack deploy bot not posting for {service}",
                         "{service}: deploy bot silent in Slack"),
          "The Slack deploy bot stopped posting {service} deploys to our channel since "
          "{weekday}.",
          "the silent deploy bot for {service}",
          "the deploy bot had lost access to the {service} channel; re-invited"),
        S("/oncall", ("Bot command /oncall returns wrong person for {service}",
                      "{service}: /oncall shows the wrong person"),
          "In Slack, /oncall {service} returns someone who left the rota.",
          "/oncall answering wrongly for {service}",
          "/oncall now reads the {service} rota from PagerDuty"),
    )),
    Group("Other", "Internal tools", "PlatOps", (
        S("who owns", ("Who owns the shared cluster {service} runs on?",
                       "{service}: who owns our shared cluster?"),
          "Not sure this is the right board: who owns the shared cluster {service} runs on?",
          "who owns the {service} cluster",
          "PlatOps owns the cluster {service} runs on; the contact is in the catalog"),
        S("platform review", ("Meeting request: platform review for {service}",
                              "{service}: platform review before launch"),
          "We launch {service} in {region} soon and would like a platform review first.",
          "the platform review for {service}",
          "the {service} platform review is booked for {weekday}"),
    )),
)
