"""Bad input for `team-init` and `team-add-user`: roles exist only on a server; names and roles."""

from __future__ import annotations

from tests.bad_input.cases import Case

ONLY_ON_A_SERVER = "roles exist only on a postgresql server"


def team_cases() -> list[Case]:
    add = "team-add-user"
    return [
        Case("team-init on a file", ("team-init",), ONLY_ON_A_SERVER),
        Case("team-init with an argument", ("team-init", "now"), "unrecognized arguments"),
        Case("team-add-user on a file", (add, "alice", "--role", "operator"), ONLY_ON_A_SERVER),
        Case(
            "team-add-user on a file without a password",
            (add, "alice", "--role", "operator"),
            ONLY_ON_A_SERVER,
            stdin="\n",
        ),
        Case("team-add-user unknown role", (add, "alice", "--role", "auditor"), "invalid choice"),
        Case("team-add-user without a role", (add, "alice"), "--role"),
        Case("team-add-user without a name", (add, "--role", "operator"), "name"),
        Case("team-add-user capitals", (add, "Alice", "--role", "operator"), "not a user name"),
        Case(
            "team-add-user quote",
            (add, "alice'; DROP TABLE payment; --", "--role", "operator"),
            "not a user name",
        ),
        Case("team-add-user too long", (add, "a" * 64, "--role", "operator"), "not a user name"),
        Case("team-add-user pg_ name", (add, "pg_monitor", "--role", "operator"), "pg_"),
        Case(
            "team-add-user a group role",
            (add, "credit_desk_administrator", "--role", "administrator"),
            "group roles",
        ),
        Case("team-add-user empty name", (add, "", "--role", "operator"), "not a user name"),
    ]
