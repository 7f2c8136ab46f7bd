/**
 * English teaching text of the layer-by-layer walkthrough (namespace `walk`).
 * Numbers that depend on the variant are {{placeholders}}: src/content/walkSteps.ts says which
 * keys a layer shows and fills every placeholder from the analysis (`teachingValues`).
 * Numbers written out here are historical facts from the papers (see shared/FACTS.md).
 */
export const walkEn = {
  ui: {
    position: 'Step {{n}} of {{total}}',
    previous: 'Previous',
    next: 'Next',
    what: 'What it does',
    why: 'Why',
    notes: 'Worth knowing',
    output: 'Output size',
    outputImage: '{{output}}×{{output}} pixels, {{maps}} colour channels',
    outputMaps: '{{maps}} feature maps, each {{output}}×{{output}}',
    outputVector: 'a vector of {{length}} values',
    depth: 'Kernel depth',
    depthWhy: 'each {{kernel}}×{{kernel}} kernel spans all {{depth}} input channels',
    depthGrouped:
      '{{channels}} input channels ÷ {{groups}} groups (one per GPU): each kernel sees only the {{depth}} maps of its own group',
    params: 'Learnable parameters',
    paramsConv: 'each of the {{filters}} kernels has {{kernel}}·{{kernel}}·{{depth}} weights and 1 bias',
    paramsDense: 'a weight from each of the {{inputs}} inputs to each of the {{units}} outputs, and 1 bias per output',
    paramsNone: {
      input: 'none: the image is data, not something to learn',
      relu: 'none: ReLU is a fixed rule, max(0, x)',
      tanh: 'none: tanh is a fixed function',
      lrn: 'none: k, n, α and β are chosen by hand, not learned',
      maxpool: 'none: pooling only picks the maximum in each window',
      adaptiveavgpool: 'none: it only averages each cell',
      flatten: 'none: it only rearranges the values',
      dropout: 'none: it only switches values off at random during training',
      softmax: 'none: a fixed formula turns scores into probabilities',
    },
    macs: 'Multiply-accumulates',
    macsConv:
      '{{output}}·{{output}}·{{filters}} output values, {{kernel}}·{{kernel}}·{{depth}} multiply-accumulates each',
    macsDense: 'one multiply-accumulate per weight',
    macsNone:
      'none counted: only convolution and fully connected layers are counted; what other layers do is small next to theirs',
    rf: 'Receptive field',
    rfPixel: 'each value is one pixel of the input',
    rfText: 'each value sees a window of {{size}}×{{size}} input pixels; neighbours are {{jump}} px apart',
    rfPadded:
      'each value sees a window of {{size}}×{{size}} input pixels, neighbours {{jump}} px apart; at the border the window reaches into the padding, so the top-left value’s window holds only {{corner}}×{{corner}} image pixels',
    rfWhole: 'each value depends on the whole image',
    paramShare: 'Share of parameters',
    macShare: 'Share of compute',
    paramShareText: '{{paramShare}} % of all learnable parameters',
    macShareText: '{{macShare}} % of all multiply-accumulates',
    help: 'How to read this',
    keys: 'Keyboard: ← → or PageUp / PageDown to step, Home / End to jump to the first or last step',
  },
  kind: {
    input: {
      what: 'The image enters as three grids of numbers stacked together: one each for red, green and blue.',
      why: 'Unlike a fully connected net, a CNN keeps the picture two-dimensional, so that a kernel can look at neighbouring pixels together.',
    },
    conv: {
      what: 'Each of the {{filters}} kernels, {{kernel}}×{{kernel}}×{{depth}}, slides over the {{inputSize}}×{{inputSize}}×{{channels}} input {{stride}} px at a time and, at every position, takes a weighted sum of all the values under it plus a bias. One kernel makes one feature map, so the layer puts out {{filters}} maps of {{output}}×{{output}}.',
      why: 'The same small kernel is reused at every position, so a pattern is found wherever it appears, with far fewer weights than a fully connected layer on the same input.',
    },
    relu: {
      what: 'Replaces every negative value with 0 and keeps positive values unchanged: max(0, x).',
      why: 'Without a non-linearity, stacked layers would multiply out into one linear map. ReLU is about the cheapest non-linearity there is, and its slope is 1 for every positive input, so gradients do not fade the way they do where tanh flattens out.',
    },
    tanh: {
      what: 'Squeezes every value into −1…1 with the hyperbolic tangent, tanh(x): close to x near 0, flattening out towards ±1 for large inputs.',
      why: 'The saturating non-linearity networks used before AlexNet. Where it flattens out its slope is almost 0, so gradients fade and training is slower: the paper’s Figure 1 shows a ReLU network reaching 25 % training error six times sooner (§3.1). The training lab lets you measure that yourself.',
    },
    lrn: {
      what: 'Local response normalisation (LRN) divides each value by a measure of the activity at the same position in the neighbouring feature maps, so a strong response damps the maps next to it.',
      why: 'It makes maps computed by different kernels compete for large values, a form of lateral inhibition. The AlexNet paper found it lowered the error a little; later work (VGG) found it did not help deeper networks.',
    },
    maxpool: {
      what: 'Slides a {{kernel}}×{{kernel}} window, {{stride}} px at a time, over each of the {{channels}} feature maps separately and keeps only the largest value in each window: {{inputSize}}×{{inputSize}} becomes {{output}}×{{output}}, and the number of maps stays the same.',
      why: 'Width and height shrink (roughly halve here), so later layers have fewer values to process, there are fewer parameters downstream, over-fitting is less likely, and each later kernel covers a wider part of the image.',
    },
    adaptiveavgpool: {
      what: 'Averages each feature map into a fixed grid of cells, whatever size the map arrives at.',
      why: 'The fully connected layers then always get the same number of inputs, so the network accepts larger images too.',
    },
    flatten: {
      what: 'Lays the stack of feature maps out as one long vector, value by value.',
      why: 'Fully connected layers take vectors, not grids. Flattening computes nothing and learns nothing; only the arrangement changes.',
    },
    dense: {
      what: 'Each of the {{units}} outputs is a weighted sum of all {{inputs}} inputs plus a bias: the layer you already know from fully connected networks.',
      why: 'The convolutions have found local patterns; the fully connected layers combine them, from anywhere in the image, into evidence for each class.',
    },
    dropout: {
      what: 'During training, each of the {{length}} values is set to 0 at random with probability {{rate}}, a new choice for every image. At test time no value is dropped; how the values are scaled to make up for that depends on the convention (see below).',
      why: 'Because any unit may vanish, no unit can rely on a particular other one being there. This fights over-fitting in the fully connected layers, where most of the parameters are.',
      here: 'Inactive here: this app only runs the network forward (inference), so the {{length}} values pass through unchanged (rate {{rate}} would apply in training).',
    },
    softmax: {
      what: 'Turns the final scores into probabilities: it exponentiates each score and divides by the sum, so every value is positive and all of them add up to 1.',
      why: 'Softmax is there for training: the objective the paper maximises is the log-probability of the correct class (multinomial logistic regression), and that needs probabilities. For ranking it changes nothing: exponentiating keeps the order, so fc8’s raw scores give the same top-1 and top-5 answers.',
    },
  },
  layer: {
    input: {
      puzzle:
        'The paper says the input is 224×224×3. Put that into conv1’s formula: (224 − 11)/4 + 1 = 54.25, not a whole number. Many working implementations use 227×227 instead, where (227 − 11)/4 + 1 = 55 exactly (CS231n’s notes discuss the discrepancy). 227 is not the only side that divides evenly: any side that leaves remainder 3 when divided by 4 does (223 → 54, 231 → 56), but 227 is the one that gives the 55 of the paper’s figure. This version uses {{output}}×{{output}}. (torchvision keeps 224 and pads conv1 by 2 instead, which still does not divide evenly.)',
      torchvision:
        'torchvision keeps the paper’s 224×224 and adds padding to conv1 instead. Step to conv1 to check whether that makes the arithmetic whole.',
      zfnet: 'ZFNet’s figure starts from a {{output}}×{{output}} crop of the image.',
    },
    conv1: {
      maps: '{{filters}} kernels give {{filters}} feature maps: {{filters}} different kinds of response to the same image. Each kernel is {{kernel}}×{{kernel}}×{{depth}} and jumps {{stride}} px at a time, so the side shrinks from {{inputSize}} to {{output}} in a single layer.',
      learns:
        'After training, first-layer kernels look like oriented edges, stripes of different frequencies and blobs of colour: the simple patterns that every later layer builds on.',
      gpus: 'In the paper’s two-GPU network (its Figure 3), the 48 kernels on GPU 1 came out largely colour-agnostic (edges, frequencies) and the 48 on GPU 2 largely colour-specific. The paper calls this specialisation a result of the restricted connectivity (in conv2, conv4 and conv5 each GPU’s kernels see only the maps of their own GPU; conv3 and the fully connected layers read both) and says it occurs in every run, whatever the random initialisation.',
      torchvision:
        'torchvision’s conv1 has {{filters}} kernels instead of the paper’s 96, and padding {{padding}}: ({{inputSize}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}}, still not whole. PyTorch rounds down to {{output}}. What the rounding leaves out is padding, not image: the last window ends {{droppedPadding}} px short of the padded right and bottom edges, and every image pixel is still read.',
      zfnet:
        'ZFNet uses {{kernel}}×{{kernel}} kernels with stride {{stride}} instead of AlexNet’s 11×11 with stride 4. Their visualisations of AlexNet showed conv1 filters mixing extremely high and low frequencies with little in between, and aliasing in conv2 caused by conv1’s stride of 4. To get the figure’s {{output}} this app uses padding {{padding}}: ({{inputSize}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}}, rounded down to {{output}}. The cells no window reaches are padding: every image pixel is read.',
    },
    relu1: {
      speed:
        'The AlexNet paper chose ReLU over tanh for speed: a 4-layer CNN with ReLUs reached 25 % training error on CIFAR-10 six times faster than the same network with tanh (its Figure 1). It does not claim the idea: it takes the name Rectified Linear Units from Nair and Hinton, and says it is not the first to look for alternatives to the usual neuron model in CNNs. Its point is that faster learning matters most for large models trained on large datasets.',
    },
    norm1: {
      formula:
        'b = a / (k + α·Σ a²)^β, where the sum runs over the squared values at the same position in n = {{lrnSize}} adjacent maps (the map itself and its neighbours). Constants: k = {{k}}, α = {{alpha}}, β = {{beta}}.',
      effect:
        'The AlexNet paper reports that LRN lowered the error by 1.4 % (top-1) and 1.2 % (top-5). Later work found it does not help deeper networks: the source article skips it, and so do the single-tower and torchvision versions here.',
      brightness:
        'The paper calls this “brightness normalisation”: unlike the local contrast normalisation of earlier work, it does not subtract the mean activity. The sum includes the value’s own square, and with k = {{k}} the divisor is at least {{k}}^{{beta}} ≈ {{lrnFloor}}: every value is divided by at least that, even when its neighbours are silent, so it loses at least {{lrnCut}} % of its size and is never blown up. The paper applies it to the ReLU output, before pooling, at full {{inputSize}}×{{inputSize}} resolution (Caffe’s AlexNet does the same).',
      conventions:
        'Copying these constants into code? Check the convention first. The AlexNet paper multiplies the sum by α; Caffe and PyTorch’s nn.LocalResponseNorm divide α by n; TensorFlow’s local_response_normalization takes a depth radius, (n − 1)/2 = {{radius}}, and multiplies by α as the paper does. So the same α = {{alpha}} does not mean the same thing everywhere, and k differs too: Caffe’s and PyTorch’s default is k = 1, the paper’s is k = {{k}}.',
      zfnet:
        'ZFNet normalises after pooling, where AlexNet normalises before it, and the ZFNet paper calls this step contrast normalisation; this app models it with AlexNet’s LRN constants.',
    },
    pool1: {
      overlap:
        '{{kernel}}×{{kernel}} windows that move {{stride}} px at a time overlap their neighbours. The AlexNet paper found that this overlapping pooling (z = 3, s = 2) lowered the error by 0.4 % (top-1) and 0.3 % (top-5) compared with z = s = 2, where the windows only touch.',
    },
    conv2: {
      more: '{{filters}} kernels, up from the {{channels}} maps that come in: more kernels give the layer more descriptive power, more kinds of pattern it can respond to.',
      depth:
        'Kernel depth always equals the number of input channels: {{channels}} maps come in, so each kernel is {{kernel}}×{{kernel}}×{{depth}}, plus one bias.',
      grouped:
        'In the paper conv2 is split across the two GPUs: each GPU’s {{filtersPerGroup}} kernels see only the {{depth}} maps on their own GPU, so a kernel is {{kernel}}×{{kernel}}×{{depth}}, not ×{{channels}}. In code this is a grouped convolution with groups = {{groups}}; it halves this layer’s weights: ({{kernel}}·{{kernel}}·{{depth}} + 1)·{{filters}} = {{params}}.',
      zfnet:
        'ZFNet uses stride {{stride}} here as well, so the resolution keeps falling gradually: {{inputSize}} → {{output}}.',
    },
    norm2: {
      again:
        'The same normalisation as norm1 with the same constants (k = {{k}}, n = {{lrnSize}}, α = {{alpha}}, β = {{beta}}), now across {{channels}} maps.',
    },
    pool2: {
      again:
        'The same {{kernel}}×{{kernel}}, stride-{{stride}} window again: the side goes from {{inputSize}} to {{output}}, and all {{channels}} maps are kept. Pooling works on each map on its own.',
    },
    conv3: {
      same: 'With a {{kernel}}×{{kernel}} kernel, padding {{padding}} and stride {{stride}}, the side stays the same: ({{inputSize}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{output}}. Keep the “/{{stride}}” in the formula even when the stride is 1: then one formula fits every layer.',
      gpus: 'conv3 is one of the places where the two GPUs exchange information: its kernels see all {{depth}} maps, from both GPUs. The fully connected layers fc6, fc7 and fc8 do too, since each of their units takes every input. The paper credits the two-GPU layout with 1.7 % lower top-1 and 1.2 % lower top-5 error than a one-GPU network with half as many kernels in each convolutional layer. Its footnote adds that this one-GPU network kept the full number of kernels in the last convolutional layer and the full fully connected layers, to keep the parameter counts close, which makes the comparison lean in its favour.',
      dense:
        'In ZFNet every layer is densely connected, with no split across GPUs: every kernel sees all {{channels}} maps of the layer before. (ZFNet’s §3 says AlexNet’s layers 3, 4 and 5 were sparsely connected; that is a slip: AlexNet split conv2, conv4 and conv5, and conv3 was already dense.)',
    },
    conv4: {
      stack:
        'Another {{filters}} kernels of {{kernel}}×{{kernel}}×{{depth}}, still with no pooling in between. Each stacked layer widens what one value sees: a window of {{size}}×{{size}} input pixels now, of which only the part inside the image counts at the border (the rest is padding).',
      grouped:
        'Back to separate GPUs: conv4’s kernels see only the {{depth}} maps on their own GPU (groups = {{groups}}), not all {{channels}}.',
    },
    conv5: {
      down: 'The number of kernels comes back down: {{filters}}, from {{channels}} maps in. Fewer maps make a smaller block for the fully connected layers to take in.',
      torchvision: 'In torchvision the count already came down at conv4; conv5 keeps {{filters}} maps.',
      grouped:
        'Like conv2 and conv4, conv5 stays within each GPU: its kernels are {{kernel}}×{{kernel}}×{{depth}} (groups = {{groups}}).',
      deep: 'This is the last convolution. Zeiler and Fergus’s visualisations of a trained network show textures around layer 3, more class-specific parts (dog faces, bird legs) at layer 4 and whole objects, with their pose varying, at layer 5.',
    },
    pool5: {
      name: 'The source article calls this layer POOL3, the third pooling layer; this app uses Caffe’s name, pool5, after the conv5 it follows. ({{inputSize}} − {{kernel}})/{{stride}} + 1 = {{output}}: one line of the article gives 5 here by mistake; three lines later it has the right {{output}}, in {{output}}×{{output}}×{{maps}}.',
      last: '{{output}}×{{output}}×{{maps}} is the final block of feature maps; next it is flattened for the fully connected layers.',
    },
    avgpool: {
      identity:
        'The maps arrive at {{inputSize}}×{{inputSize}} already, so averaging them into {{output}}×{{output}} cells of one value each changes nothing here. The layer earns its place with larger images, whose maps come out bigger: the fully connected layers still get {{output}}·{{output}}·{{maps}} inputs.',
    },
    flatten: {
      length:
        'The {{inputSize}}×{{inputSize}}×{{channels}} block becomes one vector of {{inputSize}}·{{inputSize}}·{{channels}} = {{length}} values, so that fc6 can take it. Nothing is computed and nothing is lost, and nothing is mixed either: each value is still one unit of the layer before, looking at its own {{size}}×{{size}} window of the image. Only fc6, which combines all of them, depends on the whole image.',
    },
    drop6: {
      paper:
        'The AlexNet paper applies dropout with probability 0.5 in the first two fully connected layers. At test time it keeps every unit and multiplies the outputs by 0.5, so the next layer gets on average what it got in training. PyTorch and Caffe use “inverted” dropout instead: in training the surviving values are multiplied by 1/(1 − 0.5) = 2, and at test time the layer does nothing. The expected values are the same either way; this app follows PyTorch, so here every value passes unchanged. The price of dropout: about twice as many iterations to converge.',
      torchvision:
        'torchvision puts dropout in front of fc6 and fc7, on their inputs; the AlexNet paper puts it after the ReLUs of fc6 and fc7, on their outputs.',
    },
    fc6: {
      most: 'fc6 connects each of its {{inputs}} inputs to each of its {{units}} units: {{inputs}}·{{units}} + {{units}} = {{params}} parameters, {{paramShare}} % of the whole network and more than all five convolution layers together. Yet it does only {{macShare}} % of the multiply-accumulates.',
      names: 'The source article calls fc6, fc7 and fc8 FC1, FC2 and FC3; this app uses Caffe’s names.',
    },
    relu6: {
      article:
        'The source article’s code leaves out this ReLU and the dropout between the fully connected layers. The parameter count is the same without them, but the network is not: with no ReLU in between, fc6, fc7 and fc8 would multiply out into a single linear layer.',
    },
    fc7: {
      again:
        'Another fully connected layer, {{inputs}} → {{units}}: {{params}} parameters, {{paramShare}} % of the network.',
    },
    fc8: {
      classes:
        'One output per class: {{units}} for ImageNet. For a 10-class task you would replace only this layer, with 10 units: {{inputs}}·10 + 10 = {{tenClassParams}} parameters instead of {{params}}.',
      noRelu: 'No ReLU follows fc8: its raw scores go straight to softmax.',
    },
    softmax: {
      topFive:
        'The AlexNet paper reports top-5 error: how often the true class is not among the five most probable. On the ILSVRC-2010 test set one AlexNet had 37.5 % top-1 and 17.0 % top-5 error, averaging its predictions over ten patches of each image (39.0 % and 18.3 % without). At ILSVRC-2012 one network gave 18.2 % top-5 on the validation set, and one with an extra sixth convolution layer, pre-trained on the larger ImageNet Fall 2011 release, gave 16.6 %. The winning 15.3 % on the test set averaged seven networks: five like the first and two pre-trained on Fall 2011. The second-best entry had 26.2 %.',
    },
  },
  role: {
    conv1:
      'conv1 is the only layer that sees pixels. Its {{kernel}}×{{kernel}} kernels look for the simplest patterns (edges, stripes, colour blobs), and its stride of {{stride}} shrinks the image at once, which keeps every later layer affordable: conv1 does {{macShare}} % of the compute with {{paramShare}} % of the parameters.',
    conv2:
      'conv2 no longer sees pixels: its input is the {{channels}} pooled maps of conv1. Each kernel combines those edge and colour detectors over a wider window ({{size}}×{{size}} input pixels, part of it padding at the border) into more complex patterns, such as corners and edge–colour conjunctions.',
    conv3:
      'From here on the grid is small ({{inputSize}}×{{inputSize}}) and three convolutions follow each other with no pooling in between. conv3 takes the {{channels}} maps of conv2 and builds on them a larger vocabulary of {{filters}} patterns, each over a window of {{size}}×{{size}} input pixels (at the border, partly padding).',
    conv4:
      'conv4 adds depth without shrinking anything: same grid, same kernel size. What stacking buys is a wider view and more combinations of patterns. Depth mattered: removing any one middle convolution layer cost the paper’s network about 2 % top-1.',
    conv5:
      'conv5 makes the last and most abstract maps, {{filters}} of {{output}}×{{output}}; after one more pooling they are all the fully connected classifier gets to see of the image.',
    relu1:
      'conv1’s {{maps}} maps hold positive and negative values; ReLU keeps only the positive responses. This is the first non-linearity in the network; the paper puts one after every convolution and every hidden fully connected layer.',
    relu2:
      'The same rule on conv2’s {{maps}} maps: wherever one of conv2’s patterns is absent, its map is set to exactly 0, so the maps that reach pooling are sparse.',
    relu3:
      'The same rule on conv3’s {{maps}} maps. With no pooling between conv3, conv4 and conv5, ReLU is all that keeps these three from collapsing into one linear map.',
    relu4: 'The same rule on conv4’s {{maps}} maps, still with no pooling on either side.',
    relu5: 'The last ReLU of the convolution part, on conv5’s {{maps}} maps, just before the final pooling.',
    relu6:
      'Between fully connected layers ReLU matters just as much: without it fc6 and fc7 would be one linear layer. Here it works on a vector of {{length}} values.',
    relu7:
      'The last ReLU of the network, on fc7’s {{length}} values. fc8’s scores get none: they go straight to softmax.',
    norm1:
      'norm1 works on conv1’s {{channels}} rectified maps at full {{inputSize}}×{{inputSize}} resolution, before pooling: neighbouring kernels’ responses at the same pixel damp each other.',
    norm2:
      'norm2 does the same for conv2’s {{channels}} rectified maps, again before pooling. The paper normalises only after the first two convolutions.',
    pool1:
      'pool1 halves conv1’s maps: {{inputSize}} → {{output}}. Its windows overlap, which the paper found slightly harder to over-fit.',
    pool2: 'pool2 halves conv2’s maps again, {{inputSize}} → {{output}}, so conv3 to conv5 work on a small grid.',
    pool5:
      'pool5 is the last pooling, after conv5: {{inputSize}} → {{output}}. Its output is the block of {{output}}×{{output}}×{{maps}} values that fc6 reads.',
    drop6:
      'This dropout acts on fc6’s units, the layer with the most parameters of all, where over-fitting is most likely.',
    drop7: 'The second and last dropout, on fc7’s units. fc8 gets none: its outputs are the class scores.',
    fc6: 'fc6 is the first layer that sees the whole image at once: every one of its {{units}} units takes all {{inputs}} values of the flattened block.',
    fc7: 'fc7 recombines fc6’s {{inputs}} features into {{units}} new ones. Its output is the image’s “feature vector”: the paper compares images by the distance between these vectors.',
    fc8: 'fc8 turns fc7’s {{inputs}} features into one score per class: {{units}} scores.',
  },
  zfnet: {
    ceilPool:
      'The formula gives ({{inputSize}} − {{kernel}})/{{stride}} + 1 = {{exact}}, not a whole number. The figure’s {{output}} needs rounding up, as Caffe-era code did (PyTorch: ceil_mode=True); PyTorch’s default, rounding down, would give one less.',
  },
  honesty: {
    heading: 'These weights are random',
    weights:
      'The network here is not trained: every weight is random, drawn with He initialisation from a fixed seed, so every visit builds the same network.',
    maps: 'The feature maps show what random filters do to your image, not what AlexNet learned to see.',
    predictions:
      'The class probabilities at the end are therefore meaningless: a random network knows nothing about what is in the picture.',
    trained:
      'With trained weights, conv1’s kernels would look like oriented edges, stripes and colour blobs (the paper’s Figure 3), and the maps of deeper layers would respond to textures and parts of objects.',
  },
  count: {
    heading: 'What counts as a layer',
    position: 'Layer {{index}} of {{layers}} in the count',
    notCounted: 'Not counted as a layer: it has no learnable parameters.',
  },
  quizHints: {
    maps: 'One kernel makes one feature map: count the kernels. Pooling keeps the number of maps.',
    size: 'Side length: (input − kernel + 2·padding)/stride + 1. Keep the /stride even when the stride is 1; pooling has no padding. When the division is not whole, the layer rounds: down by default (torchvision’s conv1: 55.25 → 55), up in “ceil” pooling (ZFNet: 54.5 → 55, 12.5 → 13).',
    length: 'Multiply height, width and the number of maps.',
    depth:
      'A kernel is as deep as its input has channels, divided by the number of groups if the layer is split across GPUs.',
    params: 'Per kernel: kernel·kernel·depth weights plus 1 bias; then multiply by the number of kernels.',
    paramsDense: 'One weight per input–output pair, plus one bias per output.',
    paramsPool: 'What could training adjust in “take the largest value”? Nothing, so there are no parameters.',
  },
} as const;
