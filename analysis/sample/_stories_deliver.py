"""Build pipeline and deployment stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

DELIVER: tuple[Group, ...] = (
    Group("Build pipeline", "Jenkins", "Build and Deploy", (
        S("artifact upload", ("Jenkins pipeline for {service} stuck on artifact upload",
                              "{service} build hangs at artifact upload"),
          "The Jenkins job for {service} has been stuck on the artifact upload step for over "
          "an hour; nothing in the console after \"Uploading artifacts...\".",
          "the stuck artifact upload of {service}",
          "the Jenkins agent had a full workspace disk; cleaned it and the {service} upload "
          "passes"),
        S("Resolving dependencies", (
            "Jenkins build for {service} hangs at \"Resolving dependencies\"",
            "{service} stuck on Resolving dependencies"),
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
        S("another operation", (
            "Helm upgrade of {service} fails: another operation is in progress",
            "{service} deploy blocked: another operation"),
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
)
