#!/usr/bin/env python3
# CPU per stage transition, per process (docs/performance.md "Issue 18, stop 25: the write path"):
#   bench/cpu-accounting.py sample OUT.csv ROOT  samples every process under the bench (BenchRun) of checkout ROOT every 0.5 s:
#                                              CPU ticks (utime + stime) by role, and PostgreSQL's wait events
#                                              (pg_stat_activity, via psql) into OUT.csv.waits
#   bench/cpu-accounting.py report OUT.csv REPORT_DIR [LABEL]
#                                              for each write load generator (the service's, the baseline's) the CPU
#                                              ms per transition of each role over its measured window (the warm-up
#                                              left out), with the throughput read from REPORT_DIR/specs/*.result.json;
#                                              LABEL (default "writes"): the load specs whose name contains it, e.g.
#                                              "saturation" for the reads' closed-loop windows (then ms per read)
import collections, glob, json, os, re, subprocess, sys, time

TICK = os.sysconf('SC_CLK_TCK')


def cmdline(pid):
    try:
        with open(f'/proc/{pid}/cmdline', 'rb') as f:
            return f.read().replace(b'\0', b' ').decode(errors='replace')
    except OSError:
        return ''


def stat(pid):
    try:
        with open(f'/proc/{pid}/stat') as f:
            s = f.read()
    except OSError:
        return None
    rest = s[s.rindex(')') + 2:].split()
    return int(rest[1]), int(rest[11]) + int(rest[12])  # ppid, utime + stime


def role(cmd, checkout):
    if 'LoadGenerator' not in cmd and 'BenchRun' not in cmd and '-service' in cmd and checkout not in cmd:
        return re.search(r'(\w+-service)', cmd).group(1) + ' (before)'
    for key, name in (('BenchRun', 'bench JVM (Kafka broker + harness)'), ('LoadGenerator', 'load generator'),
                      ('BaselineServer', 'baseline server'), ('partnership-service', 'partnership-service'),
                      ('region-service', 'region-service'), ('challenge-service', 'challenge-service'),
                      ('postgres', 'PostgreSQL (all its processes)')):
        if key in cmd:
            return name
    return 'other'


def postgres_port(tree):
    """The port of the bench's PostgreSQL, from a service's environment (S3COOP_DB_URL)."""
    for p in tree:
        try:
            with open(f'/proc/{p}/environ', 'rb') as f:
                m = re.search(rb'S3COOP_DB_URL=postgresql://localhost:(\d+)/', f.read())
        except OSError:
            continue
        if m:
            return m.group(1).decode()
    return None


def sample(out, checkout):
    waits = open(out + '.waits', 'w')
    port = None
    with open(out, 'w') as f:
        while True:
            now = time.time()
            pids = [int(p) for p in os.listdir('/proc') if p.isdigit()]
            info = {p: stat(p) for p in pids}
            root = next((p for p in pids if 'org.s3coop.bench.BenchRun' in cmdline(p)
                         and f'-Ds3coop.root={checkout} ' in cmdline(p)), None)
            if root is None:
                f.flush()
                time.sleep(0.5)
                continue
            children = collections.defaultdict(list)
            for p, st in info.items():
                if st:
                    children[st[0]].append(p)
            todo, tree = [root], []
            while todo:
                p = todo.pop()
                tree.append(p)
                todo.extend(children[p])
            if port is None:
                port = postgres_port(tree)
            if port:  # the postmaster daemonises (pg_ctl): it and its backends are not under the bench
                master = next((p for p in pids if re.search(rf'postgres .*-p {port}\b', cmdline(p))), None)
                tree.extend(p for p, st in info.items() if master and st and (p == master or st[0] == master))
            for p in tree:
                cmd = cmdline(p)
                if info[p]:
                    label = ''
                    m = re.search(r'specs/(\S+)\.json', cmd)
                    if m:
                        label = m.group(1)
                    f.write(f'{now:.3f},{p},{role(cmd, checkout)},{info[p][1]},{label}\n')
            f.flush()
            if port:
                r = subprocess.run(['psql', '-h', 'localhost', '-p', port, '-U', 'postgres', '-d', 'partnership', '-At',
                                    '-c', "select state, coalesce(wait_event_type, '-'), coalesce(wait_event, '-'), count(*) "
                                    "from pg_stat_activity where datname = 'partnership' and pid <> pg_backend_pid() "
                                    "group by 1, 2, 3"], capture_output=True, text=True)
                for line in r.stdout.splitlines():
                    waits.write(f'{now:.3f}|{line}\n')
                waits.flush()
            time.sleep(max(0.0, 0.5 - (time.time() - now)))


def report(out, report_dir, which='writes'):
    rows = [l.rstrip('\n').split(',') for l in open(out)]
    by_time = collections.defaultdict(dict)
    for t, pid, r, ticks, label in rows:
        by_time[float(t)][int(pid)] = (r, int(ticks), label)
    times = sorted(by_time)
    generators = collections.defaultdict(list)
    for t in times:
        for pid, (r, ticks, label) in by_time[t].items():
            if r == 'load generator' and which in label:
                generators[(label, pid)].append(t)
    for (label, pid), seen in sorted(generators.items(), key=lambda x: x[1][0]):
        spec = json.load(open(glob.glob(f'{report_dir}/specs/{label}.json')[0]))
        res = json.load(open(glob.glob(f'{report_dir}/specs/{label}.result.json')[0]))
        throughput = res['http']['throughput']
        t0 = min((t for t in seen if t >= seen[0] + spec['warmupSeconds'] + 1), default=None)
        t1 = max((t for t in seen if t <= seen[-1] - 1), default=None)
        if t0 is None or t1 is None or t1 <= t0:
            continue
        used = collections.Counter()
        for pid2, (r, ticks, _) in by_time[t1].items():
            before = by_time[t0].get(pid2)
            used[r] += ticks - (before[1] if before else 0)
        span = t1 - t0
        print(f'\n{label}: {throughput:.1f}/s, window {time.strftime("%H:%M:%S", time.gmtime(t0))}'
              f'-{time.strftime("%H:%M:%S", time.gmtime(t1))} ({span:.1f} s)')
        print(f'| process | CPU (% of a core) | CPU ms per {"transition" if which == "writes" else "request"} |\n|---|---:|---:|')
        total = 0
        for r, ticks in used.most_common():
            cpu = ticks / TICK / span
            total += cpu
            print(f'| {r} | {100 * cpu:.0f} % | {1000 * cpu / throughput:.2f} |')
        print(f'| all | {100 * total:.0f} % | {1000 * total / throughput:.2f} |')
        waits = collections.Counter()
        n = 0
        if os.path.exists(out + '.waits'):
            stamps = set()
            for line in open(out + '.waits'):
                t, state, wtype, wevent, count = line.rstrip('\n').split('|')
                if t0 <= float(t) <= t1:
                    stamps.add(t)
                    waits[(state, wtype, wevent)] += int(count)
            n = len(stamps)
        if n:
            print(f'pg_stat_activity, mean sessions per sample over {n} samples:')
            for (state, wtype, wevent), c in waits.most_common(8):
                print(f'  {state} {wtype}/{wevent}: {c / n:.2f}')


if __name__ == '__main__':
    if sys.argv[1] == 'sample':
        sample(sys.argv[2], sys.argv[3])
    else:
        report(sys.argv[2], sys.argv[3], *sys.argv[4:5])
