"""Access, networking and security stories of the sample board (see _story for what a story holds)."""

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
)
