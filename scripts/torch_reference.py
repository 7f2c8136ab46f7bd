"""PyTorch's activations for a weight file, on the app's own normalised input.

  /usr/bin/python3 scripts/torch_reference.py WEIGHTS INPUT.f32 SIZE OUT_DIR

WEIGHTS is a torchvision AlexNet state_dict (.pth, either serialisation) or an ONNX graph
(.onnx, run op by op with torch.nn.functional: no onnxruntime needed). INPUT.f32 is the
network input exactly as the app feeds it: raw little-endian float32, SIZE x SIZE x 3, HWC,
already preprocessed; so a comparison tests the network, not two resize implementations.

Writes OUT_DIR/conv1.f32, pool5.f32, fc8.f32, softmax.f32 (float32, HWC for feature maps, the
app's layout) and OUT_DIR/top5.json ({"indices": [...], "probs": [...]}), and prints the top-5.
conv1 is the first convolution's output (before its ReLU), pool5 the last max pool's, fc8 the
last fully-connected layer's logits.
"""

import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F


def run_pth(path, x):
    import torchvision

    model = torchvision.models.alexnet()
    model.load_state_dict(torch.load(path, map_location="cpu"))
    model.eval()
    got = {}
    # clone(): the ReLU after conv1 works in place and would overwrite the captured output.
    model.features[0].register_forward_hook(lambda m, i, o: got.__setitem__("conv1", o.clone()))
    model.features[12].register_forward_hook(lambda m, i, o: got.__setitem__("pool5", o.clone()))
    got["fc8"] = model(x)
    return got


def run_onnx(path, x):
    import onnx
    from onnx import numpy_helper

    model = onnx.load(path)
    g = model.graph
    values = {t.name: torch.from_numpy(numpy_helper.to_array(t).copy()) for t in g.initializer}
    inputs = [i.name for i in g.input if i.name not in values]
    values[inputs[0]] = x
    got = {}
    for node in g.node:
        a = {at.name: onnx.helper.get_attribute_value(at) for at in node.attribute}
        ins = [values[i] if i else None for i in node.input]
        op = node.op_type
        if op == "Constant":
            values[node.output[0]] = torch.from_numpy(numpy_helper.to_array(a["value"]).copy())
            continue
        h = ins[0]
        if op == "Conv":
            p = a.get("pads", [0, 0, 0, 0])
            h = F.pad(h, (p[1], p[3], p[0], p[2]))
            y = F.conv2d(h, ins[1], ins[2] if len(ins) > 2 else None, a.get("strides", [1, 1]), 0,
                         a.get("dilations", [1, 1]), a.get("group", 1))
            got.setdefault("conv1", y)
        elif op == "Relu":
            y = F.relu(h)
        elif op == "LRN":
            y = F.local_response_norm(h, a["size"], a.get("alpha", 1e-4), a.get("beta", 0.75), a.get("bias", 1.0))
        elif op == "MaxPool":
            p = a.get("pads", [0, 0, 0, 0])
            h = F.pad(h, (p[1], p[3], p[0], p[2]), value=float("-inf"))
            y = F.max_pool2d(h, a["kernel_shape"], a.get("strides", [1, 1]), ceil_mode=bool(a.get("ceil_mode", 0)))
            got["pool5"] = y
        elif op == "AveragePool":
            y = F.avg_pool2d(h, a["kernel_shape"], a.get("strides", a["kernel_shape"]))
        elif op == "GlobalAveragePool":
            y = F.adaptive_avg_pool2d(h, 1)
        elif op in ("Flatten", "Reshape"):
            y = torch.flatten(h, 1)
        elif op == "Gemm":
            w = ins[1].t() if a.get("transB", 0) else ins[1]
            y = a.get("alpha", 1.0) * (h @ w) + a.get("beta", 1.0) * ins[2]
            got["fc8"] = y
        elif op == "MatMul":
            y = h @ ins[1]
            got["fc8"] = y
        elif op == "Add":
            y = h + ins[1]
            got["fc8"] = y
        elif op in ("Dropout", "Identity", "Softmax"):
            y = h if op != "Softmax" else F.softmax(h, dim=1)
        else:
            raise SystemExit(f"unsupported op {op}")
        values[node.output[0]] = y
    return got


def main():
    weights, input_path, size, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    hwc = np.fromfile(input_path, dtype="<f4").reshape(size, size, 3)
    x = torch.from_numpy(hwc.copy()).permute(2, 0, 1).unsqueeze(0).contiguous()
    with torch.no_grad():
        got = run_onnx(weights, x) if weights.endswith(".onnx") else run_pth(weights, x)
        got["softmax"] = F.softmax(got["fc8"], dim=1)
    os.makedirs(out, exist_ok=True)
    for name, t in got.items():
        t = t[0]
        if t.dim() == 3:
            t = t.permute(1, 2, 0)  # CHW -> the app's HWC
        t.contiguous().numpy().astype("<f4").tofile(os.path.join(out, f"{name}.f32"))
    probs, indices = got["softmax"][0].topk(5)
    top5 = {"indices": indices.tolist(), "probs": probs.tolist()}
    with open(os.path.join(out, "top5.json"), "w") as f:
        json.dump(top5, f)
    print(json.dumps(top5))


if __name__ == "__main__":
    main()
