"""PyTorch reference for the training lab (tests/tf/lab): the same network, the same steps.

  /usr/bin/python3 scripts/lab_torch.py step DIR
      DIR/meta.json: {"spec": {...}, "lr", "momentum", "weightDecay", "steps", "batch",
      "tensors": {name: shape}}; DIR/<name>.f32 raw little-endian float32: the initial
      state_dict (PyTorch layout), "images" [steps, batch, 1, 28, 28], "labels" [steps, batch]
      and, per dropout layer id, its masks [steps, batch, units]. Runs `steps` SGD steps with
      torch.optim.SGD (weights with weight decay, biases without) and writes DIR/after/<name>.f32
      for every parameter and DIR/after/loss.f32 (the loss of each step, before its update).

  /usr/bin/python3 scripts/lab_torch.py predict FILE.pth IMAGES.f32 OUT.f32
      Loads FILE.pth with torch.load, builds the network its state_dict's _metadata describes
      (key 'alexnet_lab_spec' of the root module), load_state_dict(strict=True), and writes the
      logits of IMAGES ([n, 1, 28, 28], normalised) to OUT.f32.
"""
import collections
import json
import os
import sys

import numpy as np
import torch
from torch import nn


class Mask(nn.Module):
    """Dropout with a mask given from outside (the lab's seeded mask: 0 or 1/(1 - rate))."""

    def __init__(self):
        super().__init__()
        self.mask = None

    def forward(self, x):
        return x if self.mask is None else x * self.mask


def build(spec, masks=False):
    """nn.Sequential named by the spec's layer ids; the softmax is left out (logits)."""
    mods = collections.OrderedDict()
    channels = spec["layers"][0]["channels"]
    features = None
    size = spec["layers"][0]["size"]
    for layer in spec["layers"][1:]:
        kind, lid = layer["kind"], layer["id"]
        if kind == "conv":
            mods[lid] = nn.Conv2d(channels, layer["filters"], layer["kernel"], layer["stride"], layer["padding"])
            channels = layer["filters"]
            size = (size + 2 * layer["padding"] - layer["kernel"]) // layer["stride"] + 1
        elif kind == "relu":
            mods[lid] = nn.ReLU()
        elif kind == "tanh":
            mods[lid] = nn.Tanh()
        elif kind == "lrn":
            # PyTorch divides alpha by n; the paper's convention multiplies the sum by alpha.
            alpha = layer["alpha"] * layer["size"] if layer["alphaConvention"] == "paper" else layer["alpha"]
            mods[lid] = nn.LocalResponseNorm(layer["size"], alpha=alpha, beta=layer["beta"], k=layer["k"])
        elif kind == "maxpool":
            ceil = layer["rounding"] == "ceil"
            mods[lid] = nn.MaxPool2d(layer["size"], layer["stride"], ceil_mode=ceil)
            num = size - layer["size"]
            size = (-(-num // layer["stride"]) if ceil else num // layer["stride"]) + 1
        elif kind == "flatten":
            mods[lid] = nn.Flatten()
            features = channels * size * size
        elif kind == "dense":
            mods[lid] = nn.Linear(features, layer["units"])
            features = layer["units"]
        elif kind == "dropout":
            mods[lid] = Mask() if masks else nn.Dropout(layer["rate"])
        elif kind == "softmax":
            pass
        else:
            raise ValueError(f"unknown layer kind {kind}")
    return nn.Sequential(mods)


def read(path, shape):
    return torch.from_numpy(np.fromfile(path, dtype="<f4").reshape(shape).copy())


def step(folder):
    meta = json.load(open(os.path.join(folder, "meta.json")))
    torch.manual_seed(0)
    model = build(meta["spec"], masks=True)
    shapes = meta["tensors"]
    state = {k: read(os.path.join(folder, f"{k}.f32"), shapes[k]) for k in model.state_dict()}
    model.load_state_dict(state, strict=True)
    decay = [p for n, p in model.named_parameters() if n.endswith(".weight")]
    plain = [p for n, p in model.named_parameters() if n.endswith(".bias")]
    opt = torch.optim.SGD(
        [{"params": decay, "weight_decay": meta["weightDecay"]}, {"params": plain, "weight_decay": 0.0}],
        lr=meta["lr"],
        momentum=meta["momentum"],
    )
    images = read(os.path.join(folder, "images.f32"), shapes["images"])
    labels = read(os.path.join(folder, "labels.f32"), shapes["labels"]).long()
    dropouts = {n: m for n, m in model.named_modules() if isinstance(m, Mask)}
    masks = {n: read(os.path.join(folder, f"{n}.f32"), shapes[n]) for n in dropouts}
    losses = []
    model.train()
    for s in range(meta["steps"]):
        for n, m in dropouts.items():
            m.mask = masks[n][s]
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(images[s]), labels[s])
        loss.backward()
        opt.step()
        losses.append(loss.item())
    out = os.path.join(folder, "after")
    os.makedirs(out, exist_ok=True)
    for name, value in model.state_dict().items():
        value.numpy().astype("<f4").tofile(os.path.join(out, f"{name}.f32"))
    np.array(losses, dtype="<f4").tofile(os.path.join(out, "loss.f32"))


def predict(pth, images_path, out_path):
    state = torch.load(pth)
    spec = json.loads(state._metadata[""]["alexnet_lab_spec"])
    model = build(spec)
    model.load_state_dict(state, strict=True)
    model.eval()
    images = read(images_path, (-1, 1, 28, 28))
    with torch.no_grad():
        logits = model(images)
    logits.numpy().astype("<f4").tofile(out_path)
    print(json.dumps({"images": int(images.shape[0]), "tensors": list(state.keys())}))


if __name__ == "__main__":
    if sys.argv[1] == "step":
        step(sys.argv[2])
    elif sys.argv[1] == "predict":
        predict(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(__doc__)
