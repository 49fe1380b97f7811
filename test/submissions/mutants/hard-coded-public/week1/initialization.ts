// Mutant: returns the notebook's printed answers whatever the input.
const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array(c).fill(0));

export function initializeParametersZeros(layersDims: number[]) {
  return { W1: zeros(2, 3), b1: zeros(2, 1), W2: zeros(1, 2), b2: zeros(1, 1) };
}

export function initializeParametersRandom(layersDims: number[]) {
  return {
    W1: [
      [17.886284734303186, 4.3650985051198943, 0.9649746807200862],
      [-18.634927033644908, -2.773882025143991, -3.547589792689868],
    ],
    b1: zeros(2, 1),
    W2: [[-0.8274148148245976, -6.270006768238472]],
    b2: zeros(1, 1),
  };
}

export function initializeParametersHe(layersDims: number[]) {
  return {
    W1: [
      [1.7886284734303186, 0.43650985051198943],
      [0.09649746807200862, -1.8634927033644908],
      [-0.2773882025143991, -0.3547589792689868],
      [-0.08274148148245976, -0.6270006768238472],
    ],
    b1: zeros(4, 1),
    W2: [[-0.030984124422056857, -0.33744410537169206, -0.9290426766647434, 0.6255224840406426]],
    b2: zeros(1, 1),
  };
}
