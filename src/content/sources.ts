/**
 * Where each factual claim of the teaching text comes from. `references` are the works the
 * app cites, written out in full once; `citations` maps an i18n key (the same key in both
 * languages) to the places in those works that back its claims. The UI shows them as small
 * links after the sentence, and a sources panel with the full reference.
 *
 * tests/content/sources.test.ts fails on a fact key without a citation: every key under
 * walk.layer, walk.role, walk.zfnet, pipeline and variant.source, and every other
 * string that names a paper or a percentage, must be listed here.
 */

/** The works cited, in full. Titles stay in their original language in both UIs; the two
 * empty ones are translated (see localRefs). */
export const references = {
  alexnet:
    'A. Krizhevsky, I. Sutskever, G. E. Hinton. ImageNet Classification with Deep Convolutional Neural Networks. NIPS 2012.',
  zf: 'M. D. Zeiler, R. Fergus. Visualizing and Understanding Convolutional Networks. ECCV 2014 (arXiv:1311.2901, 2013).',
  weirdtrick: 'A. Krizhevsky. One weird trick for parallelizing convolutional neural networks. arXiv:1404.5997, 2014.',
  torchvision:
    'torchvision.models.alexnet and its IMAGENET1K_V1 weights (PyTorch vision library, torchvision/models/alexnet.py).',
  caffe:
    'BVLC Caffe: models/bvlc_alexnet (train_val.prototxt) and the LRN layer’s documentation (Y. Jia et al., 2014).',
  pytorch: 'PyTorch documentation: torch.nn.LocalResponseNorm, torch.nn.Dropout, torch.nn.MaxPool2d (ceil_mode).',
  tensorflow: 'TensorFlow documentation: tf.nn.local_response_normalization.',
  cs231n:
    'Stanford CS231n, Convolutional Neural Networks for Visual Recognition: course notes, “Convolutional Networks”.',
  vgg: 'K. Simonyan, A. Zisserman. Very Deep Convolutional Networks for Large-Scale Image Recognition. ICLR 2015, §4.1.',
  he: 'K. He, X. Zhang, S. Ren, J. Sun. Delving Deep into Rectifiers. ICCV 2015 (He initialisation).',
  visionIssues:
    'pytorch/vision on GitHub: pull requests #463 (2018) and #704 (2019), why torchvision’s conv4 has 256 kernels and why it stays; issue #549 (2018), the order of dropout in its classifier.',
  gradcam:
    'R. R. Selvaraju, M. Cogswell, A. Das, R. Vedantam, D. Parikh, D. Batra. Grad-CAM: Visual Explanations from Deep Networks via Gradient-based Localization. ICCV 2017.',
  saliency:
    'K. Simonyan, A. Vedaldi, A. Zisserman. Deep Inside Convolutional Networks: Visualising Image Classification Models and Saliency Maps. ICLR Workshop 2014.',
  smoothgrad:
    'D. Smilkov, N. Thorat, B. Kim, F. Viégas, M. Wattenberg. SmoothGrad: removing noise by adding noise. arXiv:1706.03825, 2017.',
  guided:
    'J. T. Springenberg, A. Dosovitskiy, T. Brox, M. Riedmiller. Striving for Simplicity: The All Convolutional Net. ICLR Workshop 2015.',
  sanity:
    'J. Adebayo, J. Gilmer, M. Muelly, I. Goodfellow, M. Hardt, B. Kim. Sanity Checks for Saliency Maps. NeurIPS 2018.',
  article: '',
  app: '',
} as const;

export type RefId = keyof typeof references;

/** One place in one work: `at` is the section, figure or table ("§3.3", "Fig. 3"). */
export interface Citation {
  readonly ref: RefId;
  readonly at?: string;
}

const A = (at?: string): Citation => ({ ref: 'alexnet', at });
const Z = (at?: string): Citation => ({ ref: 'zf', at });
const tv: Citation = { ref: 'torchvision' };
const vision = (at: string): Citation => ({ ref: 'visionIssues', at });
const app: Citation = { ref: 'app' };
const article: Citation = { ref: 'article' };

/** Citations by i18n key. Keys missing here are not factual (headings, UI labels). */
export const citations: Readonly<Record<string, readonly Citation[]>> = {
  // The training lab (issue 21): the paper's claims it reproduces and the tricks it switches.
  'lab.intro': [A()],
  'lab.switch.augmentNote': [A('§4.1')],
  'lab.shared.target': [A('§3.1, Figure 1')],
  'lab.shared.update': [A('§5')],
  'lab.actions.figure1': [A('§3.1, Figure 1')],
  'lab.chart.description': [A('§3.1, Figure 1')],
  'lab.claim.paper': [A('§3.1, Figure 1')],
  'lab.claim.caveat': [A('§3.1, Figure 1')],
  'lab.figure1.running': [A('§3.1, Figure 1')],
  'lab.figure1.result': [A('§3.1, Figure 1')],
  'lab.figure1.intro': [A('§3.1, Figure 1')],
  'lab.figure1.resultTanhFirst': [A('§3.1, Figure 1')],
  'lab.figure1.caveat': [A('§2'), A('§3.1')],
  'variant.source.seed': [article, A('§3.5')],
  'variant.source.paper': [A('§3, Fig. 2'), { ref: 'cs231n' }],
  'variant.source.torchvision': [tv, { ref: 'weirdtrick' }, vision('#463, #704, #549')],
  'variant.source.zfnet': [Z('Fig. 3'), { ref: 'caffe' }],
  'puzzle.body': [A('§3.5'), { ref: 'cs231n' }],
  'puzzle.conclusion': [{ ref: 'cs231n' }],
  'puzzle.torchvision': [tv],
  'viz.top.random': [{ ref: 'he' }, app],
  'editor.edit.values.paper': [A('§3.3'), { ref: 'caffe' }],
  'overview.towers': [A('§3.2, §3.5')],
  'overview.ops.dropoutTrain': [A('§4.2'), { ref: 'pytorch' }],
  'weights.teach.grouped': [A('§3.5, §6.1, Fig. 3')],
  'weights.teach.gpu': [A('§3.2, §3.5')],

  'variant.paper': [A('§3.2')],
  'diagram.blockGrouped': [A('§3.2, §3.5')],
  'walk.kind.relu.why': [A('§3.1')],
  'walk.kind.tanh.why': [A('§3.1, Fig. 1')],
  'walk.kind.lrn.why': [A('§3.3'), { ref: 'vgg' }],
  'walk.kind.maxpool.why': [article],
  'walk.kind.dropout.why': [A('§4.2')],
  'walk.kind.softmax.why': [A('§3.5')],
  'walk.honesty.weights': [{ ref: 'he' }],
  'walk.honesty.trained': [A('Fig. 3'), Z('§4')],

  'walk.layer.input.puzzle': [A('§3.5, Fig. 2'), { ref: 'cs231n' }, tv],
  'walk.layer.input.torchvision': [tv],
  'walk.layer.input.zfnet': [Z('Fig. 3')],
  'walk.layer.conv1.maps': [A('§3.5'), article],
  'walk.layer.conv1.learns': [A('§6.1, Fig. 3'), Z('Fig. 2')],
  'walk.layer.conv1.gpus': [A('§3.5, §6.1, Fig. 3')],
  'walk.layer.conv1.torchvision': [tv, { ref: 'pytorch' }],
  'walk.layer.conv1.zfnet': [Z('§4.1, Fig. 3')],
  'walk.layer.relu1.speed': [A('§3.1, Fig. 1')],
  'walk.layer.norm1.formula': [A('§3.3')],
  'walk.layer.norm1.effect': [A('§3.3'), { ref: 'vgg' }, article],
  'walk.layer.norm1.brightness': [A('§3.3, §3.5'), { ref: 'caffe' }],
  'walk.layer.norm1.conventions': [A('§3.3'), { ref: 'caffe' }, { ref: 'pytorch' }, { ref: 'tensorflow' }],
  'walk.layer.norm1.zfnet': [Z('§3, Fig. 3')],
  'walk.layer.pool1.overlap': [A('§3.4')],
  'walk.layer.conv2.more': [article],
  'walk.layer.conv2.depth': [article, A('§3.5')],
  'walk.layer.conv2.grouped': [A('§3.2, §3.5')],
  'walk.layer.conv2.zfnet': [Z('Fig. 3')],
  'walk.layer.norm2.again': [A('§3.3, §3.5')],
  'walk.layer.pool2.again': [A('§3.4')],
  'walk.layer.conv3.same': [article],
  'walk.layer.conv3.gpus': [A('§3.2 footnote 2, §3.5')],
  'walk.layer.conv3.dense': [Z('§3, Fig. 3'), A('§3.5')],
  'walk.layer.conv4.stack': [A('§3.5')],
  'walk.layer.conv4.grouped': [A('§3.5')],
  'walk.layer.conv5.down': [A('§3.5'), article],
  'walk.layer.conv5.torchvision': [tv],
  'walk.layer.conv5.grouped': [A('§3.5')],
  'walk.layer.conv5.deep': [Z('§4, Fig. 2')],
  'walk.layer.pool5.name': [article, { ref: 'caffe' }],
  'walk.layer.pool5.last': [A('§3.5')],
  'walk.layer.avgpool.identity': [tv],
  'walk.layer.flatten.length': [article],
  'walk.layer.drop6.paper': [A('§4.2'), { ref: 'pytorch' }, { ref: 'caffe' }],
  'walk.layer.drop6.torchvision': [tv, A('§4.2'), vision('#549')],
  'walk.layer.fc6.most': [app],
  'walk.layer.fc6.names': [article, { ref: 'caffe' }],
  'walk.layer.relu6.article': [article, A('§3.5')],
  'walk.layer.fc7.again': [app],
  'walk.layer.fc8.classes': [A('§3.5'), article],
  'walk.layer.fc8.noRelu': [A('§3.5')],
  'walk.layer.softmax.topFive': [A('§6 footnote 5, Table 1, Table 2')],

  'walk.role.conv1': [A('§3.5, §6.1'), app],
  'walk.role.conv2': [A('§3.5'), Z('§4')],
  'walk.role.conv3': [A('§3.5')],
  'walk.role.conv4': [A('§3.5, §7')],
  'walk.role.conv5': [A('§3.5')],
  'walk.role.relu1': [A('§3.5')],
  'walk.role.relu2': [A('§3.1')],
  'walk.role.relu3': [A('§3.5')],
  'walk.role.relu4': [A('§3.5')],
  'walk.role.relu5': [A('§3.5')],
  'walk.role.relu6': [A('§3.5')],
  'walk.role.relu7': [A('§3.5')],
  'walk.role.norm1': [A('§3.3, §3.5')],
  'walk.role.norm2': [A('§3.3, §3.5')],
  'walk.role.pool1': [A('§3.4')],
  'walk.role.pool2': [A('§3.5')],
  'walk.role.pool5': [A('§3.5')],
  'walk.role.drop6': [A('§4.2')],
  'walk.role.drop7': [A('§4.2')],
  'walk.role.fc6': [A('§3.5')],
  'walk.role.fc7': [A('§6.1, Fig. 4')],
  'walk.role.fc8': [A('§3.5')],

  'walk.zfnet.ceilPool': [Z('Fig. 3'), { ref: 'caffe' }, { ref: 'pytorch' }],

  'pipeline.lead.data': [A('§2')],
  'pipeline.lead.augmentation': [A('§4.1')],
  'pipeline.lead.training': [A('§5')],
  'pipeline.lead.results': [A('§6, §7')],
  'pipeline.data.body': [A('§2')],
  'pipeline.torchvision.body': [tv],
  'pipeline.crops.body': [A('§4.1'), app],
  'pipeline.pca.body': [A('§4.1')],
  'pipeline.tenCrop.body': [A('§4.1, §6')],
  'pipeline.training.body': [A('§5')],
  'pipeline.init.body': [A('§5'), { ref: 'he' }],
  'pipeline.schedule.body': [A('§5')],
  'pipeline.time.body': [A('§5')],
  'pipeline.results.body': [A('§6, Table 1, Table 2')],
  'pipeline.counts.body': [A('abstract'), app],
  'pipeline.depth.body': [A('§1, §7'), app],
  'pipeline.formula.pca': [A('§4.1')],
  'pipeline.formula.update': [A('§5')],
  'pipeline.numbers.data.images.value': [A('§2')],
  'pipeline.numbers.data.images.note': [A('§2')],
  'pipeline.numbers.data.paperPrep.value': [A('§2')],
  'pipeline.numbers.data.torchvisionPrep.value': [tv, app],
  'pipeline.numbers.augmentation.crops.value': [A('§4.1')],
  'pipeline.numbers.augmentation.crops.note': [A('§4.1'), app],
  'pipeline.numbers.augmentation.tenCrop.value': [A('§4.1')],
  'pipeline.numbers.augmentation.jitter.value': [A('§4.1')],
  'pipeline.numbers.training.batch.value': [A('§5')],
  'pipeline.numbers.training.epochs.value': [A('§5')],
  'pipeline.numbers.training.epochs.note': [A('§5')],
  'pipeline.numbers.training.rate.value': [A('§5')],
  'pipeline.numbers.training.init.value': [A('§5')],
  'pipeline.numbers.training.init.note': [A('§5')],
  'pipeline.numbers.training.update.value': [A('§5')],
  'pipeline.numbers.results.ilsvrc2010.value': [A('§6, Table 1')],
  'pipeline.numbers.results.ilsvrc2010.note': [A('§6 footnote 5')],
  'pipeline.numbers.results.ilsvrc2012.value': [A('§6, Table 2')],
  'pipeline.numbers.results.ilsvrc2012.note': [A('§6, Table 2')],
  'pipeline.numbers.results.params.value': [app],
  'pipeline.numbers.results.params.note': [A('abstract'), app],
  'pipeline.numbers.results.neurons.value': [app],
  'pipeline.numbers.results.neurons.note': [A('abstract'), app],
  'pipeline.numbers.results.depth.value': [A('§1, §7')],
  'pipeline.quiz.none': [app],

  'attribution.random': [{ ref: 'sanity', at: 'Fig. 2' }, { ref: 'he' }],
  'attribution.about.gradcam': [{ ref: 'gradcam', at: '§3' }],
  'attribution.about.saliency': [{ ref: 'saliency', at: '§3.1' }],
  'attribution.about.smoothgrad': [{ ref: 'smoothgrad' }],
  'attribution.about.occlusion': [Z('§4.2, Fig. 7')],
  'attribution.about.deconvnet': [Z('§2.1')],
  'attribution.about.guided': [{ ref: 'guided' }, { ref: 'sanity', at: 'Fig. 2' }],
  'attribution.sanity.explain': [{ ref: 'sanity', at: 'Fig. 2' }],
};

/** The citations of `key`, or none. */
export function citationsOf(key: string): readonly Citation[] {
  return Object.hasOwn(citations, key) ? (citations[key] ?? []) : [];
}

/** Works whose name and full reference are translated (i18n `sources.short.*`, `sources.full.*`). */
export const localRefs = ['article', 'app'] as const;
export type LocalRef = (typeof localRefs)[number];
export const isLocalRef = (ref: RefId): ref is LocalRef => localRefs.some((r) => r === ref);

const shortNames: Readonly<Record<Exclude<RefId, LocalRef>, string>> = {
  alexnet: 'AlexNet',
  zf: 'ZF',
  weirdtrick: 'Krizhevsky 2014',
  torchvision: 'torchvision',
  caffe: 'Caffe',
  pytorch: 'PyTorch',
  tensorflow: 'TensorFlow',
  cs231n: 'CS231n',
  vgg: 'VGG',
  he: 'He 2015',
  visionIssues: 'pytorch/vision',
  gradcam: 'Grad-CAM',
  saliency: 'Simonyan 2014',
  smoothgrad: 'SmoothGrad',
  guided: 'Springenberg 2015',
  sanity: 'Adebayo 2018',
};

/**
 * The short label a reader sees: "§3.3" for the AlexNet paper (the one cited most), "ZF §4.1",
 * "torchvision". `local` names the translated works (the article, the app itself).
 */
export function citeLabel(c: Citation, local: Readonly<Record<LocalRef, string>>): string {
  if (isLocalRef(c.ref)) return local[c.ref];
  if (c.ref === 'alexnet' && c.at) return c.at;
  return c.at ? `${shortNames[c.ref]} ${c.at}` : shortNames[c.ref];
}

/** Authors and year, for a line that must stand on its own (an exported slide has no panel). */
const authorYear: Readonly<Record<Exclude<RefId, LocalRef>, string>> = {
  alexnet: 'Krizhevsky et al. 2012',
  zf: 'Zeiler & Fergus 2014',
  weirdtrick: 'Krizhevsky 2014',
  torchvision: 'torchvision',
  caffe: 'Caffe',
  pytorch: 'PyTorch',
  tensorflow: 'TensorFlow',
  cs231n: 'CS231n',
  vgg: 'Simonyan & Zisserman 2015',
  he: 'He et al. 2015',
  visionIssues: 'pytorch/vision on GitHub',
  gradcam: 'Selvaraju et al. 2017',
  saliency: 'Simonyan et al. 2014',
  smoothgrad: 'Smilkov et al. 2017',
  guided: 'Springenberg et al. 2015',
  sanity: 'Adebayo et al. 2018',
};

/**
 * A slide's source line: the works behind `cites` in first-cited order, each once with its
 * places merged, e.g. "Krizhevsky et al. 2012, §3.5, §6.1, Fig. 3; Zeiler & Fergus 2014, Fig. 2".
 * Places are split at commas so "§6.1, Fig. 3" and "§6.1" share one "§6.1".
 */
export function sourceLine(cites: readonly Citation[], local: Readonly<Record<LocalRef, string>>): string {
  const places = new Map<RefId, string[]>();
  for (const c of cites) {
    const list = places.get(c.ref) ?? [];
    for (const at of (c.at ?? '').split(',').map((s) => s.trim())) if (at && !list.includes(at)) list.push(at);
    places.set(c.ref, list);
  }
  return [...places].map(([ref, at]) => [isLocalRef(ref) ? local[ref] : authorYear[ref], ...at].join(', ')).join('; ');
}
