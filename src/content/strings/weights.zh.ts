/** 简体中文：训练好的权重部分的文字。键与英文文件一致。 */
import type { Strings } from '../../i18n/strings';
import type { weightsEn } from './weights.en';

export const weightsZh: Strings<typeof weightsEn> = {
  lead: '载入大家手里已有的 ImageNet 权重，看看 AlexNet 学到了什么。',
  more: '从哪里获取文件……',
  less: '收起',
  pick: '选择权重文件（.pth 或 .onnx）…',
  dropHint: '或者把它拖到页面上任何地方：权重文件按内容字节识别，而不是按文件名。',
  privacy: '文件只在这个标签页里读取，不会上传。本应用自己从不下载它。',
  where: {
    heading: '从哪里获得文件',
    official: 'torchvision 官方的 AlexNet 权重（244 MB），由你的浏览器下载：',
    python: '或者，装有 PyTorch 时，这一行会把同一个文件放进 torch hub 缓存（…/torch/hub/checkpoints/）：',
    onnx: 'ONNX 格式的 AlexNet（例如 ONNX Model Zoo 的 bvlcalexnet）也可以。',
  },
  stage: {
    reading: '读取',
    checking: '检查',
    uploading: '上传到计算后端',
  },
  progress: '{{stage}}“{{name}}”：{{done}} / {{total}}',
  progressLabel: '正在导入权重',
  firstLook: {
    heading: '先看一眼：边读边取出的 {{layer}}（已读入 {{at}} / {{total}}）',
    note: '这些是文件自己的 {{layer}} 卷积核，在文件其余部分读入之前就已取出。只有整个文件读完并检查通过后，页面上的网络才会更换。',
    filters: '文件中的 {{layer}} 卷积核',
    maps: '用它们得到的这张图像的 {{layer}} 特征图',
  },
  current: {
    none: '尚未导入：网络使用随机权重（种子 {{seed}}）。',
    trained: '正在使用：{{source}}。',
    random: '已导入：{{source}}。现在显示的是随机权重（种子 {{seed}}）。',
    keptNotShown: '{{file}} 已保存在这台设备上；页面现在显示的是使用随机权重（种子 {{seed}}）的内置网络。',
    details: '{{format}}，{{size}}，SHA-256 {{hash}}…',
  },
  format: {
    'pth-zip': 'PyTorch 检查点（zip）',
    'pth-legacy': 'PyTorch 检查点（旧格式）',
    onnx: 'ONNX 计算图',
  },
  source: {
    official: 'torchvision 官方权重（{{file}}）',
    file: '{{file}}',
    onnx: 'ONNX 计算图 {{file}}',
  },
  provenance: '导入文件自己的网络（{{name}}）：下面的每个尺寸、数量和特征图都是按它计算的。',
  badge: '训练好的权重：{{source}}',
  toggle: {
    legend: '权重',
    random: '随机（种子 {{seed}}）',
    trained: '训练好的',
  },
  preset: {
    label: '预处理',
    torchvision: 'torchvision',
    caffe: 'Caffe / BVLC',
    torchvisionSteps:
      'RGB，数值 ÷ 255，减去 ImageNet 均值（0.485，0.456，0.406），再 ÷ 标准差（0.229，0.224，0.225）；短边缩放到 256（双线性），中心裁剪 {{size}}。',
    caffeSteps: 'BGR 通道顺序，数值 0–255，减去均值像素（104，117，123）；缩放到 256，中心裁剪 {{size}}。',
    fashion: 'Fashion-MNIST（训练实验室）',
    fashionSteps:
      '灰度（亮度），中央正方形缩放到 {{size}}×{{size}}，数值 ÷ 255，减去 Fashion-MNIST 的均值 0.286，再 ÷ 其标准差 0.353。',
    shown: '这个网络的预处理（{{preset}}）：{{steps}}',
  },
  show: '显示导入的网络',
  kept: {
    kept: '已保存在这台设备上，重新载入页面不必再选。本站在这里占用 {{used}}，可用 {{quota}}。',
    keptNoEstimate: '已保存在这台设备上，重新载入页面不必再选。',
    refused: '浏览器拒绝提供保存这个文件的空间（{{reason}}）：现在可以用，但重新载入后需要再导入一次。',
    forget: '忘掉这些权重',
    confirm: '要忘掉 {{file}} 吗？这个浏览器将不再保存它，重新载入也不会恢复。',
    confirmYes: '忘掉',
    cancel: '保留',
  },
  error: {
    empty: '文件是空的。',
    tooLarge: '文件超过 1 GB：未读取就被拒绝了。AlexNet 的权重是 244 MB。',
    truncated: '文件提前结束：它被截断了。',
    notWeights: '这不是本应用能读取的权重文件（PyTorch 检查点或 ONNX 计算图）。',
    zipNotCheckpoint: '这个 zip 压缩包不是 PyTorch 检查点。',
    forbiddenGlobal: '检查点要求一个 state_dict 从不需要的 Python 对象；没有执行任何东西。',
    badOpcode: '检查点里有本读取器不接受的 pickle 指令。',
    wrongNetwork: '这是另一个网络的权重，不是 torchvision 形状的 AlexNet。',
    badShape: '某个张量的形状不适合这个网络。',
    badDtype: '某个张量的数据类型本应用不读取。',
    nonFinite: '某个权重是 NaN 或无穷大。',
    unknownOperator: '这个 ONNX 计算图用了 AlexNet 家族以外的算子。',
    badGraph: '这个 ONNX 计算图描述的不是本应用能搭建的网络。',
    otherOrigin: '权重只从本站载入：没有去获取“{{url}}”。',
  },
  teach: {
    conv1:
      '这些是 AlexNet 从 ImageNet 学到的滤波器：有方向的边缘、不同频率的条纹和色块。它的特征图显示这些检测器在你的图像里找到了什么。',
    grouped:
      '这个网络像论文的双 GPU 结构那样分组：下一个卷积层分成两半，所以这些滤波器左半部分的特征图只送入它的前一半，右半部分的只送入后一半（conv3 和全连接层则读取两半）。文件本身并不说明它是否在两块 GPU 上训练。在论文自己的双 GPU 网络中（论文图 3），一半滤波器大多与颜色无关，另一半大多与颜色有关：看看这里的两半是否也不一样。',
    gpu: '第 {{n}} 组（论文中的 GPU {{n}}）：滤波器 {{from}}–{{to}}',
    predictions: '训练好的权重：这是网络对这张图的真实猜测。',
    topChannels: '最活跃的通道（平均激活）：',
    channel: '#{{c}}（{{v}}）',
    channelLabel: '显示通道 {{c}}，平均激活 {{v}}',
  },
  refused: '拒绝了“{{name}}”：{{reason}}',
  kept_previous: '什么都没有改变：网络、权重和特征图都和之前一样。',
  detail: '详情：{{list}}。',
};
