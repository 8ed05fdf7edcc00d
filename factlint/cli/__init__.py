"""The command line: options -> pipeline -> renderer -> exit code; the cli package is the only one that imports click.

Here the `factlint` group, whose default command is `check`; each subcommand group has a module of its own
(check, facts, rules), and common holds what they share. A subcommand's module is imported only when that command
runs (or help lists it), so `factlint --version` starts without loading the pipeline."""

from __future__ import annotations

import importlib
import os
import sys
import traceback

import click

from factlint import __version__
from factlint.cli.streams import SIGPIPE_EXIT, OutputFault, guard_stdout, reserve_standard_descriptors, silence_stdout
from factlint.model import ExitCode

# Each command's name and where it lives ("module:function" under factlint.cli), in the order help lists them.
COMMANDS: dict[str, str] = {
    "check": "check:check",
    "facts": "facts:facts",
    "stories": "facts:stories",
    "rules": "rules:list_rules",
    "explain": "rules:explain",
    "validate-rules": "rules:validate_rules",
}


def _fail(message: str) -> None:
    from factlint.cli.common import _fail as fail  # imported when needed: it loads the pipeline's settings
    fail(message)


class DefaultGroup(click.Group):
    """A group whose default command is `check`, so `factlint seeds/` works like `ruff check`; commands load lazily."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute = COMMANDS[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(f"factlint.cli.{module}"), attribute), cmd_name)
        return self.commands.get(cmd_name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in COMMANDS and args[0] not in self.commands and args[0] not in ("--help", "-h",
                                                                                                  "--version"):
            args = ["check", *args]
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> None:
        """Run the command; an internal error is one line and exit 2, Ctrl-C is exit 130, no traceback."""
        reserve_standard_descriptors()
        guard_stdout()
        try:
            try:
                result = super().invoke(ctx)
            except (click.exceptions.Exit, SystemExit):
                sys.stdout.flush()  # a reader gone or a full disk is found here, not at interpreter exit
                raise
            sys.stdout.flush()
            return result
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("factlint: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader stopped reading (`factlint stories seeds/ | head`): stop quietly, as `cat` does.
            silence_stdout()
            sys.exit(SIGPIPE_EXIT)
        except OutputFault as fault:
            silence_stdout()
            _fail(str(fault))
        except MemoryError:
            _fail("out of memory (lower --max-file-size or --jobs, or check fewer articles at once)")
        except Exception as error:  # noqa: BLE001 - the last line of defence is meant to be broad
            if ctx.meta.get("debug") or os.environ.get("FACTLINT_DEBUG"):
                traceback.print_exc()  # the traceback, and still the exit code of an internal error
                sys.exit(ExitCode.USAGE)
            click.echo(f"factlint {__version__}: internal error: {type(error).__name__}: {error} "
                       "(please report it at the factlint issue tracker; run with --debug for the traceback)",
                       err=True)
            sys.exit(ExitCode.USAGE)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factlint")
def main() -> None:
    """factlint: find where news articles contradict each other.

    factlint PATHS is short for factlint check PATHS: with no command, the arguments go to `check`."""
