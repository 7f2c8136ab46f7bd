/**
 * English text of the steps before the input (data, augmentation, training) and after the
 * output (results, counts, depth) (namespace `pipeline`). Historical figures are from the
 * AlexNet paper; {{placeholders}} are this app's own counts (content/pipeline.ts).
 */
export const pipelineEn = {
  /** The four steps around the network: their titles (also the step strip's labels) and leads. */
  step: {
    data: { title: 'Data' },
    augmentation: { title: 'Augmentation' },
    training: { title: 'Training' },
    results: { title: 'Results' },
  },
  kind: {
    before: { label: 'before the input' },
    after: { label: 'after the output' },
  },
  lead: {
    data: 'What the network was trained on, and how each image was prepared before it reached the input.',
    augmentation:
      'Random crops, mirror images and colour jitter turn each photo into many distinct training samples, which fights over-fitting; at test time the network averages ten patches.',
    training:
      'How the paper found its weights: stochastic gradient descent on mini-batches, with the learning rate lowered by hand, for five to six days on two GPUs.',
    results: 'What the trained network achieved, and two claims of the paper checked against this app’s numbers.',
  },
  data: {
    title: 'ImageNet and the paper’s preprocessing',
    body: 'ILSVRC: about 1.2 million training images in 1000 classes, with 50,000 validation and 150,000 test images. Each image is rescaled so that its shorter side is 256 pixels and the central 256×256 patch is cut out. The only other preprocessing: the mean image of the training set (one mean per pixel and colour, a 256×256×3 array) is subtracted, so the network trains on centred raw RGB values.',
  },
  torchvision: {
    title: 'How torchvision prepares an image',
    body: 'torchvision’s weights, and this app, prepare a photo differently: resize the shorter side, crop the centre ({{imageSize}}×{{imageSize}} here), scale to 0…1, then subtract a mean per channel (0.485, 0.456, 0.406) and divide by a standard deviation per channel (0.229, 0.224, 0.225). Three means instead of a whole mean image, and a division the paper does not make.',
  },
  crops: {
    title: 'Crops and mirror images',
    body: 'In training, the network sees a random 224×224 patch of the 256×256 image, mirrored left–right or not. The paper says this enlarges the training set by a factor of 2048 and gives no arithmetic; (256 − 224)² · 2 = 2048 is our reading of it (counted strictly, 33 positions per direction give 33² · 2 = 2178). Without it the network over-fits badly.',
  },
  pca: {
    title: 'Colour jitter along the principal components',
    body: 'PCA of the RGB values of all training pixels gives three eigenvectors pᵢ and eigenvalues λᵢ of the 3×3 colour covariance. To every pixel of an image the paper adds the vector below, with each αᵢ drawn from N(0, 0.1²) once each time the image is used. Object identity does not depend on the intensity and colour of the light; this lowered top-1 error by over 1 %.',
  },
  tenCrop: {
    title: 'At test time: ten patches',
    body: 'To classify an image, the network looks at five 224×224 patches (the four corners and the centre) and their mirror images, and averages its ten softmax outputs. The paper’s 37.5 % top-1 and 17.0 % top-5 error use this averaging; without it the errors are 39.0 % and 18.3 %.',
  },
  training: {
    title: 'SGD with momentum and weight decay',
    body: 'Stochastic gradient descent with batches of 128 images, momentum 0.9 and weight decay 0.0005, with the update below (ε is the learning rate). The paper stresses that this small weight decay is not just a regulariser: it lowers the model’s training error too.',
  },
  init: {
    title: 'Initialisation',
    body: 'Weights drawn from N(0, 0.01²). Biases set to 1 in conv2, conv4, conv5, fc6 and fc7, so that their ReLUs start with positive inputs, which speeds up early learning; 0 in the other layers. (This app’s random weights use He initialisation instead.)',
  },
  schedule: {
    title: 'Learning rate',
    body: 'One learning rate for all layers, starting at 0.01 and divided by 10 by hand whenever the validation error stopped improving: three times before training ended.',
  },
  time: {
    title: 'Time and hardware',
    body: 'About 90 passes (epochs) through the 1.2 million training images: five to six days on two NVIDIA GTX 580 GPUs with 3 GB of memory each.',
  },
  results: {
    title: 'Error rates, and what they average',
    body: 'ILSVRC-2010 test set: 37.5 % top-1 and 17.0 % top-5 error with ten-patch averaging (39.0 % and 18.3 % without). The best entry during the ILSVRC-2010 competition had 47.1 % and 28.2 % (six sparse-coding models averaged); the best result published after the competition and before AlexNet had 45.7 % and 25.7 % (two classifiers on Fisher vectors, “SIFT + FVs” in Table 1). ILSVRC-2012: one CNN gave 18.2 % top-5 error on the validation set and five CNNs averaged 16.4 %. One CNN with an extra sixth convolution layer, pre-trained on the whole ImageNet Fall 2011 release (15 million images, 22,000 categories) and fine-tuned, gave 16.6 %. The winning 15.3 % on the test set averaged seven CNNs: the five and two pre-trained on Fall 2011. The second-best entry had 26.2 %.',
  },
  counts: {
    title: '“60 million parameters and 650,000 neurons”',
    body: 'The abstract’s round numbers, counted here: {{name}} has {{params}} learnable parameters and {{neurons}} neurons, counting one neuron per output value of the convolution and fully connected layers. The paper’s two-GPU network, at 227×227: {{paperParams}} parameters and {{paperNeurons}} neurons.',
  },
  depth: {
    title: 'Depth matters',
    body: 'Removing any one of the middle convolution layers cost the network about 2 % of top-1 accuracy, although no convolution layer here holds more than {{convShareMax}} % of the parameters. The paper’s conclusion: depth is important for its results.',
  },
  formula: {
    pca: 'Added to each RGB pixel',
    update: 'The update rule',
  },
  /** Each step's key numbers (its slide, and the left column of its page); formulas in content/pipeline.ts. */
  numbers: {
    data: {
      images: {
        label: 'Training images',
        value: '1.2 million',
        note: '1000 classes; 50,000 validation and 150,000 test images',
      },
      paperPrep: { label: 'The paper: 256×256, minus the mean image', value: '256×256' },
      torchvisionPrep: {
        label: 'torchvision and this app: a mean and a standard deviation per channel',
        value: '{{imageSize}}×{{imageSize}}',
      },
    },
    augmentation: {
      crops: {
        label: 'Training samples: random 224×224 crops, mirrored or not',
        value: '×2048',
        note: 'the paper’s factor; the arithmetic is ours',
      },
      tenCrop: { label: 'Patches averaged at test time', value: '10' },
      jitter: { label: 'Colour jitter along the principal components: top-1 error', value: '> 1 % lower' },
    },
    training: {
      batch: { label: 'Batch size', value: '128' },
      epochs: { label: 'Epochs', value: '≈ 90', note: '5–6 days on two GTX 580 GPUs (3 GB each)' },
      rate: { label: 'Learning rate ε, divided by 10 three times', value: '0.01' },
      init: {
        label: 'Initial weights',
        value: 'N(0, 0.01²)',
        note: 'biases 1 in conv2, conv4, conv5, fc6, fc7; 0 elsewhere',
      },
      update: { label: 'Momentum · weight decay', value: '0.9 · 0.0005' },
    },
    results: {
      ilsvrc2010: {
        label: 'ILSVRC-2010 test error, top-1 / top-5 (10 patches)',
        value: '37.5 % / 17.0 %',
        note: 'without averaging over ten patches: 39.0 % / 18.3 %',
      },
      ilsvrc2012: {
        label: 'ILSVRC-2012 top-5 error, one CNN (validation)',
        value: '18.2 %',
        note: 'the winning 15.3 % (test) averages 7 CNNs, 2 of them pre-trained on Fall 2011',
      },
      params: {
        label: 'Parameters (the paper: “60 million”)',
        value: '{{params}}',
        note: 'the paper’s net: {{paperParams}}',
      },
      neurons: {
        label: 'Neurons (the paper: “650,000”)',
        value: '{{neurons}}',
        note: 'the paper’s net: {{paperNeurons}}',
      },
      depth: { label: 'Top-1 lost without any one middle conv layer', value: '≈ 2 %' },
    },
  },
  quiz: {
    none: 'The quiz asks about the layers of the network; this step has no questions.',
  },
} as const;
