"""Times one forward pass of a network spec (the app's JSON layer list) in PyTorch on the CPU.

Usage: /usr/bin/python3 bench/pytorch_forward.py [runs] [threads] < spec.json
Prints one JSON line: {"torch": version, "threads": n, "medianMs": m, "runsMs": [...]}.
threads: torch.set_num_threads(threads) first (default: torch's own choice, 1 on 2 cores).

The network is built from the same spec the browser runs (conv with stride, padding and groups,
ReLU, LRN, max pooling with floor/ceil rounding, adaptive average pooling, flatten, dense,
dropout, softmax), with random weights: only the time matters. Batch 1, eval mode, no_grad.
"""
import json
import sys
import time

import torch
from torch import nn


def build(spec):
    """An nn.Sequential for the spec; a zero tensor run through it as it grows gives each layer's input size."""
    first = spec["layers"][0]
    probe = torch.zeros(1, first["channels"], first["size"], first["size"])
    layers = []
    for layer in spec["layers"][1:]:
        module = make(layer, probe)
        with torch.no_grad():
            probe = module(probe)
        layers.append(module)
    return nn.Sequential(*layers).eval(), first["channels"], first["size"]


def make(layer, probe):
    kind = layer["kind"]
    if kind == "conv":
        return nn.Conv2d(probe.shape[1], layer["filters"], layer["kernel"], layer["stride"], layer["padding"], groups=layer["groups"])
    if kind == "relu":
        return nn.ReLU()
    if kind == "lrn":
        # PyTorch divides alpha by n; the paper's convention multiplies the sum by alpha.
        alpha = layer["alpha"] * layer["size"] if layer["alphaConvention"] == "paper" else layer["alpha"]
        return nn.LocalResponseNorm(layer["size"], alpha=alpha, beta=layer["beta"], k=layer["k"])
    if kind == "maxpool":
        return nn.MaxPool2d(layer["size"], layer["stride"], ceil_mode=layer["rounding"] == "ceil")
    if kind == "adaptiveavgpool":
        return nn.AdaptiveAvgPool2d(layer["outputSize"])
    if kind == "flatten":
        return nn.Flatten()
    if kind == "dense":
        return nn.Linear(probe.shape[1], layer["units"])
    if kind == "dropout":
        return nn.Dropout(layer["rate"])
    if kind == "softmax":
        return nn.Softmax(dim=1)
    raise ValueError(f"unknown layer kind {kind}")


def main():
    spec = json.load(sys.stdin)
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    if len(sys.argv) > 2:
        torch.set_num_threads(int(sys.argv[2]))
    torch.manual_seed(0)
    net, channels, size = build(spec)
    x = torch.randn(1, channels, size, size)
    times = []
    with torch.no_grad():
        for _ in range(3):  # warm-up
            net(x)
        for _ in range(runs):
            t0 = time.perf_counter()
            net(x)
            times.append((time.perf_counter() - t0) * 1000)
    ordered = sorted(times)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "medianMs": median, "runsMs": times}))


if __name__ == "__main__":
    main()
