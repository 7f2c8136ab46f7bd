/** 简体中文：“网络在看哪里”视图（命名空间 `attribution`）。 */
import type { Strings } from '../../i18n/strings';
import type { attributionEn } from './attribution.en';

export const attributionZh: Strings<typeof attributionEn> = {
  heading: '网络在看哪里',
  intro:
    '照片的哪些部分让网络选中了某个类别？这里用六种方法从六个角度提问，直接在上面的网络上、用它自己的权重、在它看到的裁剪图上实时计算。每种方法回答的问题都比“为什么”窄；没有一种是网络的推理过程。',
  random:
    '这些权重是随机的：未经训练的网络给出的“解释”什么也解释不了。载入训练好的权重，看看训练过的 AlexNet 在看哪里；或者运行下面的合理性检验，看看原因。',
  noImage: '选一张照片，看看网络在看哪里。',
  waiting: '正在等待网络和照片……',
  noConv: '解释需要卷积层和类别得分（末尾的全连接层）；这个网络缺少其中之一。',
  classes: {
    heading: '要解释的类别',
    top: '前五名',
    searchLabel: '在全部 {{count}} 个类别中搜索',
    searchHint: '输入名称的一部分（如 tabby、lens）或类别编号。',
    noMatch: '没有类别与“{{query}}”匹配。',
    matches_one: '有 {{count}} 个类别匹配。',
    matches_other: '有 {{count}} 个类别匹配，下面列出前 {{shown}} 个。',
    explaining: '正在解释 {{name}}（类别 {{index}}）。',
    topMark: '第一名',
    classN: '类别 {{index}}',
    unitMethod: '这种方法解释的是卷积层中的一个单元，而不是一个类别。',
  },
  methods: {
    label: '方法',
    gradcam: 'Grad-CAM',
    saliency: '显著图',
    smoothgrad: 'SmoothGrad',
    occlusion: '遮挡',
    deconvnet: '反卷积网络',
    guided: '引导反向传播',
  },
  about: {
    gradcam:
      'Grad-CAM（Selvaraju 等，2017）给卷积层输出（ReLU 之后）的每个通道一个权重：该通道增大时，类别得分（softmax 之前的 logit）上升多少，即其梯度的平均值。再把加权后的通道相加，只保留正的部分。热图的分辨率就是该层自己的分辨率，这里是 {{size}}×{{size}}，再拉伸覆盖到裁剪图上。',
    saliency:
      '梯度显著图（Simonyan 等，2014）：改变一个像素时类别得分变化多少，即 |∂得分/∂像素|，取三个颜色通道中的最大值。它显示的是敏感度而不是证据，天生带有噪点。',
    smoothgrad:
      'SmoothGrad（Smilkov 等，2017）在照片上加 n 次高斯噪声（σ 取输入取值范围的一个比例），对这些副本的梯度取平均，再像显著图那样显示。论文发现 10–20 % 的噪声、约 50 个样本效果较好。',
    occlusion:
      '遮挡（Zeiler 与 Fergus，2013，图 7）：用一个灰色方块（即平均颜色）每次盖住裁剪图的一部分，再运行一次网络。暗的格子表示盖住那里会降低概率：网络需要那一部分。',
    deconvnet:
      '反卷积网络投影（Zeiler 与 Fergus，2013，§2.1）：保留卷积层某个通道中最强的激活，其余全部置零，再一路送回像素：按前向传播记录的位置反池化、ReLU、用同样的卷积核转置卷积。它显示的是激发这一个单元的图案。',
    guided:
      '引导反向传播（Springenberg 等，2015）投影同一个单元，但每个 ReLU 只在前向时输入为正的位置把信号传回。它往往比反卷积网络更清晰；Adebayo 等人发现它几乎不依赖上层的权重。',
  },
  settings: {
    heading: '设置',
    layer: '层',
    layerOption: '{{conv}}（ReLU 之后，{{size}}×{{size}}×{{channels}}）',
    samples: '样本数 n',
    noise: '噪声 σ，占输入取值范围的比例',
    size: '方块边长（像素）',
    stride: '步幅（像素）',
    grid_one: '{{n}}×{{n}} 的网格：{{count}} 次前向传播。',
    grid_other: '{{n}}×{{n}} 的网格：{{count}} 次前向传播。',
    badGrid: '这个方块放不进 {{size}} 像素的裁剪图。',
    channel: '通道（0–{{max}}）',
    channelTop: '最活跃的通道',
    defaults: '论文的默认值',
  },
  map: {
    opacity: '热图不透明度',
    canvas: '{{method}} 热图，{{h}}×{{w}}，叠加在网络所见的 {{size}}×{{size}} 裁剪图上',
    showing: '显示',
    target: '要解释的类别',
    topClass: '第一名类别（{{name}}）',
    baseline: '什么都不遮挡时：{{name}} {{p}}，第一名 {{top}}。',
    legend: {
      gradcam: 'Grad-CAM，ReLU(Σ αₖ Aₖ)',
      saliency: '|∂得分/∂像素|',
      smoothgrad: '|平均梯度|',
      occlusion: '方块在此处时的概率',
      deconvnet: '投影，各颜色中最大的 |值|',
      guided: '投影，各颜色中最大的 |值|',
    },
    raw: '计算得到、未经显示缩放的值：从 {{lo}} 到 {{hi}}。',
  },
  job: {
    running: '正在计算……',
    progress: '已完成 {{done}} / {{total}}',
    cancel: '取消',
    cancelled: '已停止。热图显示的是停止前算出的部分。',
    retry: '重新运行',
    failed: '这种方法无法运行：{{message}}',
    done: '在引擎的工作线程中用时 {{ms}} 毫秒。',
  },
  download: {
    label: '下载',
    csv: 'CSV（{{h}}×{{w}} 个值）',
    png: 'PNG',
    csvHint: '每行对应热图的一行，是方法自身分辨率下的原始值。',
  },
  channels: {
    heading: '最能提高得分的通道',
    item: '通道 {{channel}}：α = {{weight}}',
    open: '在逐层讲解中打开 {{layer}} 的通道 {{channel}}',
    hint: 'αₖ 是 ∂得分/∂Aₖ 在整张图上的平均值。打开一个通道，可在逐层讲解中看它的特征图。',
  },
  projection: {
    heading: '这个单元以及它看到的内容',
    unit: '{{layer}}，通道 {{channel}}，位置 ({{x}}, {{y}})：激活值 {{value}}。',
    image: '投影回像素，灰色表示 0',
    imageAlt: '{{layer}} 通道 {{channel}} 投影回像素的结果，以灰色为零的颜色显示',
    patch: '它在裁剪图中的感受野，{{size}}×{{size}} 像素',
    patchAlt: '{{layer}} 中单元 ({{x}}, {{y}}) 能看到的那部分裁剪图',
    silent: '对这张照片，这个通道处处为零：没有可投影的内容。',
  },
  sanity: {
    heading: '合理性检验：随机化权重',
    explain:
      'Adebayo 等人（2018）从顶层开始逐层重新初始化权重（先是 fc8，再加上 fc7，依此类推直到 conv1），每一步之后都运行同一种方法。能解释网络决策的方法，在做出决策的网络被破坏之后，必须给出不同的热图。如果热图中像素的先后次序保持不变（斯皮尔曼秩相关系数 ρ 接近 1），那么它显示的是图像本身的边缘和对比度，而不是网络学到的东西。',
    run_one: '运行合理性检验（{{count}} 步）',
    run_other: '运行合理性检验（{{count}} 步）',
    needsMap: '请先等这种方法的热图算完。',
    running: '正在重新初始化，第 {{done}} / {{total}} 步……',
    original: '原始',
    step: '从 {{layer}} 往上随机',
    rho: 'ρ = {{rho}}',
    rhoFlat: 'ρ 无定义：热图是平的',
    list: '每一步之后的热图，以及它们与原始热图的秩相关',
    stepAlt: '权重从 {{layer}} 往上随机时的 {{method}} 热图：ρ = {{rho}}',
    similar:
      '从 {{layer}} 往上的各层都已随机化，热图仍然相似（ρ ≥ 0.5）：对这张照片，这种方法显示的更多是图像本身，而不是网络学到的东西。',
    changes: '一旦 {{layer}} 被随机化，热图就变了（ρ 低于 0.5）：它依赖学到的权重，解释理应如此。',
    randomNote: '这些权重本来就是随机的：没有学到的东西可以破坏，所以这里只能看出每张热图在多大程度上跟随图像本身。',
    seed: '重新初始化为 He 正态分布权重、零偏置，种子 {{seed}}。',
  },
  slide: {
    caption: '网络在哪里寻找 {{name}}：{{layer}} 处的 Grad-CAM',
    alt: '第一名类别的 Grad-CAM，叠加在网络所见的裁剪图上',
  },
};
