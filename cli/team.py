"""`team-init` and `team-add-user`: team mode's roles on a PostgreSQL server (models/common/team.py)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from cli.errors import fail

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session

PASSWORD_VARIABLE = "CREDIT_DESK_USER_PASSWORD"  # a new desk user's password, for scripts
ROLE_NAMES = ("administrator", "operator", "accountant")  # models.common.team.ROLES


def command_team_init(args: argparse.Namespace, session: Session) -> int:
    from models.common import team

    try:
        created = team.team_init(session.db)
    except team.TeamError as error:
        return fail(str(error))
    made = ", ".join(created) if created else "none (they were there)"
    print(f"roles created: {made}")
    print("grants given to " + ", ".join(team.ROLES.values()) + " on every table")
    return 0


def _password() -> str | None:
    """The new user's password: $CREDIT_DESK_USER_PASSWORD, else asked twice on a terminal, else
    a line of standard input; None when none was given."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is None and sys.stdin.isatty():
        import getpass

        given = getpass.getpass("Password of the new desk user: ")
        if getpass.getpass("The same password again: ") != given:
            return None
    elif given is None:
        given = sys.stdin.readline().rstrip("\r\n")
    return given or None


def command_team_add_user(args: argparse.Namespace, session: Session) -> int:
    from models.common import team

    try:
        team.check_user(args.name, args.role)
        team.require_server(session.db)
        password = None
        if not args.no_password and not team.user_exists(session.db, args.name):
            password = _password()
            if password is None:
                return fail(
                    "no password given (or the two differed): type it, set "
                    f"{PASSWORD_VARIABLE}, or use --no-password for the server's own login"
                )
        created = team.add_user(session.db, args.name, args.role, password)
    except team.TeamError as error:
        return fail(str(error))
    done = "created and given" if created else "given"
    print(f"desk user {args.name} {done} the role {team.ROLES[args.role]}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `team-init` and `team-add-user` to the parser."""
    init = commands.add_parser(
        "team-init",
        help="on a PostgreSQL server, as its owner: make the roles administrator, operator and "
        "accountant and grant their rights (again after an update; harmless twice)",
    )
    init.set_defaults(run=command_team_init)
    user = commands.add_parser(
        "team-add-user",
        help="on a PostgreSQL server, as its owner: give a desk user a role, creating the login "
        f"(password from the terminal, standard input or ${PASSWORD_VARIABLE})",
    )
    user.add_argument("name", metavar="NAME", help="the desk user's login name on the server")
    user.add_argument("--role", required=True, choices=ROLE_NAMES)
    user.add_argument(
        "--no-password",
        action="store_true",
        help="create the login without a password (the server's socket or peer login)",
    )
    user.set_defaults(run=command_team_add_user)
