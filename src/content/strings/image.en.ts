/** English strings of the image area (namespace `image` under the one i18n resource). */
export const imageEn = {
  fashion: {
    heading: 'Fashion-MNIST test images',
    intro:
      'The network on screen was trained in the lab on 28×28 pictures of clothing: show it one of the test images it never trained on.',
    loading: 'Loading the test images…',
    failed: 'The test images could not be loaded: {{message}}',
    item: '{{name}} (Fashion-MNIST test image {{index}})',
  },
  samples: {
    label: 'Samples',
    cat: 'Cat',
    coffee: 'Coffee',
    astronaut: 'Astronaut',
    rocket: 'Rocket',
  },
  pick: {
    label: 'Your own photo',
    file: 'Choose a photo…',
    camera: 'Use the camera',
    dropHint: 'or drag a photo onto this box (or anywhere on the page), or paste one with {{shortcut}}.',
    privacy: 'Your photo stays on this device: it is decoded in this tab and never uploaded.',
    busy: 'Reading “{{name}}”…',
    pasted: 'pasted image',
    kept: 'The previous image is still in use.',
  },
  credits: {
    summary: 'Image credits',
    intro:
      'The samples come from the scikit-image sample data (as shipped in Debian’s python3-skimage package), re-encoded as JPEG.',
    cat: 'Cat (“Chelsea the cat”, 451×300): photo by Stefan van der Walt, CC0.',
    coffee: 'Coffee (600×400): photo by Rachel Michetti, courtesy of Pikolo Espresso Bar, CC0.',
    astronaut: 'Astronaut (512×512): Eileen Collins, NASA, public domain.',
    rocket: 'Rocket (640×427): launch of DSCOVR on a Falcon 9, SpaceX, public domain.',
  },
  camera: {
    starting: 'Starting the camera… your browser may ask for permission.',
    preview: 'Live camera preview',
    capture: 'Take the photo',
    close: 'Close the camera',
    photoName: 'camera photo',
    problems: {
      denied:
        'The camera is blocked for this page. Allow it in your browser’s site settings (the icon left of the address), or choose a file instead.',
      notFound: 'No camera was found on this device. Choose a file instead.',
      busy: 'The camera is in use by another program, or could not start. Close the other program and try again.',
      insecure: 'The camera works only on a secure page (https:// or localhost).',
      unsupported: 'This browser gives web pages no camera access. Choose a file instead.',
      failed: 'The camera could not be started. Choose a file instead.',
    },
  },
  current: {
    label: 'Now using',
    size: '{{size}} pixels',
    notes: 'What was done to it',
    loading: 'Loading the sample…',
    sampleFailed: 'The sample “{{name}}” could not be loaded. Reload the page, or choose another image.',
  },
  notes: {
    scaledDown: 'Scaled down from {{from}} to {{to}} to keep memory small; the network needs far fewer pixels anyway.',
    enlarged:
      'Small image ({{size}}): it is enlarged to {{input}} pixels on its short side, so it will look blurry to the network.',
    flat: 'A single pixel: enlarged to {{input}}×{{input}}, it becomes one flat colour, with no edges for the filters to find.',
    cropHeavy: 'A long strip: the square centre crop keeps only the middle {{percent}}% of it.',
    firstFrame: 'An animation with {{frames}} frames: only the first frame is used.',
    grayscale:
      'A greyscale image: its one grey channel is copied into red, green and blue, since the network expects three.',
    sixteenBit: '{{bits}} bits per channel: the browser reduces it to 8 bits (0–255), like every other image here.',
    rotated: 'Turned upright, as its camera’s orientation tag (EXIF) asks.',
    transparent:
      'Transparent areas ({{percent}}% of the pixels) were put on a white background: the network has no transparency channel.',
    firstOfMany: '{{count}} files were given: only the first one is used.',
  },
  problems: {
    empty: '“{{name}}” is empty (0 bytes): there is no picture in it.',
    tooBig: '“{{name}}” is {{size}}; the limit is {{limit}} MB. Use a smaller copy of the photo.',
    readFailed: '“{{name}}” could not be read. Was it moved or deleted? Try choosing it again.',
    text: '“{{name}}” is not an image: it contains text. Renaming a file to .png or .jpg does not change what is inside.',
    pdf: '“{{name}}” is a PDF document, not an image. Take a screenshot of the page and use that.',
    zip: '“{{name}}” is a ZIP archive (or an office document), not an image.',
    video: '“{{name}}” is a video. Pause it and take a screenshot, or use the camera.',
    unknown:
      '“{{name}}” is not an image this page can read: its first bytes match none of PNG, JPEG, GIF, WebP, BMP or AVIF (its name does not decide).',
    svg: '“{{name}}” is an SVG drawing, not a photo: it is made of shapes and text, has no fixed pixel size, and can pull in content from other websites. Export it as a PNG first.',
    truncated: '“{{name}}” is cut short: the {{format}} data ends early (an interrupted download?).',
    corrupt: '“{{name}}” looks like a {{format}} file, but it is damaged: its header makes no sense.',
    decodeFailed: '“{{name}}” looks like a {{format}} file, but this browser could not decode it. It may be damaged.',
    heic: '“{{name}}” is a HEIC photo (the iPhone’s default format), which this browser cannot decode. Share or export it as JPEG, or use the camera.',
    tooManyPixels:
      '“{{name}}” is {{size}} pixels ({{megapixels}} megapixels); the limit is {{limit}} megapixels. Use a smaller copy.',
    droppedLink:
      'That was a link, not a file. Save the image to your device first, then drop the file: this page never downloads from other websites.',
    nothingDropped: 'Nothing usable was dropped. Drop an image file.',
    pasteNoImage: 'The clipboard holds no image. Copy the image itself (not its link or file name) and paste again.',
  },
  preprocess: {
    heading: 'From the photo to the network’s input',
    chain: 'Original {{size}} → × {{scale}} → {{resized}} → centre crop at ({{x}}, {{y}}) → {{input}}×{{input}}',
    originalTitle: '1 · Original',
    original:
      '{{size}} pixels. The shorter side ({{short}} px) is scaled to {{input}}: × {{scale}}. The bright square is what the centre crop keeps.',
    originalLabel: 'The original image, with the square that the crop keeps',
    cropTitle: '2 · Resize and centre crop',
    crop: '{{input}}×{{input}} pixels, each channel still 0–255: the exact size the first layer expects.',
    cropLabel: 'The resized and cropped image, as the network receives it',
    normTitle: '3 · Normalise each channel',
    norm: 'Each value: divide by 255, subtract the ImageNet mean, divide by the ImageNet standard deviation. Blue: darker than an average ImageNet photo in that channel; red: brighter; white: about average.',
    channelLabel: 'Normalised {{channel}} channel',
    channelFormula: '(v/255 − {{mean}}) / {{std}}',
    channelRange: 'here {{min}} … {{max}}',
    legend: 'Colour scale, from {{low}} to {{high}}',
    red: 'Red',
    green: 'Green',
    blue: 'Blue',
  },
} as const;
