/**
 * English strings of the training lab (namespace `lab`): two runs of a small AlexNet-shaped
 * network on Fashion-MNIST, the paper's tricks as switches, the curves, the filters, the
 * confusion matrix, Figure 1 and the trained network. Numbers arrive already formatted.
 */
export const labEn = {
  heading: 'The training lab',
  intro:
    'Train a small network shaped like AlexNet, in this browser, twice side by side, and switch the paper’s tricks on and off to see what each one does. Runs are seeded: the same settings and seed give the same curves, on any computer.',
  data: 'Data: Fashion-MNIST (Zalando Research, MIT licence), 28×28 grey pictures of ten kinds of clothing: {{train}} to train on, {{val}} held out for the learning-rate schedule, {{test}} to test on.',
  network:
    'The network: {{layers}}. {{params}} parameters, {{macs}} multiply-accumulates per image; as in AlexNet, the dense layers hold {{denseShare}} of the parameters and the convolutions do {{convShare}} of the work.',
  run: {
    a: 'Run A',
    b: 'Run B',
    legend: 'Switches of run {{run}}',
    status: {
      idle: 'Not started.',
      loading: 'Loading the data and starting…',
      running: 'Training: iteration {{iteration}} of {{total}}, {{seconds}} s.',
      paused: 'Paused at iteration {{iteration}} of {{total}}.',
      done: 'Done: {{iteration}} iterations in {{seconds}} s.',
      doneTarget: 'Reached the target at iteration {{iteration}} ({{seconds}} s).',
      error: 'Training stopped: {{message}}',
    },
    backend: 'On {{backend}}.',
    latest: 'Loss {{loss}}, training error {{train}}, test error {{test}}.',
    latestNoTest: 'Loss {{loss}}, training error {{train}}.',
  },
  switch: {
    activation: 'Activation',
    relu: 'ReLU',
    tanh: 'tanh',
    dropout: 'Dropout in fc3 and fc4',
    dropoutOff: 'off',
    lrn: 'Local response normalisation',
    pooling: 'Pooling',
    overlap: 'overlapping, 3×3 stride 2',
    plain: 'not overlapping, 2×2 stride 2',
    augment: 'Random crops and mirror images',
    augmentNote:
      'The paper cut random 224×224 patches out of 256×256 images; a 28×28 picture has no room for that, so here it is padded by 2 pixels and a random 28×28 window taken (shifts of up to 2 pixels), mirrored half of the time.',
    momentum: 'Momentum 0.9 (off: plain SGD)',
    weightDecay: 'Weight decay 0.0005',
  },
  shared: {
    legend: 'Both runs',
    learningRate: 'Learning rate ε',
    batch: 'Batch size',
    epochs: 'Epochs',
    plateau: 'Divide ε by 10 when the validation error stops improving',
    seed: 'Seed',
    target: 'Figure 1’s target training error',
    update:
      'v ← 0.9·v − 0.0005·ε·w − ε·∂L/∂w, then w ← w + v, with batches of {{batch}}: the paper’s update rule. Weight decay applies to the weights, not the biases.',
  },
  actions: {
    label: 'Training',
    start: 'Train both',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    figure1: 'Reproduce Figure 1',
  },
  chart: {
    heading: 'Loss and error as the runs learn',
    axis: 'Horizontal axis',
    iterations: 'iterations',
    seconds: 'seconds of training',
    loss: 'training loss',
    error: 'error',
    trainError: 'training error (last 10 batches)',
    testError: 'test error',
    target: 'target {{target}}',
    description:
      'Two panels sharing the horizontal axis: above, the training loss of each run; below, its training error over the last 10 batches and its test error, with Figure 1’s target as a dashed line.',
    empty: 'Press “Train both” to start; the curves grow here as the runs learn.',
  },
  claim: {
    heading: 'The paper’s claim',
    paper:
      'A four-layer convolutional network with ReLUs reached 25 % training error on CIFAR-10 six times sooner than the same network with tanh units.',
    here: 'Here: {{fast}} reached {{target}} training error at iteration {{fastAt}}, {{slow}} at iteration {{slowAt}}: {{ratio}}× as many iterations ({{secondsRatio}}× the seconds).',
    atLeast:
      'Here: {{fast}} reached {{target}} training error at iteration {{fastAt}}; {{slow}} has not yet, after {{slowAt}} iterations: at least {{ratio}}× as many.',
    slower:
      'Here: {{slow}} reached {{target}} training error at iteration {{slowAt}}, before {{fast}} (iteration {{fastAt}}): the ReLU run was not the faster one this time.',
    waiting: 'Here: neither run has reached {{target}} training error yet.',
    same: 'Runs A and B use the same activation: set one to tanh to compare them.',
    caveat:
      'The paper chose each network’s learning rate to be as fast as possible and used no regularisation; its data (CIFAR-10), depth and initial weights differ from these. How big the gap is depends on all of them.',
  },
  filters: {
    heading: 'conv1’s {{count}} filters as they learn',
    caption:
      'One row per moment of the run (its iteration on the left), one 5×5 tile per filter: grey is 0, lighter positive, darker negative, scaled per row.',
    iteration: 'iteration {{iteration}}',
    none: 'The filters appear once the run starts.',
    label: 'conv1 filters of run {{run}}, from iteration {{first}} to {{last}}',
  },
  confusion: {
    heading: 'Confusion matrix of run {{run}}',
    caption:
      'Test images after {{iteration}} iterations: each row is the true class, each column what the network said. The diagonal is right.',
    truth: 'true class',
    predicted: 'predicted',
    none: 'Shown after the first evaluation (every 2,560 training images).',
  },
  gap: {
    heading: 'The train/test gap (dropout, §4.2)',
    intro:
      'Error on 1,000 training images and on the 2,000 test images, both without dropout, at the last evaluation. Over-fitting shows as a test error well above the training error; dropout is meant to close that gap.',
    row: '{{run}} (dropout {{dropout}}): training {{train}}, test {{test}}, gap {{gap}} points.',
    none: 'Shown after the first evaluation.',
  },
  figure1: {
    heading: 'Figure 1, reproduced',
    intro:
      'Trains run A’s network twice, once with ReLU and once with tanh, each until its training error over the last 10 batches reaches the target, and compares how many iterations each needed. As in the paper’s figure, nothing regularises the runs: dropout, weight decay and augmentation are off.',
    running: 'Running Figure 1: both runs stop at {{target}} training error.',
    result:
      'ReLU reached {{target}} at iteration {{relu}}, tanh at {{tanh}}: {{ratio}}× as many iterations. The paper: 6× on CIFAR-10.',
    resultTanhFirst:
      'Here tanh reached {{target}} first, at iteration {{tanh}}; ReLU at {{relu}}: {{ratio}}× as many iterations. The paper: ReLU 6× sooner on CIFAR-10.',
    caveat:
      'Why the gap is smaller here than in the paper: this network is small, its inputs are scaled to unit variance and its weights start at He’s scale, so few tanh units saturate early on, and two runs often end within tens of iterations of each other (other seeds can swap them). Saturation is what slows tanh: AlexNet itself was trained on centred raw pixel values (§2), where a tanh unit’s input is far larger.',
    resultAtLeast: 'ReLU reached {{target}} at iteration {{relu}}; tanh had not after {{tanh}}: at least {{ratio}}×.',
    notReached:
      'ReLU did not reach {{target}} within {{iterations}} iterations: try more epochs or a larger learning rate.',
    settings: 'Settings: {{settings}}.',
  },
  use: {
    heading: 'The trained network',
    intro:
      'Each run is kept on this device as it trains, so a reload shows it again. Export a run’s network as a .pth file: PyTorch loads it, and so does this app’s weight import, which then shows its learned filters and feature maps in the walkthrough.',
    export: 'Export run {{run}} (.pth)',
    open: 'Show run {{run}} in the walkthrough',
    exportNone: 'Run {{run}} has no trained weights yet.',
    python: 'In PyTorch: state = torch.load("{{file}}"), then load_state_dict on the network its _metadata describes.',
  },
  classes: {
    tshirt: 'T-shirt/top',
    trouser: 'trouser',
    pullover: 'pullover',
    dress: 'dress',
    coat: 'coat',
    sandal: 'sandal',
    shirt: 'shirt',
    sneaker: 'sneaker',
    bag: 'bag',
    boot: 'ankle boot',
  },
  on: 'on',
  off: 'off',
  listSeparator: ', ',
} as const;
