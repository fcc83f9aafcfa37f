"""The one exception type for problems a user can cause and fix."""


class InputError(Exception):
    """Bad input from the user: one clear sentence saying what, where, and how to fix it.

    The CLI prints the message and exits with status 2; anything else is a bug and still raises.
    """
