/** English strings of the attribution view, "What the network looks at" (namespace `attribution`). */
export const attributionEn = {
  heading: 'What the network looks at',
  intro:
    'Which parts of the photo made the network choose a class? Six methods ask the question six ways, live, on the network above with its own weights, on the crop it saw. Each answers a narrower question than “why”; none is the network’s reasoning.',
  random:
    'These weights are random: explanations of an untrained network explain nothing. Load trained weights to see where a trained AlexNet looks, or run the sanity check below to see why.',
  noImage: 'Choose a photo to see what the network looks at.',
  waiting: 'Waiting for the network and the photo…',
  noConv: 'Explaining needs a conv layer and class scores (a dense layer at the end); this network lacks one of them.',
  classes: {
    heading: 'Class to explain',
    top: 'Top five',
    searchLabel: 'Search all {{count}} classes',
    searchHint: 'Type part of a name (tabby, lens) or a class number.',
    noMatch: 'No class matches “{{query}}”.',
    matches_one: '{{count}} class matches.',
    matches_other: '{{count}} classes match; the first {{shown}} are listed.',
    explaining: 'Explaining {{name}} (class {{index}}).',
    topMark: 'top class',
    classN: 'class {{index}}',
    unitMethod: 'This method explains one unit of a conv layer, not a class.',
  },
  methods: {
    label: 'Method',
    gradcam: 'Grad-CAM',
    saliency: 'Saliency',
    smoothgrad: 'SmoothGrad',
    occlusion: 'Occlusion',
    deconvnet: 'Deconvnet',
    guided: 'Guided backprop',
  },
  about: {
    gradcam:
      'Grad-CAM (Selvaraju et al., 2017) weights each channel of a conv layer’s output (after its ReLU) by how much the class’s score, the logit before softmax, rises when the channel rises: the mean of its gradient. It sums the weighted channels and keeps the positive part. The map has the layer’s own resolution, {{size}}×{{size}} here, stretched over the crop.',
    saliency:
      'Gradient saliency (Simonyan et al., 2014): how much the class’s score changes when one pixel changes, |∂score/∂pixel|, the largest of the three colour channels. It shows sensitivity, not evidence, and is speckled by nature.',
    smoothgrad:
      'SmoothGrad (Smilkov et al., 2017) averages the gradient over n copies of the photo with Gaussian noise added (σ a fraction of the input’s range), then shows it as saliency. The paper found 10–20 % noise and about 50 samples work well.',
    occlusion:
      'Occlusion (Zeiler & Fergus, 2013, Figure 7): a grey square, the mean colour, covers one part of the crop at a time and the network runs again. Dark cells mean covering that part lowered the probability: the network needed it.',
    deconvnet:
      'Deconvnet projection (Zeiler & Fergus, 2013, §2.1): the strongest activation of one channel of a conv layer is kept, all others set to zero, and sent back down to the pixels: unpooling to the positions the forward pass recorded, ReLU, and the same filters transposed. It shows the pattern that excited that one unit.',
    guided:
      'Guided backpropagation (Springenberg et al., 2015) projects the same unit, but each ReLU also passes back only where its input was positive on the way up. Often crisper than the deconvnet; Adebayo et al. found it barely depends on the upper layers’ weights.',
  },
  settings: {
    heading: 'Settings',
    layer: 'Layer',
    layerOption: '{{conv}} (after ReLU, {{size}}×{{size}}×{{channels}})',
    samples: 'Samples n',
    noise: 'Noise σ, share of the input’s range',
    size: 'Square side (pixels)',
    stride: 'Step (pixels)',
    grid_one: 'A {{n}}×{{n}} grid: {{count}} forward pass.',
    grid_other: 'A {{n}}×{{n}} grid: {{count}} forward passes.',
    badGrid: 'This square does not fit the {{size}}-pixel crop.',
    channel: 'Channel (0–{{max}})',
    channelTop: 'Most active channel',
    defaults: 'Paper’s defaults',
  },
  map: {
    opacity: 'Map opacity',
    canvas: '{{method}} map, {{h}}×{{w}}, drawn over the {{size}}×{{size}} crop the network saw',
    showing: 'Map of',
    target: 'the explained class',
    topClass: 'the top class ({{name}})',
    baseline: 'With nothing covered: {{name}} {{p}}, top class {{top}}.',
    legend: {
      gradcam: 'Grad-CAM, ReLU(Σ αₖ Aₖ)',
      saliency: '|∂score/∂pixel|',
      smoothgrad: '|mean gradient|',
      occlusion: 'probability with the square here',
      deconvnet: 'projection, largest |value| of the colours',
      guided: 'projection, largest |value| of the colours',
    },
    raw: 'Values as computed, before scaling for display: from {{lo}} to {{hi}}.',
  },
  job: {
    running: 'Computing…',
    progress: '{{done}} of {{total}} done',
    cancel: 'Cancel',
    cancelled: 'Stopped. The map shows what was computed before.',
    retry: 'Run again',
    failed: 'This method could not run: {{message}}',
    done: 'Computed in {{ms}} ms in the engine’s worker.',
  },
  download: {
    label: 'Download',
    csv: 'CSV ({{h}}×{{w}} values)',
    png: 'PNG',
    csvHint: 'One line per map row, the raw values at the method’s own resolution.',
  },
  channels: {
    heading: 'Channels that raise the score most',
    item: 'channel {{channel}}: α = {{weight}}',
    open: 'Open channel {{channel}} of {{layer}} in the walkthrough',
    hint: 'αₖ is the mean of ∂score/∂Aₖ over the map. Open a channel to see its map in the walkthrough.',
  },
  projection: {
    heading: 'The unit and what it sees',
    unit: '{{layer}}, channel {{channel}}, at ({{x}}, {{y}}): activation {{value}}.',
    image: 'Projection to pixels, grey = 0',
    imageAlt: 'The projection of channel {{channel}} of {{layer}} back to the pixels, as colours around grey',
    patch: 'Its receptive field in the crop, {{size}}×{{size}} pixels',
    patchAlt: 'The part of the crop that unit ({{x}}, {{y}}) of {{layer}} can see',
    silent: 'This channel is zero everywhere for this photo: there is nothing to project.',
  },
  sanity: {
    heading: 'Sanity check: randomise the weights',
    explain:
      'Adebayo et al. (2018) re-initialise the weights layer by layer from the top (fc8 first, then fc7 as well, and so on down to conv1) and run the same method after each step. A method that explains the network’s decision must give a different map once the network that made the decision is destroyed. If its map keeps the same order of pixels (Spearman’s rank correlation ρ near 1), it shows the image, its edges and contrast, rather than what the network learned.',
    run_one: 'Run the sanity check ({{count}} step)',
    run_other: 'Run the sanity check ({{count}} steps)',
    needsMap: 'Wait for this method’s map first.',
    running: 'Re-initialising, step {{done}} of {{total}}…',
    original: 'Original',
    step: 'Random from {{layer}} up',
    rho: 'ρ = {{rho}}',
    rhoFlat: 'ρ undefined: a flat map',
    list: 'Maps after each step, with their rank correlation to the original',
    stepAlt: '{{method}} map with the weights random from {{layer}} up: ρ = {{rho}}',
    similar:
      'The map stays alike (ρ ≥ 0.5) with every layer from {{layer}} up randomised: for this photo, this method shows the image more than what the network learned.',
    changes:
      'The map changes (ρ below 0.5) as soon as {{layer}} is randomised: it depends on the learned weights, as an explanation must.',
    randomNote:
      'These weights were random to begin with: there is nothing learned to destroy, so this shows only how much each map follows the image itself.',
    seed: 'Re-initialised with He-normal weights and zero biases, seed {{seed}}.',
  },
  slide: {
    caption: 'Where the network looked for {{name}}: Grad-CAM at {{layer}}',
    alt: 'Grad-CAM of the top class over the crop the network saw',
  },
} as const;
