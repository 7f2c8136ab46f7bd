/** 简体中文：输入之前（数据、增强、训练）与输出之后（结果、计数、深度）的步骤（命名空间 `pipeline`）。 */
import type { Strings } from '../../i18n/strings';
import type { pipelineEn } from './pipeline.en';

export const pipelineZh: Strings<typeof pipelineEn> = {
  step: {
    data: { title: '数据' },
    augmentation: { title: '数据增强' },
    training: { title: '训练' },
    results: { title: '结果' },
  },
  kind: {
    before: { label: '输入之前' },
    after: { label: '输出之后' },
  },
  lead: {
    data: '网络用什么数据训练，每张图像在到达输入层之前又经过了怎样的准备。',
    augmentation:
      '随机裁剪、镜像和颜色扰动把每张照片变成许多不同的训练样本，以此减少过拟合；测试时网络对十个图块取平均。',
    training: '论文怎样得到权重：在小批量上做随机梯度下降，手动降低学习率，在两块 GPU 上训练了五到六天。',
    results: '训练好的网络取得了什么成绩；另外用本应用的数字核对论文的两个说法。',
  },
  data: {
    title: 'ImageNet 与论文的预处理',
    body: 'ILSVRC：1000 个类别，约 120 万张训练图像，另有 50,000 张验证图像和 150,000 张测试图像。每张图像先缩放到短边 256 像素，再裁出中央 256×256 的区域。此外唯一的预处理是减去训练集的平均图像（每个像素、每个颜色各一个均值，是一个 256×256×3 的数组），于是网络在中心化的原始 RGB 值上训练。',
  },
  torchvision: {
    title: 'torchvision 怎样准备图像',
    body: 'torchvision 的权重（以及本应用）准备照片的方式不同：缩放短边，裁出中央区域（这里是 {{imageSize}}×{{imageSize}}），缩放到 0…1，再按通道减去均值（0.485、0.456、0.406）并除以按通道的标准差（0.229、0.224、0.225）。用三个均值代替整张平均图像，还多了一步论文没有的除法。',
  },
  crops: {
    title: '随机裁剪与镜像',
    body: '训练时，网络看到的是 256×256 图像中随机的一个 224×224 图块，随机左右翻转或不翻转。论文说这使训练集扩大了 2048 倍，但没有给出算式；(256 − 224)² · 2 = 2048 是我们的解读（严格地数，每个方向有 33 个位置，33² · 2 = 2178）。没有这一步，网络会严重过拟合。',
  },
  pca: {
    title: '沿主成分的颜色扰动',
    body: '对全部训练像素的 RGB 值做 PCA，得到 3×3 颜色协方差矩阵的三个特征向量 pᵢ 和特征值 λᵢ。论文给图像的每个像素加上下面的向量，其中每个 αᵢ 在这张图像每次被使用时从 N(0, 0.1²) 中抽取一次。物体的类别与光照的强度和颜色无关；这一步使 top-1 错误率降低了 1% 以上。',
  },
  tenCrop: {
    title: '测试时：十个图块',
    body: '分类一张图像时，网络看五个 224×224 的图块（四个角和中央）以及它们的镜像，再把十个 softmax 输出取平均。论文的 37.5%（top-1）和 17.0%（top-5）错误率就用了这种平均；不取平均时分别为 39.0% 和 18.3%。',
  },
  training: {
    title: '带动量和权重衰减的 SGD',
    body: '随机梯度下降，每批 128 张图像，动量 0.9，权重衰减 0.0005，更新规则见下（ε 为学习率）。论文强调，这一点权重衰减不只是正则化：它还降低了模型的训练误差。',
  },
  init: {
    title: '初始化',
    body: '权重从 N(0, 0.01²) 中抽取。conv2、conv4、conv5、fc6 和 fc7 的偏置设为 1，使它们的 ReLU 一开始就得到正输入，从而加快早期学习；其他层的偏置为 0。（本应用的随机权重改用 He 初始化。）',
  },
  schedule: {
    title: '学习率',
    body: '所有层用同一个学习率，从 0.01 开始；每当验证集错误率不再下降，就手动除以 10：训练结束前一共三次。',
  },
  time: {
    title: '时间与硬件',
    body: '在 120 万张训练图像上训练约 90 轮（epoch）：用两块各有 3 GB 显存的 NVIDIA GTX 580 GPU，花了五到六天。',
  },
  results: {
    title: '错误率，以及它们平均了什么',
    body: 'ILSVRC-2010 测试集：取十个图块平均时，top-1 和 top-5 错误率为 37.5% 和 17.0%（不取平均时为 39.0% 和 18.3%）。ILSVRC-2010 比赛期间最好的成绩是 47.1% 和 28.2%（六个稀疏编码模型的平均）；比赛之后、AlexNet 之前发表的最好结果是 45.7% 和 25.7%（两个基于 Fisher 向量的分类器，即表 1 中的“SIFT + FVs”）。ILSVRC-2012：单个 CNN 在验证集上的 top-5 错误率为 18.2%，五个 CNN 平均为 16.4%。多加第六个卷积层、先在完整的 ImageNet 2011 秋季版（1500 万张图像，22,000 个类别）上预训练再微调的单个 CNN 为 16.6%。测试集上夺冠的 15.3% 是七个 CNN 的平均：前面的五个，加上两个在 2011 秋季版上预训练过的。第二名为 26.2%。',
  },
  counts: {
    title: '“6000 万个参数和 650,000 个神经元”',
    body: '摘要里的整数，在这里逐一数出：{{name}} 有 {{params}} 个可学习参数和 {{neurons}} 个神经元（卷积层和全连接层的每个输出值算一个神经元）。论文的双 GPU 网络（输入 227×227）：{{paperParams}} 个参数，{{paperNeurons}} 个神经元。',
  },
  depth: {
    title: '深度很重要',
    body: '去掉任意一个中间卷积层，网络的 top-1 准确率就下降约 2%，尽管这里没有哪个卷积层的参数超过总数的 {{convShareMax}}%。论文的结论：深度对它的结果很重要。',
  },
  formula: {
    pca: '加到每个 RGB 像素上',
    update: '更新规则',
  },
  numbers: {
    data: {
      images: {
        label: '训练图像',
        value: '120 万张',
        note: '1000 个类别；另有 50,000 张验证图像和 150,000 张测试图像',
      },
      paperPrep: { label: '论文：256×256，减去平均图像', value: '256×256' },
      torchvisionPrep: {
        label: 'torchvision 与本应用：每个通道一个均值和一个标准差',
        value: '{{imageSize}}×{{imageSize}}',
      },
    },
    augmentation: {
      crops: {
        label: '训练样本：随机 224×224 裁剪，镜像或不镜像',
        value: '×2048',
        note: '倍数出自论文；算式是我们的',
      },
      tenCrop: { label: '测试时取平均的图块', value: '10' },
      jitter: { label: '沿主成分的颜色扰动：top-1 错误率', value: '降低 1% 以上' },
    },
    training: {
      batch: { label: '批大小', value: '128' },
      epochs: { label: '训练轮数', value: '≈ 90', note: '在两块 GTX 580 GPU（各 3 GB）上用了 5–6 天' },
      rate: { label: '学习率 ε，三次除以 10', value: '0.01' },
      init: {
        label: '初始权重',
        value: 'N(0, 0.01²)',
        note: 'conv2、conv4、conv5、fc6、fc7 的偏置为 1；其余为 0',
      },
      update: { label: '动量 · 权重衰减', value: '0.9 · 0.0005' },
    },
    results: {
      ilsvrc2010: {
        label: 'ILSVRC-2010 测试集错误率，top-1 / top-5（10 个图块）',
        value: '37.5% / 17.0%',
        note: '不对十个图块取平均：39.0% / 18.3%',
      },
      ilsvrc2012: {
        label: 'ILSVRC-2012 top-5 错误率，单个 CNN（验证集）',
        value: '18.2%',
        note: '夺冠的 15.3%（测试集）是 7 个 CNN 的平均，其中 2 个在 2011 秋季版上预训练',
      },
      params: { label: '参数（论文：“6000 万”）', value: '{{params}}', note: '论文的网络：{{paperParams}}' },
      neurons: { label: '神经元（论文：“650,000”）', value: '{{neurons}}', note: '论文的网络：{{paperNeurons}}' },
      depth: { label: '去掉任意一个中间卷积层损失的 top-1', value: '≈ 2%' },
    },
  },
  quiz: {
    none: '测验只问网络各层的问题；这一步没有题目。',
  },
};
