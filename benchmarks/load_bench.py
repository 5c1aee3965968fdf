"""Load benchmark of the bot on text-only flows (issue 8, item 5), against a bare PTB echo bot.

    .venv/bin/python benchmarks/load_bench.py            # 10 and 50 users, 4 variants, 2 rounds, 15 s: ~6 min
    .venv/bin/python benchmarks/load_bench.py --smoke    # 4 users, 1 round of 3 s: about 20 s
    .venv/bin/python benchmarks/load_bench.py --profile  # then cProfile the project on SQLite and PostgreSQL
    .venv/bin/python benchmarks/load_bench.py --variants echo,shipped --users 50   # the 30 msg/s cap

Each variant is a bot process long-polling a fresh in-process sandbox (flood limits off) while N simulated
users talk to it through the sandbox's simulated-user API, each one step at a time, without think time:

- echo baseline: a bare python-telegram-bot `Application` (one MessageHandler echoing the text with one
  button, one CallbackQueryHandler answering the press and editing the message), with the same concurrency
  settings as the project (64 concurrent updates, 16 connections) so the comparison is about the work done;
  it sends through PTB's default HTTP client (httpx), as a bare PTB bot does;
- echo on aiohttp (informational): the same bot on the project's Bot API transport (bot/telegram_http.py),
  to show how much of the difference is the HTTP client;
- project on SQLite and on PostgreSQL: `bot.runner.serve`, i.e. what `python run.py serve` runs (database
  ledger and state, JSON logs, scheduler, HTTP server), with two throttles lifted: the per-user flood guard
  (the users here send far more than 20 updates in 10 s) and the overall 30 messages/s of its AIORateLimiter
  (Telegram's quota, not the bot's capacity; the limiter itself stays in the path);
- "project, shipped limiter" (informational, with --variants ...,shipped): the same on SQLite with the
  30 messages/s cap left on.

The project users loop /start, /help, /report, two button presses, a typed answer, /cancel and the "drop it"
button; the echo users send the same texts and press its button at the same points. Latency is from the
moment the sandbox accepted the user's update to the moment the expected reply (a sent or edited message)
was stored in the chat; both ends are stamped inside the sandbox, in this process. Throughput counts the
steps completed during the measured window, after a warm-up. Variants run in interleaved rounds and the
best round of each is reported, so a burst of unrelated work on the machine does not decide a verdict; the
CPU columns show how much of the two cores went to the bot, the harness, PostgreSQL and everything else.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import math
import os
import pstats
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from sandbox import SandboxServer  # noqa: E402
from sandbox.client import SandboxClient  # noqa: E402
from sandbox.flood import FloodLimits  # noqa: E402

TOKEN = "123456:LOAD-bench-token-for-the-sandbox"
TARGET_RATIO = 0.5
STEP_TIMEOUT = 30.0
START_TIMEOUT = 90.0
CLK_TCK = os.sysconf("SC_CLK_TCK")
SCRIPT = Path(__file__).resolve()


# ------------------------------------------------------------------------------------------ user scripts


@dataclass(frozen=True)
class Step:
    """One user action and the text that shows the bot has answered it."""

    action: str  # "text" or "press"
    value: str  # the text sent, or the button's callback data
    expect: str


PROJECT_SCRIPT = (
    Step("text", "/start", "Work-safety tip line"),
    Step("text", "/help", "What I can do"),
    Step("text", "/report", "Who or what is the report about?"),
    Step("press", "f:report:st:training", "What happened?"),
    Step("press", "f:report:v:tr_hours_cut", "name of the institution"),
    Step("text", "某某安全培训学校", "credit code"),
    Step("text", "/cancel", "Drop your unfinished tip report?"),
    Step("press", "cancel:yes", "Dropped"),
)
ECHO_BUTTON = "echo:again"
ECHO_SCRIPT = tuple(
    Step("press", ECHO_BUTTON, "pressed") if step.action == "press" else Step("text", step.value, step.value)
    for step in PROJECT_SCRIPT
)


# ----------------------------------------------------------------------------------- the bot processes


def run_echo_bot(api_url: str, file_url: str, aiohttp_transport: bool = False) -> None:
    """The baseline: nothing but python-telegram-bot, polling as the project does.

    With `aiohttp_transport` (a reference row, not the baseline) it sends through the project's
    `bot.telegram_http.AiohttpRequest` instead of PTB's default httpx: what the transport alone is worth.
    """
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("again", callback_data=ECHO_BUTTON)]])

    async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(update.effective_message.text, reply_markup=keyboard)

    async def pressed(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        # The update id keeps two presses in a row from being refused as "message is not modified".
        await update.callback_query.answer()
        await update.callback_query.edit_message_text(
            f"pressed {update.callback_query.data} ({update.update_id})", reply_markup=keyboard
        )

    builder = (
        Application.builder().token(TOKEN).base_url(api_url).base_file_url(file_url).concurrent_updates(64)
    )
    if aiohttp_transport:
        from bot.telegram_http import AiohttpRequest

        builder = builder.request(AiohttpRequest(connection_pool_size=16, pool_timeout=10))
        builder = builder.get_updates_request(AiohttpRequest(connection_pool_size=1, pool_timeout=10))
    else:
        builder = builder.connection_pool_size(16).pool_timeout(10)
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(pressed))

    async def main() -> None:
        stop = _stop_on_sigterm()
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=10, allowed_updates=Update.ALL_TYPES)
            print("bot running", flush=True)
            await stop.wait()
            await app.updater.stop()
            await app.stop()

    asyncio.run(main())


def run_project_bot(shipped_limiter: bool) -> None:
    """`bot.runner.serve` as `run.py serve` calls it, configured by the environment the harness set."""
    from telegram.ext import AIORateLimiter

    from bot import assembly, runner
    from bot.flood import FloodGuard
    from foundation.config import load_settings
    from foundation.logs import setup_logging

    def lenient(settings: Any, token: str | None = None) -> Any:
        app = assembly.build_application(settings, token)
        app.flood_guard = FloodGuard(limit=10**9)
        if not shipped_limiter:
            # The limiter stays in the path (and keeps retrying 429s); only its overall and group caps go.
            app.bot._rate_limiter = AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)
        return app

    runner.build_application = lenient  # serve() builds the Application through this name
    settings = load_settings(os.environ)
    setup_logging(stream=open(settings.data_dir / "bot.log", "a", encoding="utf-8"))

    async def main() -> None:
        await runner.serve(settings, stop=_stop_on_sigterm(), announce=lambda line: print(line, flush=True))

    asyncio.run(main())


def _stop_on_sigterm() -> asyncio.Event:
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    return stop


def bot_main(argv: list[str]) -> int:
    """Entry of the bot subprocess: `load_bench.py _bot VARIANT [--profile FILE]`."""
    parser = argparse.ArgumentParser(prog="load_bench.py _bot")
    parser.add_argument("variant", choices=("echo", "echo-aiohttp", "project", "project-shipped"))
    parser.add_argument("--profile")
    args = parser.parse_args(argv)
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    try:
        if args.variant in ("echo", "echo-aiohttp"):
            run_echo_bot(
                os.environ["BOT_API_URL"], os.environ["BOT_FILE_URL"], args.variant == "echo-aiohttp"
            )
        else:
            run_project_bot(shipped_limiter=args.variant == "project-shipped")
    finally:
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
    return 0


# ------------------------------------------------------------------------------- watching the sandbox


@dataclass
class Waiter:
    expect: str
    future: asyncio.Future[float]


class ReplyWatch:
    """Stamps, inside the sandbox, when a user's update was accepted and when the bot's reply was stored.

    It wraps two methods of this sandbox instance (the update queue's `add` and the call log's
    `record_call`): polling the chat over HTTP would add tens of milliseconds of granularity and load
    the very process that serves the bot."""

    def __init__(self, server: SandboxServer) -> None:
        self.accepted: dict[int, float] = {}
        self.waiters: dict[int, Waiter] = {}
        self.buttons: dict[int, dict[str, int]] = {}
        self.calls: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        core = server.core
        add, record = core.updates.add, core.state.record_call

        def stamped_add(update: dict[str, Any]) -> dict[str, Any]:
            stored = add(update)
            self.accepted[stored["update_id"]] = time.perf_counter()
            return stored

        def watched_record(entry: dict[str, Any]) -> None:
            record(entry)
            self._seen(entry)

        core.updates.add = stamped_add  # type: ignore[method-assign]
        core.state.record_call = watched_record  # type: ignore[method-assign]

    def expect(self, chat_id: int, text: str) -> asyncio.Future[float]:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiters[chat_id] = Waiter(text, future)
        return future

    def _seen(self, entry: dict[str, Any]) -> None:
        method = entry.get("method", "")
        if method == "getUpdates":
            return
        self.calls[method] += 1
        if not entry.get("ok"):
            self.refused[method] += 1
        message = entry.get("result")
        if not isinstance(message, dict) or "chat" not in message:
            return
        chat_id = message["chat"]["id"]
        self._remember_buttons(chat_id, message)
        waiter = self.waiters.get(chat_id)
        if waiter and not waiter.future.done() and waiter.expect in (message.get("text") or ""):
            waiter.future.set_result(time.perf_counter())

    def _remember_buttons(self, chat_id: int, message: dict[str, Any]) -> None:
        known = self.buttons.setdefault(chat_id, {})
        for data in [data for data, message_id in known.items() if message_id == message["message_id"]]:
            del known[data]
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button.get("callback_data"):
                    known[button["callback_data"]] = message["message_id"]


# ------------------------------------------------------------------------------------ load generation


@dataclass
class Results:
    """Completed steps as (accepted, replied) stamps, and what went wrong."""

    steps: list[tuple[float, float]] = field(default_factory=list)
    timeouts: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    def in_window(self, start: float, end: float) -> list[float]:
        """Latencies (ms) of the steps whose reply came inside the measured window."""
        return [(replied - accepted) * 1000 for accepted, replied in self.steps if start <= replied < end]


async def act(client: SandboxClient, watch: ReplyWatch, user_id: int, step: Step) -> dict[str, Any]:
    if step.action == "text":
        return await client.send_text(user_id, step.value, language_code="en")
    message_id = watch.buttons.get(user_id, {}).get(step.value)
    if message_id is None:
        raise RuntimeError(f"no button {step.value!r} in chat {user_id}")
    return await client.press(user_id, message_id, step.value, language_code="en")


async def user_loop(
    client: SandboxClient,
    watch: ReplyWatch,
    user_id: int,
    script: tuple[Step, ...],
    stop_at: float,
    results: Results,
) -> None:
    """One simulated user: the script in a loop, each step waiting for its reply; stops at the first
    failure, since the conversation is then in an unknown state."""
    index = 0
    while time.perf_counter() < stop_at:
        step = script[index % len(script)]
        replied = watch.expect(user_id, step.expect)
        try:
            sent = await act(client, watch, user_id, step)
            at = await asyncio.wait_for(replied, STEP_TIMEOUT)
        except TimeoutError:
            results.timeouts += 1
            return
        except Exception as exc:  # any failure ends this user; the table reports it
            results.errors[f"{type(exc).__name__}: {exc}"[:120]] += 1
            return
        results.steps.append((watch.accepted.pop(sent["update_id"]), at))
        index += 1


# ---------------------------------------------------------------------------------------- CPU accounting


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of one process, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def tree_cpu(root_pid: int | None) -> float:
    """CPU seconds of a process and its direct children (a PostgreSQL postmaster and its backends)."""
    if root_pid is None:
        return 0.0
    total = process_cpu(root_pid)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == root_pid:
                    total += process_cpu(int(entry.name))
    return total


def machine_busy() -> float:
    """CPU seconds all processes on the machine have used (every core), from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / CLK_TCK


@dataclass
class CpuMeter:
    """CPU used during the measured window by the bot, this harness (sandbox + users), PostgreSQL, and by
    everything else on the machine: other work competing for the 2 cores skews a run, so it is shown."""

    bot_pid: int
    pg_pid: int | None
    start: tuple[float, ...] = ()

    def read(self) -> tuple[float, ...]:
        return process_cpu(self.bot_pid), time.process_time(), tree_cpu(self.pg_pid), machine_busy()

    def begin(self) -> None:
        self.start = self.read()

    def percent(self, seconds: float) -> tuple[float, ...]:
        bot, harness, pg, busy = (
            100 * (b - a) / seconds for a, b in zip(self.start, self.read(), strict=True)
        )
        return bot, harness, pg, max(0.0, busy - bot - harness - pg)


# -------------------------------------------------------------------------------------------- variants


@dataclass(frozen=True)
class Variant:
    key: str
    label: str
    bot: str  # the _bot argument
    database: str | None  # "sqlite", "postgres" or None
    informational: bool = False


VARIANTS = {
    "echo": Variant("echo", "echo baseline (bare PTB)", "echo", None),
    "echo-aiohttp": Variant(
        "echo-aiohttp", "echo on aiohttp (reference)", "echo-aiohttp", None, informational=True
    ),
    "sqlite": Variant("sqlite", "project on SQLite", "project", "sqlite"),
    "postgres": Variant("postgres", "project on PostgreSQL", "project", "postgres"),
    "shipped": Variant("shipped", "project on SQLite, shipped limiter", "project-shipped", "sqlite", True),
}


@dataclass
class Outcome:
    variant: Variant
    users: int
    completed: int
    seconds: float
    latencies: list[float]
    timeouts: int
    errors: Counter[str]
    calls_per_step: float
    refused: int
    cpu: tuple[float, ...]  # bot, harness, PostgreSQL, other processes: % of one core

    @property
    def rate(self) -> float:
        return self.completed / self.seconds


@dataclass
class Environment:
    """Where the bots keep their data: a temporary directory and, when needed, a PostgreSQL server."""

    tmp: Path
    postgres: Any = None
    database_url: str | None = None
    runs: int = 0
    created: list[str] = field(default_factory=list)

    def new_run(self) -> Path:
        """A fresh data directory per bot run, so no run sees another's database or log."""
        self.runs += 1
        directory = self.tmp / f"run{self.runs}"
        directory.mkdir(parents=True)
        return directory

    async def database(self, kind: str | None, directory: Path) -> str | None:
        """SQLite in the run's directory, or a new PostgreSQL database per run: the update ledger remembers
        update ids, and every run's sandbox numbers its updates from 1 again."""
        if kind == "sqlite":
            return f"sqlite://{directory / 'bench.sqlite3'}"
        if kind != "postgres":
            return None
        name = f"load_bench_{os.getpid()}_{self.runs}"
        if self.database_url:
            url = await create_database(self.database_url, name)
            self.created.append(url)
            return url
        if self.postgres is None:
            from scripts.pg_temp import TempPostgres

            self.postgres = TempPostgres(self.tmp / "pg").start()
        return self.postgres.url(name)

    async def close(self) -> None:
        for url in self.created:
            await drop_database(url)
        if self.postgres is not None:
            self.postgres.stop()

    def postgres_pid(self) -> int | None:
        if self.postgres is None:
            return None
        return int((self.postgres.directory / "data" / "postmaster.pid").read_text().split()[0])


async def create_database(server_url: str, name: str) -> str:
    """A new database on the server of --database-url (its user needs CREATEDB); returns its URL."""
    import asyncpg

    connection = await asyncpg.connect(server_url.replace("postgres://", "postgresql://", 1))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


async def drop_database(url: str) -> None:
    import asyncpg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
    connection = await asyncpg.connect(maintenance)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


def bot_command(variant: Variant, profile: Path | None) -> list[str]:
    command = [sys.executable, str(SCRIPT), "_bot", variant.bot]
    return [*command, "--profile", str(profile)] if profile else command


def bot_environment(server: SandboxServer, data_dir: Path, database_url: str | None) -> dict[str, str]:
    """The settings `run.py serve` reads, pointing at this run's sandbox, directory and database."""
    child_env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_URL": server.bot_api_url,
        "BOT_FILE_URL": server.file_url,
        "DATA_DIR": str(data_dir),
        "HTTP_HOST": "127.0.0.1",
        "HTTP_PORT": "0",
        "PYTHONPATH": str(ROOT),
    }
    child_env.pop("WEBHOOK_URL", None)
    if database_url:
        child_env["DATABASE_URL"] = database_url
    return child_env


def open_stderr(data_dir: Path) -> Any:
    return (data_dir / "stderr.txt").open("wb")


async def start_bot(
    variant: Variant, server: SandboxServer, env: Environment, profile: Path | None
) -> asyncio.subprocess.Process:
    """Starts the bot process and waits until it polls; its log and stderr go to the run's directory."""
    data_dir = env.new_run()
    environment = bot_environment(server, data_dir, await env.database(variant.database, data_dir))
    with open_stderr(data_dir) as stderr:
        process = await asyncio.create_subprocess_exec(
            *bot_command(variant, profile),
            cwd=str(data_dir),
            env=environment,
            stdout=asyncio.subprocess.PIPE,
            stderr=stderr,
        )
    await _wait_until_running(process, data_dir)
    return process


async def _wait_until_running(process: asyncio.subprocess.Process, data_dir: Path) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        line = await asyncio.wait_for(process.stdout.readline(), START_TIMEOUT)
        if not line:
            break
        if line.startswith(b"bot running"):
            asyncio.get_running_loop().create_task(process.stdout.read())  # keep the pipe drained
            return
    raise RuntimeError(f"the bot did not start:\n{tail(data_dir / 'stderr.txt')}")


def tail(path: Path, size: int = 2000) -> str:
    return path.read_text(errors="replace")[-size:] if path.exists() else ""


async def stop_bot(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()


async def drive(
    server: SandboxServer,
    watch: ReplyWatch,
    script: tuple[Step, ...],
    users: int,
    warmup: float,
    seconds: float,
) -> tuple[Results, float, float]:
    """Runs the users; returns their results and the measured window (perf_counter stamps)."""
    results = Results()
    begin = time.perf_counter()
    window = (begin + warmup, begin + warmup + seconds)
    connector = aiohttp.TCPConnector(limit=users + 8)
    async with aiohttp.ClientSession(connector=connector) as session:
        client = SandboxClient(server.base_url, session=session)
        tasks = [
            asyncio.create_task(user_loop(client, watch, 100_000 + n, script, window[1], results))
            for n in range(users)
        ]
        await asyncio.gather(*tasks)
    return results, *window


async def run_variant(
    variant: Variant, users: int, env: Environment, args: argparse.Namespace, profile: Path | None = None
) -> Outcome:
    server = SandboxServer(token=TOKEN, port=0, flood_limits=FloodLimits(enabled=False))
    await server.start()
    watch = ReplyWatch(server)
    process = None
    try:
        process = await start_bot(variant, server, env, profile)
        script = ECHO_SCRIPT if variant.bot.startswith("echo") else PROJECT_SCRIPT
        meter = CpuMeter(process.pid, env.postgres_pid() if variant.database == "postgres" else None)
        meter_task = asyncio.create_task(_meter_window(meter, args.warmup, args.seconds))
        results, start, end = await drive(server, watch, script, users, args.warmup, args.seconds)
        cpu = await meter_task
    finally:
        if process is not None:
            await stop_bot(process)
        await server.stop()
    latencies = results.in_window(start, end)
    total_steps = len(results.steps) or 1
    return Outcome(
        variant,
        users,
        len(latencies),
        end - start,
        latencies,
        results.timeouts,
        results.errors,
        sum(watch.calls.values()) / total_steps,
        sum(watch.refused.values()),
        cpu,
    )


async def _meter_window(meter: CpuMeter, warmup: float, seconds: float) -> tuple[float, ...]:
    await asyncio.sleep(warmup)
    meter.begin()
    await asyncio.sleep(seconds)
    return meter.percent(seconds)


# ---------------------------------------------------------------------------------------------- report


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile; NaN when nothing completed."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def verdict(outcome: Outcome, baseline: Outcome | None) -> tuple[str, str]:
    if baseline is None or outcome.variant.key == "echo" or baseline.rate == 0:
        return "1.00" if outcome.variant.key == "echo" else "-", ""
    ratio = outcome.rate / baseline.rate
    if outcome.variant.informational:
        return f"{ratio:.2f}", "(info)"
    return f"{ratio:.2f}", "PASS" if ratio >= TARGET_RATIO and not outcome.timeouts else "FAIL"


def print_table(outcomes: list[Outcome], args: argparse.Namespace, load: tuple[float, float]) -> None:
    baselines = {o.users: o for o in outcomes if o.variant.key == "echo"}
    print(
        f"\nText-only flows, simulated users without think time, {args.seconds:g} s measured after"
        f" {args.warmup:g} s warm-up; {os.cpu_count()} CPUs, load average {load[0]:.2f} before,"
        f" {load[1]:.2f} after"
    )
    header = (
        f"{'variant':<36} {'users':>5} {'updates/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'ratio':>6}"
        f" {'verdict':>7} {'calls/upd':>9} {'CPU bot/harness/PG/other %':>27} {'failed':>6}"
    )
    print(header)
    print("-" * len(header))
    for o in outcomes:
        ratio, mark = verdict(o, baselines.get(o.users))
        cpu = "/".join(f"{value:.0f}" for value in o.cpu)
        failed = o.timeouts + sum(o.errors.values()) + o.refused
        print(
            f"{o.variant.label:<36} {o.users:5d} {o.rate:9.1f} {percentile(o.latencies, 50):8.1f}"
            f" {percentile(o.latencies, 95):8.1f} {ratio:>6} {mark:>7} {o.calls_per_step:9.2f} {cpu:>27}"
            f" {failed:6d}"
        )
    print(
        f"\ntarget: each project variant at least {TARGET_RATIO:.0%} of the echo baseline's updates/s with as"
        " many users"
        f" (best of {args.rounds} round(s) each). calls/upd: Bot API calls per user step besides getUpdates."
        "\nCPU: % of one core during the window; 'other' is everything else running on the machine."
        + ("\n(smoke run: far too short to judge the target)" if args.smoke else "")
    )
    for o in outcomes:
        for error, count in o.errors.items():
            print(f"  {o.variant.label}: {count} user(s) stopped by {error}")
        if o.timeouts:
            print(f"  {o.variant.label}: {o.timeouts} user(s) got no reply within {STEP_TIMEOUT:g} s")


def print_rounds(rounds: dict[tuple[int, str], list[Outcome]]) -> None:
    """Every round's throughput, so a round disturbed by other work on the machine is visible."""
    print("\nupdates/s by round (CPU % of other processes on the machine):")
    for outcomes in rounds.values():
        figures = ", ".join(f"{o.rate:.0f} ({o.cpu[3]:.0f})" for o in outcomes)
        print(f"  {outcomes[0].variant.label:<36} {outcomes[0].users:5d} users: {figures}")


# --------------------------------------------------------------------------------------------- profile


PROFILE_GROUPS = (
    ("waiting for I/O (epoll)", ("select.epoll", "method 'poll'", "selectors.py")),
    # httpcore 1.0.9 runs `import sniffio` on every lock it creates; with sniffio absent the failed import
    # searches sys.path each time (encode/httpcore#1103).
    ("importlib (failed imports)", ("<frozen importlib", "posix.stat", "_distutils_hack", "__editable__")),
    ("socket send/recv", ("_socket.socket",)),
    ("thread hand-offs", ("_queue.SimpleQueue", "threading.py", "concurrent/futures")),
    ("tortoise ORM", ("tortoise/",)),
    ("asyncpg driver", ("asyncpg/",)),
    ("aiosqlite / sqlite3", ("aiosqlite/", "sqlite3")),
    ("PTB (telegram/)", ("telegram/",)),
    ("httpx / httpcore", ("httpx/", "httpcore/", "h11/", "anyio/")),
    ("logging + json", ("logging/", "json/", "foundation/logs.py")),
    ("project code", ("/bot/", "/handlers/", "/cases/", "/models/")),
    ("asyncio", ("asyncio/",)),
    ("aiohttp (Bot API client, HTTP server)", ("aiohttp/",)),
)


def profile_groups(path: Path) -> list[tuple[str, float]]:
    """Own time (tottime) of every function, summed by the library it belongs to."""
    stats = pstats.Stats(str(path)).stats  # type: ignore[attr-defined]
    totals: Counter[str] = Counter()
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.items():
        where = f"{filename} {name}"
        group = next((g for g, needles in PROFILE_GROUPS if any(n in where for n in needles)), "other")
        totals[group] += tottime
    return totals.most_common()


def print_profile(path: Path, label: str, top: int = 18) -> None:
    groups = profile_groups(path)
    busy = sum(seconds for group, seconds in groups if not group.startswith("waiting"))
    print(f"\ncProfile of the bot process, {label} (own time by library; shares of the busy time):")
    for group, seconds in groups:
        share = "" if group.startswith("waiting") else f"{100 * seconds / busy:5.1f} %"
        print(f"  {group:<28} {seconds:7.2f} s {share}")
    print(f"\ntop {top} functions by own time:")
    stats = pstats.Stats(str(path))
    stats.sort_stats("tottime").print_stats(top)


# ------------------------------------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--users", help="simulated users, or several levels comma-separated (default 10,50; smoke 4)"
    )
    parser.add_argument("--seconds", type=float, help="measured seconds per variant (default 15; smoke 3)")
    parser.add_argument("--warmup", type=float, help="unmeasured seconds first (default 5; smoke 1)")
    parser.add_argument(
        "--rounds", type=int, help="runs of every variant, interleaved; best kept (default 2)"
    )
    parser.add_argument("--smoke", action="store_true", help="tiny run to prove the benchmark works")
    parser.add_argument(
        "--variants",
        default="echo,echo-aiohttp,sqlite,postgres",
        help=f"comma-separated, from {', '.join(VARIANTS)} (default: echo,echo-aiohttp,sqlite,postgres)",
    )
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server (any database on it) to create the project's databases in, instead of a"
        " temporary server; its user needs CREATEDB",
    )
    parser.add_argument(
        "--profile",
        nargs="?",
        const="sqlite,postgres",
        default="",
        help="then run these variants again under cProfile (default when given: sqlite,postgres)",
    )
    args = parser.parse_args(argv)
    args.users = [int(level) for level in (args.users or ("4" if args.smoke else "10,50")).split(",")]
    args.seconds = args.seconds or (3.0 if args.smoke else 15.0)
    args.rounds = args.rounds or (1 if args.smoke else 2)
    args.warmup = args.warmup if args.warmup is not None else (1.0 if args.smoke else 5.0)
    args.variants = variants(args.variants)
    args.profile = variants(args.profile)
    return args


def variants(keys: str) -> list[Variant]:
    return [VARIANTS[key.strip()] for key in keys.split(",") if key.strip()]


async def benchmark(args: argparse.Namespace, tmp: Path) -> int:
    env = Environment(tmp, database_url=args.database_url)
    load_before = os.getloadavg()[0]
    rounds: dict[tuple[int, str], list[Outcome]] = {
        (users, variant.key): [] for users in args.users for variant in args.variants
    }
    try:
        for number in range(1, args.rounds + 1):
            for users in args.users:
                for variant in args.variants:
                    print(f"round {number}/{args.rounds}: {variant.label}, {users} users ...", flush=True)
                    rounds[users, variant.key].append(await run_variant(variant, users, env, args))
        best = [max(outcomes, key=lambda o: o.rate) for outcomes in rounds.values()]
        print_table(best, args, (load_before, os.getloadavg()[0]))
        if args.rounds > 1:
            print_rounds(rounds)
        for variant in args.profile:
            await profile_variant(variant, args, env)
    finally:
        await env.close()
    return 1 if any(o.completed == 0 for o in best) else 0


async def profile_variant(variant: Variant, args: argparse.Namespace, env: Environment) -> None:
    """A variant again under cProfile (which slows it down, so this run's figures are not reported).

    cProfile sees the bot's main thread only: time aiosqlite spends in its worker thread shows up as
    waiting."""
    path = env.tmp / f"{variant.key}.prof"
    users = args.users[-1]
    print(f"\nprofiling {variant.label} with {users} users for {args.seconds:g} s ...", flush=True)
    await run_variant(variant, users, env, args, profile=path)
    print_profile(path, variant.label)
    keep = os.environ.get("LOAD_BENCH_PROFILE_DIR")  # to study the profile after the run
    if keep:
        import shutil

        shutil.copy(path, Path(keep) / path.name)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_bot"]:
        return bot_main(argv[1:])
    args = parse_args(argv)
    keep = os.environ.get("LOAD_BENCH_KEEP_DIR")  # keep the runs' logs and databases to study them
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        return asyncio.run(benchmark(args, Path(keep)))
    with tempfile.TemporaryDirectory(prefix="load-bench-") as tmp:
        return asyncio.run(benchmark(args, Path(tmp)))


if __name__ == "__main__":
    sys.exit(main())
