"""The generic phrases around a ticket's story: greetings, context, steps, sign-offs, and the
comment bodies reporters and engineers write. The story itself lives in the catalogue."""

GREETINGS = ("Hi team,", "Hello,", "Hey folks,", "Hi all,", "Morning all,", "Hi platform team,")
CONTEXTS = (
    "Not urgent, but it is slowing the {service} team down.",
    "It is blocking the {service} release planned for {weekday}.",
    "Happy to pair on this if that helps; I am around until 17:00.",
    "Our manager is in cc as this affects the {service} roadmap.",
    "We checked the platform status page first; nothing listed there.",
)
STEPS = (
    "Details:\n* service: {service}\n* environment: {env}\n* region: {region}",
    "What we tried:\n* read the runbook\n* asked in #platform-support\n* searched old tickets",
    "Links:\n* https://{product_slug}.example.internal/{service}\n* the {service} repo README",
)
SIGNOFFS = ("Thanks,\n{first}", "Cheers,\n{first}", "Thanks in advance!", "Regards,\n{first}",
            "Thanks, {first} ({team})")

# Comment bodies by role. Placeholders: {first} (reporter), {eng}, {product}, {service}, {env},
# {symptom} and {fix} (the story's). Every first comment names the symptom.
ENGINEER_FIRST = (
    "Hi {first}, thanks for raising {symptom}. Taking a look now.",
    "Thanks; can you share the {product} link for {symptom} and when you first saw it?",
    "Looking at {symptom}. Could you confirm the environment ({env})?",
    "Picked up {symptom}; checking the {product} side first.",
    "Hi {first},\nI can see {symptom} too. Will update here shortly.",
)
ENGINEER_LATER = (
    "Found it: {fix}. Can you check on your side?",
    "Still looking into {symptom}; more soon.",
    "Can you try again now? I think {fix}.",
    "This one is on our side; working on {symptom} with the {product} owners.",
)
ENGINEER_CLOSING = (
    "Fixed and verified: {fix}. Closing; reopen if it comes back.",
    "Resolved: {fix}. Thanks for your patience, {first}!",
    "Closing: {fix}. Follow-up tracked separately.",
)
REPORTER_FIRST = (
    "Adding more context on {symptom}: screenshots attached.",
    "Any update on {symptom}? This is blocking us.",
    "FYI {symptom} again at around {clock}.",
)
REPORTER_LATER = (
    "Here is the link: https://{product_slug}.example.internal/{service}",
    "Thanks; we will keep an eye on {service} in {env}.",
    "Any update on this? It's blocking our release.",
    "Confirmed the env is {env}; nothing changed on our side.",
)
REPORTER_CLOSING = ("Thanks, that fixed it!", "Works now; thanks {eng}.", "All good, thanks!",
                    "Confirmed: {service} is fine in {env} now.")
