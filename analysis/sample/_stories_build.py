"""Build pipeline stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

BUILD: tuple[Group, ...] = (
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
        S("shared library", ("Jenkins shared library update broke {service} builds",
                             "{service}: shared library error in Jenkinsfile"),
          "Since the shared library release on {weekday}, the {service} Jenkinsfile fails at "
          "the first stage with a missing method.",
          "the shared library error in the {service} builds",
          "the {service} Jenkinsfile now pins the shared library to a tag"),
        S("agent", ("Jenkins agent for {service} builds offline",
                            "{service} builds waiting: agent offline"),
          "The {service} builds wait forever because the only agent with the right label is "
          "offline.",
          "the offline agent for {service} builds",
          "a second agent with that label is online; {service} builds run again"),
        S("credentials binding", ("Jenkins credentials binding fails for {service}",
                                  "{service} deploy stage: credentials binding not found"),
          "The deploy stage of {service} fails with a credentials binding error: the "
          "credential id is not found.",
          "the credentials binding of the {service} job",
          "the {service} credential was moved to the folder store; binding fixed"),
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
        S("secrets", ("GitHub Actions secrets not available to {service} workflow",
                      "{service} workflow: secrets empty on pull requests"),
          "In the {service} workflow the secrets are empty for pull requests from branches, so "
          "the integration tests fail.",
          "the empty secrets in the {service} workflow",
          "the {service} secrets are now environment secrets available to branch builds"),
        S("reusable workflow", ("Reusable workflow update broke {service} CI",
                                "{service}: reusable workflow input missing"),
          "The shared reusable workflow added a required input and now {service} CI fails at "
          "start.",
          "the reusable workflow failure in {service} CI",
          "the {service} workflow passes the new input to the reusable workflow"),
        S("arm64", ("Need arm64 runners for {service} builds",
                    "{service}: arm64 image build"),
          "We want to ship {service} as an arm64 image; can we get arm64 runners?",
          "the arm64 runners for {service}",
          "arm64 runners are available with the arm64 label; {service} builds on them"),
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
        S("npm", ("npm install from Artifactory fails for {service}",
                  "{service}: npm registry 401 from Artifactory"),
          "npm install of {service} fails with 401 against the Artifactory npm registry since "
          "the token rotation.",
          "the npm 401 errors of {service}",
          "the {service} CI token for the npm registry was renewed",
          "{code}npm ERR! code E401{code}"),
        S("Maven", ("Maven resolution from Artifactory slow for {service}",
                    "{service} builds: Maven downloads take ages"),
          "Maven resolution for {service} takes over ten minutes per build through "
          "Artifactory.",
          "the slow Maven resolution of {service}",
          "the Maven remote for {service} now caches; builds resolve in seconds"),
    )),
)
