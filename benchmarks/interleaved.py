#!/usr/bin/env python3
"""Interleaved runs of several commands, for comparisons in one window of a host whose speed moves.

    benchmarks/interleaved.py N 'label::command' 'label::command' ...

Runs each command once per round, N rounds, the commands alternating, and prints per command the
median (and range) of the "T ms in all" a `rehearse check` text report ends with (nan for another
command), the process's wall time and its CPU (user + system, of the whole process tree). Example,
this build against another tree's, 16 rounds:

    C="check --template $PWD/examples/seed/stack.yaml -p GitHubOrg=acme --scenarios /tmp/100k.yaml"
    benchmarks/interleaved.py 16 "other::/path/to/other/rehearse $C" "this::./rehearse $C"
"""
import re
import resource
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    variants = [arg.split("::", 1) for arg in sys.argv[2:]]
    if any(len(v) != 2 for v in variants):
        sys.exit("each command is 'label::command'\n" + __doc__)
    results = {label: ([], [], []) for label, _ in variants}
    for _ in range(rounds):
        for label, command in variants:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.monotonic()
            out = subprocess.run(command, shell=True, capture_output=True, text=True).stdout
            wall = (time.monotonic() - start) * 1000
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            found = re.search(r"([0-9.]+) ms in all", out)
            in_all, process, cpus = results[label]
            in_all.append(float(found.group(1)) if found else float("nan"))
            process.append(wall)
            cpus.append(cpu)
    for label, (in_all, process, cpus) in results.items():
        print(
            f"{label:14s} in all: median {statistics.median(in_all):7.1f} ms"
            f" ({min(in_all):.0f}-{max(in_all):.0f});"
            f" process: median {statistics.median(process):7.1f} ms ({min(process):.0f}-{max(process):.0f});"
            f" CPU: median {statistics.median(cpus):.2f} s"
        )


if __name__ == "__main__":
    main()
