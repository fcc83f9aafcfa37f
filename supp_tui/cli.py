"""The `supp-tui` command line: a click group whose commands load on first use, and exit codes."""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import click

from analysis.errors import InputError
from supp_tui import __version__
from supp_tui.commands import CommandGroup, either

# Command name -> "module:attribute" of its click command; a module is imported only when its
# command is looked up, and keeps polars, textual and matplotlib inside the command function.
COMMANDS = {
    "sample": "supp_tui.commands.sample:sample",
    "init": "supp_tui.commands.init:init",
    "stats": "supp_tui.commands.stats:stats",
    "quarantine": "supp_tui.commands.quarantine:quarantine",
    "report": "supp_tui.commands.report:report",
    "chart": "supp_tui.commands.chart:chart",
    "figures": "supp_tui.commands.figures:figures",
    "label": "supp_tui.commands.label:label",
    "demo": "supp_tui.commands.demo:demo",
    "labels": "supp_tui.commands.labels:labels",
    "framework": "supp_tui.commands.framework:framework",
    "pull": "supp_tui.commands.pull:pull",
    "push": "supp_tui.commands.push:push",
    "agreement": "supp_tui.commands.agreement:agreement",
}


class LazyGroup(CommandGroup):
    """A group that imports a command's module only when that command is looked up."""

    def __init__(self, *args: Any, lazy_commands: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.lazy_commands, *super().list_commands(ctx)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self.lazy_commands.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module_name, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; output cut short by a closed pipe (`| head`) is not an error."""
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except BrokenPipeError:
            _discard_stdout()
            ctx.exit(0)


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail on the closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@click.group(
    "supp-tui", cls=LazyGroup, lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="supp-tui", message="%(prog)s %(version)s")
def cli() -> None:
    """Label Jira support tickets in the terminal and report on them."""


def usage_sentence(error: click.UsageError) -> str:
    """A usage error as one sentence, with a pointer to the command's --help."""
    message = error.format_message()
    if isinstance(error, click.NoSuchOption):
        guesses = error.possibilities
        message = f"No such option {error.option_name!r}" + (
            f"; did you mean {either(guesses)}?" if guesses else ".")
    if error.ctx is None:
        return message
    return f"{message} See `{error.ctx.command_path} --help`."


def _fail(message: str, status: int = 2) -> int:
    print(f"supp-tui: error: {message}", file=sys.stderr)
    return status


# What to do about an operating-system error, by errno; the rest get the generic advice.
_OS_ADVICE = {
    errno.ENOSPC: "free some space on that disk or write somewhere else",
    errno.EDQUOT: "free some space within your quota or write somewhere else",
    errno.EACCES: "check its permissions, or use a path you can read and write",
    errno.EPERM: "check its permissions, or use a path you can read and write",
    errno.EROFS: "the disk is read-only; write somewhere else",
    errno.EISDIR: "it is a folder; give the path of a file",
    errno.ENOTDIR: "a file stands where a folder should be; check the path",
}


def os_error_sentence(error: OSError) -> str:
    """An operating-system error (full disk, permissions) as one sentence with what to do."""
    reason = error.strerror or str(error)
    advice = _OS_ADVICE.get(error.errno or 0, "check the path and try again")
    place = f"{error.filename}: " if error.filename else ""
    return f"{place}{reason}; {advice}."


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit status."""
    try:
        status = cli.main(args=argv, prog_name="supp-tui", standalone_mode=False)
    except InputError as error:
        return _fail(str(error))
    except click.UsageError as error:
        return _fail(usage_sentence(error), error.exit_code)
    except click.ClickException as error:
        return _fail(error.format_message(), error.exit_code)
    except BrokenPipeError:
        raise
    except OSError as error:
        return _fail(os_error_sentence(error))
    except (click.Abort, KeyboardInterrupt):
        return 130
    return status if isinstance(status, int) else 0
