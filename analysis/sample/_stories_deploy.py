"""Deployment stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

DEPLOY: tuple[Group, ...] = (
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
        S("ArgoCD sync", ("ArgoCD sync failed for {service}: hook timeout",
                          "{service} deploy: ArgoCD sync failed"),
          "The ArgoCD sync failed for {service} in {env}: the pre-sync migration hook "
          "timed out.",
          "the failed ArgoCD sync of {service}",
          "the {service} migration hook got a longer deadline; sync passes"),
        S("ArgoCD app", ("New ArgoCD app for {service} in {env}",
                      "Please create the ArgoCD app for {service}"),
          "Please create a new ArgoCD app for {service} in {env}; the manifests are in our "
          "repo.",
          "the new ArgoCD app for {service}",
          "the {service} ArgoCD app exists and synced"),
        S("image updater", ("ArgoCD image updater not picking up {service} tags",
                            "{service}: image updater ignores new tags"),
          "The image updater does not pick up new {service} tags; we deploy by hand.",
          "the image updater ignoring {service} tags",
          "the {service} tag filter now matches our semver tags"),
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
        S("ImagePullBackOff", ("{service} pods in ImagePullBackOff in {env}",
                               "ImagePullBackOff on {service} after deploy"),
          "After the deploy the {service} pods in {env} sit in ImagePullBackOff; the image "
          "exists in the registry.",
          "the {service} pods in ImagePullBackOff",
          "the {service} namespace lacked the registry pull secret; added",
          "{noformat}Failed to pull image: unauthorized{noformat}"),
        S("Pending", ("{service} pods Pending: insufficient cpu",
                      "{service} stuck in Pending in {env}"),
          "New {service} pods stay Pending in {env}: the scheduler reports insufficient cpu.",
          "the Pending {service} pods",
          "the {env} cluster autoscaler max was raised; {service} pods schedule"),
        S("readiness probe", ("{service} readiness probe failing after deploy",
                              "{service}: readiness probe fails, no traffic"),
          "The readiness probe of {service} fails after the deploy of {version}, so the pods "
          "get no traffic.",
          "the failing readiness probe of {service}",
          "the {service} probe now waits for warm-up with a startup probe"),
        S("CronJob", ("{service} CronJob did not run last night",
                      "{service}: CronJob skipped"),
          "The {service} CronJob did not run last night in {env}; no job was created.",
          "the skipped {service} CronJob",
          "the {service} CronJob had too many missed starts; startingDeadlineSeconds set"),
        S("namespace quota", ("{service} deploy blocked by namespace quota",
                              "Raise namespace quota for {service} in {env}"),
          "The {service} deploy in {env} fails: the namespace quota for memory is used up.",
          "the namespace quota of {service}",
          "the {service} namespace quota is raised by half"),
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
        S("helm test", ("helm test fails for {service} release",
                        "{service}: helm test pod never completes"),
          "The helm test pod of the {service} release never completes, so the pipeline "
          "waits.",
          "the helm test of {service}",
          "the {service} helm test now has a timeout and the right service name"),
        S("chart repository", ("Chart repository unreachable for {service} deploys",
                               "{service}: cannot fetch chart from chart repository"),
          "The {service} deploy cannot fetch its chart: the chart repository returns 404 for "
          "the index.",
          "the unreachable chart repository for {service}",
          "the chart repository index was rebuilt; {service} deploys fetch it"),
    )),
)
