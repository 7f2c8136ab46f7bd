/**
 * The conv layers of a torch zip checkpoint while the file is still arriving, for a first look
 * before the whole file is in. Where the bytes come in order (a file read from disk, a same-origin
 * download), `data.pkl` comes first and tells every tensor's name, shape and storage key; each
 * storage follows as an entry of its own. torch writes the storages sorted by key as strings
 * (0, 1, 10, …, 15, 2, …, 9), and keys count up in state_dict order, so for AlexNet conv1
 * (keys 0 and 1) is whole after about 95 KB, the dense layers (10–15, 234 MB) follow, and
 * conv2–conv5 (2–9) come last. This reader therefore gives conv1 long before the rest.
 *
 * Nothing here replaces the whole-file read (read.ts): a layer given early is checked as the
 * whole file's will be (name, shape, dtype, finite values), but the file may still turn out to
 * be truncated or broken further on. It never throws: what it cannot follow, it stops following.
 */
import type { ExpectedLayer } from './expected';
import { unpickle } from './pickle';
import { checkTorchvisionDict, layerArrived, torchvisionLayer } from './stateDict';
import { type StateDict, stateDictOf, storageOf } from './torchFile';
import { type Storage, torchHooks } from './torchPickle';
import { type ImportedLayer, WeightsError } from './types';
import { type LocalHeader, LocalEntryWalker } from './zipStream';

/** How far into the file the pickle may reach before this reader stops waiting for its end. */
const pickleLimit = 1 << 20;

export class TorchZipStream {
  private readonly walker: LocalEntryWalker;
  private prefix: string | undefined;
  private dict: StateDict | undefined;
  private waiting: ExpectedLayer[] = [];
  private readonly storages = new Map<string, Storage>();
  private stopped = false;

  /**
   * `bytes`: the whole file's buffer, filled from its start; `onLayer` gets each conv layer,
   * checked and in the engine's layout, as soon as its tensors are in.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly onLayer: (layer: ImportedLayer) => void,
  ) {
    this.walker = new LocalEntryWalker(bytes);
  }

  /** Tells the reader that bytes [0, available) are in. */
  feed(available: number): void {
    if (this.stopped) return;
    try {
      for (;;) {
        const header = this.walker.next(available);
        const size = header && (header.size ?? this.sizeOf(header, available));
        if (!header || size === undefined || !this.walker.pass(header, size, available)) break;
        this.take(header, size);
      }
      this.give();
      if (this.walker.done || (this.dict && this.waiting.length === 0)) this.stopped = true;
    } catch {
      // Not a checkpoint this reader can follow: the whole-file read says what is wrong with it.
      this.stopped = true;
    }
  }

  /**
   * An entry's length when its header does not say: the pickle's, once its STOP opcode is in;
   * a storage's from the pickle. Undefined: not known yet.
   */
  private sizeOf(header: LocalHeader, available: number): number | undefined {
    if (this.dict) {
      const key = header.name.slice(`${this.prefix ?? ''}data/`.length);
      const s = this.storages.get(key);
      return s ? s.numel * s.elementSize : this.walker.smallSize(header, available);
    }
    const match = /^([^/]+\/)data\.pkl$/.exec(header.name);
    if (!match) throw new Error(`${header.name} before data.pkl`);
    try {
      this.storages.clear();
      const hooks = torchHooks((key, type, numel) => {
        const s = this.storages.get(key) ?? storageOf(key, type, numel);
        this.storages.set(key, s);
        return s;
      });
      const read = unpickle(this.bytes.subarray(header.dataOffset, available), 0, hooks);
      this.prefix = match[1] ?? '';
      this.dict = stateDictOf(read.value);
      this.waiting = checkTorchvisionDict(this.dict).filter((e) => e.kind === 'conv');
      return read.end;
    } catch (err) {
      // Cut off by the bytes not yet in: wait (a pickle of a state_dict is a few KB).
      if (err instanceof WeightsError && err.code === 'truncated' && available - header.dataOffset < pickleLimit)
        return undefined;
      throw err;
    }
  }

  private take(header: LocalHeader, size: number): void {
    if (!this.dict || header.method !== 0) return;
    const storagePrefix = `${this.prefix ?? ''}data/`;
    if (!header.name.startsWith(storagePrefix)) return;
    const s = this.storages.get(header.name.slice(storagePrefix.length));
    if (s) s.bytes = this.bytes.subarray(header.dataOffset, header.dataOffset + size);
  }

  private give(): void {
    const dict = this.dict;
    if (!dict) return;
    for (const e of this.waiting.filter((w) => layerArrived(dict, w))) {
      this.waiting = this.waiting.filter((w) => w !== e);
      this.onLayer(torchvisionLayer(dict, e));
    }
  }
}
