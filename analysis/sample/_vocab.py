"""Word lists for the synthetic SUPP exports: platform teams, topics, service teams, names."""

from __future__ import annotations

# Platform team option name, then the Jira label spellings seen for it (first = most common).
PLATFORM_TEAMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PlatOps", ("platops", "plat-ops", "platform-ops")),
    ("Build and Deploy", ("build-and-deploy", "bnd", "build-deploy", "cicd-team")),
    ("Observability", ("observability", "o11y", "monitoring-team")),
    ("Network Platform", ("netplat", "network-platform", "networking-team")),
    ("Data Platform", ("data-platform", "dataplatform", "dp-team")),
    ("Identity and Access", ("iam-team", "identity-access")),
    ("Developer Experience", ("devex", "dev-experience")),
    ("Cloud Infrastructure", ("cloud-infra", "cloudinfra")),
)

# Case variants people type by hand; Jira keeps labels as typed.
LABEL_CASE_VARIANTS: dict[str, str] = {
    "platops": "PlatOps", "plat-ops": "Plat-Ops", "bnd": "BnD", "cicd-team": "CICD-team",
    "o11y": "O11y", "observability": "Observability", "netplat": "NetPlat",
    "dataplatform": "DataPlatform", "dp-team": "DP-team", "iam-team": "IAM-team",
    "devex": "DevEx", "cloud-infra": "Cloud-Infra", "cloudinfra": "CloudInfra",
}

# Labels that are not teams, with relative weights.
OTHER_LABELS: tuple[tuple[str, int], ...] = (
    ("urgent", 9), ("customer-impact", 7), ("q3-migration", 5), ("needs-info", 8),
    ("incident", 6), ("follow-up", 6), ("k8s", 7), ("prod", 8), ("how-to", 6),
    ("tech-debt", 4), ("security-review", 3), ("onboarding", 4), ("blocked", 5),
    ("sla-breach", 3), ("p1", 3), ("automation", 3), ("cost-savings", 2),
    ("migration-2026", 3), ("eu-west-1", 2), ("runbook", 2), ("flaky", 3), ("regression", 2),
    ("self-service", 2),
)

# Macro category -> (share of tickets, trend over the window: +0.6 = 60% more by the end).
CATEGORY_WEIGHTS: dict[str, tuple[float, float]] = {
    "Metrics": (12, 0.4), "Build pipeline": (16, -0.5), "Logging": (9, 0.1),
    "Alerting": (7, 0.2), "Access": (11, -0.2), "Networking": (8, 0.0),
    "Deployments": (12, 0.3), "Storage": (4, 0.0), "Databases": (6, 0.1), "Cost": (3, 0.9),
    "Security": (4, 0.2), "Documentation": (3, 0.0), "Other": (5, 0.0),
}

# Macro category -> platform teams that own it, with weights.
CATEGORY_TEAMS: dict[str, tuple[tuple[str, float], ...]] = {
    "Metrics": (("Observability", 0.9), ("PlatOps", 0.1)),
    "Build pipeline": (("Build and Deploy", 0.85), ("Developer Experience", 0.15)),
    "Logging": (("Observability", 0.85), ("Data Platform", 0.15)),
    "Alerting": (("Observability", 0.8), ("PlatOps", 0.2)),
    "Access": (("Identity and Access", 0.85), ("Cloud Infrastructure", 0.15)),
    "Networking": (("Network Platform", 0.9), ("Cloud Infrastructure", 0.1)),
    "Deployments": (("Build and Deploy", 0.6), ("PlatOps", 0.4)),
    "Storage": (("Cloud Infrastructure", 0.7), ("Data Platform", 0.3)),
    "Databases": (("Data Platform", 0.9), ("PlatOps", 0.1)),
    "Cost": (("Cloud Infrastructure", 0.9), ("PlatOps", 0.1)),
    "Security": (("Identity and Access", 0.5), ("Cloud Infrastructure", 0.5)),
    "Documentation": (("Developer Experience", 0.9), ("PlatOps", 0.1)),
    "Other": (("PlatOps", 0.5), ("Developer Experience", 0.5)),
}

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

ENVIRONMENTS = ("prod", "prod", "prod", "staging", "staging", "dev", "qa", "perf", "sandbox")
REGIONS = ("eu-west-1", "us-east-1", "ap-southeast-1", "eu-central-1", "us-west-2")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SECOND_COMPONENTS = ("Shared infrastructure", "Self-service", "Production")
ISSUE_TYPES = (("Support Request", 55), ("Task", 18), ("Bug", 12), ("Incident", 8),
               ("Question", 7))

LOCATIONS = (
    ("London", 14), ("Lisbon", 8), ("Berlin", 9), ("Bangalore", 10), ("Austin", 7),
    ("Toronto", 5), ("Singapore", 5), ("São Paulo", 4), ("Kraków", 5), ("Zürich", 3),
    ("Remote", 6),
)
SERVICE_SUFFIXES = ("api", "worker", "web", "gateway", "consumer", "batch", "ui", "sync",
                    "scheduler", "admin")
SERVICE_TEAMS = (
    "Payments", "Checkout", "Ledger", "Billing", "Invoicing", "Fraud Detection", "Risk",
    "Customer Identity", "Search", "Recommendations", "Catalogue", "Pricing", "Promotions",
    "Inventory", "Fulfilment", "Shipping", "Returns", "Warehouse Systems", "Support Tools",
    "CRM", "Notifications", "Messaging", "Email Delivery", "Mobile App", "Web Storefront",
    "Partner API", "Marketplace", "Seller Tools", "Onboarding", "Accounts", "Loyalty", "Reviews",
    "Content", "Media Pipeline", "Maps", "Geo Services", "Routing", "Tax", "Payouts",
    "Subscriptions", "Data Science", "Experimentation", "Analytics", "Reporting", "Growth",
    "Referrals", "Ads", "Bidding", "Personalisation", "Chat", "Voice", "Video", "Translations",
    "Compliance", "KYC", "Treasury", "Lending", "Cards", "Wallet", "Rewards", "Booking",
    "Scheduling", "Travel", "Insurance", "Claims", "Quotes", "Pricing Science", "Forecasting",
    "Supply Chain", "Procurement",
)
FIRST_NAMES = (
    "Alice", "Ben", "Chloé", "Dev", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jamal", "Kate",
    "Liam", "Maya", "Noah", "Olga", "Priya", "Quentin", "Rosa", "Sam", "Tariq", "Uma", "Victor",
    "Wen", "Xavier", "Yara", "Zoë", "Aisha", "Bruno", "Carmen", "Dmitri", "Elena", "Felix",
    "Gustavo", "Hana", "Ivan", "José", "Kenji", "Lucía", "Marek", "Nadia", "Oscar", "Paulo",
    "Rahul", "Sofia", "Tomás", "Ulrike", "Vikram", "Wojciech", "Yusuf", "Ana", "Björn", "Ciara",
    "Daniel", "Eitan", "Fatima", "Giulia", "Hiroshi", "Isla", "Jonas", "Kwame", "Lena", "Mateo",
    "Niamh", "Omar", "Pia", "Ravi", "Siobhán", "Theo", "Valentina", "William", "Łukasz", "Søren",
    "Ngozi", "Mei", "Arjun", "Beatriz", "Chen", "Diego", "Esther", "Finn",
)
LAST_NAMES = (
    "Smith", "Patel", "García", "Müller", "Rossi", "Nguyen", "Kowalski", "Silva", "O'Brien",
    "Johansson", "Kim", "Okafor", "Dubois", "Haddad", "Ivanova", "Jensen", "Khan", "Lopez",
    "Martins", "Novak", "Olsen", "Pereira", "Quinn", "Reyes", "Sato", "Tanaka", "Urban",
    "Vargas", "Walsh", "Yilmaz", "Zhang", "Andersen", "Becker", "Costa", "Da Silva", "Evans",
    "Fischer", "Gomez", "Hughes", "Iyer", "Jones", "Kaur", "Larsen", "Mensah", "Nowak",
    "Oliveira", "Park", "Ribeiro", "Schmidt", "Thomas", "Van Dijk", "Wagner", "Xu", "Yamamoto",
    "Zielinski", "Brown", "Chowdhury", "Delgado", "Eriksson", "Ferreira", "Gupta", "Hansen",
    "Ito", "Jovanović", "Kelly", "Lindqvist", "Moreau", "Nakamura", "Osei", "Petrov", "Rao",
    "Sørensen", "Taylor", "Wright",
)

# Other custom fields of an "all fields" export: (header, share filled, values).
CUSTOM_FIELDS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("Custom field (Request Type)", 0.6, ("Get IT help", "Report a problem", "Request access",
                                          "Ask a question")),
    ("Custom field (Environment type)", 0.25, ("Production", "Staging", "Development")),
    ("Custom field (Severity)", 0.06, ("Sev 1", "Sev 2", "Sev 3", "Sev 4")),
    ("Custom field (Story Points)", 0.02, ("1", "2", "3", "5")),
    ("Custom field (Flagged)", 0.02, ("Impediment",)),
    ("Custom field (Impact)", 0.04, ("Extensive / Widespread", "Significant / Large",
                                     "Moderate / Limited", "Minor / Localized")),
    ("Custom field (Urgency)", 0.04, ("Critical", "High", "Medium", "Low")),
    ("Custom field (Approvals)", 0.0, ()), ("Custom field (Change reason)", 0.0, ()),
    ("Custom field (Change risk)", 0.0, ()), ("Custom field (Change type)", 0.0, ()),
    ("Custom field (Development)", 0.03, ("{}", ("{pullrequest={dataType=pullrequest, "
                                                "state=MERGED, stateCount=1}}"))),
    ("Custom field (Epic Link)", 0.0, ()), ("Custom field (Epic Name)", 0.0, ()),
    ("Custom field (Issue color)", 0.0, ()), ("Custom field (Locked forms)", 0.0, ()),
    ("Custom field (Open forms)", 0.0, ()), ("Custom field (Organizations)", 0.0, ()),
    ("Custom field (Pending reason)", 0.01, ("More info required", "Awaiting approval")),
    ("Custom field (Request language)", 0.3, ("en",)),
    ("Custom field (Request participants)", 0.0, ()), ("Custom field (Satisfaction)", 0.0, ()),
    ("Custom field (Satisfaction date)", 0.0, ()), ("Custom field (Sentiment)", 0.0, ()),
    ("Custom field (Start date)", 0.0, ()), ("Custom field (Story point estimate)", 0.0, ()),
    ("Custom field (Submitted forms)", 0.0, ()), ("Custom field (Target end)", 0.0, ()),
    ("Custom field (Target start)", 0.0, ()), ("Custom field (Team)", 0.0, ()),
    ("Custom field (Time to first response)", 0.0, ()),
    ("Custom field (Time to resolution)", 0.0, ()), ("Custom field (Total forms)", 0.0, ()),
    ("Custom field (Vulnerability)", 0.0, ()),
)
