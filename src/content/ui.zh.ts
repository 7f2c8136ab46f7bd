/** 简体中文界面文字。键必须与英文文件完全一致（类型检查和测试都会核对）。 */
import type { UiStrings } from './ui.en';

export const uiZh: UiStrings = {
  app: {
    title: '逐层看懂 AlexNet',
    privacy: '所有数据都留在本页面：图片不会离开你的浏览器。',
    language: '语言',
  },
  variant: {
    seed: 'AlexNet · 单路（227）',
    paper: 'AlexNet · 论文版，双 GPU',
    torchvision: 'torchvision alexnet',
    zfnet: 'ZFNet',
    provenance: '出处',
    source: {
      seed: '原文中的 PyTorch nn.Sequential：单 GPU，没有 LRN，输入 227×227。原文代码在全连接层之间没有 ReLU 和 Dropout；本应用按论文在 fc6 和 fc7 之后加上了它们。',
      paper:
        'Krizhevsky、Sutskever 与 Hinton，NIPS 2012，图 2 与第 3 节：conv2/4/5 分组卷积、LRN、重叠池化。论文写的是 224×224，conv1 的算式除不尽。边长除以 4 余 3 的输入都能除尽（223 → 54，231 → 56），其中 227 正好得到论文中的 55。',
      torchvision:
        'torchvision.models.alexnet：卷积核数 64-192-384-256-256，输入 224×224，conv1 填充 2，自适应平均池化到 6×6，Dropout 放在 fc6 和 fc7 之前。它与两篇论文都不完全一致。Krizhevsky 2014 年的《One weird trick》给出的是 64-192-384-384-256；conv4 的 256 来自他的单 GPU cuda-convnet2 配置，为了让已发布的权重仍能加载而保留下来（pytorch/vision #463、#704）。Dropout 放在 fc6 和 fc7 之前、而不是它们的 ReLU 之后，同样与两篇论文都不一致（#549）。',
      zfnet:
        'Zeiler 与 Fergus，《Visualizing and Understanding Convolutional Networks》（2013），图 3；池化像 Caffe 那样向上取整，才能得到图中的 55 和 13；conv1 填充 1（论文未写明）才能得到 110。',
    },
  },
  totals: {
    heading: '合计',
    params: '可学习参数',
    macs: '每张图片的乘加次数',
    bytes: '权重（float32）占用',
    weightedLayers: '{{conv}} 个卷积层 + {{dense}} 个全连接层 = {{total}} 层',
  },
  table: {
    heading: '逐层表格',
    caption: '{{name}} 的每一层：输出尺寸及其算式、参数量及其公式、计算量和感受野。',
    layer: '层',
    output: '输出',
    arithmetic: '尺寸计算',
    depth: '卷积核深度',
    params: '参数量',
    formula: '公式',
    macs: '乘加次数',
    rf: '感受野',
    rfWhole: '整张图片',
    total: '合计',
  },
  kind: {
    input: '输入',
    conv: '卷积',
    relu: 'ReLU',
    tanh: 'tanh',
    lrn: '局部响应归一化',
    maxpool: '最大池化',
    adaptiveavgpool: '自适应平均池化',
    flatten: '展平',
    dense: '全连接',
    dropout: 'Dropout',
    softmax: 'Softmax',
  },
  chart: {
    heading: '参数在哪里，计算量在哪里',
    description:
      '每一层占全部可学习参数的比例（蓝色）和占全部乘加次数的比例（橙色）。全连接层占了 {{fcParams}} 的参数，却只占 {{fcMacs}} 的计算量。',
    params: '参数',
    macs: '计算量（乘加）',
  },
  puzzle: {
    heading: '224 还是 227？',
    body: '论文写的输入是 224×224×3。代入公式试试：',
    conclusion: '结果不是整数。许多实现改用 227×227，这时算式恰好得到整数：',
    torchvision: 'torchvision 则保留 224，改为给 conv1 加 2 的填充。这样仍然除不尽，PyTorch 向下取整：',
  },
  mode: {
    label: '模式',
    present: '演示',
    quiz: '测验',
    key: '按键：{{key}}',
  },
  reference: {
    heading: '整个网络一览',
  },
  view: {
    waitingImage: '在上方选择一张照片，看看每一层对它做了什么。',
    computing: '正在计算这一层的激活值…',
    filtersHeading: '{{layer}} 的 {{count}} 个卷积核',
    mapsHeading: '{{layer}} 对你的图片输出的 {{count}} 张特征图',
    rfHeading: '这个值“看”的是哪里',
    dotHeading: '这个值背后的算术',
    showKernels: '显示这一层的卷积核（每个输入通道一片）',
    hideKernels: '隐藏卷积核',
    probeHint: '把鼠标移到特征图的某个像素上（或聚焦网格后用方向键），即可看到它的感受野。',
    probeHintTouch: '轻点特征图上的某个像素，即可看到它的感受野。',
    randomBadge: '随机权重（种子 {{seed}}），未经训练',
  },
  // 中文没有单复数之分，i18next 只用 _other；_one 与之相同，仅为与英文键一致。
  issues: {
    roundedDropped_one:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} 不是整数。这一层向下取整，得到 {{output}}：每行、每列最后一个图像像素没有被任何窗口读到。',
    roundedDropped_other:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} 不是整数。这一层向下取整，得到 {{output}}：每行、每列最后 {{count}} 个图像像素没有被任何窗口读到。',
    roundedUnreadPadding_one:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} 不是整数。这一层向下取整，得到 {{output}}，但图像的每个像素仍然都被读到：没有窗口到达的，是每行、每列最后一个填充格。',
    roundedUnreadPadding_other:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} 不是整数。这一层向下取整，得到 {{output}}，但图像的每个像素仍然都被读到：没有窗口到达的，是每行、每列最后 {{count}} 个填充格。',
    roundedPadded_one:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} 不是整数。这一层向上取整，得到 {{output}}：最后一个窗口越过边缘一格（Caffe 式的“ceil”池化）。',
    roundedPadded_other:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} 不是整数。这一层向上取整，得到 {{output}}：最后一个窗口越过边缘 {{count}} 格（Caffe 式的“ceil”池化）。',
  },
  punct: {
    colon: '{{label}}：',
    stop: '{{text}}。',
    list: '、',
    clauses: '，',
    semicolons: '；',
  },
  notes: {
    badValue: '链接中的“{{key}}={{value}}”无效，已忽略并显示默认值。',
    badLayer: '链接要求显示“{{value}}”层，但 {{name}} 没有这一层；改为显示输入层。',
    dismiss: '关闭',
    rounding: '不能整除',
  },
};
