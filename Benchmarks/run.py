#!/usr/bin/env python3
"""trustsite benchmark: times `trustsite build` beside the cmark floor, the git word-diff floor and Hugo,
in one run on the same machine, and prints medians and ratios against the targets.

Usage: Benchmarks/run.py [--corpus medium|large|both] [--runs N] [--skip-hugo]
Needs: the release binary (built here with `swift build -c release`), python3, gcc, libcmark-dev, git,
hyperfine; hugo optional (apt-get install hugo hyperfine). Corpora and scratch files go under /tmp.
Not part of the test suite."""
import argparse, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "..", "shared", "bench")
WORK = "/tmp/trustsite-bench"
SIZES = {"medium": (50, 20), "large": (200, 30)}


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, text=True, capture_output=True, **kw).stdout


def hyperfine(name, cmd, runs, ignore_failure=False, prepare=None):
    out = os.path.join(WORK, "hf-" + "".join(c if c.isalnum() else "-" for c in name) + ".json")
    args = ["hyperfine", "--style", "none", "--warmup", "1", "--runs", str(runs), "--export-json", out]
    if ignore_failure:
        args.append("-i")
    if prepare:
        args += ["--prepare", prepare]
    subprocess.run(args + [cmd], check=True, capture_output=True)
    result = json.load(open(out))["results"][0]
    return result["median"]


def peak_memory_mib(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "%M", "sh", "-c", cmd + " >/dev/null 2>&1"], capture_output=True, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def corpus(name, statements, versions):
    path = os.path.join(WORK, "corpus", f"{name}")
    if not os.path.isdir(path):
        sh(f"python3 {BENCH}/gen-corpus.py {path} --statements {statements} --versions {versions} --seed 1")
    return path


def renamed_sections(count):
    """One statement, two versions of `count` sections whose headings all change: every section is a rename to match."""
    path = os.path.join(WORK, "corpus", f"renamed-{count}")
    if not os.path.isdir(path):
        os.makedirs(os.path.join(path, "terms"))
        for day, word in (("2024-01-01", "Section"), ("2024-02-01", "Clause")):
            with open(os.path.join(path, "terms", day + ".md"), "w") as f:
                for i in range(count):
                    f.write(f"## {word} {i}\n\nThis is the text of section number {i}, which says what we do with your data.\n\n")
    return path


def prepare_floors(path):
    """cmark-floor binary and the old/ new/ trees for one git word-diff process over all consecutive pairs."""
    floor = os.path.join(WORK, "cmark-floor")
    if not os.path.exists(floor):
        sh(f"gcc -O2 -o {floor} {BENCH}/cmark-floor.c -lcmark -lpthread")
    trees = path + "-pairs"
    if not os.path.isdir(trees):
        n = 0
        for slug in sorted(os.listdir(path)):
            files = sorted(f for f in os.listdir(os.path.join(path, slug)) if f.endswith(".md"))
            for a, b in zip(files, files[1:]):
                n += 1
                for side, f in (("old", a), ("new", b)):
                    os.makedirs(os.path.join(trees, side, slug), exist_ok=True)
                    os.link(os.path.join(path, slug, f), os.path.join(trees, side, slug, f"{n}.md"))
    return floor, trees


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="both", choices=["medium", "large", "both"])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-hugo", action="store_true")
    ap.add_argument("--search-only", action="store_true", help="time only the large corpus's full build with and without --search")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    print("building the release binary…", file=sys.stderr)
    sh("swift build -c release --product trustsite", cwd=ROOT)
    binary = os.path.join(ROOT, ".build", "release", "trustsite")
    hugo = shutil.which("hugo") and not args.skip_hugo
    if args.search_only:
        return print_checks([search_check(binary, args.runs)])
    names = ["medium", "large"] if args.corpus == "both" else [args.corpus]
    rows, checks = [], []
    for name in names:
        statements, versions = SIZES[name]
        path = corpus(name, statements, versions)
        floor, trees = prepare_floors(path)
        out = os.path.join(WORK, "out-" + name)
        # Full builds render everything (--no-cache); the one-file edit below uses the cache, as a user's rebuild does.
        build = f"{binary} build --quiet --content {path} --output {out} --as-of 2030-01-01"
        t_build = hyperfine(f"trustsite {name}", build + " --no-cache", args.runs)
        t_cmark = hyperfine(f"cmark-floor {name}", f"{floor} -j 2 {path}", args.runs)
        t_git = hyperfine(f"git word-diff {name}", f"git diff --no-index --word-diff=porcelain {trees}/old {trees}/new", args.runs, ignore_failure=True)
        memory = peak_memory_mib(build + " --no-cache")
        pages = int(sh(f"find {out} -name '*.html' | wc -l"))
        # Not a target: what merely copying the built site (its files and folders) costs on this file system.
        copy = os.path.join(WORK, "copy-" + name)
        t_copy = hyperfine(f"copy {name}", f"rm -rf {copy} && cp -r {out} {copy}", args.runs)
        row = {"corpus": name, "trustsite": t_build, "cmark floor": t_cmark, "git floor": t_git, "copy": t_copy, "peak MiB": memory, "pages": pages}
        floors = t_cmark + t_git
        checks.append((f"{name}: build ≤ 2 × (cmark + git word-diff floors)", t_build / floors, 2.0))
        if hugo:
            site = os.path.join(WORK, "hugo-" + name)
            if not os.path.isdir(site):
                sh(f"{BENCH}/hugo-baseline.sh {path} {site}")
            t_hugo = hyperfine(f"hugo {name}", f"hugo --quiet -s {site}", args.runs)
            row["hugo"] = t_hugo
            checks.append((f"{name}: build ≤ 0.3 × Hugo", t_build / t_hugo, 0.3))
        if name == "large":
            checks.append(("large: peak memory < 1 GiB (ratio to 1024 MiB)", memory / 1024, 1.0))
            # One edited version file: rebuild with the cache of the previous build.
            victim = os.path.join(path, sorted(os.listdir(path))[0])
            victim = os.path.join(victim, sorted(os.listdir(victim))[-1])
            shutil.copy(victim, victim + ".bak")
            t_edit = hyperfine(f"trustsite edit {name}", build, args.runs, prepare=f"printf '\\nAn edited sentence.\\n' >> {victim}")
            shutil.move(victim + ".bak", victim)
            row["one-file edit"] = t_edit
            checks.append(("large: one-file rebuild ≤ 5 % of a full build", t_edit / t_build, 0.05))
            checks.append(search_check(binary, args.runs, t_build))
        rows.append(row)
    # Linear growth: the first 10 vs 20 versions of 50 statements.
    half = corpus("growth-10", 50, 10)
    full = corpus("growth-20", 50, 20)
    t_half = hyperfine("growth 10", f"{binary} build --quiet --no-cache --content {half} --output {WORK}/out-g10 --as-of 2030-01-01", args.runs)
    t_full = hyperfine("growth 20", f"{binary} build --quiet --no-cache --content {full} --output {WORK}/out-g20 --as-of 2030-01-01", args.runs)
    checks.append(("doubling versions per statement at most doubles the time", t_full / t_half, 2.0))
    # Lineage at scale: matching renamed sections must stay linear in memory (it once took 3.3 GB here).
    renamed = f"{binary} check --content {renamed_sections(10000)} --as-of 2030-01-01"
    t_renamed = hyperfine("renamed sections", renamed, args.runs, ignore_failure=True)
    m_renamed = peak_memory_mib(renamed)
    print(f"10,000 renamed sections: check {t_renamed:.3f} s, peak {m_renamed:.0f} MiB", file=sys.stderr)
    checks.append(("two versions of 10,000 renamed sections: check peak memory < 256 MiB (ratio)", m_renamed / 256, 1.0))

    print("\n| corpus | pages | trustsite s | cmark floor s | git word-diff floor s | hugo s | one-file edit s | copy of the site s | peak MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        f = lambda k: f"{r[k]:.3f}" if k in r else "–"
        print(f"| {r['corpus']} | {r['pages']} | {f('trustsite')} | {f('cmark floor')} | {f('git floor')} | {f('hugo')} | {f('one-file edit')} | {f('copy')} | {r['peak MiB']:.0f} |")
    print_checks(checks)


def search_check(binary, runs, t_build=None):
    """`build --search` (Pagefind over the pages in force) against the same full build without it (needs Pagefind)."""
    path = corpus("large", *SIZES["large"])
    build = f"{binary} build --quiet --no-cache --content {path} --output {WORK}/out-search --as-of 2030-01-01"
    if t_build is None:
        t_build = hyperfine("trustsite large", build, runs)
    t_search = hyperfine("trustsite large --search", build + " --search", runs)
    print(f"large: build {t_build:.3f} s, with --search {t_search:.3f} s (ratio {t_search / t_build:.3f})", file=sys.stderr)
    return ("large: build --search ≤ 1.1 × build (ratio of the two)", t_search / t_build, 1.1)


def print_checks(checks):
    print("\n| target | ratio | limit | met |\n|---|---:|---:|---|")
    met_all = True
    for label, ratio, limit in checks:
        met = ratio <= limit
        met_all &= met
        print(f"| {label} | {ratio:.3f} | {limit} | {'yes' if met else 'NO'} |")
    print("\nall targets met" if met_all else "\nsome targets not met")


if __name__ == "__main__":
    main()
