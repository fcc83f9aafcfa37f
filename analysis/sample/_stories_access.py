"""Access and security stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

ACCESS: tuple[Group, ...] = (
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
        S("MFA reset", ("MFA reset needed to reach {service} tools",
                        "{service} engineer locked out: MFA reset"),
          "A {service} engineer got a new phone and needs an MFA reset in Okta to reach our "
          "tools.",
          "the MFA reset for the {service} engineer",
          "the MFA factor is reset; the {service} engineer enrolled again"),
        S("Okta group", ("Okta group sync missing for {service} team",
                         "{service}: Okta group not synced to Grafana"),
          "The {service} Okta group is not synced to Grafana, so new members get no access.",
          "the Okta group sync for {service}",
          "the {service} group is added to the sync rules"),
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
        S("Vault policy", ("Vault policy for {service} cannot read new path",
                           "{service}: Vault policy denies new secret path"),
          "{service} cannot read its new secret path in {env}; the Vault policy seems to deny "
          "it.",
          "the Vault policy of {service}",
          "the {service} Vault policy now covers the new path"),
        S("Vault agent", ("Vault agent injector not injecting into {service}",
                          "{service} pods start without secrets (Vault agent)"),
          "The {service} pods start without their secrets file; the Vault agent sidecar is not "
          "injected.",
          "the missing Vault agent in {service} pods",
          "the {service} annotations had a typo; the Vault agent is injected again"),
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
        S("IRSA", ("{service} IRSA role not assumed in {env}",
                   "IRSA broken for {service}: falls back to node role"),
          "The {service} pods in {env} do not assume their IRSA role and fall back to the node "
          "role, which has no access.",
          "the IRSA role of {service}",
          "the {service} service account had the wrong role annotation; fixed"),
        S("cross-account", ("Cross-account access from {service} to the data account",
                            "{service}: cross-account role for the data account"),
          "{service} needs cross-account access to read the data account bucket in {region}.",
          "the cross-account access of {service}",
          "the cross-account role for {service} exists and is trusted"),
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
        S("license", ("Snyk license issue blocks {service} build",
                      "{service}: dependency flagged for license"),
          "Snyk fails the {service} build because a dependency has a copyleft license.",
          "the license finding on {service}",
          "the {service} dependency was swapped for a permissive one"),
        S("Snyk project", ("Snyk project for {service} not scanning",
                           "{service} missing from Snyk project list"),
          "The {service} repo has no Snyk project, so nothing is scanned.",
          "the missing Snyk project of {service}",
          "the {service} Snyk project is imported and scanning on push"),
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
        S("IMDSv1", ("Wiz finding: IMDSv1 enabled on {service} instances",
                     "{service}: IMDSv1 still allowed"),
          "Wiz flags the {service} instances in {env} because IMDSv1 is still allowed.",
          "the IMDSv1 finding on {service}",
          "the {service} launch template now requires IMDSv2"),
        S("unencrypted", ("Wiz finding: unencrypted volume for {service}",
                          "{service} has an unencrypted volume"),
          "Wiz reports an unencrypted volume attached to {service} in {env}.",
          "the unencrypted volume of {service}",
          "the {service} volume is replaced with an encrypted copy"),
    )),
    Group("Security", "Vault", "Identity and Access", (
        S("secret", ("Secret committed to {service} repo, need rotation",
                               "{service}: secret committed by mistake"),
          "A secret for {service} was committed to the repo by mistake; it is removed, but "
          "it needs rotating in Vault.",
          "the secret committed to the {service} repo",
          "the {service} secret is rotated in Vault and the old one revoked"),
        S("certificate", ("Internal certificate for {service} from Vault PKI expired",
                          "{service}: Vault PKI certificate expired"),
          "The internal certificate of {service} issued by Vault PKI expired on {weekday}; "
          "clients refuse to connect.",
          "the expired Vault PKI certificate of {service}",
          "{service} now renews its certificate from Vault PKI automatically"),
    )),
)
