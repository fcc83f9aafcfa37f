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
