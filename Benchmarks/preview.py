#!/usr/bin/env python3
"""Save-to-reload time of `trustsite serve` on a real statement (not part of the tests).

Lays out every version of the GitHub privacy statement from ../shared/corpus (in the order of its versions.json, one
day apart, as the corpus tests do), starts `trustsite serve` on it, opens the live-reload event stream as a page of
that statement would, then edits the newest version N times (appending a sentence) and times each save until the
`reload` event arrives: what a reader of the preview waits. Prints each time, the median and the target (0.3 s).

    python3 Benchmarks/preview.py [--edits 3] [--binary .build/release/trustsite] [--page /STATEMENT/]
"""
import argparse, datetime, json, os, shutil, socket, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "github-site-policy", "github-privacy-statement")
WORK = "/tmp/trustsite-bench/preview"
SLUG = "github-privacy-statement"


def lay_out():
    content = os.path.join(WORK, "content")
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(os.path.join(content, SLUG))
    entries = json.load(open(os.path.join(CORPUS, "versions.json")))
    day = datetime.date(2000, 1, 1)
    for i, entry in enumerate(entries):
        shutil.copy(os.path.join(CORPUS, entry["file"]), os.path.join(content, SLUG, f"{day + datetime.timedelta(days=i)}.md"))
    newest = os.path.join(content, SLUG, f"{day + datetime.timedelta(days=len(entries) - 1)}.md")
    return content, newest, len(entries)


def events(port, page):
    """The event stream a page of the preview opens, as a socket file."""
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(f"GET /_trustsite/events?page={page} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
    return s.makefile("rb")


def next_event(stream, name, after=-1):
    """Reads until an event called `name` of a generation after `after`; returns the time it arrived and its data (a
    build sends the pages open in the browser their reload as soon as they are written, and the rest of them at its
    end, with the same generation)."""
    current, data = None, None
    for raw in stream:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if line.startswith("event: "):
            current = line[7:]
        elif line.startswith("data: "):
            data = json.loads(line[6:])
        elif line == "" and current is not None:
            if current == name and (data or {}).get("generation", 0) > after:
                return time.monotonic(), data
            current, data = None, None
    raise SystemExit("the event stream ended")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=3)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "trustsite"))
    ap.add_argument("--page", default=f"/{SLUG}/")
    args = ap.parse_args()
    if not os.path.exists(CORPUS):
        raise SystemExit(f"no corpus at {CORPUS}")
    content, newest, count = lay_out()
    server = subprocess.Popen(
        [args.binary, "serve", "--content", content, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = None
        for line in server.stdout:
            if " at http://" in line:
                port = int(line.split(" at http://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
                break
        if port is None:
            raise SystemExit("trustsite serve did not start")
        stream = events(port, args.page)
        _, status = next_event(stream, "hello")
        if status["generation"] == 0:
            _, status = next_event(stream, "reload")  # the first build
        times = []
        for i in range(args.edits):
            time.sleep(1.5)  # the watcher and the file system's clock settle
            with open(newest, "a") as f:
                saved = time.monotonic()
                f.write(f"\nAn edited sentence, number {i + 1}.\n")
            arrived, status = next_event(stream, "reload", after=status["generation"])
            times.append(arrived - saved)
            print(f"edit {i + 1}: {times[-1]:.3f} s", file=sys.stderr)
        median = statistics.median(times)
        print(f"save-to-reload, {SLUG} ({count} versions), page {args.page}: median {median:.3f} s of {args.edits} edits "
              f"(target 0.300 s; ratio {median / 0.3:.2f}, {'met' if median <= 0.3 else 'NOT met'})")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
