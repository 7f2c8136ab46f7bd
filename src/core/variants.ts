/**
 * The four built-in networks, each transcribed from its published layer table.
 * Layer ids follow Caffe's names (conv1…conv5, pool1, pool2, pool5, fc6…fc8), which the
 * URL uses (`#layer=conv2`); the source article calls pool5 "POOL3" and fc6…fc8 "FC1…FC3".
 */
import { adaptiveAvgPool, conv, dense, dropout, flatten, input, lrn, maxpool, relu, softmax } from './layers';
import type { LayerSpec, NetworkSpec } from './spec';

/** fc6 → ReLU → dropout → fc7 → ReLU → dropout → fc8 → softmax, as in the paper. */
const classifier = (classes: number): LayerSpec[] => [
  flatten(),
  dense('fc6', 4096),
  relu('relu6'),
  dropout('drop6'),
  dense('fc7', 4096),
  relu('relu7'),
  dropout('drop7'),
  dense('fc8', classes),
  softmax(),
];

/** The source article's single-tower PyTorch AlexNet: 227×227 input, 62,378,344 parameters. */
export const seed: NetworkSpec = {
  id: 'seed',
  name: 'AlexNet (single tower, 227)',
  layers: [
    input(227),
    conv('conv1', 96, 11, 4, 0),
    relu('relu1'),
    maxpool('pool1', 3, 2),
    conv('conv2', 256, 5, 1, 2),
    relu('relu2'),
    maxpool('pool2', 3, 2),
    conv('conv3', 384, 3, 1, 1),
    relu('relu3'),
    conv('conv4', 384, 3, 1, 1),
    relu('relu4'),
    conv('conv5', 256, 3, 1, 1),
    relu('relu5'),
    maxpool('pool5', 3, 2),
    ...classifier(1000),
  ],
};

/**
 * Krizhevsky et al. 2012 as published: conv2, conv4 and conv5 split across two GPUs
 * (groups = 2), LRN after the ReLUs of conv1 and conv2, overlapping 3/2 pooling.
 * The paper writes 224×224; only 227 makes conv1's arithmetic whole, so this spec uses 227.
 */
export const paper: NetworkSpec = {
  id: 'paper',
  name: 'AlexNet (paper, two GPUs)',
  layers: [
    input(227),
    conv('conv1', 96, 11, 4, 0),
    relu('relu1'),
    lrn('norm1'),
    maxpool('pool1', 3, 2),
    conv('conv2', 256, 5, 1, 2, 2),
    relu('relu2'),
    lrn('norm2'),
    maxpool('pool2', 3, 2),
    conv('conv3', 384, 3, 1, 1),
    relu('relu3'),
    conv('conv4', 384, 3, 1, 1, 2),
    relu('relu4'),
    conv('conv5', 256, 3, 1, 1, 2),
    relu('relu5'),
    maxpool('pool5', 3, 2),
    ...classifier(1000),
  ],
};

/** The same layers with the 224×224 input the paper's text states: conv1 no longer divides. */
export const paper224: NetworkSpec = {
  ...paper,
  id: 'paper224',
  name: 'AlexNet (paper, 224 as printed)',
  layers: [input(224), ...paper.layers.slice(1)],
};

/** torchvision.models.alexnet, after Krizhevsky 2014 ("One weird trick…"). */
export const torchvision: NetworkSpec = {
  id: 'torchvision',
  name: 'torchvision alexnet',
  layers: [
    input(224),
    conv('conv1', 64, 11, 4, 2),
    relu('relu1'),
    maxpool('pool1', 3, 2),
    conv('conv2', 192, 5, 1, 2),
    relu('relu2'),
    maxpool('pool2', 3, 2),
    conv('conv3', 384, 3, 1, 1),
    relu('relu3'),
    conv('conv4', 256, 3, 1, 1),
    relu('relu4'),
    conv('conv5', 256, 3, 1, 1),
    relu('relu5'),
    maxpool('pool5', 3, 2),
    adaptiveAvgPool('avgpool', 6),
    flatten(),
    dropout('drop6'),
    dense('fc6', 4096),
    relu('relu6'),
    dropout('drop7'),
    dense('fc7', 4096),
    relu('relu7'),
    dense('fc8', 1000),
    softmax(),
  ],
};

/**
 * Zeiler & Fergus 2013, Figure 3: 7×7 stride-2 conv1, stride-2 conv2, dense conv3–5.
 * Padding 1 on conv1 gives the figure's 110; pooling rounds up (Caffe) to give its 55 and 13.
 */
export const zfnet: NetworkSpec = {
  id: 'zfnet',
  name: 'ZFNet',
  layers: [
    input(224),
    conv('conv1', 96, 7, 2, 1),
    relu('relu1'),
    maxpool('pool1', 3, 2, 'ceil'),
    lrn('norm1'),
    conv('conv2', 256, 5, 2, 0),
    relu('relu2'),
    maxpool('pool2', 3, 2, 'ceil'),
    lrn('norm2'),
    conv('conv3', 384, 3, 1, 1),
    relu('relu3'),
    conv('conv4', 384, 3, 1, 1),
    relu('relu4'),
    conv('conv5', 256, 3, 1, 1),
    relu('relu5'),
    maxpool('pool5', 3, 2, 'ceil'),
    ...classifier(1000),
  ],
};

export const variants = { seed, paper, torchvision, zfnet } as const;
export type VariantId = keyof typeof variants;
export const variantIds = Object.keys(variants) as VariantId[];

export function isVariantId(value: string): value is VariantId {
  return Object.hasOwn(variants, value);
}
