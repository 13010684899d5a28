"""What every command shares: the store option, error handling, output helpers."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any, Callable

import click

from ..errors import DiplokgError

DEFAULT_STORE = "kg-store"


def _store_given_to_kg(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """``kg --store X build`` works like ``kg build --store X``: the command's own option wins,
    then the one given before the command, then KG_STORE, then the default."""
    if ctx.get_parameter_source(param.name or "store") is not click.core.ParameterSource.COMMANDLINE:
        given = ctx.find_root().params.get("store")
        if given is not None:
            return Path(given)
    return value


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--store PATH`` (env ``KG_STORE``, default ``./kg-store``), passed as ``store: Path``."""
    return click.option(
        "--store",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="KG_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        show_envvar=True,
        callback=_store_given_to_kg,
        help="Location of the embedded store.",
    )(func)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a one-line message on stderr and the error's exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiplokgError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)

    return wrapper

