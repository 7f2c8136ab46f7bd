/**
 * 训练实验室的中文字符串（命名空间 `lab`）。与 lab.en.ts 键相同。
 */
import type { Strings } from '../../i18n/strings';
import type { labEn } from './lab.en';

export const labZh: Strings<typeof labEn> = {
  heading: '训练实验室',
  intro:
    '在这个浏览器里训练一个形似 AlexNet 的小网络，两次并排进行，把论文里的技巧逐个打开或关闭，看看每一个起什么作用。训练过程由种子决定：同样的设置和种子，在任何电脑上都得到同样的曲线。',
  data: '数据：Fashion-MNIST（Zalando Research，MIT 许可证），十类服饰的 28×28 灰度图：{{train}} 张用于训练，{{val}} 张留作学习率调度的验证集，{{test}} 张用于测试。',
  network:
    '网络：{{layers}}。共 {{params}} 个参数，每张图像 {{macs}} 次乘加；和 AlexNet 一样，全连接层占 {{denseShare}} 的参数，卷积层做 {{convShare}} 的计算。',
  run: {
    a: '训练 A',
    b: '训练 B',
    legend: '训练 {{run}} 的开关',
    status: {
      idle: '尚未开始。',
      loading: '正在载入数据并启动……',
      running: '训练中：第 {{iteration}} 次迭代，共 {{total}} 次，{{seconds}} 秒。',
      paused: '已暂停，停在第 {{iteration}} 次迭代，共 {{total}} 次。',
      done: '完成：{{iteration}} 次迭代，用时 {{seconds}} 秒。',
      doneTarget: '在第 {{iteration}} 次迭代达到目标（{{seconds}} 秒）。',
      error: '训练中止：{{message}}',
    },
    backend: '运行于 {{backend}}。',
    latest: '损失 {{loss}}，训练错误率 {{train}}，测试错误率 {{test}}。',
    latestNoTest: '损失 {{loss}}，训练错误率 {{train}}。',
  },
  switch: {
    activation: '激活函数',
    relu: 'ReLU',
    tanh: 'tanh',
    dropout: 'fc3 和 fc4 的 Dropout',
    dropoutOff: '关',
    lrn: '局部响应归一化',
    pooling: '池化',
    overlap: '重叠，3×3，步幅 2',
    plain: '不重叠，2×2，步幅 2',
    augment: '随机裁剪和镜像',
    augmentNote:
      '论文从 256×256 的图像中随机裁出 224×224 的图块；28×28 的图片没有这样的余地，所以这里先在四周各补 2 个像素，再随机取一个 28×28 的窗口（最多平移 2 个像素），并有一半的概率左右翻转。',
    momentum: '动量 0.9（关闭：普通 SGD）',
    weightDecay: '权重衰减 0.0005',
  },
  shared: {
    legend: '两次训练共用',
    learningRate: '学习率 ε',
    batch: '批大小',
    epochs: '轮数',
    plateau: '验证错误率不再下降时把 ε 除以 10',
    seed: '种子',
    target: '图 1 的目标训练错误率',
    update:
      'v ← 0.9·v − 0.0005·ε·w − ε·∂L/∂w，然后 w ← w + v，每批 {{batch}} 张：这是论文的更新规则。权重衰减只作用于权重，不作用于偏置。',
  },
  actions: {
    label: '训练',
    start: '两个一起训练',
    pause: '暂停',
    resume: '继续',
    reset: '重置',
    figure1: '重现图 1',
  },
  chart: {
    heading: '学习过程中的损失和错误率',
    axis: '横轴',
    iterations: '迭代次数',
    seconds: '训练秒数',
    loss: '训练损失',
    error: '错误率',
    trainError: '训练错误率（最近 10 批）',
    testError: '测试错误率',
    target: '目标 {{target}}',
    description:
      '两个面板共用横轴：上面是每次训练的训练损失；下面是最近 10 批的训练错误率和测试错误率，虚线是图 1 的目标。',
    empty: '按“两个一起训练”开始；曲线会随着学习在这里增长。',
  },
  claim: {
    heading: '论文的说法',
    paper: '在 CIFAR-10 上，一个使用 ReLU 的四层卷积网络达到 25% 训练错误率的速度，是同样网络使用 tanh 时的六倍。',
    here: '这里：{{fast}} 在第 {{fastAt}} 次迭代达到 {{target}} 的训练错误率，{{slow}} 在第 {{slowAt}} 次：迭代次数是 {{ratio}} 倍（秒数是 {{secondsRatio}} 倍）。',
    atLeast:
      '这里：{{fast}} 在第 {{fastAt}} 次迭代达到 {{target}} 的训练错误率；{{slow}} 经过 {{slowAt}} 次迭代仍未达到：至少 {{ratio}} 倍。',
    slower:
      '这里：{{slow}} 在第 {{slowAt}} 次迭代达到 {{target}} 的训练错误率，早于 {{fast}}（第 {{fastAt}} 次）：这一次 ReLU 并不更快。',
    waiting: '这里：两次训练都还没有达到 {{target}} 的训练错误率。',
    same: 'A 和 B 用的是同一种激活函数：把其中一个改成 tanh 再比较。',
    caveat:
      '论文为每个网络分别选了最快的学习率，而且没有用任何正则化；它的数据（CIFAR-10）、深度和初始权重都和这里不同。差距有多大，取决于所有这些因素。',
  },
  filters: {
    heading: 'conv1 的 {{count}} 个卷积核如何学习',
    caption:
      '每一行是训练中的一个时刻（左边是迭代次数），每个 5×5 小块是一个卷积核：灰色为 0，越亮越正，越暗越负，每行单独缩放。',
    iteration: '第 {{iteration}} 次迭代',
    none: '训练开始后这里会显示卷积核。',
    label: '训练 {{run}} 的 conv1 卷积核，从第 {{first}} 次到第 {{last}} 次迭代',
  },
  confusion: {
    heading: '训练 {{run}} 的混淆矩阵',
    caption: '{{iteration}} 次迭代后的测试图像：每一行是真实类别，每一列是网络的判断。对角线上是判断正确的。',
    truth: '真实类别',
    predicted: '判断',
    none: '第一次评估后显示（每训练 2,560 张图像评估一次）。',
  },
  gap: {
    heading: '训练与测试之间的差距（Dropout，§4.2）',
    intro:
      '最近一次评估时，在 1,000 张训练图像和 2,000 张测试图像上的错误率，两者都不用 Dropout。过拟合表现为测试错误率明显高于训练错误率；Dropout 就是用来缩小这个差距的。',
    row: '{{run}}（Dropout {{dropout}}）：训练 {{train}}，测试 {{test}}，相差 {{gap}} 个百分点。',
    none: '第一次评估后显示。',
  },
  figure1: {
    heading: '重现图 1',
    intro:
      '用训练 A 的网络训练两次，一次用 ReLU，一次用 tanh，各自训练到最近 10 批的训练错误率达到目标为止，然后比较各需要多少次迭代。和论文的图一样，两次训练都不做任何正则化：dropout、权重衰减和数据增强都关闭。',
    running: '正在重现图 1：两次训练都在 {{target}} 的训练错误率处停止。',
    result:
      'ReLU 在第 {{relu}} 次迭代达到 {{target}}，tanh 在第 {{tanh}} 次：迭代次数是 {{ratio}} 倍。论文：在 CIFAR-10 上是 6 倍。',
    resultTanhFirst:
      '这次 tanh 先达到 {{target}}，在第 {{tanh}} 次迭代；ReLU 在第 {{relu}} 次：迭代次数是它的 {{ratio}} 倍。论文：在 CIFAR-10 上 ReLU 快 6 倍。',
    caveat:
      '为什么这里的差距比论文小：这个网络很小，输入被缩放到单位方差，权重按 He 的尺度初始化，所以训练初期很少有 tanh 单元饱和，两次训练常常只差几十次迭代（换一个种子，先后可能对调）。拖慢 tanh 的是饱和：AlexNet 本身是在减去均值的原始像素值上训练的（§2），那时 tanh 单元的输入要大得多。',
    resultAtLeast: 'ReLU 在第 {{relu}} 次迭代达到 {{target}}；tanh 经过 {{tanh}} 次仍未达到：至少 {{ratio}} 倍。',
    notReached: 'ReLU 在 {{iterations}} 次迭代内没有达到 {{target}}：试试更多轮数或更大的学习率。',
    settings: '设置：{{settings}}。',
  },
  use: {
    heading: '训练好的网络',
    intro:
      '每次训练在进行时都会保存在这台设备上，重新载入页面后还在。可以把训练好的网络导出为 .pth 文件：PyTorch 能载入它，本应用的权重导入也能，导入后逐层讲解会显示它学到的卷积核和特征图。',
    export: '导出训练 {{run}}（.pth）',
    open: '在逐层讲解中查看训练 {{run}}',
    exportNone: '训练 {{run}} 还没有训练好的权重。',
    python: '在 PyTorch 中：state = torch.load("{{file}}")，再对它的 _metadata 所描述的网络调用 load_state_dict。',
  },
  classes: {
    tshirt: 'T 恤/上衣',
    trouser: '裤子',
    pullover: '套头衫',
    dress: '连衣裙',
    coat: '外套',
    sandal: '凉鞋',
    shirt: '衬衫',
    sneaker: '运动鞋',
    bag: '包',
    boot: '短靴',
  },
  on: '开',
  off: '关',
  listSeparator: '，',
};
