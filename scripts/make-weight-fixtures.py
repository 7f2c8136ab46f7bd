"""Weight-file fixtures for the readers' tests, made at test time (nothing big is committed).

Run by scripts/make-weight-fixtures.mjs with the folder to fill. Every file is seeded, so a run
makes the same bytes (the ONNX export and torch.save are deterministic for a given torch).

  alexnet-zip.pth      torchvision AlexNet state_dict, torch >= 1.6 zip serialisation
  alexnet-legacy.pth   the same tensors, _use_new_zipfile_serialization=False
  alexnet.onnx         the same network exported with torch.onnx
  paper.onnx           a bvlcalexnet-like graph built with onnx.helper: 227 input, groups 2, LRN
  resnet18.pth         another network's state_dict (refused: wrongNetwork)
  evil.pth             a pickle whose __reduce__ asks for os.system (refused: forbiddenGlobal)
  nan.pth              the AlexNet state_dict with one NaN (refused: nonFinite)
  notckpt.zip          a zip holding a text file (refused: zipNotCheckpoint)
  text.onnx            a text file named .onnx (refused: notWeights)
  unknown-op.onnx      a small graph with an operator outside the list (refused: unknownOperator)
  truncated-zip.pth, truncated-legacy.pth, truncated.onnx, empty.pth
  image.rgb            a 301x451 RGB test picture (raw bytes, width and height in image.json)
  image-*.f32          torchvision's and Caffe's preprocessing of it, for the preset tests
"""

import io
import json
import math
import os
import sys
import zipfile

import numpy as np
import onnx
import torch
import torchvision
from onnx import TensorProto, helper, numpy_helper
from PIL import Image
from torchvision import transforms

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
path = lambda name: os.path.join(out, name)  # noqa: E731


def seeded_alexnet() -> torch.nn.Module:
    """He-normal weights and small random biases: activations keep their scale to fc8, so the
    softmax is not flat and the top-5 is decided by clear margins."""
    torch.manual_seed(20260101)
    model = torchvision.models.alexnet()
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, (torch.nn.Conv2d, torch.nn.Linear)):
                fan_in = m.weight[0].numel()
                m.weight.normal_(0, math.sqrt(2 / fan_in))
                m.bias.uniform_(-0.1, 0.1)
        model.classifier[6].weight.mul_(4)
    return model.eval()


model = seeded_alexnet()
state = model.state_dict()
torch.save(state, path("alexnet-zip.pth"))
torch.save(state, path("alexnet-legacy.pth"), _use_new_zipfile_serialization=False)
torch.onnx.export(model, torch.zeros(1, 3, 224, 224), path("alexnet.onnx"), input_names=["input"])

bad = {k: v.clone() for k, v in state.items()}
bad["features.3.weight"].view(-1)[12345] = float("nan")
torch.save(bad, path("nan.pth"))
del bad

torch.manual_seed(1)
torch.save(torchvision.models.resnet18().state_dict(), path("resnet18.pth"))


class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


torch.save({"features.0.weight": Evil()}, path("evil.pth"))

with zipfile.ZipFile(path("notckpt.zip"), "w") as z:
    z.writestr("readme.txt", "not a checkpoint\n")
with open(path("text.onnx"), "w") as f:
    f.write("ir_version: 7\ngraph { node { op_type: 'Conv' } }\n")
open(path("empty.pth"), "wb").close()


def conv(name, x, w, group=1, pads=0, stride=1):
    k = w.shape[2]
    return helper.make_node(
        "Conv", [x, name + "_w_0", name + "_b_0"], [name + "_1"], name=name,
        kernel_shape=[k, k], strides=[stride, stride], pads=[pads] * 4, group=group, dilations=[1, 1])


def paper_onnx() -> onnx.ModelProto:
    """The paper's two-tower AlexNet as BVLC's Caffe model is laid out in the ONNX Model Zoo."""
    rng = np.random.default_rng(7)
    inits, nodes = [], []

    def weights(name, shape, fan_in, scale=1.0):
        inits.append(numpy_helper.from_array(
            (rng.standard_normal(shape) * math.sqrt(2 / fan_in) * scale).astype(np.float32), name + "_w_0"))
        inits.append(numpy_helper.from_array(rng.uniform(-0.1, 0.1, shape[0]).astype(np.float32), name + "_b_0"))

    x = "data_0"
    layers = [("conv1", 96, 3, 11, 4, 0, 1), ("conv2", 256, 96, 5, 1, 2, 2), ("conv3", 384, 256, 3, 1, 1, 1),
              ("conv4", 384, 384, 3, 1, 1, 2), ("conv5", 256, 384, 3, 1, 1, 2)]
    for i, (name, f, c, k, s, p, g) in enumerate(layers):
        weights(name, (f, c // g, k, k), c // g * k * k)
        nodes.append(conv(name, x, np.zeros((f, c // g, k, k)), g, p, s))
        x = name + "_1"
        nodes.append(helper.make_node("Relu", [x], [name + "_2"], name="relu" + name[-1]))
        x = name + "_2"
        if i < 2:
            n = "norm" + name[-1]
            nodes.append(helper.make_node("LRN", [x], [n + "_1"], name=n, size=5, alpha=1e-4, beta=0.75, bias=1.0))
            x = n + "_1"
        if i in (0, 1, 4):
            p = "pool" + name[-1]
            nodes.append(helper.make_node("MaxPool", [x], [p + "_1"], name=p, kernel_shape=[3, 3], strides=[2, 2],
                                          pads=[0, 0, 0, 0]))
            x = p + "_1"
    inits.append(numpy_helper.from_array(np.array([1, 9216], dtype=np.int64), "OC2_DUMMY_1"))
    nodes.append(helper.make_node("Reshape", [x, "OC2_DUMMY_1"], ["OC2_DUMMY_0"], name="flatten"))
    x = "OC2_DUMMY_0"
    for name, units, n_in, last in [("fc6", 4096, 9216, False), ("fc7", 4096, 4096, False),
                                    ("fc8", 1000, 4096, True)]:
        weights(name, (units, n_in), n_in)
        nodes.append(helper.make_node("Gemm", [x, name + "_w_0", name + "_b_0"], [name + "_1"], name=name,
                                      alpha=1.0, beta=1.0, transA=0, transB=1))
        x = name + "_1"
        if not last:
            nodes.append(helper.make_node("Relu", [x], [name + "_2"], name="relu" + name[2:]))
            nodes.append(helper.make_node("Dropout", [name + "_2"], [name + "_3"], name="drop" + name[2:]))
            x = name + "_3"
    nodes.append(helper.make_node("Softmax", [x], ["prob_1"], name="prob", axis=1))
    graph = helper.make_graph(
        nodes, "bvlc_alexnet_like",
        [helper.make_tensor_value_info("data_0", TensorProto.FLOAT, [1, 3, 227, 227])],
        [helper.make_tensor_value_info("prob_1", TensorProto.FLOAT, [1, 1000])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 12)])


paper = paper_onnx()
onnx.checker.check_model(paper)
onnx.save(paper, path("paper.onnx"))

odd = helper.make_graph(
    [helper.make_node("Conv", ["x", "w"], ["y"], name="conv1", kernel_shape=[3, 3]),
     helper.make_node("HardSwish", ["y"], ["z"], name="activation_17")],
    "unknown", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])],
    [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 4, 6, 6])],
    [numpy_helper.from_array(np.ones((4, 3, 3, 3), np.float32), "w")])
onnx.save(helper.make_model(odd, opset_imports=[helper.make_opsetid("", 14)]), path("unknown-op.onnx"))


def truncate(src, dst, n):
    with open(path(src), "rb") as f:
        data = f.read(n)
    with open(path(dst), "wb") as f:
        f.write(data)


truncate("alexnet-zip.pth", "truncated-zip.pth", 1 << 20)
truncate("alexnet-legacy.pth", "truncated-legacy.pth", 50_000_000)
truncate("paper.onnx", "truncated.onnx", 30_000_000)

# A picture with edges, gradients and colour, not a multiple of 256 on either side.
h, w = 301, 451
yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
img = np.stack([
    127 + 120 * np.sin(xx / 7.0) * np.cos(yy / 11.0),
    255 * (xx / w),
    np.where((xx // 23 + yy // 17) % 2 == 0, 220, 30) + 20 * np.sin(yy / 3.0),
], axis=-1).clip(0, 255).astype(np.uint8)
with open(path("image.rgb"), "wb") as f:
    f.write(img.tobytes())
pil = Image.fromarray(img, "RGB")
tv = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor(),
                         transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])
tv(pil).permute(1, 2, 0).contiguous().numpy().astype(np.float32).tofile(path("image-torchvision.f32"))
# Caffe: squash to 256x256 (convert_imageset --resize), centre crop 227, BGR, minus the mean pixel.
caffe = transforms.Compose([transforms.Resize((256, 256)), transforms.CenterCrop(227)])
arr = np.asarray(caffe(pil), dtype=np.float32)[:, :, ::-1] - np.array([104, 117, 123], np.float32)
np.ascontiguousarray(arr).astype(np.float32).tofile(path("image-caffe.f32"))
with open(path("image.json"), "w") as f:
    json.dump({"width": w, "height": h}, f)
print("weight fixtures written to", out)
