#!/usr/bin/env python3
"""numpy/scipy reference for `spectralbias bench` (releng/bench/README.md).

Times the same workloads as the Java harness (org.spectralbias.cli.bench), with the same sizes, algorithms and
timing procedure, and prints one JSON object per line on stdout:

    {"info": {"python": ..., "numpy": ..., "scipy": ..., "blas": ...}}
    {"workload": "gram-n4000", "seconds": 0.41, "repetitions": 5, "batch": 1}
    {"workload": "no-such-thing", "error": "unknown workload"}

"seconds" is the median wall time of one call. Progress goes to stderr. When numpy or scipy cannot be imported the
script prints {"error": ...} on stdout, a sentence on stderr, and exits with status 3.

Usage: reference.py [--repetitions R] [--warmup W] [--min-sample S] [--budget B] [--samples N] [--dim D]
                    [--seed S] WORKLOAD...
Workload names: gd-step-m<M>, gram-n<N>, eigh-n<N>, eigh-java-n<N> (the same numpy eigh: the Java side uses its
pure-Java solver), top<K>-n<N>, nystrom-top<K>-n<N> (matrix built and eigsh, timed together), sphere-spectrum-k<K>,
dgemm-n<N>. The Java side's Vector API
variants gd-step-vector-m<M> and gram-vector-n<N> time the same numpy code as gd-step-m<M> and gram-n<N>.
"""

import argparse
import json
import math
import platform
import re
import sys
import time

EXIT_MISSING_MODULES = 3

try:
    import numpy as np
    import scipy
    import scipy.sparse.linalg
except ImportError as missing:
    message = "numpy and scipy are needed for the reference timings (%s); install them, e.g. " \
              "'python3 -m pip install numpy scipy'" % missing
    print(json.dumps({"error": message}), flush=True)
    print("reference.py: " + message, file=sys.stderr, flush=True)
    sys.exit(EXIT_MISSING_MODULES)


# --- timing (same procedure as org.spectralbias.cli.bench.Timing) -------------------------------------------------

def _batch_ladder():
    """1, 2, 5, 10, 20, 50, ... calls per sample."""
    scale = 1
    while True:
        for step in (1, 2, 5):
            yield step * scale
        scale *= 10


def _time_batch(call, batch):
    start = time.perf_counter()
    for _ in range(batch):
        call()
    return time.perf_counter() - start


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return 0.5 * (ordered[middle - 1] + ordered[middle])


def measure(call, warmup, repetitions, min_sample, budget):
    """Calibrates a batch so that one sample lasts >= min_sample seconds (the calibration is the first warm-up),
    runs warmup - 1 more warm-up samples, then min(repetitions, budget / sample time) >= 1 timed samples.
    Returns (median seconds per call, repetitions, batch)."""
    for batch in _batch_ladder():
        elapsed = _time_batch(call, batch)
        if elapsed >= min_sample or batch >= 10_000_000:
            break
    for _ in range(warmup - 1):
        _time_batch(call, batch)
    timed = max(1, min(repetitions, int(budget // elapsed) if elapsed > 0 else repetitions))
    samples = [_time_batch(call, batch) / batch for _ in range(timed)]
    return median(samples), timed, batch


# --- workloads ------------------------------------------------------------------------------------------------------

def sphere_points(n, dim, rng):
    """n uniform points on S^(D-1): normalised standard Gaussian vectors."""
    x = rng.standard_normal((n, dim))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x


def relu_ntk(t):
    """The paper's ReLU NTK on the sphere: kappa(t) = [3t(pi - arccos t) + 2 sqrt(1 - t^2)] / (2 pi)."""
    return (3.0 * t * (np.pi - np.arccos(t)) + 2.0 * np.sqrt(1.0 - t * t)) / (2.0 * np.pi)


def gram(x):
    """The analytic NTK Gram matrix as a numpy notebook writes it (the timed Gram workload)."""
    t = x @ x.T
    np.clip(t, -1.0, 1.0, out=t)
    return relu_ntk(t)


def gram_in_rows(x, rows=500):
    """The same matrix built a block of rows at a time, to limit temporaries at large n (setup only, not timed)."""
    n = x.shape[0]
    k = np.empty((n, n))
    for start in range(0, n, rows):
        t = x[start:start + rows] @ x.T
        np.clip(t, -1.0, 1.0, out=t)
        k[start:start + rows] = relu_ntk(t)
    return k


def gd_step(n, dim, m, rng):
    """One full-batch GD step of f(x) = sqrt(m) W2 relu(W1 x) on L = (1/(2n)) sum (f - y)^2 (science.md), symmetric
    initialisation W1 ~ N(0, 2/m), W2 ~ N(0, 1/m) with the second half negated, eta = 2/m (eta_eff = eta m = 2)."""
    x = sphere_points(n, dim, rng)
    y = x[:, 0].copy()
    half = m // 2
    w1_half = rng.standard_normal((half, dim)) * math.sqrt(2.0 / m)
    w2_half = rng.standard_normal(half) * math.sqrt(1.0 / m)
    w1 = np.vstack([w1_half, w1_half])
    w2 = np.concatenate([w2_half, -w2_half])
    eta = 2.0 / m
    root_m = math.sqrt(m)

    def step():
        nonlocal w1, w2
        h = x @ w1.T                                    # H = X W1^T, n x m
        a = np.maximum(h, 0.0)                          # A = relu(H)
        f = root_m * (a @ w2)                           # f = sqrt(m) A W2^T
        g = (f - y) / n                                 # g = (f - y)/n
        grad_w2 = root_m * (a.T @ g)                    # dW2 = sqrt(m) A^T g
        grad_w1 = (root_m * np.outer(g, w2) * (h > 0)).T @ x   # dW1 = [sqrt(m)(g (x) W2) . 1{H>0}]^T X
        w1 -= eta * grad_w1
        w2 -= eta * grad_w2

    return step


def sphere_nodes(dim, max_degree):
    """Node count of org.spectralbias.math.sphere.SphereSpectrum.defaultNodes: K + 2 ceil(sqrt D) + 48, rounded up
    to a multiple of 32."""
    count = max_degree + 2 * math.ceil(math.sqrt(dim)) + 48
    return min((count + 31) // 32 * 32, 100_000)


def sphere_spectrum(dim, max_degree):
    """Funk-Hecke mu_0..mu_K of the ReLU NTK by Gauss-Legendre in theta on [0, pi/2] with the parity split
    (as SphereSpectrum does); the rule is built once, like Java's cached rule."""
    nodes = sphere_nodes(dim, max_degree)
    u, w = np.polynomial.legendre.leggauss(nodes)
    theta = (u + 1.0) * (np.pi / 4.0)
    weight = w * (np.pi / 4.0)
    c_dim = math.exp(math.lgamma(dim / 2.0) - math.lgamma((dim - 1) / 2.0)) / math.sqrt(math.pi)

    def run():
        t = np.cos(theta)
        plus = relu_ntk(t)
        minus = relu_ntk(-t)
        wt = 2.0 * c_dim * weight * np.sin(theta) ** (dim - 2)
        even = 0.5 * wt * (plus + minus)
        odd = 0.5 * wt * (plus - minus)
        p = np.empty((max_degree + 1, nodes))
        p[0] = 1.0
        if max_degree >= 1:
            p[1] = t
        for j in range(1, max_degree):                  # (j+D-2) P_{j+1} = (2j+D-2) t P_j - j P_{j-1}
            p[j + 1] = ((2 * j + dim - 2) * t * p[j] - j * p[j - 1]) / (j + dim - 2)
        mu = np.empty(max_degree + 1)
        mu[0::2] = p[0::2] @ even
        mu[1::2] = p[1::2] @ odd
        return mu

    return run


def prepare(name, args, rng):
    """Returns the call to time for a workload name, after its untimed setup."""
    match = re.fullmatch(r"gd-step(?:-vector)?-m(\d+)", name)
    if match:
        return gd_step(args.samples, args.dim, int(match.group(1)), rng)
    match = re.fullmatch(r"gram(?:-vector)?-n(\d+)", name)
    if match:
        x = sphere_points(int(match.group(1)), args.dim, rng)
        return lambda: gram(x)
    match = re.fullmatch(r"eigh(?:-java)?-n(\d+)", name)
    if match:
        k = gram_in_rows(sphere_points(int(match.group(1)), args.dim, rng))
        return lambda: np.linalg.eigh(k)
    match = re.fullmatch(r"top(\d+)-n(\d+)", name)
    if match:
        top = int(match.group(1))
        k = gram_in_rows(sphere_points(int(match.group(2)), args.dim, rng))
        return lambda: scipy.sparse.linalg.eigsh(k, k=top, which="LA")
    match = re.fullmatch(r"nystrom-top(\d+)-n(\d+)", name)
    if match:
        top = int(match.group(1))
        x = sphere_points(int(match.group(2)), args.dim, rng)
        return lambda: scipy.sparse.linalg.eigsh(gram_in_rows(x), k=top, which="LA")
    match = re.fullmatch(r"sphere-spectrum-k(\d+)", name)
    if match:
        return sphere_spectrum(args.dim, int(match.group(1)))
    match = re.fullmatch(r"dgemm-n(\d+)", name)
    if match:
        size = int(match.group(1))
        a = rng.standard_normal((size, size))
        b = rng.standard_normal((size, size))
        c = np.empty((size, size))
        return lambda: np.matmul(a, b, out=c)
    raise ValueError("unknown workload '%s'" % name)


def info():
    details = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__}
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        details["blas"] = "%s %s" % (blas.get("name", "?"), blas.get("version", ""))
    except Exception:  # older numpy: no dict mode; the BLAS name is then unknown
        details["blas"] = "unknown"
    return details


def main(argv):
    parser = argparse.ArgumentParser(description="numpy/scipy reference timings for spectralbias bench")
    parser.add_argument("--repetitions", type=int, default=5, help="timed samples per workload (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up samples, the calibration included (default 1)")
    parser.add_argument("--min-sample", type=float, default=0.2, help="least seconds per sample (default 0.2)")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds of timed samples per workload (default 30)")
    parser.add_argument("--samples", type=int, default=1000, help="n of the GD-step workloads (default 1000)")
    parser.add_argument("--dim", type=int, default=10, help="ambient dimension D (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the data (default 1)")
    parser.add_argument("workloads", nargs="+", metavar="WORKLOAD")
    args = parser.parse_args(argv)
    if args.repetitions < 1 or args.warmup < 0 or args.samples < 1 or args.dim < 2:
        parser.error("need repetitions >= 1, warmup >= 0, samples >= 1, dim >= 2")
    print(json.dumps({"info": info()}), flush=True)
    timed = {}  # a Vector API variant reuses the measurement of its plain twin: numpy runs the same code
    for name in args.workloads:
        twin = name.replace("-vector-", "-")
        if twin in timed:
            print(json.dumps(dict(timed[twin], workload=name)), flush=True)
            continue
        print("reference: " + name, file=sys.stderr, flush=True)
        try:
            call = prepare(name, args, np.random.default_rng(args.seed))
            seconds, repetitions, batch = measure(call, args.warmup, args.repetitions, args.min_sample, args.budget)
            line = {"workload": name, "seconds": seconds, "repetitions": repetitions, "batch": batch}
        except (ValueError, MemoryError, np.linalg.LinAlgError, scipy.sparse.linalg.ArpackError) as failure:
            line = {"workload": name, "error": "%s: %s" % (type(failure).__name__, failure)}
        timed[twin] = line
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
