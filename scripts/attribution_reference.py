"""PyTorch's attributions for a torchvision AlexNet state_dict, on the app's own normalised input.

  /usr/bin/python3 scripts/attribution_reference.py WEIGHTS INPUT.f32 SIZE OUT_DIR [OCC_SIZE OCC_STRIDE]

INPUT.f32 is the network input exactly as the app feeds it (raw little-endian float32,
SIZE x SIZE x 3, HWC, already preprocessed), so a comparison tests the methods, not two resizes.
The class explained is the top class. Written independently of the app, from the papers:

  gradcam.f32          Grad-CAM at conv5 after its ReLU (features[11]): alpha_k = mean of
                       d logit_c / d A_k, map = ReLU(sum_k alpha_k A_k); 13 x 13
  gradcam_weights.f32  alpha_k, 256 values
  saliency.f32         max over colour channels of |d logit_c / d input|; SIZE x SIZE
  occlusion.f32        softmax probability of class c with the input's square set to 0 (the mean
                       colour, once normalised) at each position; starts 0, OCC_STRIDE, ... (n x n)
  deconv.f32           Zeiler & Fergus's projection of conv5's most active channel (after ReLU):
                       its strongest activation kept, the rest zeroed, then down the layers:
                       ReLU, conv_transpose2d with the same filters, unpooling with the switches
                       max_pool2d recorded (scatter-add: windows that share a switch add); HWC x 3
  guided.f32           the same walk with guided backpropagation's ReLU (signal > 0 and forward input > 0)
  meta.json            {"top", "channel", "unit": [y, x], "value", "starts"}
"""

import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision


def save(out, name, t):
    t.detach().contiguous().numpy().astype("<f4").tofile(os.path.join(out, name))


def main():
    weights, input_path, size, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    occ_size = int(sys.argv[5]) if len(sys.argv) > 5 else 64
    occ_stride = int(sys.argv[6]) if len(sys.argv) > 6 else 32
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(1)
    model = torchvision.models.alexnet()
    model.load_state_dict(torch.load(weights, map_location="cpu"))
    model.eval()
    for m in model.modules():
        if isinstance(m, torch.nn.ReLU):
            m.inplace = False  # autograd and the recorded activations need the values kept
    feats = model.features
    hwc = np.fromfile(input_path, dtype="<f4").reshape(size, size, 3)
    x = torch.from_numpy(hwc.copy()).permute(2, 0, 1).unsqueeze(0).contiguous()

    def head(a):  # from conv5's ReLU output to the logits
        return model.classifier(torch.flatten(model.avgpool(feats[12](a)), 1))

    # Grad-CAM at features[11] (conv5's ReLU).
    a = feats[:12](x).detach().requires_grad_(True)
    logits = head(a)
    top = int(logits[0].argmax())
    logits[0, top].backward()
    alpha = a.grad[0].mean(dim=(1, 2))
    cam = F.relu((alpha[:, None, None] * a[0]).sum(0))
    save(out, "gradcam.f32", cam)
    save(out, "gradcam_weights.f32", alpha)

    # Gradient saliency.
    xi = x.clone().requires_grad_(True)
    model(xi)[0, top].backward()
    save(out, "saliency.f32", xi.grad[0].abs().amax(0))

    # Occlusion: every position in one batch.
    starts = list(range(0, size - occ_size + 1, occ_stride))
    n = len(starts)
    batch = x.repeat(n * n, 1, 1, 1)
    for r, y0 in enumerate(starts):
        for c, x0 in enumerate(starts):
            batch[r * n + c, :, y0 : y0 + occ_size, x0 : x0 + occ_size] = 0
    with torch.no_grad():
        probs = F.softmax(model(batch), dim=1)
    save(out, "occlusion.f32", probs[:, top].reshape(n, n))

    # Deconvnet and guided backprop from conv5's most active channel, with recorded switches.
    with torch.no_grad():
        h = x
        record = []  # (layer, its input, switches or None)
        for layer in feats[:12]:
            if isinstance(layer, torch.nn.MaxPool2d):
                y, idx = F.max_pool2d(h, layer.kernel_size, layer.stride, return_indices=True)
                record.append((layer, h, idx))
            else:
                y = layer(h)
                record.append((layer, h, None))
            h = y
        a5 = h[0]
        flat = int(a5.permute(1, 2, 0).reshape(-1).argmax())  # HWC order: first maximum, lowest channel
        channel = flat % a5.shape[0]
        pos = int(a5[channel].reshape(-1).argmax())
        uy, ux = divmod(pos, a5.shape[2])
        value = float(a5[channel, uy, ux])
        results = {}
        for rule in ("deconv", "guided"):
            s = torch.zeros_like(h)
            s[0, channel, uy, ux] = value
            for layer, inp, idx in reversed(record):
                if isinstance(layer, torch.nn.ReLU):
                    s = F.relu(s) * (inp > 0) if rule == "guided" else F.relu(s)
                elif isinstance(layer, torch.nn.Conv2d):
                    st, p, k = layer.stride[0], layer.padding[0], layer.kernel_size[0]
                    op = inp.shape[2] - ((s.shape[2] - 1) * st - 2 * p + k)
                    s = F.conv_transpose2d(s, layer.weight, None, st, p, op)
                else:
                    n_, c_, hh, ww = inp.shape
                    up = torch.zeros(n_ * c_, hh * ww)
                    up.scatter_add_(1, idx.reshape(n_ * c_, -1), s.reshape(n_ * c_, -1))
                    s = up.reshape(inp.shape)
            results[rule] = s[0].permute(1, 2, 0)
        save(out, "deconv.f32", results["deconv"])
        save(out, "guided.f32", results["guided"])
    meta = {"top": top, "channel": channel, "unit": [uy, ux], "value": value, "starts": starts}
    with open(os.path.join(out, "meta.json"), "w") as f:
        json.dump(meta, f)
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
