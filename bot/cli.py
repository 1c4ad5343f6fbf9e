"""`sora-bot`: run the bot, and inspect and try everything without chat.

Exit codes: 0 success, 2 a user error (bad config, bad arguments, unknown target) with a
message saying what to do, 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bot import app, offline
from bot.config import Config, config_path, load_config
from bot.core.models import Target
from bot.core.render_text import render
from bot.core.replies import Caller, Reply
from bot.errors import UserError
from bot.logging import setup_logging

CONSOLE = Caller("console", os.environ.get("USER", "console"), is_admin=True, channel="console")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    setup_logging(args.verbose)
    try:
        return int(asyncio.run(args.func(args)) or 0)
    except UserError as exc:
        print(f"sora-bot: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (`| head`) left: not an error. Point stdout at nothing so the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _config(args: argparse.Namespace) -> Config:
    return load_config(config_path(args.config, os.environ), db=args.db)


async def _with_core(args: argparse.Namespace, reply_of: Any) -> int:
    core = await app.build_core(_config(args))
    try:
        reply = await reply_of(core)
        await core.outbox.drain()
    finally:
        await core.close()
    _show(args, reply)
    return 0


def _show(args: argparse.Namespace, reply: Reply) -> None:
    if getattr(args, "json", False):
        print(json.dumps(asdict(reply), default=str, ensure_ascii=False, indent=2))
    else:
        print(render(reply))


async def cmd_run(args: argparse.Namespace) -> int:
    if args.demo and not args.config and not os.environ.get("SORA_BOT_CONFIG"):
        args.config = "config/demo.toml"
    config = _config(args)
    if args.demo:
        from bot.demo import run_demo

        await run_demo(config, db_path=args.db)
        return 0
    await app.run(config)
    return 0


async def cmd_check(args: argparse.Namespace) -> int:
    def bar(done: int, total: int) -> None:
        if sys.stderr.isatty():
            filled = int(30 * done / max(total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
            sys.stderr.write("\n" if done == total else "")

    return await _with_core(args, lambda core: core.commands.check(CONSOLE, progress=bar))


async def cmd_status(args: argparse.Namespace) -> int:
    return await _with_core(args, lambda core: core.commands.status(CONSOLE, args.target))


async def cmd_set_status(args: argparse.Namespace) -> int:
    from bot.core.models import Status

    status = Status.parse(args.status)

    async def change(core: app.Core) -> Reply:
        # `status` resolves names and aliases the same way chat does.
        name = (await core.commands.status(CONSOLE, args.target)).status.target
        await core.tracker.set_manual(name, status, args.by)
        return await core.commands.status(CONSOLE, name)

    return await _with_core(args, change)


async def cmd_history(args: argparse.Namespace) -> int:
    return await _with_core(args, lambda core: core.commands.history(CONSOLE, args.target))


async def cmd_sources(args: argparse.Namespace) -> int:
    c = CONSOLE
    actions = {
        "list": lambda core: core.commands.sources_list(c),
        "add": lambda core: core.commands.sources_add(
            c, args.url, args.kind, args.target, args.trust, args.selector
        ),
        "remove": lambda core: core.commands.sources_remove(c, args.id),
        "test": lambda core: core.commands.sources_test(
            c, args.url, args.kind, args.target, args.selector
        ),
    }
    return await _with_core(args, actions[args.action])


async def cmd_config_check(args: argparse.Namespace) -> int:
    config = _config(args)
    print(
        f"{config_path(args.config, os.environ)}: ok — {len(config.targets)} targets, "
        f"{len(config.sources)} sources, database {config.database}"
    )
    return 0


async def cmd_discord_sync(args: argparse.Namespace) -> int:
    config = _config(args)
    if not config.secrets.discord_token:
        raise UserError("DISCORD_TOKEN is not set.", "Export the bot token, then run again.")
    from bot.adapters.discord.client import DiscordAdapter

    core = await app.build_core(config)
    adapter = DiscordAdapter(
        core.commands,
        core.store,
        config.discord,
        config.secrets.discord_token,
        config.command_name,
    )
    try:
        print(await adapter.sync_commands(force=True))
    finally:
        await adapter.close()
        await core.close()
    return 0


def _target(args: argparse.Namespace) -> Target:
    return Target(
        name=args.target,
        aliases=tuple(args.alias),
        maker=args.maker or "",
        official_domains=tuple(args.official_domain),
    )


def _lines() -> tuple[list[offline.Line], int]:
    good, bad = [], 0
    for line in offline.read_lines(sys.stdin):
        if isinstance(line, UserError):
            print(f"sora-bot: {line}", file=sys.stderr)
            bad += 1
        else:
            good.append(line)
    return good, bad


async def cmd_classify(args: argparse.Namespace) -> int:
    from bot.core.detect.classifier import Classifier

    classifier = Classifier(_target(args))
    lines, bad = _lines()
    for line in lines:
        print(offline.detection_json(line.id, classifier.classify(line.text), args.explain))
    return 2 if bad else 0


async def cmd_replay(args: argparse.Namespace) -> int:
    lines, bad = _lines()
    for row in await offline.replay(_target(args), lines):
        print(json.dumps(row))
    return 2 if bad else 0


async def cmd_eval(args: argparse.Namespace) -> int:
    from bot.core.detect.metrics import format_scores

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")  # noqa: ASYNC240 - the CLI's only task
    except OSError as exc:
        raise UserError(f"{path}: {exc.strerror}.", "Give a JSON-lines file with labels.") from None
    scores, errors = offline.evaluate(text.splitlines(), str(path))
    for error in errors:
        print(f"sora-bot: {error}", file=sys.stderr)
    print(json.dumps(scores.as_dict()) if args.json else format_scores(scores))
    return 2 if errors else 0


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", help="config file (default: $SORA_BOT_CONFIG or config/sora.toml)"
    )
    common.add_argument("--db", help="database file (default: $SORA_BOT_DB or the config's)")
    common.add_argument("-v", "--verbose", action="count", default=0)
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="machine-readable output")
    targeted = argparse.ArgumentParser(add_help=False)
    targeted.add_argument("--target", required=True, help="the product, e.g. Sora")
    targeted.add_argument("--alias", action="append", default=[])
    targeted.add_argument("--maker")
    targeted.add_argument("--official-domain", action="append", default=[])
    targeted.add_argument("-v", "--verbose", action="count", default=0)

    parser = argparse.ArgumentParser(prog="sora-bot", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(metavar="COMMAND")

    def add(
        name: str, func: Any, help: str, parents: Sequence[argparse.ArgumentParser] = (common,)
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, parents=list(parents))
        p.set_defaults(func=func)
        return p

    run = add("run", cmd_run, "run the bot (Ctrl-C stops it cleanly)")
    run.add_argument(
        "--demo", action="store_true", help="tell Sora's 2024 story from offline feeds"
    )
    add("check", cmd_check, "poll every source once now", (common, as_json))
    status = add("status", cmd_status, "a target's status", (common, as_json))
    status.add_argument("target", nargs="?")
    history = add("history", cmd_history, "a target's status changes", (common, as_json))
    history.add_argument("target", nargs="?")
    manual = add("set-status", cmd_set_status, "set a target's status by hand (recorded as manual)")
    manual.add_argument("target")
    manual.add_argument("status", help="unknown, rumoured, confirmed or released")
    manual.add_argument("--by", default=CONSOLE.user_id, help="who decided (kept in history)")

    sources = add("sources", cmd_sources, "list, add, remove or test sources", ())
    verbs = sources.add_subparsers(dest="action", metavar="ACTION", required=True)
    verbs.add_parser("list", parents=[common, as_json])
    s_add = verbs.add_parser("add", parents=[common, as_json])
    s_test = verbs.add_parser("test", parents=[common, as_json])
    for p in (s_add, s_test):
        p.add_argument("url")
        p.add_argument("--kind", choices=["feed", "page", "json"])
        p.add_argument("--target")
        p.add_argument("--selector")
    s_add.add_argument("--trust", choices=["official", "press", "community"])
    verbs.add_parser("remove", parents=[common, as_json]).add_argument("id", type=int)

    cfg = sub.add_parser("config", help="check the configuration")
    cfg_verbs = cfg.add_subparsers(metavar="ACTION", required=True)
    cfg_verbs.add_parser("check", parents=[common]).set_defaults(func=cmd_config_check)
    discord = sub.add_parser("discord", help="Discord maintenance")
    discord_verbs = discord.add_subparsers(metavar="ACTION", required=True)
    discord_verbs.add_parser("sync", parents=[common]).set_defaults(func=cmd_discord_sync)

    classify = add("classify", cmd_classify, "classify JSON lines from stdin", (targeted,))
    classify.add_argument("--explain", action="store_true", help="also print cues and window")
    add("replay", cmd_replay, "replay JSON lines through the tracker", (targeted,))
    ev = add("eval", cmd_eval, "score labelled JSON lines", ())
    ev.add_argument("file")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("-v", "--verbose", action="count", default=0)
    return parser
