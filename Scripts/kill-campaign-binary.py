#!/usr/bin/env python3
"""Kill campaign through the binary: `ally play --plain` on a pty (or the trainer in tmux), SIGKILLed at random moments.

    Scripts/kill-campaign-binary.py [KILLS] [--ally PATH] [--seed N] [--trainer]

With --trainer, the full-screen trainer is driven the same way in a private tmux server at 80x24:
keys through send-keys, its screen through capture-pane (the feedback screen, shown only once a
decision is committed, is the acknowledgement), Resume from the menu after each kill.

Plays the end-to-end fixture scenario (Tests/AllyEndToEndTests/Fixtures/good/desk-en.yaml) with
random answers, on a pseudo-terminal as a trainee would (echo off, so that only the program's own
words come back). Any output after an answer is its acknowledgement: the program prints feedback
only once the decision is committed. Each run is SIGKILLed, at random, at once after the start,
during start-up (0-50 ms), 0-2 ms after an answer, or idle at a prompt; some runs are left to
finish. After every run the store must pass `integrity_check` and `foreign_key_check`, hold every
acknowledged decision at its position with its content, and a finished play must have its result
(at the latest after the next start); a resumed play must say the right decision number and ask
the right question. Prints one line of figures; exits 1 when anything was lost, stuck or wrong.
"""
import argparse
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import termios
import time

import yaml  # PyYAML, a test prerequisite (README)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "Tests/AllyEndToEndTests/Fixtures/good")
TRAINEE = "kill-campaign"
IDENTIFY, STRATEGY, REPLY = "What type of customer is this?", "Which strategy makes this customer an ally?", "How do you reply?"
TYPES = ["ally", "tolerant", "patient", "incompetent", "victim", "hostage", "intolerant", "anarchist", "terrorist"]
FAMILIES = ["keep-and-leverage", "inform-and-involve", "guide-and-support", "harness-negative-energy", "part-ways"]
# Replies are shown in an order of the attempt's own (seeded); the store keeps the index in the
# file. A reply's words tell which it is.
with open(os.path.join(CONTENT, "desk-en.yaml"), encoding="utf-8") as f:
    REPLY_INDEX = {c["text"]: i for step in yaml.safe_load(f)["steps"].values() for i, c in enumerate(step["choices"])}

# desk-en: the first step asks the type and the strategy; every step offers two replies.
# Where each reply leads: step -> [next for reply 1, next for reply 2]; None is an ending.
GRAPH = {"waiting": ["needs", "needs"], "needs": ["check", None], "check": [None, None]}


def question(decisions):
    """The question a play with these decisions asks next, or None when it is over."""
    if len(decisions) == 0:
        return IDENTIFY
    if len(decisions) == 1:
        return STRATEGY
    step = "waiting"
    for d in decisions[2:]:
        step = GRAPH[step][d["reply"]["_0"]]
        if step is None:
            return None
    return REPLY


def last_question(text):
    """Which of the three questions was asked last in `text`."""
    places = {q: text.rfind(q) for q in (IDENTIFY, STRATEGY, REPLY)}
    asked = max(places, key=places.get)
    return asked if places[asked] >= 0 else None


def shown_replies(text):
    """The replies offered at the last "How do you reply?", in the order shown."""
    lines = text[text.rfind(REPLY):].splitlines()[1:]
    return [line.split(". ", 1)[1] for line in lines if line.startswith("  ") and ". " in line]


class Run:
    """One start of `ally play --plain` on a pty."""

    def __init__(self, ally, store):
        master, slave = os.openpty()
        attributes = termios.tcgetattr(slave)
        attributes[3] &= ~termios.ECHO  # only the program's words come back
        termios.tcsetattr(slave, termios.TCSANOW, attributes)
        self.master = master
        self.process = subprocess.Popen(
            [ally, "play", "--plain", "--content", CONTENT, "--scenario", "desk-en", "--lang", "en",
             "--store", store, "--trainee", TRAINEE],
            stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
            env={**os.environ, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"})
        os.close(slave)
        self.output = ""
        self.killed = False

    def read(self, timeout):
        """Reads what is there within `timeout` seconds; False once the program is gone."""
        if self.master is None:
            return False
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.output += data.decode("utf-8", "replace")
        return True

    def wait_for_prompt(self, since=0, limit=20):
        """Reads until the program, after what it wrote up to `since`, waits for an answer ("> ")
        or ends; True when it waits."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if len(self.output) > since and self.output.endswith("> "):
                return True
            if not self.read(0.05) and self.process.poll() is not None:
                return False
        raise RuntimeError("no prompt within %d s; output:\n%s" % (limit, self.output[-2000:]))

    def answer(self, text):
        mark = len(self.output)
        os.write(self.master, (text + "\n").encode())
        return mark

    def kill(self):
        if self.process.poll() is None:
            self.killed = True
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        self.close()

    def close(self):
        if self.master is None:
            return
        while self.read(0) and self.process.poll() is None:
            pass
        while self.read(0.01):
            if not select.select([self.master], [], [], 0)[0]:
                break
        os.close(self.master)
        self.master = None


def stored(store):
    """The latest attempt: (id, decisions, has a result), and the store's integrity."""
    db = sqlite3.connect(store, timeout=30)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'attempt'").fetchone() is None:
            return integrity, foreign, []  # killed before the schema was made
        rows = db.execute(
            "SELECT attempt.id, result.attemptID FROM attempt JOIN trainee ON trainee.id = attempt.traineeID "
            "LEFT JOIN result ON result.attemptID = attempt.id WHERE trainee.name = ? ORDER BY attempt.id", (TRAINEE,)).fetchall()
        attempts = []
        for attempt, result in rows:
            events = [json.loads(e)["decision"] for (e,) in
                      db.execute("SELECT event FROM decision WHERE attemptID = ? ORDER BY seq", (attempt,))]
            attempts.append((attempt, events, result is not None))
        return integrity, foreign, attempts
    finally:
        db.close()


def check(store, acknowledged, figures, problems):
    """After a run: the store is sound, holds every acknowledged decision at its position with its
    content in the attempt played, and a play that ended has its result (by the next start)."""
    integrity, foreign, attempts = stored(store)
    if integrity != "ok" or foreign:
        figures["damaged"] += 1
        problems.append("store: integrity %s, foreign keys %s" % (integrity, foreign))
    if not attempts:
        return
    played = attempts[-1][1]
    if played[:len(acknowledged)] != acknowledged:
        figures["lost"] += 1
        problems.append("attempt %d: acknowledged %s; the store has %s" % (attempts[-1][0], acknowledged, played))
    for attempt, events, has_result in attempts[:-1]:
        if question(events) is None and not has_result:
            figures["stuck"] += 1
            problems.append("attempt %d ended with no result: %s" % (attempt, events))


def report(front, seed, figures, problems):
    """Prints the figures and the first problems; exits 1 when anything was lost, stuck or wrong."""
    print("kill campaign (binary, %s, seed %d): %d kills in %d runs, %d acknowledged decisions, %d lost, "
          "%d stuck, %d of %d resumes right, %d finished, %d damaged stores"
          % (front, seed, figures["kills"], figures["runs"], figures["acknowledged"], figures["lost"], figures["stuck"],
             figures["resumes"] - figures["resume_wrong"], figures["resumes"], figures["finished"], figures["damaged"]))
    for problem in problems[:10]:
        print("  " + problem.replace("\n", "\n  "))
    bad = figures["lost"] or figures["stuck"] or figures["resume_wrong"] or figures["damaged"]
    sys.exit(1 if bad else 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kills", nargs="?", type=int, default=200)
    parser.add_argument("--ally", default=os.path.join(ROOT, ".build/debug/ally"))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--trainer", action="store_true", help="the full-screen trainer in tmux instead of --plain")
    args = parser.parse_args()
    if args.trainer:
        return trainer_campaign(args)
    rng = random.Random(args.seed)
    folder = tempfile.mkdtemp(prefix="ally-kill-binary-")
    store = os.path.join(folder, "ally.sqlite")

    figures = dict(kills=0, runs=0, acknowledged=0, lost=0, stuck=0, resumes=0, resume_wrong=0, finished=0, damaged=0)
    problems = []
    while figures["kills"] < args.kills:
        figures["runs"] += 1
        attempts = stored(store)[2] if os.path.exists(store) else []
        # The play left open: the program offers it (its decisions are what the store holds).
        left = attempts[-1] if attempts and not attempts[-1][2] else None
        # What the store must keep of the play left open (none when that play had ended: a new one starts).
        acknowledged = list(left[1]) if left and question(left[1]) is not None else []
        run = Run(args.ally, store)
        mode = rng.choice(["at once", "start-up", "answer", "answer", "answer", "idle", "finish"])
        kill_at = rng.randint(1, 6)  # the answer after (or, idle, before) which to kill
        try:
            if mode == "at once":
                run.kill()
            elif mode == "start-up":
                time.sleep(rng.uniform(0, 0.05))
                run.kill()
            else:
                waiting = run.wait_for_prompt()
                if left is not None and left[1] and waiting:
                    figures["resumes"] += 1
                    expected = question(left[1])
                    if expected is None:
                        right = "had reached its end before its result was saved" in run.output
                    else:
                        right = ("unfinished at decision %d." % max(1, len(left[1]) - 1)) in run.output
                        mark = run.answer("1")
                        waiting = run.wait_for_prompt(since=mark)
                        right = right and last_question(run.output) == expected
                    if not right:
                        figures["resume_wrong"] += 1
                        problems.append("resume of %s:\n%s" % (left[1], run.output[-600:]))
                    if expected is None:
                        acknowledged = []  # that play is over; a new one starts
                elif left is not None and waiting:
                    mark = run.answer("1")  # an open attempt without decisions: go on with it
                    waiting = run.wait_for_prompt(since=mark)
                answered = 0
                while waiting and run.process.poll() is None:
                    asked = last_question(run.output)
                    if asked == IDENTIFY:
                        choice = rng.randint(1, 9)
                        decision = {"identify": {"_0": TYPES[choice - 1]}}
                    elif asked == STRATEGY:
                        choice = rng.randint(1, 5)
                        decision = {"strategy": {"_0": FAMILIES[choice - 1]}}
                    else:
                        shown = shown_replies(run.output)
                        choice = rng.randint(1, len(shown))
                        decision = {"reply": {"_0": REPLY_INDEX[shown[choice - 1]]}}
                    answered += 1
                    if mode == "idle" and answered == kill_at:
                        run.kill()
                        break
                    mark = run.answer(str(choice))
                    if mode == "answer" and answered == kill_at:
                        time.sleep(rng.uniform(0, 0.002))
                        run.read(0)
                        if len(run.output) > mark:
                            acknowledged.append(decision)
                            figures["acknowledged"] += 1
                        run.kill()
                        break
                    waiting = run.wait_for_prompt(since=mark)
                    if len(run.output) > mark:
                        acknowledged.append(decision)
                        figures["acknowledged"] += 1
                if run.process.poll() is None:
                    run.kill()
                else:
                    run.close()
                    if "== Debrief ==" in run.output:
                        figures["finished"] += 1
        except Exception:
            run.kill()
            raise
        if run.killed:
            figures["kills"] += 1

        check(store, acknowledged, figures, problems)
    # One last start writes the result of a play killed between its last decision and its result.
    last = Run(args.ally, store)
    last.wait_for_prompt()
    last.kill()
    _, _, attempts = stored(store)
    stuck = [a for a, events, has_result in attempts if question(events) is None and not has_result]
    figures["stuck"] += len(stuck)

    report("plain", args.seed, figures, problems)


TRAINER_IDENTIFY = IDENTIFY  # one wording in the trainer and plain mode since the faults issue


class Screen:
    """The trainer in a private tmux server at 80x24, read with capture-pane."""

    def __init__(self, ally, store):
        self.socket = "ally-kill-%d-%d" % (os.getpid(), random.randrange(1 << 30))
        self.tmux("new-session", "-d", "-x", "80", "-y", "24", "-s", "k", "--", "/usr/bin/env", "-i",
                  "TERM=tmux-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HOME=" + tempfile.gettempdir(),
                  "SWIFT_BACKTRACE=enable=no",
                  ally, "--content", CONTENT, "--lang", "en", "--store", store)
        self.pid = None
        for _ in range(200):  # the server may take a moment to answer
            answer = self.tmux("display-message", "-p", "-t", "k", "#{pane_pid}")
            if answer.isdigit():
                self.pid = int(answer)
                break
            time.sleep(0.01)
        if self.pid is None:
            raise RuntimeError("tmux did not start the trainer")
        self.killed = False

    def tmux(self, *arguments):
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *arguments],
                              capture_output=True, text=True).stdout.strip()

    def text(self):
        return self.tmux("capture-pane", "-p", "-t", "k")

    def wait(self, condition, limit=20):
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            screen = self.text()
            if condition(screen):
                return screen
            time.sleep(0.01)
        raise RuntimeError("the trainer did not show what was expected; the screen was:\n" + self.text())

    def keys(self, *keys):
        self.tmux("send-keys", "-t", "k", *keys)

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            self.killed = True
        except ProcessLookupError:
            pass
        self.tmux("kill-server")


def asked(screen):
    """The question on the trainer's screen, or None."""
    for q in (TRAINER_IDENTIFY, STRATEGY, REPLY):
        if q in screen:
            return q
    return None


def reply_options(screen):
    """The replies on the play screen in the order shown, as their file indices."""
    shown = []
    for line in screen.splitlines():
        stripped = line.strip().lstrip("›").strip()
        if len(stripped) > 3 and stripped[0].isdigit() and stripped[1:3] == ". ":
            text = stripped[3:].strip()
            match = [i for t, i in REPLY_INDEX.items() if text and t.startswith(text[:30])]
            if match:
                shown.append(match[0])
    return shown


def trainer_campaign(args):
    """The same campaign on the full-screen trainer: keys through tmux, the screen as its output."""
    rng = random.Random(args.seed)
    folder = tempfile.mkdtemp(prefix="ally-kill-trainer-")
    store = os.path.join(folder, "ally.sqlite")
    figures = dict(kills=0, runs=0, acknowledged=0, lost=0, stuck=0, resumes=0, resume_wrong=0, finished=0, damaged=0)
    problems = []
    named = False
    while figures["kills"] < args.kills:
        figures["runs"] += 1
        attempts = stored(store)[2] if os.path.exists(store) else []
        left = attempts[-1] if attempts and not attempts[-1][2] and attempts[-1][1] else None
        # What the store must keep of the play left open (none when that play had ended: a new one starts).
        acknowledged = list(left[1]) if left and question(left[1]) is not None else []
        screen = Screen(args.ally, store)
        mode = rng.choice(["at once", "start-up", "answer", "answer", "answer", "idle", "finish"])
        kill_at = rng.randint(1, 6)
        try:
            if mode == "at once":
                screen.kill()
            elif mode == "start-up":
                time.sleep(rng.uniform(0, 0.05))
                screen.kill()
            else:
                screen.wait(lambda s: "Welcome to Ally" in s)
                if not named:
                    screen.keys("-l", TRAINEE)
                    named = True
                screen.keys("Enter")
                menu = screen.wait(lambda s: "Play a scenario" in s)
                if left is not None and "Resume:" in menu:
                    figures["resumes"] += 1
                    screen.keys("Enter")
                    expected = question(left[1])
                    shown = screen.wait(lambda s: asked(s) is not None or "Score per part" in s or "Debrief" in s)
                    right = ("Debrief" in shown or "Score per part" in shown) if expected is None else \
                        asked(shown) == (TRAINER_IDENTIFY if expected == IDENTIFY else expected)
                    if not right:
                        figures["resume_wrong"] += 1
                        problems.append("trainer resume of %s:\n%s" % (left[1], shown))
                    if expected is None:
                        acknowledged = []
                else:
                    if left is not None:
                        figures["resumes"] += 1
                        figures["resume_wrong"] += 1
                        problems.append("trainer: no Resume for %s" % (left[1],))
                    acknowledged = []
                    screen.keys("Enter")
                    screen.wait(lambda s: "The quiet one at the desk" in s)
                    screen.keys("Enter")
                answered = 0
                while True:
                    current = screen.wait(lambda s: asked(s) is not None or "Score per part" in s)
                    q = asked(current)
                    if q is None:
                        figures["finished"] += 1
                        break
                    if q == TRAINER_IDENTIFY:
                        choice = rng.randint(1, 9)
                        decision = {"identify": {"_0": TYPES[choice - 1]}}
                    elif q == STRATEGY:
                        choice = rng.randint(1, 5)
                        decision = {"strategy": {"_0": FAMILIES[choice - 1]}}
                    else:
                        options = reply_options(current)
                        if not options:
                            raise RuntimeError("no replies read on:\n" + current)
                        choice = rng.randint(1, len(options))
                        decision = {"reply": {"_0": options[choice - 1]}}
                    answered += 1
                    if mode == "idle" and answered == kill_at:
                        screen.kill()
                        break
                    screen.keys(str(choice), "Enter")
                    if mode == "answer" and answered == kill_at:
                        time.sleep(rng.uniform(0, 0.002))
                        if asked(screen.text()) != q or "Right" in screen.text() or "Wrong" in screen.text():
                            acknowledged.append(decision)
                            figures["acknowledged"] += 1
                        screen.kill()
                        break
                    # The feedback shows only once the decision is committed: that is the acknowledgement.
                    after = screen.wait(lambda s: asked(s) != q or "Enter continue" in s and "Partly" in s or
                                        any(w in s for w in ("Right", "Wrong", "Partly")))
                    acknowledged.append(decision)
                    figures["acknowledged"] += 1
                    screen.keys("Enter")
                    screen.wait(lambda s: s != after)
                if not screen.killed:
                    screen.kill()
        except Exception:
            screen.kill()
            raise
        if screen.killed and mode != "finish":
            figures["kills"] += 1
        if os.environ.get("KILL_CAMPAIGN_DEBUG"):
            print(mode, kill_at, "left:", left and len(left[1]), "acknowledged:", len(acknowledged), file=sys.stderr)
        check(store, acknowledged, figures, problems)
    report("trainer", args.seed, figures, problems)


if __name__ == "__main__":
    main()
