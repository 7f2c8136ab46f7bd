/** The attributions against PyTorch on the wasm backend (the browser's backend without a GPU). */
import '@tensorflow/tfjs-backend-wasm';
import { torchSuite } from './suite';

torchSuite('wasm', true);
