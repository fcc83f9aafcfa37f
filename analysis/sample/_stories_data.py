"""Storage, database, cost, documentation and other stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

DATA: tuple[Group, ...] = (
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
