"""Networking stories of the sample board (see _story for what a story holds)."""

from __future__ import annotations

from analysis.sample._story import Group
from analysis.sample._story import Story as S

NETWORK: tuple[Group, ...] = (
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
        S("NXDOMAIN", ("NXDOMAIN for {service} external name",
                       "{service}: intermittent NXDOMAIN"),
          "Calls from {service} in {env} fail with NXDOMAIN for an external partner name about "
          "{pct}% of the time.",
          "the NXDOMAIN errors of {service}",
          "the {service} pods now use ndots 2, so external names resolve directly"),
        S("TTL", ("Lower the DNS TTL for {service} before migration",
                  "{service}: TTL change for cutover"),
          "We migrate {service} on {weekday}; please lower the TTL on its records a day before.",
          "the TTL of the {service} records",
          "the {service} TTL is 60 seconds until the cutover"),
    )),
    Group("Networking", "Istio", "Network Platform", (
        S("503s", ("Intermittent 503s between {service} and upstream",
                   "{service}: {pct}% intermittent 503s, Istio sidecar?"),
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
        S("timeout", ("Istio timeout cuts {service} long requests at 15s",
                      "{service}: requests cut by Istio timeout"),
          "Long {service} report requests are cut after 15 seconds; the Istio timeout seems to "
          "apply.",
          "the Istio timeout on {service} requests",
          "the {service} virtual service now allows 120 seconds on the report route"),
        S("egress", ("Istio egress blocked for {service} to partner API",
                     "{service}: egress to partner blocked"),
          "{service} cannot reach the partner API from {env}; the mesh blocks the egress.",
          "the blocked egress of {service}",
          "a service entry for the partner API lets {service} egress"),
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
        S("502", ("{service} returns 502 from the load balancer during deploys",
                  "502s on {service} during rollout"),
          "During every deploy of {service} clients get 502 from the load balancer for a "
          "minute.",
          "the 502s of {service} during deploys",
          "{service} now has a pre-stop delay so the load balancer drains it first"),
        S("WAF", ("WAF blocking legitimate {service} requests",
                  "{service}: WAF rule blocks uploads"),
          "The WAF in front of {service} blocks legitimate file uploads as if they were an "
          "attack.",
          "the WAF blocking {service} uploads",
          "the WAF rule has an exception for the {service} upload path"),
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
        S("VPN client", ("VPN client update breaks access to {service} admin",
                         "{service} admin unreachable after VPN client update"),
          "Since the VPN client update on {weekday} the {service} admin page does not load.",
          "the VPN client update breaking the {service} admin",
          "the VPN client profile now includes the {service} admin range"),
    )),
)
