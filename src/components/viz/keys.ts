/** Arrow keys as grid steps [dx, dy]: the keyboard path through every canvas grid here. */
export const arrowSteps: Readonly<Record<string, readonly [dx: number, dy: number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};
