"""`sora-bot` as a user runs it: every command through `main(argv)`, real stdin/stdout."""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Config
from tests.conftest import rss
from tests.fakes.http_server import FeedServer

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
TARGET_FLAGS = ["--target", "Widget 3", "--alias", "Acme Widget 3", "--maker", "Acme"]
ITEMS = [
    {
        "id": "a",
        "title": "Acme's Widget 3 could launch next year, sources say",
        "summary": "",
        "url": "https://a.example/1",
        "published": "2025-01-02",
        "source_kind": "press",
    },
    {
        "id": "b",
        "title": "Widget 3 rumoured for spring, according to people familiar",
        "summary": "",
        "url": "https://b.example/1",
        "published": "2025-01-03",
        "source_kind": "blog",
    },
    {
        "id": "c",
        "title": "Acme's Widget 3 is now available to everyone",
        "summary": "",
        "url": "https://acme.example/news",
        "published": "2025-02-01",
        "source_kind": "official",
    },
    {
        "id": "d",
        "title": "Widget 3 may get a sequel, reportedly",
        "summary": "",
        "url": "https://c.example/1",
        "published": "2025-03-01",
        "source_kind": "press",
    },
]


def run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def lines(items: list[dict[str, str]]) -> str:
    return "".join(json.dumps(i) + "\n" for i in items)


def test_classify(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(
        ["classify", *TARGET_FLAGS, "--explain"], capsys, monkeypatch, lines(ITEMS)
    )
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c", "d"]
    assert [r["status"] for r in rows[:3]] == ["rumoured", "rumoured", "released"]
    assert all({"confidence", "evidence", "cues", "window"} <= r.keys() for r in rows)


def test_classify_reports_bad_lines_and_keeps_the_rest(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = lines(ITEMS[:1]) + "not json\n" + '{"id": "x"}\n' + lines(ITEMS[2:3])
    code, out, err = run(["classify", *TARGET_FLAGS], capsys, monkeypatch, stdin)
    assert code == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert "line 2" in err and "line 3" in err


def test_replay_fires_each_transition_once_and_never_backwards(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shuffled = [ITEMS[2], ITEMS[0], ITEMS[3], ITEMS[1]]  # replay sorts by `published`
    code, out, err = run(["replay", *TARGET_FLAGS], capsys, monkeypatch, lines(shuffled))
    assert code == 0, err
    assert [json.loads(line) for line in out.splitlines()] == [
        {"to": "rumoured", "item_id": "a", "at": "2025-01-02"},
        {"to": "released", "item_id": "c", "at": "2025-02-01"},
    ]


@pytest.mark.skipif(
    not SHARED.is_dir(), reason="the shared development data is not beside the repo"
)
def test_replay_of_the_sora_timeline_is_on_time(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    timeline = (SHARED / "timelines" / "sora.jsonl").read_text(encoding="utf-8")
    expected = json.loads((SHARED / "timelines" / "expected.json").read_text(encoding="utf-8"))
    first = json.loads(timeline.splitlines()[0])
    flags = ["--target", first["target"], "--maker", first["maker"]]
    flags += [f for alias in first["aliases"] for f in ("--alias", alias)]
    code, out, err = run(["replay", *flags], capsys, monkeypatch, timeline)
    assert code == 0, err
    got = [json.loads(line) for line in out.splitlines()]
    order = [json.loads(line)["id"] for line in timeline.splitlines()]
    relevant = [json.loads(line)["label"] != "none" for line in timeline.splitlines()]
    assert [g["to"] for g in got] == [t["to"] for t in expected["sora"]["transitions"]]
    for g, want in zip(got, expected["sora"]["transitions"], strict=True):
        at, due = order.index(g["item_id"]), order.index(want["first_item_id"])
        assert at >= due, f"{g} fired before {want}"
        assert sum(relevant[due + 1 : at + 1]) <= 2, f"{g} fired late"


def test_eval(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    labelled = [
        {**ITEMS[0], "target": "Widget 3", "aliases": [], "maker": "Acme", "label": "rumoured"},
        {**ITEMS[2], "target": "Widget 3", "aliases": [], "maker": "Acme", "label": "released"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(lines(labelled), encoding="utf-8")
    code, out, err = run(["eval", str(path), "--json"], capsys, monkeypatch)
    assert code == 0, err
    scores = json.loads(out)
    assert scores["accuracy"] == 1.0
    code, out, _ = run(["eval", str(path)], capsys, monkeypatch)
    assert "macro" in out.lower() and "released" in out
    code, _, err = run(["eval", str(tmp_path / "missing.jsonl")], capsys, monkeypatch)
    assert code == 2 and "missing.jsonl" in err


async def test_check_status_history_and_sources(
    feed_server: FeedServer,
    write_config: Callable[..., Config],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed_server.set(
        "/feed.xml",
        rss(
            (
                "Acme's Widget 3 is now available",
                "Acme's Widget 3 is now available to everyone.",
                "https://acme.example/w3",
                "Mon, 03 Mar 2025 10:00:00 GMT",
            ),
        ),
    )
    write_config(
        f'[[sources]]\nurl = "{feed_server.url("/feed.xml")}"\ntrust = "official"\n',
        targets='[[targets]]\nname = "Widget 3"\nmaker = "Acme"\n',
    )
    cfg = ["--config", str(tmp_path / "config.toml")]

    async def cli(*argv: str) -> tuple[int, str, str]:
        # `main` runs its own event loop, as the console script does: give it a thread.
        return await asyncio.to_thread(run, list(argv), capsys, monkeypatch)

    code, out, err = await cli("check", *cfg)
    assert code == 0, err
    assert "ok" in out and "Widget 3: unknown → released" in out
    code, out, _ = await cli("status", *cfg, "--json")
    assert json.loads(out)["status"]["status"] == 3
    code, out, _ = await cli("history", "Widget 3", *cfg)
    assert "unknown → released" in out
    code, out, _ = await cli("sources", "list", *cfg)
    assert "[1] feed  official" in out
    code, out, err = await cli("sources", "add", "gopher://x", *cfg)
    assert code == 2 and "only http:// and https://" in err
    code, out, err = await cli(
        "sources", "add", feed_server.url("/other.xml"), "--kind", "page", *cfg
    )
    assert code == 2 and "CSS selector" in err
    code, out, err = await cli("sources", "remove", "7", *cfg)
    assert code == 2 and "no source 7" in err
    code, out, err = await cli("status", "Nope", *cfg)
    assert code == 2 and "Tracked: Widget 3" in err
    code, out, err = await cli("set-status", "Widget 3", "rumoured", "--by", "ops", *cfg)
    assert code == 0 and "RUMOURED" in out and "set by hand" in out
    code, out, err = await cli("sources", "test", feed_server.url("/feed.xml"), *cfg)
    assert code == 0 and "released" in out and "1 items read" in out


def test_a_reader_that_leaves_early_is_not_an_error() -> None:
    """`sora-bot classify ... | head -1`: no traceback when head closes the pipe."""
    stdin = lines(ITEMS) * 2000
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "classify", *TARGET_FLAGS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    assert json.loads(proc.stdout.readline())["id"] == "a"
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in proc.stderr.read().decode()
