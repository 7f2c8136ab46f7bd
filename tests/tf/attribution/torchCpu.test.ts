/** The attributions against PyTorch on tfjs's cpu backend (occlusion: see torchWasm.test.ts). */
import { torchSuite } from './suite';

torchSuite('cpu', false);
