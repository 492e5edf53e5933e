"""``python -m pipeline.job <stage> ...``: run one Snakemake job's stage, from a warm Python when there is one.

Every job used to start a new Python that imports pandas, and spaCy, scikit-learn or matplotlib: 0.5 to
1.5 s before any work. A full run hardly notices; a rerun after adding one workshop is a chain of nine
small jobs whose time is mostly that start-up (issue 9). So ``python -m pipeline run`` starts a *warm
server* first: one Python that imports the libraries once and then, for each job, forks a child that runs
the stage with the job's arguments, working folder, environment and standard streams (so its log), and
hands the child's exit status back. Each job is still a process of its own, forked from the same clean
state (the server never runs a stage itself), so one job cannot leak into the next; the pattern is that
of multiprocessing's forkserver and Rails' Spring preloader, and the server lives only as long as the run.

Without a server (plain ``snakemake``, a cluster job, ``python -m pipeline run --cold``, a server that
cannot be reached) the job runs the stage in this Python, exactly as ``python -m pipeline.<stage>``.

This module imports nothing heavy: the client's start-up is what the warm server saves.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import selectors
import signal
import socket
import sys
import sysconfig
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

STAGES = (
    "ingest",
    "anonymity",
    "train",
    "code",
    "summarise",
    "figures",
    "report",
    "double_coding",
    "audit",
    "estimates",
    "refi",
    "review",
)
ADDRESS_VARIABLE = "PIPELINE_WARM"  # the server's socket, set by ``python -m pipeline run`` for its jobs
# what the stages import, at module level or when they work; a library that is not installed is skipped.
# A "module:function" is called with the study's spaCy model (see preload_one).
PRELOAD_TRANSCRIPTS = ("spacy", "pipeline.ingest", "pipeline.ingest:load_nlp")  # the ingest's
PRELOAD_GATE = ("spacy", "pipeline.anonymity", "pipeline.anonymity:load_ner")  # the scans' and the gates'
PRELOAD_MODEL = ("skops.io", "sklearn.calibration", "sklearn.linear_model", "sklearn.pipeline", "sklearn.preprocessing")
PRELOAD_REST = (
    "openpyxl",
    "matplotlib.pyplot",
    "jinja2",
    "scipy.stats",  # the estimates' intervals, with statsmodels' and ppi-python's
    "statsmodels.stats.proportion",
    "ppi_py",
    *(f"pipeline.{stage}" for stage in STAGES if stage not in ("ingest", "anonymity")),
)
# seconds a server waits for the next run's jobs before it stops; 0: it stops with its run (the tests' setting)
IDLE_VARIABLE = "PIPELINE_WARM_IDLE"
IDLE_DEFAULT = 600.0
REQUEST_LIMIT = 1 << 24  # bytes: a job's arguments and environment, with room for thousands of file names


def preload_order(study: Path) -> list[str]:
    """What the server imports, in the order this run's first jobs need it.

    A run that builds the segments starts with the ingest, then the scans, then training. A rerun whose
    segments are built (an override, a coder's file, a memo) starts with the study-files gate, about 1.6 s
    after the server starts: spaCy's NER first (1.8 s with spaCy), then what the chain after it imports
    (openpyxl, matplotlib, Jinja), and scikit-learn (1.6 s), which only the review queue needs when the
    model is unchanged, and the ingest's sentence splitter last. A wrong guess costs only time: a job whose
    library is not loaded yet loads it itself."""
    built = (study / "data" / "processed" / "segments.parquet").exists()
    order: tuple[tuple[str, ...], ...] = (PRELOAD_GATE, PRELOAD_REST, PRELOAD_MODEL, PRELOAD_TRANSCRIPTS)
    if not built:
        order = (PRELOAD_TRANSCRIPTS, PRELOAD_GATE, PRELOAD_MODEL, PRELOAD_REST)
    return list(dict.fromkeys(["pandas", "pyarrow.parquet", *(name for group in order for name in group)]))


def idle_seconds() -> float:
    """How long a server waits for the next run (``PIPELINE_WARM_IDLE``, in seconds; 0 for none)."""
    value = os.environ.get(IDLE_VARIABLE, "").strip()
    try:
        return max(float(value), 0.0) if value else IDLE_DEFAULT
    except ValueError:
        return IDLE_DEFAULT


def server_key(project: Path, spacy_model: str) -> str:
    """What a kept server's preloaded state was made from: this Python, the pipeline's own files (their sizes and
    times: an edited stage makes a new server), the installed packages (the folder changes when one is added,
    removed or upgraded), the study and its spaCy pipeline. A server is reused only under the same key."""
    digest = hashlib.sha256()
    for part in (sys.executable, sys.version, str(project.resolve()), spacy_model):
        digest.update(part.encode("utf-8") + b"\0")
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}\0".encode())
    for folder in sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}):
        with contextlib.suppress(OSError):
            digest.update(f"{folder}:{os.stat(folder).st_mtime_ns}\0".encode())
    return digest.hexdigest()[:24]


def kept_address(key: str) -> Path | None:
    """Where the server kept under ``key`` listens: in a folder of this user's alone (mode 700), or None
    where that folder cannot be made or is someone else's."""
    folder = Path(tempfile.gettempdir()) / f"pipeline-warm-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        stat = folder.lstat()
    except OSError:
        return None
    if stat.st_uid != os.getuid() or stat.st_mode & 0o077 or not folder.is_dir() or folder.is_symlink():
        return None
    return folder / f"{key}.sock"


def pid_file(address: Path) -> Path:
    """Where a kept server at ``address`` writes its process id, for the runs it serves to name."""
    return address.with_suffix(".pid")


def answers(address: Path) -> bool:
    """Whether a server listens at ``address`` (a probe: it connects and hangs up, which the server ignores)."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(address))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def fork_is_safe() -> bool:
    """Whether a process may fork after importing the libraries: Linux only. macOS's system libraries are
    not safe to use in a forked child (which is why Python's multiprocessing does not fork there), and
    Windows cannot fork."""
    return sys.platform.startswith("linux")


def status_of(stop: SystemExit) -> int:
    """The exit status ``stop`` gives, as the interpreter would (a message is printed and gives 1)."""
    if isinstance(stop.code, str):
        print(stop.code, file=sys.stderr)
    return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)


def exit_now(status: int) -> None:
    """Flush the standard streams and exit with ``status`` without tearing down the interpreter."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def run_cold(stage: str, args: Sequence[str]) -> None:
    """The stage in this Python, as ``python -m pipeline.<stage> args`` would run it: its ``main`` under
    ``run_stage``, which is all every stage's ``__main__`` block does.

    The stage's module is imported, not run again as ``__main__`` (``runpy``): a second copy of the module
    would start with empty caches, so a job forked from the warm server loaded spaCy's NER again although the
    server had preloaded it (1 s of the study-files gate's 1.1 s, measured in a rerun after one override)."""
    from pipeline.errors import run_stage

    sys.argv = [f"pipeline.{stage}", *args]
    module = importlib.import_module(f"pipeline.{stage}")
    raise SystemExit(run_stage(module.main, list(args)))


def run_warm(address: str, stage: str, args: Sequence[str]) -> int | None:
    """Ask the warm server to run the stage with this process's streams; its exit status, or None when
    no server answers (the caller then runs the stage itself)."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.connect(address)
    except OSError:
        client.close()
        return None
    request = json.dumps({"stage": stage, "args": list(args), "cwd": os.getcwd(), "env": dict(os.environ)})
    payload = request.encode("utf-8")
    with client:
        socket.send_fds(client, [len(payload).to_bytes(8, "big") + payload], [0, 1, 2])
        status = b""
        while len(status) < 4:
            try:
                chunk = client.recv(4 - len(status))
            except OSError:
                chunk = b""
            if not chunk:
                # the server stopped while the job ran: its child may have been stopped with it
                print(f"error: the warm server stopped during the {stage} job; run the workflow again", file=sys.stderr)
                return 1
            status += chunk
    return int.from_bytes(status, "big", signed=True)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in STAGES:
        print(f"usage: python -m pipeline.job <stage> [arguments]; stages: {', '.join(STAGES)}", file=sys.stderr)
        return 2
    stage, args = argv[0], argv[1:]
    address = os.environ.get(ADDRESS_VARIABLE)
    if address:
        status = run_warm(address, stage, args)
        if status is not None:
            return status
    run_cold(stage, args)
    return 0


SNAKEMAKE_THEN_EXIT = "from pipeline.job import snakemake_then_exit; snakemake_then_exit()"


def snakemake_then_exit() -> None:
    """Snakemake's command line (``python -c SNAKEMAKE_THEN_EXIT <snakemake> args...``), then exit at once
    with its status.

    After the last job, Snakemake's job-rate limiter (``--max-jobs-per-timespan``, 100/1s) leaves a
    one-second ``threading.Timer`` that the interpreter waits for at exit: 1.3 s of every run, 10% of a
    rerun after adding a workshop (found with ``py-spy dump``). By then the workflow is done, its log
    written and its lock released, and the timer would only release a semaphore nobody waits on.
    """
    from snakemake.cli import main as snakemake_main

    sys.argv = sys.argv[1:]  # Snakemake sees its own path as argv[0], as when started directly
    try:
        snakemake_main()
        status = 0
    except SystemExit as stop:
        status = status_of(stop)
    exit_now(status)


# ---- the server -------------------------------------------------------------------------------------


def preload_one(name: str, log: Path) -> None:
    """Import a module; for ``module:function``, call the function with the study's spaCy model (from
    ``config/config.yaml`` in the server's folder, the study's). The ingest and the scan cache the
    pipeline they load, so a forked job finds it loaded: 0.4 to 0.5 s a job."""
    module, _, function = name.partition(":")
    try:
        loaded = importlib.import_module(module)
        if function:
            from pipeline.config import load_config

            getattr(loaded, function)(load_config(Path("config/config.yaml"))["spacy_model"])
    except Exception as error:  # a job that needs what failed here loads it itself, or fails alike
        note(log, f"not preloaded: {name} ({type(error).__name__}: {error})")


def note(log: Path, line: str) -> None:
    with log.open("a", encoding="utf-8") as handle:
        now = time.time()
        handle.write(f"{time.strftime('%H:%M:%S', time.localtime(now))}.{int(now % 1 * 1000):03d} {line}\n")


def receive(connection: socket.socket) -> tuple[dict[str, object], list[int]] | None:
    """A job's request: its stage, arguments, folder and environment, and its three standard streams; None
    for a probe (a run asking whether the server is there: it hangs up without a word)."""
    message, fds, _, _ = socket.recv_fds(connection, 65536, 3)
    if not message and not fds:
        return None
    if len(fds) != 3:
        raise ValueError(f"a request with {len(fds)} streams instead of 3")
    received = bytearray(message)
    while len(received) < 8:
        chunk = connection.recv(8 - len(received))
        if not chunk:
            raise ConnectionError("the job hung up before its request was read")
        received += chunk
    size = int.from_bytes(received[:8], "big")
    if size > REQUEST_LIMIT:
        raise ValueError(f"request of {size} bytes")
    payload = received[8:]
    while len(payload) < size:
        chunk = connection.recv(min(1 << 20, size - len(payload)))
        if not chunk:
            raise ConnectionError("the job hung up before its request was read")
        payload += chunk
    return json.loads(payload.decode("utf-8")), list(fds)


def child(request: dict[str, object], fds: Sequence[int], connection: socket.socket) -> None:
    """In the forked child: become the job (folder, environment, streams, arguments), run the stage, hand
    its exit status to the job, exit.

    The child answers the job itself: the server answers only when it reaps the child, and while it imports
    a library (up to a second) it reaps nothing, so two jobs of a rerun had waited 1.7 s after finishing.
    The server still answers for a child that could not (one stopped by a signal); the job reads the first
    answer."""
    status = 1
    try:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
            signal.signal(signum, signal.SIG_DFL)
        os.chdir(str(request["cwd"]))
        env = request["env"]
        assert isinstance(env, dict)
        os.environ.clear()
        os.environ.update({str(key): str(value) for key, value in env.items()})
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        args = request["args"]
        assert isinstance(args, list)
        run_cold(str(request["stage"]), [str(arg) for arg in args])
        status = 0
    except SystemExit as stop:
        status = status_of(stop)
    except BaseException:  # a bug in a stage: its traceback goes to the job's log, as in a cold run
        import traceback

        traceback.print_exc()
        status = 1
    finally:
        # the work is done: the job may hang up as soon as it has the answer, which the server takes for a
        # stopped job and answers with SIGTERM, so that signal is ignored and the streams flushed first
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        with contextlib.suppress(OSError):
            connection.sendall(status.to_bytes(4, "big", signed=True))
        exit_now(status)


def exit_status(wait_status: int) -> int:
    if os.WIFSIGNALED(wait_status):
        return 128 + os.WTERMSIG(wait_status)
    return os.WEXITSTATUS(wait_status)


def serve(address: Path, log: Path, parent: int, idle: float = 0.0) -> None:
    """Preload, then fork a child per job until the parent (``python -m pipeline run``) is gone; or, kept
    between runs (``parent`` 0), until no job has come for ``idle`` seconds.

    One thread only: a fork copies the calling thread alone, so a server with other threads could hand a
    child a lock that no one will release. Jobs' connections and children are watched in one loop.
    """
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    address.unlink(missing_ok=True)  # a socket left by a server that was killed: no one answers there
    listener.bind(str(address))
    listener.listen(64)
    bound = address.stat().st_ino  # a newer server may take the address; this one then leaves it alone
    if not parent:  # a kept server says who it is, for the runs it serves to name (and a researcher to stop)
        pid_file(address).write_text(f"{os.getpid()}\n", encoding="utf-8")
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    running: dict[int, tuple[socket.socket, str, float]] = {}
    by_connection: dict[socket.socket, int] = {}
    stopping = False

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    kept = f", kept until no job has come for {idle:.0f} s (pid {os.getpid()})" if not parent else ""
    note(log, f"listening at {address}{kept}")
    # the libraries are imported one at a time between jobs, in the order the chain of stages needs them
    to_preload = preload_order(Path.cwd())
    last = time.monotonic()
    while not stopping and (os.getppid() == parent if parent else time.monotonic() - last < idle or running):
        if to_preload:
            preload_one(to_preload.pop(0), log)
            if not to_preload:
                note(log, "preloaded")
        # a job answers its client itself; the server wakes every 0.05 s to reap it, or every second when idle
        for key, _ in selector.select(timeout=0 if to_preload else 0.05 if running else 1.0):
            if key.fileobj is listener:
                connection, _ = listener.accept()
                last = time.monotonic()
                try:
                    received = receive(connection)
                except (OSError, ValueError, UnicodeDecodeError) as error:
                    note(log, f"refused a job: {error}")
                    connection.close()
                    continue
                if received is None:  # a run's probe
                    connection.close()
                    continue
                request, fds = received
                pid = os.fork()
                if pid == 0:
                    # the child keeps only its streams and its job's connection: no other job's, so a job
                    # whose server stopped is not kept waiting by another job's child
                    for other in (listener, *by_connection):
                        other.close()
                    selector.close()
                    child(request, fds, connection)
                for fd in fds:
                    os.close(fd)
                running[pid] = (connection, str(request["stage"]), time.monotonic())
                note(log, f"{request['stage']}: started")
                by_connection[connection] = pid
                selector.register(connection, selectors.EVENT_READ)
            else:
                # a job's connection is readable only when the job is gone (Snakemake stopped it): stop its child
                gone = key.fileobj
                assert isinstance(gone, socket.socket)
                selector.unregister(gone)
                os.kill(by_connection.pop(gone), signal.SIGTERM)
        while running:
            pid, wait_status, usage = os.wait4(-1, os.WNOHANG)
            if pid == 0:
                break
            connection, stage, started = running.pop(pid)
            last = time.monotonic()
            status = exit_status(wait_status)
            # the child's own peak resident memory, which counts the preloaded libraries it shares with the
            # server; Snakemake's benchmark files see only the job's client, so --cold is for measuring memory
            peak = usage.ru_maxrss / 1024
            note(log, f"{stage}: exit {status} in {time.monotonic() - started:.1f} s, peak {peak:.0f} MB")
            if by_connection.pop(connection, None) is not None:
                selector.unregister(connection)
                with contextlib.suppress(OSError):
                    connection.sendall(status.to_bytes(4, "big", signed=True))
            connection.close()
    for pid in running:
        os.kill(pid, signal.SIGTERM)
    listener.close()
    if parent == 0 and not stopping:
        note(log, f"stopped: no job for {idle:.0f} s")
    with contextlib.suppress(OSError):
        if address.stat().st_ino == bound:
            address.unlink()
            pid_file(address).unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # the run's own temporary folder, if it was not removed already
        address.parent.rmdir()


def available() -> bool:
    """Whether a warm server can run here: where forking is safe, with Unix sockets that carry file
    descriptors."""
    return fork_is_safe() and hasattr(socket, "send_fds")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        if sys.argv[4] == "0" and os.fork() > 0:
            # a server kept between runs leaves its starter at once (which the run waits for) and carries on
            # as init's child: no process is left for the run to answer for
            os._exit(0)
        serve(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]) if sys.argv[5:] else 0.0)
        # the log is closed after each line: skip tearing down spaCy, scikit-learn and the rest, which
        # takes 0.6 s that the run would wait for
        exit_now(0)
    else:
        raise SystemExit(main())
