/**
 * 简体中文：逐层讲解的教学文字（命名空间 `walk`）。键与占位符必须与英文文件完全一致；
 * 随变体而变的数字一律用 {{占位符}}，由 src/content/walkSteps.ts 的 teachingValues 填入。
 */
import type { Strings } from '../../i18n/strings';
import type { walkEn } from './walk.en';

export const walkZh: Strings<typeof walkEn> = {
  ui: {
    position: '第 {{n}} 步，共 {{total}} 步',
    previous: '上一步',
    next: '下一步',
    what: '这一层做什么',
    why: '为什么',
    notes: '值得一提',
    output: '输出尺寸',
    outputImage: '{{output}}×{{output}} 像素，{{maps}} 个颜色通道',
    outputMaps: '{{maps}} 张特征图，每张 {{output}}×{{output}}',
    outputVector: '长度为 {{length}} 的向量',
    depth: '卷积核深度',
    depthWhy: '每个 {{kernel}}×{{kernel}} 的卷积核覆盖全部 {{depth}} 个输入通道',
    depthGrouped: '{{channels}} 个输入通道 ÷ {{groups}} 组（每块 GPU 一组）：每个卷积核只看本组的 {{depth}} 张特征图',
    params: '可学习参数',
    paramsConv: '{{filters}} 个卷积核，每个有 {{kernel}}·{{kernel}}·{{depth}} 个权重和 1 个偏置',
    paramsDense: '{{inputs}} 个输入与 {{units}} 个输出两两之间各有一个权重，每个输出另有 1 个偏置',
    paramsNone: {
      input: '无：图像是数据，不是要学习的东西',
      relu: '无：ReLU 是固定的规则 max(0, x)',
      tanh: '无：tanh 是固定的函数',
      lrn: '无：k、n、α、β 都是人工设定的，不是学出来的',
      maxpool: '无：池化只是取每个窗口里的最大值',
      adaptiveavgpool: '无：它只是对每个格子求平均',
      flatten: '无：它只是重新排列数值',
      dropout: '无：它只是在训练时随机把一些值置零',
      softmax: '无：用固定的公式把得分变成概率',
    },
    macs: '乘加运算（MACs）',
    macsConv: '{{output}}·{{output}}·{{filters}} 个输出值，每个需要 {{kernel}}·{{kernel}}·{{depth}} 次乘加',
    macsDense: '每个权重对应一次乘加',
    macsNone: '不计：只统计卷积层和全连接层，其他层的运算量与它们相比很小',
    rf: '感受野',
    rfPixel: '每个值就是输入的一个像素',
    rfText: '每个值看到输入上 {{size}}×{{size}} 像素的窗口；相邻两个值在输入上相隔 {{jump}} 像素',
    rfPadded:
      '每个值看到输入上 {{size}}×{{size}} 像素的窗口，相邻两个值相隔 {{jump}} 像素；在边缘处窗口会伸进填充区，所以左上角那个值的窗口里只有 {{corner}}×{{corner}} 个图像像素',
    rfWhole: '每个值都取决于整张图像',
    paramShare: '参数量占比',
    macShare: '计算量占比',
    paramShareText: '占全部可学习参数的 {{paramShare}}%',
    macShareText: '占全部乘加运算的 {{macShare}}%',
    help: '图例与按键',
    keys: '键盘：← → 或 PageUp / PageDown 逐步切换，Home / End 跳到第一步或最后一步',
  },
  kind: {
    input: {
      what: '图像以三张叠在一起的数字网格进入网络，分别对应红、绿、蓝三个通道。',
      why: '和全连接网络不同，卷积神经网络保留图像的二维结构，这样卷积核才能同时看到相邻的像素。',
    },
    conv: {
      what: '{{filters}} 个 {{kernel}}×{{kernel}}×{{depth}} 的卷积核各自在 {{inputSize}}×{{inputSize}}×{{channels}} 的输入上滑动，每次移动 {{stride}} 像素，在每个位置把覆盖到的所有值加权求和，再加上偏置。一个卷积核产生一张特征图，所以这一层输出 {{filters}} 张 {{output}}×{{output}} 的特征图。',
      why: '同一个小卷积核在所有位置重复使用，因此无论某种图案出现在哪里都能被检测到，所需的权重也远少于同样输入上的全连接层。',
    },
    relu: {
      what: '把所有负值变成 0，正值保持不变：max(0, x)。',
      why: '没有非线性，多层叠加后只相当于一个线性变换。ReLU 几乎是最便宜的非线性函数，而且对所有正输入斜率都是 1，梯度不会像 tanh 进入饱和区那样逐渐消失。',
    },
    tanh: {
      what: '用双曲正切 tanh(x) 把每个值压到 −1…1 之间：在 0 附近接近 x，输入很大时趋于 ±1。',
      why: 'AlexNet 之前常用的饱和型非线性函数。在它变平的地方斜率几乎为 0，梯度会逐渐消失，训练更慢：论文的图 1 显示，ReLU 网络达到 25% 训练错误率的速度快六倍（§3.1）。训练实验室可以让你亲自测一测。',
    },
    lrn: {
      what: '局部响应归一化（LRN）把每个值除以相邻特征图在同一位置上的活跃程度，于是一个很强的响应会压低它旁边的特征图。',
      why: '它让不同卷积核算出的特征图相互竞争较大的响应，是一种侧抑制。AlexNet 论文发现它能略微降低错误率；后来的研究（VGG）发现它对更深的网络没有帮助。',
    },
    maxpool: {
      what: '在 {{channels}} 张特征图上各自滑动 {{kernel}}×{{kernel}} 的窗口，每次移动 {{stride}} 像素，每个窗口只保留最大值：{{inputSize}}×{{inputSize}} 变为 {{output}}×{{output}}，特征图的数量不变。',
      why: '宽和高缩小（这里大约减半），后面的层要处理的数值更少，后续参数更少，更不容易过拟合，而且后面每个卷积核能覆盖图像中更大的范围。',
    },
    adaptiveavgpool: {
      what: '不论特征图输入时有多大，都把它平均成固定大小的网格。',
      why: '这样全连接层得到的输入个数始终不变，网络也就能接受更大的图像。',
    },
    flatten: {
      what: '把一叠特征图逐个数值地排成一个长向量。',
      why: '全连接层接受的是向量，而不是网格。展平既不计算也不学习，只改变数值的排列方式。',
    },
    dense: {
      what: '{{units}} 个输出中的每一个，都是全部 {{inputs}} 个输入的加权和再加上偏置，也就是你在全连接网络里已经熟悉的那种层。',
      why: '卷积层找到了局部图案；全连接层把这些来自图像各处的图案综合起来，变成支持各个类别的证据。',
    },
    dropout: {
      what: '随机失活（Dropout）：训练时，这 {{length}} 个值各自以概率 {{rate}} 随机置为 0，每张图像重新抽取。测试时不再丢弃任何值；至于如何缩放数值来弥补，取决于所用的约定（见下文）。',
      why: '任何单元都可能随时消失，所以没有哪个单元能依赖某个特定的其他单元。这可以抑制全连接层的过拟合，而网络的大部分参数正集中在全连接层。',
      here: '此处不起作用：本应用只做前向计算（推理），所以这 {{length}} 个值原样通过（失活概率 {{rate}} 只在训练时生效）。',
    },
    softmax: {
      what: '把最后的得分变成概率：对每个得分取指数，再除以它们的总和，于是每个值都是正数，而且总和为 1。',
      why: 'softmax 是为训练服务的：论文最大化的目标是正确类别的对数概率（多项逻辑回归），这需要概率。对排序而言它什么也不改变：取指数不改变大小顺序，所以用 fc8 的原始得分得到的 top-1 和 top-5 答案完全相同。',
    },
  },
  layer: {
    input: {
      puzzle:
        '论文写的输入是 224×224×3。把它代入 conv1 的公式：(224 − 11)/4 + 1 = 54.25，不是整数。许多能运行的实现改用 227×227，这时 (227 − 11)/4 + 1 = 55 恰好是整数（CS231n 的课程笔记讨论过这个出入）。能除尽的边长并不只有 227：边长除以 4 余 3 的都可以（223 → 54，231 → 56），而 227 正好得到论文结构图中的 55。这个版本用的是 {{output}}×{{output}}。（torchvision 则保留 224，改为给 conv1 加 2 的填充，但这样仍然除不尽。）',
      torchvision: 'torchvision 保留论文的 224×224，改为给 conv1 加填充。走到 conv1 看看，这样算出来是不是整数。',
      zfnet: 'ZFNet 论文的结构图从图像中裁出的 {{output}}×{{output}} 区域开始。',
    },
    conv1: {
      maps: '{{filters}} 个卷积核产生 {{filters}} 张特征图，也就是对同一张图像的 {{filters}} 种不同响应。每个卷积核大小为 {{kernel}}×{{kernel}}×{{depth}}，每次移动 {{stride}} 像素，所以仅这一层，边长就从 {{inputSize}} 缩小到 {{output}}。',
      learns: '训练之后，第一层的卷积核看起来像各种方向的边缘、不同频率的条纹和色块：这些简单图案是后面所有层的基础。',
      gpus: '在论文的双 GPU 网络中（论文图 3），GPU 1 上的 48 个卷积核大多与颜色无关（边缘、频率），GPU 2 上的 48 个大多与颜色有关。论文说，这种分工是受限连接的结果（在 conv2、conv4 和 conv5 中，每块 GPU 上的卷积核只看本 GPU 的特征图；conv3 和全连接层则读取两块 GPU 的全部特征图），而且每次训练都会出现，与随机初始化无关。',
      torchvision:
        'torchvision 的 conv1 有 {{filters}} 个卷积核（论文是 96 个），填充为 {{padding}}：({{inputSize}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}}，仍然不是整数。PyTorch 向下取整得到 {{output}}。取整舍掉的是填充，而不是图像：最后一个窗口离加了填充的右边缘和下边缘还差 {{droppedPadding}} 像素，图像的每个像素仍然都被读到。',
      zfnet:
        'ZFNet 用 {{kernel}}×{{kernel}}、步幅 {{stride}} 的卷积核，取代 AlexNet 的 11×11、步幅 4。他们对 AlexNet 的可视化显示，conv1 的滤波器混杂着极高频和极低频的信息，中频很少；conv2 还出现了由 conv1 步幅 4 引起的混叠。为了得到论文图中的 {{output}}，本应用取填充为 {{padding}}：({{inputSize}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}}，向下取整为 {{output}}。没有窗口到达的格子都是填充：图像的每个像素都被读到。',
    },
    relu1: {
      speed:
        'AlexNet 论文为了速度选用 ReLU 而不是 tanh：一个 4 层卷积网络在 CIFAR-10 上把训练误差降到 25%，用 ReLU 比用 tanh 快六倍（该论文图 1）。论文并没有把这个想法归功于自己：“修正线性单元”这个名称取自 Nair 和 Hinton，论文也说自己不是第一个在卷积网络中寻找传统神经元模型替代品的人。它强调的是：对在大数据集上训练的大模型来说，学得更快影响很大。',
    },
    norm1: {
      formula:
        'b = a / (k + α·Σ a²)^β，其中 Σ 对相邻 n = {{lrnSize}} 张特征图（这张图本身及其邻近的图）同一位置上的值的平方求和。常数：k = {{k}}，α = {{alpha}}，β = {{beta}}。',
      effect:
        'AlexNet 论文报告 LRN 使错误率降低了 1.4%（top-1）和 1.2%（top-5）。后来的研究发现它对更深的网络没有帮助：原文跳过了它，本应用的单路版和 torchvision 版也都没有这一层。',
      brightness:
        '论文称之为“亮度归一化”：与早先的局部对比度归一化不同，它不减去平均活跃度。求和包括这个值自己的平方，而 k = {{k}} 使分母至少为 {{k}}^{{beta}} ≈ {{lrnFloor}}：即使邻近特征图全都沉默，每个值也至少要除以这个数，也就是至少缩小 {{lrnCut}}%，但绝不会被放大。论文把它用在 ReLU 的输出上、池化之前，分辨率仍是完整的 {{inputSize}}×{{inputSize}}（Caffe 的 AlexNet 也是如此）。',
      conventions:
        '要把这些常数写进代码？先确认约定。AlexNet 论文里是 α 乘以平方和；Caffe 和 PyTorch 的 nn.LocalResponseNorm 先把 α 除以 n；TensorFlow 的 local_response_normalization 用的是深度半径 (n − 1)/2 = {{radius}}，并像论文一样直接乘以 α。所以同样写作 α = {{alpha}}，在不同地方含义并不相同；k 也不一样：Caffe 和 PyTorch 的默认值是 k = 1，论文是 k = {{k}}。',
      zfnet:
        'ZFNet 在池化之后做归一化（AlexNet 是在池化之前），ZFNet 论文称之为对比度归一化（contrast normalization）；本应用用 AlexNet 的 LRN 常数来模拟它。',
    },
    pool1: {
      overlap:
        '{{kernel}}×{{kernel}} 的窗口每次移动 {{stride}} 像素，相邻窗口相互重叠。AlexNet 论文发现，与窗口恰好相接的 z = s = 2 相比，这种重叠池化（z = 3，s = 2）使错误率降低了 0.4%（top-1）和 0.3%（top-5）。',
    },
    conv2: {
      more: '{{filters}} 个卷积核，多于输入的 {{channels}} 张特征图：卷积核越多，这一层的描述能力越强，能响应的图案种类也越多。',
      depth:
        '卷积核深度总是等于输入通道数：输入有 {{channels}} 张特征图，所以每个卷积核是 {{kernel}}×{{kernel}}×{{depth}}，另加一个偏置。',
      grouped:
        '在论文中，conv2 分布在两块 GPU 上：每块 GPU 的 {{filtersPerGroup}} 个卷积核只看本 GPU 上的 {{depth}} 张特征图，所以卷积核是 {{kernel}}×{{kernel}}×{{depth}}，而不是 ×{{channels}}。写成代码就是分组数 groups = {{groups}} 的分组卷积，这一层的权重因此减半：({{kernel}}·{{kernel}}·{{depth}} + 1)·{{filters}} = {{params}}。',
      zfnet: 'ZFNet 在这里也用步幅 {{stride}}，让分辨率继续逐步下降：{{inputSize}} → {{output}}。',
    },
    norm2: {
      again:
        '与 norm1 相同的归一化，常数也相同（k = {{k}}，n = {{lrnSize}}，α = {{alpha}}，β = {{beta}}），这次作用于 {{channels}} 张特征图。',
    },
    pool2: {
      again:
        '又是 {{kernel}}×{{kernel}}、步幅 {{stride}} 的窗口：边长从 {{inputSize}} 变为 {{output}}，{{channels}} 张特征图全部保留。池化对每张特征图单独进行。',
    },
    conv3: {
      same: '卷积核 {{kernel}}×{{kernel}}、填充 {{padding}}、步幅 {{stride}}，边长保持不变：({{inputSize}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{output}}。步幅为 1 时也请保留公式中的“/{{stride}}”，这样一个公式就适用于所有层。',
      gpus: 'conv3 是两块 GPU 交换信息的地方之一：它的卷积核能看到来自两块 GPU 的全部 {{depth}} 张特征图。全连接层 fc6、fc7、fc8 也是如此，因为它们的每个单元都接收全部输入。论文称，与每个卷积层的卷积核减半的单 GPU 网络相比，这种双 GPU 结构使 top-1 和 top-5 错误率分别降低了 1.7% 和 1.2%。论文的脚注补充说，为了让两者的参数量接近，这个单 GPU 网络的最后一个卷积层和后面的全连接层都没有减半，所以这个比较其实偏向单 GPU 网络。',
      dense:
        '在 ZFNet 中，每一层都是稠密连接，不再按 GPU 分组：每个卷积核都能看到前一层的全部 {{channels}} 张特征图。（ZFNet 论文第 3 节说 AlexNet 的第 3、4、5 层是稀疏连接的，这是笔误：AlexNet 分组的是 conv2、conv4 和 conv5，conv3 本来就是稠密连接。）',
    },
    conv4: {
      stack:
        '又是 {{filters}} 个 {{kernel}}×{{kernel}}×{{depth}} 的卷积核，中间仍然没有池化。每多叠一层，一个值能看到的范围就更大：现在是输入上 {{size}}×{{size}} 像素的窗口；在边缘处，只有落在图像内的那部分算数（其余是填充）。',
      grouped:
        '又回到各自的 GPU：conv4 的卷积核只看本 GPU 上的 {{depth}} 张特征图（groups = {{groups}}），而不是全部 {{channels}} 张。',
    },
    conv5: {
      down: '卷积核的数量又降了下来：输入 {{channels}} 张特征图，输出 {{filters}} 张。特征图更少，交给全连接层的数据块也就更小。',
      torchvision: '在 torchvision 中，数量在 conv4 就已经降下来了；conv5 保持 {{filters}} 张特征图。',
      grouped:
        '和 conv2、conv4 一样，conv5 只在各自的 GPU 内连接：卷积核是 {{kernel}}×{{kernel}}×{{depth}}（groups = {{groups}}）。',
      deep: '这是最后一个卷积层。Zeiler 和 Fergus 对训练好的网络做的可视化显示：第 3 层左右响应纹理，第 4 层响应更具类别特征的部件（狗的脸、鸟的腿），第 5 层响应姿态各异的完整物体。',
    },
    pool5: {
      name: '原文把这一层叫作 POOL3，即第三个池化层；本应用沿用 Caffe 的命名，按它前面的 conv5 称为 pool5。({{inputSize}} − {{kernel}})/{{stride}} + 1 = {{output}}：原文有一行误写成 5；三行之后的 {{output}}×{{output}}×{{maps}} 给出了正确的 {{output}}。',
      last: '{{output}}×{{output}}×{{maps}} 是最后一组特征图；接下来它会被展平，送入全连接层。',
    },
    avgpool: {
      identity:
        '特征图到这里已经是 {{inputSize}}×{{inputSize}}，所以把它平均成 {{output}}×{{output}} 个格子（每格正好一个值）不会改变任何东西。这一层的用处在于更大的输入图像：那时特征图会更大，而全连接层得到的输入仍然是 {{output}}·{{output}}·{{maps}} 个。',
    },
    flatten: {
      length:
        '{{inputSize}}×{{inputSize}}×{{channels}} 的数据块变成一个长度为 {{inputSize}}·{{inputSize}}·{{channels}} = {{length}} 的向量，这样 fc6 才能接收它。没有任何计算，没有丢失任何信息，也没有任何混合：每个值仍然是前一层的一个单元，看的仍是图像上它自己的 {{size}}×{{size}} 窗口。只有把它们全部组合起来的 fc6 才取决于整张图像。',
    },
    drop6: {
      paper:
        'AlexNet 论文在前两个全连接层使用失活概率为 0.5 的 Dropout。测试时保留所有单元，但把输出乘以 0.5，这样下一层得到的平均值与训练时相同。PyTorch 和 Caffe 用的是“反向”Dropout：训练时把保留下来的值乘以 1/(1 − 0.5) = 2，测试时这一层什么也不做。两种做法的期望值相同；本应用遵循 PyTorch，所以这里所有值原样通过。Dropout 的代价是：收敛所需的迭代次数大约翻倍。',
      torchvision:
        'torchvision 把 Dropout 放在 fc6 和 fc7 之前，作用于它们的输入；AlexNet 论文则把它放在 fc6 和 fc7 的 ReLU 之后，作用于它们的输出。',
    },
    fc6: {
      most: 'fc6 把 {{inputs}} 个输入中的每一个都连接到 {{units}} 个单元中的每一个：{{inputs}}·{{units}} + {{units}} = {{params}} 个参数，占整个网络的 {{paramShare}}%，比五个卷积层加起来还多。但它只占 {{macShare}}% 的乘加运算。',
      names: '原文把 fc6、fc7、fc8 叫作 FC1、FC2、FC3；本应用沿用 Caffe 的命名。',
    },
    relu6: {
      article:
        '原文的代码省略了全连接层之间的这个 ReLU 和 Dropout。去掉它们参数量不变，但网络变了：中间没有 ReLU，fc6、fc7、fc8 三个线性变换复合起来，只相当于一个线性层。',
    },
    fc7: {
      again: '又一个全连接层，{{inputs}} → {{units}}：{{params}} 个参数，占整个网络的 {{paramShare}}%。',
    },
    fc8: {
      classes:
        '每个类别一个输出：ImageNet 有 {{units}} 类。如果是 10 分类任务，只需把这一层换成 10 个单元：参数量变为 {{inputs}}·10 + 10 = {{tenClassParams}}，而不是 {{params}}。',
      noRelu: 'fc8 后面没有 ReLU：它的原始得分直接送入 softmax。',
    },
    softmax: {
      topFive:
        'AlexNet 论文报告的是 top-5 错误率：真实类别不在概率最高的五个类别之中的比例。在 ILSVRC-2010 测试集上，单个 AlexNet 的 top-1 和 top-5 错误率分别为 37.5% 和 17.0%，这是对每张图像的十个图块取预测平均的结果（不取平均时为 39.0% 和 18.3%）。在 ILSVRC-2012 上，单个网络在验证集上的 top-5 错误率为 18.2%；多加第六个卷积层、并先在更大的 ImageNet 2011 秋季版上预训练的单个网络为 16.6%。测试集上夺冠的 15.3% 是七个网络的平均：五个与前者相同，两个在 2011 秋季版上预训练过。第二名为 26.2%。',
    },
  },
  role: {
    conv1:
      'conv1 是唯一直接看到像素的层。它的 {{kernel}}×{{kernel}} 卷积核寻找最简单的图案（边缘、条纹、色块），步幅 {{stride}} 一下子就把图像缩小，使后面每一层的计算量都负担得起：conv1 用 {{paramShare}}% 的参数，承担 {{macShare}}% 的计算量。',
    conv2:
      'conv2 看到的不再是像素，而是 conv1 经过池化的 {{channels}} 张特征图。每个卷积核在更大的窗口（输入上 {{size}}×{{size}} 像素，在边缘处有一部分是填充）内组合这些边缘和颜色检测器，形成更复杂的图案，例如角点、边缘与颜色的组合。',
    conv3:
      '从这里开始网格很小（{{inputSize}}×{{inputSize}}），三个卷积层接连出现，中间没有池化。conv3 接收 conv2 的 {{channels}} 张特征图，在其上建立 {{filters}} 种图案的更大“词汇表”，每种覆盖输入上 {{size}}×{{size}} 像素的窗口（在边缘处有一部分是填充）。',
    conv4:
      'conv4 增加深度而不缩小任何尺寸：网格不变，卷积核大小也不变。叠加换来的是更大的视野和更多的图案组合。深度很重要：去掉任意一个中间卷积层，论文网络的 top-1 性能会下降约 2%。',
    conv5:
      'conv5 产生最后、也最抽象的特征图：{{filters}} 张 {{output}}×{{output}}；再经过一次池化，它们就是全连接分类器能看到的关于这张图像的全部信息。',
    relu1:
      'conv1 的 {{maps}} 张特征图里有正值也有负值；ReLU 只保留正的响应。这是网络中的第一个非线性；论文在每个卷积层和每个隐藏的全连接层之后都加了一个。',
    relu2:
      '同样的规则作用于 conv2 的 {{maps}} 张特征图：凡是 conv2 的图案没有出现的地方，值都变成恰好 0，所以进入池化的特征图是稀疏的。',
    relu3:
      '同样的规则作用于 conv3 的 {{maps}} 张特征图。conv3、conv4、conv5 之间没有池化，只有 ReLU 使这三层不至于合并成一个线性变换。',
    relu4: '同样的规则作用于 conv4 的 {{maps}} 张特征图，前后仍然没有池化。',
    relu5: '卷积部分的最后一个 ReLU，作用于 conv5 的 {{maps}} 张特征图，紧接着是最后一次池化。',
    relu6:
      '在全连接层之间，ReLU 同样重要：没有它，fc6 和 fc7 就只相当于一个线性层。这里它作用于长度为 {{length}} 的向量。',
    relu7: '网络中的最后一个 ReLU，作用于 fc7 的 {{length}} 个值。fc8 的得分后面没有 ReLU：它们直接送入 softmax。',
    norm1:
      'norm1 作用于 conv1 经过 ReLU 的 {{channels}} 张特征图，在池化之前、分辨率仍是完整的 {{inputSize}}×{{inputSize}}：同一像素上相邻卷积核的响应相互抑制。',
    norm2:
      'norm2 对 conv2 经过 ReLU 的 {{channels}} 张特征图做同样的事，同样在池化之前。论文只在前两个卷积层之后做归一化。',
    pool1:
      'pool1 把 conv1 的特征图缩小一半：{{inputSize}} → {{output}}。它的窗口相互重叠，论文发现这样略微不容易过拟合。',
    pool2: 'pool2 再把 conv2 的特征图缩小一半，{{inputSize}} → {{output}}，于是 conv3 到 conv5 都在一个小网格上工作。',
    pool5:
      'pool5 是 conv5 之后的最后一次池化：{{inputSize}} → {{output}}。它输出的 {{output}}×{{output}}×{{maps}} 个值就是 fc6 要读取的数据块。',
    drop6: '这个 Dropout 作用于 fc6 的单元。fc6 是参数最多的一层，也最容易过拟合。',
    drop7: '第二个也是最后一个 Dropout，作用于 fc7 的单元。fc8 后面没有 Dropout：它的输出就是类别得分。',
    fc6: 'fc6 是第一个一次看到整张图像的层：它的 {{units}} 个单元中的每一个都接收展平后全部 {{inputs}} 个值。',
    fc7: 'fc7 把 fc6 的 {{inputs}} 个特征重新组合成 {{units}} 个新特征。它的输出就是图像的“特征向量”：论文用这些向量之间的距离来比较图像。',
    fc8: 'fc8 把 fc7 的 {{inputs}} 个特征变成每个类别一个得分：共 {{units}} 个得分。',
  },
  zfnet: {
    ceilPool:
      '公式给出 ({{inputSize}} − {{kernel}})/{{stride}} + 1 = {{exact}}，不是整数。论文图中的 {{output}} 需要向上取整，Caffe 时代的代码就是这样做的（PyTorch 中为 ceil_mode=True）；PyTorch 默认向下取整，会少 1。',
  },
  honesty: {
    heading: '这些权重是随机的',
    weights:
      '这里的网络没有训练过：所有权重都是随机的，用 He 初始化从固定的随机种子生成，所以每次打开都会搭出同一个网络。',
    maps: '你看到的特征图是随机卷积核对你的图像做出的结果，而不是 AlexNet 学会看到的东西。',
    predictions: '因此，最后输出的类别概率没有意义：随机网络对图片里是什么一无所知。',
    trained:
      '如果换成训练好的权重，conv1 的卷积核会像各种方向的边缘、条纹和色块（论文图 3），更深层的特征图会对纹理和物体部件产生响应。',
  },
  count: {
    heading: '什么算作一层',
    position: '计入层数的第 {{index}} 层，共 {{layers}} 层',
    notCounted: '不计入层数：它没有可学习参数。',
  },
  quizHints: {
    maps: '一个卷积核产生一张特征图：数一数卷积核有几个。池化不改变特征图的数量。',
    size: '边长 = (输入 − 卷积核 + 2·填充)/步幅 + 1。步幅为 1 时也别省掉“/步幅”；池化没有填充。除不尽时这一层要取整：默认向下取整（torchvision 的 conv1：55.25 → 55），“ceil”池化向上取整（ZFNet：54.5 → 55，12.5 → 13）。',
    length: '把高、宽和特征图的数量相乘。',
    depth: '卷积核的深度等于输入的通道数；如果这一层按 GPU 分组，再除以组数。',
    params: '每个卷积核有 k·k·深度 个权重（k 为卷积核边长），再加 1 个偏置；然后乘以卷积核的个数。',
    paramsDense: '每一对输入和输出之间有一个权重，每个输出另有一个偏置。',
    paramsPool: '“取最大值”这个操作里，训练能调整什么？什么也没有，所以参数量为零。',
  },
};
