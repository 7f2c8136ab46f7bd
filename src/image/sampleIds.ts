/** The built-in sample photos (public/samples/). Owned by the image layer; the view state reads them. */
export const sampleIds = ['cat', 'coffee', 'astronaut', 'rocket'] as const;
export type SampleId = (typeof sampleIds)[number];

/** The image key of a sample (the engine caches its pixels under it): 'sample-cat'. */
export const sampleKey = (id: SampleId): string => `sample-${id}`;
