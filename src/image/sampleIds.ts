/** The built-in sample photos (public/samples/). Owned by the image layer; the view state reads them. */
export const sampleIds = ['cat', 'coffee', 'astronaut', 'rocket'] as const;
export type SampleId = (typeof sampleIds)[number];
