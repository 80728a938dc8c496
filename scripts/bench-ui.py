#!/usr/bin/env python3
"""The launch tables of scripts/bench-ui (run that, not this; it builds and passes the paths).

Every program is launched in an 80x24 tmux pane and timed from the launch until its marker
text is on screen, read by polling `capture-pane -p`. Two ways of doing that are printed:

1. Control client (the main table). One `tmux -C` client, started once, sends each
   `respawn-pane` and `capture-pane`, so no process is started per poll; the pane's shell
   is /bin/sh, each program gets its environment through `respawn-pane -e` and is exec'd
   by it. Per launch, what is measured is tmux starting the program and the program
   drawing, not the measuring itself (one tmux client process per poll took a CPU of
   this 2-CPU machine, and bash plus env added about 3 ms of their own).
2. One client per poll (the table of earlier notes, kept for comparison): a `tmux` process
   per `capture-pane`, the command run by the user's shell through `env`.

Programs are interleaved (every round launches each once, the order reversed every other
round) so that drift in the machine's load reaches all alike; round 0 is a warm-up. Each
program has its own HOME, so two verdict builds or variants never share caches. Ratios are
medians against dialog's, with a 95% bootstrap interval (2,000 resamples, fixed seed).
"""
import os
import random
import statistics
import subprocess
import sys
import time


def bootstrap_ratio(samples, baseline, rng):
    """95% interval of median(samples) / median(baseline), by resampling both."""
    ratios = sorted(
        statistics.median(rng.choices(samples, k=len(samples)))
        / statistics.median(rng.choices(baseline, k=len(baseline)))
        for _ in range(2000))
    return ratios[50], ratios[1949]


class ControlClient:
    """A tmux control-mode client: one command at a time, its output block back."""

    def __init__(self, socket):
        self.process = subprocess.Popen(
            ["tmux", "-L", socket, "-C", "attach"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self.buffer = b""
        self.read_block()  # the block that answers the attach itself
        self.command("refresh-client -f no-output")

    def line(self):
        while b"\n" not in self.buffer:
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                raise SystemExit("bench-ui: the tmux control client ended")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    def read_block(self):
        lines, inside = [], False
        while True:
            line = self.line()
            if line.startswith(b"%begin"):
                inside, lines = True, []
            elif inside and (line.startswith(b"%end") or line.startswith(b"%error")):
                return b"\n".join(lines).decode("utf-8", "replace")
            elif inside:
                lines.append(line)

    def command(self, text):
        self.process.stdin.write(text.encode() + b"\n")
        return self.read_block()

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


class Bench:
    def __init__(self, socket, home, runs):
        self.socket, self.home, self.runs = socket, home, runs
        self.rng = random.Random(20261203)

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True).stdout

    def program_home(self, name):
        path = os.path.join(self.home, name.replace(" ", "-").replace(",", ""))
        os.makedirs(path + "/state", exist_ok=True)
        return path

    # MARK: - Control client

    def start_server(self):
        subprocess.run(["env", "SHELL=/bin/sh", "tmux", "-L", self.socket, "-f", "/dev/null",
                        "new-session", "-d", "-x", "80", "-y", "24", "/bin/sh"], check=True)
        for option in (["status", "off"], ["remain-on-exit", "on"], ["window-size", "manual"]):
            self.tmux("set-option", "-g", *option)
        self.client = ControlClient(self.socket)

    def pane_pid(self):
        return self.client.command("display-message -p '#{pane_pid}'").strip()

    def blank_pane(self):
        """Replaces what runs in the pane with `sleep`, once the old program is gone."""
        previous = self.pane_pid()
        self.client.command('respawn-pane -k "clear; exec sleep 100"')
        deadline = time.perf_counter() + 10
        while previous and os.path.exists(f"/proc/{previous}") and time.perf_counter() < deadline:
            time.sleep(0.0005)
        while time.perf_counter() < deadline:
            try:
                if open(f"/proc/{self.pane_pid()}/comm").read().strip() == "sleep" \
                        and self.client.command("capture-pane -p").strip() == "":
                    return
            except OSError:
                pass
            time.sleep(0.0005)
        raise SystemExit("bench-ui: the pane did not settle")

    def wait_for(self, marker, timeout=10.0):
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if marker in self.client.command("capture-pane -p"):
                return time.perf_counter()
        raise SystemExit(f"bench-ui: {marker!r} never appeared; screen:\n" + self.client.command("capture-pane -p"))

    def launch(self, program, keys=None, until=None):
        """ms from respawn-pane until the marker (or `until`, after sending `keys`) shows."""
        name, argv, marker, before = program
        if before:
            before()
        self.blank_pane()
        home = self.program_home(name)
        environment = " ".join(f"-e {variable}" for variable in (
            f"HOME={home}", f"XDG_STATE_HOME={home}/state", "TERM=tmux-256color", "LANG=C.UTF-8"))
        command = "exec " + " ".join("'" + part.replace("'", "'\\''") + "'" for part in argv)
        start = time.perf_counter()
        self.client.command(f"respawn-pane -k {environment} {quoted(command)}")
        if keys:
            self.client.command(f"send-keys {keys}")
        end = self.wait_for(until or marker)
        return (end - start) * 1000

    def table(self, title, programs, measure, baseline_name="dialog --yesno"):
        times = {program[0]: [] for program in programs}
        for run in range(self.runs + 1):
            order = programs if run % 2 == 0 else programs[::-1]
            for program in order:
                ms = measure(program)
                if run > 0:
                    times[program[0]].append(ms)
        baseline = times.get(baseline_name)
        print(f"\n{title} (median of {self.runs} launches each)")
        print(f"{'program':<30}{'ms':>8}{'vs dialog':>11}{'95% interval':>18}")
        for name, _, _, _ in programs:
            ms = statistics.median(times[name])
            if baseline:
                ratio = ms / statistics.median(baseline)
                low, high = bootstrap_ratio(times[name], baseline, self.rng)
                print(f"{name:<30}{ms:>8.2f}{ratio:>10.2f}x{f'{low:.2f}-{high:.2f}':>18}")
            else:
                print(f"{name:<30}{ms:>8.2f}")
        return times

    # MARK: - One client per poll (earlier notes)

    def legacy_launch(self, program):
        name, argv, marker, before = program
        if before:
            before()
        home = self.program_home(name)
        previous = self.tmux("display-message", "-p", "#{pane_pid}").strip()
        self.tmux("respawn-pane", "-k", "sh -c 'clear; exec sleep 100'")
        deadline = time.perf_counter() + 10
        while previous and os.path.exists(f"/proc/{previous}") and time.perf_counter() < deadline:
            time.sleep(0.001)
        while self.tmux("capture-pane", "-p").strip() != "" and time.perf_counter() < deadline:
            pass
        command = f"env HOME={home} XDG_STATE_HOME={home}/state TERM=tmux-256color LANG=C.UTF-8 " \
            + " ".join("'" + part.replace("'", "'\\''") + "'" for part in argv)
        start = time.perf_counter()
        self.tmux("respawn-pane", "-k", command)
        while marker not in self.tmux("capture-pane", "-p"):
            if time.perf_counter() - start > 10:
                raise SystemExit(f"bench-ui: {marker!r} never appeared (legacy table)")
        return (time.perf_counter() - start) * 1000


def main():
    verdict, floor, questionary_python, home, socket, runs = sys.argv[1:7]
    runs = int(runs)
    bench = Bench(socket, home, runs)

    programs = [
        ("verdict", [verdict, "run", "--fresh"], "Enter start", None),
        # dialog draws its frame in many small writes, the message last; whiptail's buttons
        # and message arrive in its last write.
        ("dialog --yesno", ["dialog", "--yesno", "Verdict bench marker", "7", "40"], "Verdict bench marker", None),
        ("whiptail --yesno", ["whiptail", "--yesno", "Verdict bench marker", "8", "40"], "<No>", None),
    ]
    if floor:
        programs.append(("swift floor", [floor], "bench marker", None))
    if questionary_python:
        programs.append(("python questionary", [questionary_python, "-c",
                         "import questionary; questionary.confirm('Verdict bench marker').ask()"], "(Y/n)", None))
    present = []
    for program in programs:
        if not program[1][0].startswith("/") and subprocess.run(
                ["sh", "-c", f"command -v {program[1][0]}"], capture_output=True).returncode != 0:
            print(f"(skipped {program[0]}: not installed)")
            continue
        present.append(program)

    bench.start_server()
    try:
        # Round 0 of each table warms the page cache and writes verdict's caches, as any
        # earlier run on a user's machine would have.
        bench.table("Launch to first full frame, tmux 80x24, control client", present, bench.launch)
        quick = [program for program in present if program[0] != "python questionary"]
        bench.table("Launch to first full frame, tmux 80x24, one tmux client per poll (earlier notes)",
                    quick, bench.legacy_launch)
        # Launch to ready: Enter sent right after the launch, timed until the first
        # question is up (the session built, the key read and handled, the frame drawn).
        ready = [program for program in present if program[0].startswith("verdict")]
        bench.table("Launch to the first question, Enter pressed at once (verdict only)", ready,
                    lambda program: bench.launch(program, keys="Enter", until="Question 1 of"),
                    baseline_name="")
        # Keypress to screen: Down then Up on the first question, until the screen changes.
        bench.blank_pane()
        verdict_home = bench.program_home("verdict")
        bench.client.command(
            f"respawn-pane -k -e HOME={verdict_home} -e XDG_STATE_HOME={verdict_home}/state-keys "
            f"-e TERM=tmux-256color -e LANG=C.UTF-8 {quoted('exec ' + verdict + ' run --fresh')}")
        bench.wait_for("Enter start")
        bench.client.command("send-keys Enter")
        bench.wait_for("Question 1 of")
        before = bench.client.command("capture-pane -p")
        latencies = []
        for index in range(runs * 2):
            bench.client.command("send-keys " + ("Down" if index % 2 == 0 else "Up"))
            start = time.perf_counter()
            while True:
                after = bench.client.command("capture-pane -p")
                if after != before:
                    break
            latencies.append((time.perf_counter() - start) * 1000)
            before = after
        bench.client.command("send-keys C-c")
        print(f"\nKeypress to screen change in verdict (median of {len(latencies)}): "
              f"{statistics.median(latencies):.2f} ms (one send-keys and the polls of one control client)")
    finally:
        bench.client.close()


if __name__ == "__main__":
    main()
