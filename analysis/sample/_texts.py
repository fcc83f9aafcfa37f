"""What the sample tickets say: summaries and details per macro category, and the phrases
reporters and engineers write in comments."""

# Macro category -> (product, summary template). Placeholders: {service} {env} {region} {n}
# {version}.
SUMMARIES: dict[str, tuple[tuple[str, str], ...]] = {
    "Metrics": (
        ("Grafana", "Grafana dashboard for {service} shows no data since deploy"),
        ("Prometheus", "Prometheus not scraping {service} in {env}"),
        ("Prometheus", "Missing metrics for {service} after upgrade to {version}"),
        ("Grafana", "Request: add {service} to the SLO dashboard"),
        ("Prometheus", "High cardinality warning on {service} metrics"),
        ("Thanos", "Thanos query timeout for 30d range on {service} panels"),
        ("Grafana", "Grafana panel shows \"No data\" for {env}, other envs fine"),
        ("Prometheus", "Histogram buckets wrong for {service} latency, p99 looks flat"),
    ),
    "Build pipeline": (
        ("Jenkins", "Pipeline stuck on artifact upload"),
        ("Jenkins", "Jenkins build for {service} hangs at \"Resolving dependencies\""),
        ("GitHub Actions", "GitHub Actions runners queueing for {n} minutes"),
        ("GitHub Actions", "Self-hosted runner out of disk on {service} builds"),
        ("Artifactory", "Artifactory returns 503 when publishing {service} {version}"),
        ("Jenkins", "Flaky integration stage on {service}, passes on retry"),
        ("GitHub Actions", "Cache restore fails for {service} workflow"),
        ("Artifactory", "Docker pull rate limited in CI, builds failing"),
        ("Jenkins", "Need a new pipeline for {service}"),
    ),
    "Logging": (
        ("Kibana", "Logs for {service} missing in Kibana since {version} rollout"),
        ("Loki", "Loki query {app=\"{service}\"} times out"),
        ("Fluent Bit", "Fluent Bit dropping logs on {env} nodes"),
        ("Kibana", "Kibana index pattern for {service} shows wrong timestamps"),
        ("Loki", "Log retention for {service} needs to be 90 days, not 14"),
        ("Fluent Bit", "Multi-line stack traces split into separate log lines"),
    ),
    "Alerting": (
        ("PagerDuty", "PagerDuty not paging {service} on-call"),
        ("Alertmanager", "Alert \"{service} high error rate\" firing constantly, please check"),
        ("Alertmanager", "Silence for {service} maintenance not applied in {env}"),
        ("PagerDuty", "Add new escalation policy for {service}"),
        ("Alertmanager", "Duplicate Slack alerts for {service}"),
        ("PagerDuty", "Alert routed to the wrong team: {service}"),
    ),
    "Access": (
        ("Okta", "Request access to {service} {env} namespace"),
        ("Vault", "Vault token for {service} expired, pods failing"),
        ("AWS IAM", "AccessDenied on s3:PutObject from {service} in {region}"),
        ("Okta", "New starter needs Grafana, Kibana and Jenkins access"),
        ("Vault", "Rotate database credentials for {service}"),
        ("AWS IAM", "Need read-only AWS console access for {env}"),
        ("Okta", "SSO login loop on internal tools"),
        ("Okta", "Offboarding: remove access for leaver, {n} groups"),
    ),
    "Networking": (
        ("DNS", "DNS record for {service}.{env}.internal not resolving"),
        ("Istio", "Intermittent 503s between {service} and upstream, Istio sidecar?"),
        ("Load Balancers", "ALB health checks failing for {service} in {region}"),
        ("VPN", "VPN drops every {n} minutes"),
        ("Istio", "mTLS handshake errors after mesh upgrade to {version}"),
        ("Load Balancers", "Need TLS certificate renewed for {service} public endpoint"),
        ("DNS", "Add CNAME for {service} partner endpoint"),
    ),
    "Deployments": (
        ("ArgoCD", "ArgoCD app {service} stuck in OutOfSync"),
        ("Kubernetes", "{service} pods CrashLoopBackOff after deploy to {env}"),
        ("Helm", "Helm upgrade of {service} fails: \"another operation is in progress\""),
        ("ArgoCD", "Rollback {service} to {version} in {env}"),
        ("Kubernetes", "HPA not scaling {service} under load"),
        ("Kubernetes", "Pods evicted on {env} node pool, memory pressure"),
        ("ArgoCD", "Canary for {service} never promotes"),
        ("Helm", "Chart {version} breaks values for {service}"),
    ),
    "Storage": (
        ("S3", "S3 bucket for {service} exports hitting lifecycle too early"),
        ("EBS", "PVC for {service} full in {env}, need resize"),
        ("S3", "Need cross-region replication for {service} bucket to {region}"),
        ("EBS", "Snapshots for {service} volumes failing since {n} days"),
    ),
    "Databases": (
        ("Postgres", "Postgres connection limit reached for {service}"),
        ("RabbitMQ", "RabbitMQ consumer lag growing on {service} queue"),
        ("Redis", "Redis evictions spiking for {service} cache"),
        ("Postgres", "Slow queries on {service} replica in {region}"),
        ("RabbitMQ", "Create new RabbitMQ queue for {service} with {n} consumers"),
        ("Postgres", "Major version upgrade plan for {service} database"),
    ),
    "Cost": (
        ("Kubecost", "Kubecost shows {service} namespace cost doubled"),
        ("AWS Cost Explorer", "Unexpected NAT gateway charges in {region}"),
        ("AWS Cost Explorer", "Tagging for cost allocation missing on {service} resources"),
        ("Kubecost", "Rightsizing recommendations for {service}"),
    ),
    "Security": (
        ("Snyk", "Snyk flags critical CVE in {service} base image"),
        ("Wiz", "Wiz finding: public S3 bucket owned by {service}"),
        ("Vault", "Secret committed to {service} repo, need rotation"),
        ("Snyk", "Exception request for {service} dependency, fix not available"),
        ("Wiz", "Security group open to 0.0.0.0/0 for {service} in {env}"),
    ),
    "Documentation": (
        ("Backstage", "Backstage catalog entry for {service} is out of date"),
        ("Confluence", "Runbook for {service} failover missing"),
        ("Backstage", "How do I register a new service in Backstage?"),
        ("Confluence", "Docs for the deploy process reference old Jenkins jobs"),
    ),
    "Other": (
        ("Slack bots", "Slack deploy bot not posting for {service}"),
        ("Internal tools", "Question about platform roadmap for {env} environments"),
        ("Internal tools", "Who owns the {service} shared cluster?"),
        ("Slack bots", "Bot command /oncall returns wrong person"),
        ("Internal tools", "Meeting request: platform review for {service}"),
    ),
}

# Macro category -> opening paragraph of the description. Extra placeholders: {product} {clock}.
DETAILS: dict[str, tuple[str, ...]] = {
    "Metrics": (
        ("Since {clock} today the {product} panels for {service} in {env} are empty, "
        "although the service is healthy and serving traffic."),
        ("We upgraded {service} to {version} and now the \"requests_total\" series is gone; "
        "the /metrics endpoint still returns data when I curl it."),
        "Our SLO burn-rate panel shows gaps of ~{n} minutes; is the scrape interval too long?",
    ),
    "Build pipeline": (
        ("The {product} job for {service} has been stuck for {n} minutes on the upload step; "
        "nothing in the console output after \"Uploading artifacts...\"."),
        ("Builds on main fail roughly 1 in 3 times, always in the integration stage, "
        "and pass when re-run. Branch builds look fine."),
        "We need a pipeline for {service} (repo created last week, Dockerfile in place).",
    ),
    "Logging": (
        ("Logs from {service} in {env} stopped showing up in {product} around {clock}. "
        "kubectl logs shows they are being written."),
        ("Searching for \"timeout\" in {product} returns nothing for {service}, but we know "
        "there were errors; are logs being sampled or dropped?"),
    ),
    "Alerting": (
        ("The alert for {service} fired {n} times overnight, all for the same condition; "
        "on-call was paged each time."),
        "{product} did not page anyone when {service} went down in {env} at {clock}.",
    ),
    "Access": (
        ("I need access to {service} in {env} to debug an incident; my manager approved it "
        "(see the thread in #platform-support)."),
        ("Getting \"AccessDenied\" from {product} for {service} in {region}, "
        "nothing changed in our IAM policy."),
        "Please grant the usual groups for a new joiner: Grafana, Kibana, Jenkins, {product}.",
    ),
    "Networking": (
        ("Calls from {service} to its upstream fail with 503 about {n}% of the time in {env}; "
        "retries mostly succeed."),
        "Name resolution for {service}.{env}.internal fails from some pods, not all.",
    ),
    "Deployments": (
        ("The deploy of {service} {version} to {env} failed; {product} shows the rollout "
        "stuck and the old pods still running."),
        ("After the deploy at {clock} the pods restart every few minutes; "
        "last state: OOMKilled, exit code 137."),
    ),
    "Storage": (
        "The volume for {service} in {env} is at 97%; we need it resized, or advice on cleanup.",
        "Objects in the {service} bucket disappear after {n} days, expected 365.",
    ),
    "Databases": (
        "{service} logs \"too many connections\" against {product} in {env} since {clock}.",
        "Consumer lag on the {service} queue keeps growing, currently {n}k messages.",
    ),
    "Cost": (
        ("{product} says our spend for {service} went up a lot this month; "
        "we did not change anything, can you help find out why?"),
    ),
    "Security": (
        ("{product} reports a critical finding for {service}; the fix needs a base image update "
        "that we cannot do ourselves."),
        ("A credential for {service} was pushed to the repo by mistake; it has been removed, "
        "but it needs rotating."),
    ),
    "Documentation": (
        "The page for {service} in {product} still points at the old repo and on-call rota.",
        "I could not find how to do this in the docs; is there a runbook?",
    ),
    "Other": (
        "Not sure this is the right board, but: who should we talk to about {service}?",
        "Quick question about {product} for {service} in {env}.",
    ),
}

GREETINGS = ("Hi team,", "Hello,", "Hey folks,", "Hi all,", "Morning all,", "Hi platform team,")
CONTEXTS = (
    "We deployed {service} {version} at {clock}; since then nothing changed on our side.",
    "This started after the maintenance window on {weekday}.",
    "Impact: {n} customers affected, mostly in {region}.",
    "Not urgent, but it is slowing the team down.",
    "Our on-call says \"it worked yesterday\", so something changed.",
    "It is blocking our release, planned for {weekday}.",
    "Same thing happened last month; see the linked ticket.",
)
STEPS = (
    ("Steps to reproduce:\n# Open {product}\n# Filter on service = {service}, env = {env}\n"
    "# Observe the error"),
    "What we tried:\n* restarted the pods\n* re-ran the job\n* checked the runbook; no luck",
    "Details:\n* service: {service}\n* environment: {env}\n* region: {region}",
)
ERRORS = (
    "{code}Error: \"permission denied (publickey)\"{code}",
    "{noformat}HTTP 503 Service Unavailable; retry-after: 30{noformat}",
    "{code}level=error msg=\"context deadline exceeded\" service={service}{code}",
    ("{code}java.net.SocketTimeoutException: Read timed out\n    at {service}.Client.call"
    "(Client.java:{n}){code}"),
    "{noformat}exit code 137, reason: OOMKilled{noformat}",
)
SIGNOFFS = ("Thanks,\n{first}", "Cheers,\n{first}", "Thanks in advance!", "Regards,\n{first}",
            "Thanks, {first} ({team})")

# Comment bodies by role. Placeholders: {first} (reporter), {eng}, {product}, {service}, {env}.
ENGINEER_FIRST = (
    "Hi {first}, thanks for raising this. Taking a look now.",
    "Thanks; can you share the {product} link and the exact time you first saw this?",
    "Looking. Could you confirm the environment ({env}) and whether anything changed recently?",
    "Picked up. First guess: this is related to yesterday's {product} upgrade; checking.",
    "Hi {first},\nI can reproduce it. Will update here shortly.",
)
ENGINEER_LATER = (
    "Found it: a config change on our side; rolling back now.",
    "This is a known issue with {product}; workaround:\n1. redeploy {service}\n2. clear the cache",
    "Can you try again now? We restarted the affected component.",
    "Still investigating; it looks like capacity in {env}. More soon.",
    "Raised with the vendor, ticket ref {n}; will keep you posted.",
)
ENGINEER_CLOSING = (
    "Fixed and verified; closing. Reopen if it comes back.",
    "Resolved: the change is live in {env}. Thanks for your patience, {first}!",
    "Closing as the workaround is in place; follow-up tracked separately.",
    "Done; access granted. It can take up to 15 minutes to propagate.",
)
REPORTER_FIRST = (
    "Adding more context: it also affects {env}; screenshots attached.",
    "Any update? This is blocking us.",
    "FYI it started again at around 14:00; same error.",
)
REPORTER_LATER = (
    "Here is the link: https://{product_slug}.example.internal/{service}",
    "Tried that; still failing, see below:\n{code}error: exit status 1{code}",
    "Any update on this? It's blocking our release.",
    "Confirmed the env is {env}; nothing changed on our side.",
)
REPORTER_CLOSING = ("Thanks, that fixed it!", "Works now; thanks {eng}.", "All good, thanks!")
