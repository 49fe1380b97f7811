import * as fs from "node:fs";
import * as np from "../../../src/np";
import { model, forwardPropagation, computeLoss, backwardPropagation, updateParameters } from "../../../src/course/week1/initialization";
const c = JSON.parse(fs.readFileSync("test/data/circles-train.json", "utf8"));
test("dbg", () => {
  let P: any = { W1: np.zeros(10, 2), b1: np.zeros(10, 1), W2: np.zeros(5, 10), b2: np.zeros(5, 1), W3: np.zeros(1, 5), b3: np.zeros(1, 1) };
  const out: string[] = [];
  for (let i = 0; i < 15000; i++) {
    const { A3, cache } = forwardPropagation(c.X, P); const cost = computeLoss(A3, c.Y); const g = backwardPropagation(c.X, c.Y, cache); P = updateParameters(P, g, 0.01);
    if (i % 1000 === 0 || (cost !== 0.6931471805599453 && out.length < 40)) out.push(`${i} ${cost} ${P.b3[0][0]} ${A3[0][0]} ${Math.exp(-P.b3[0][0])}`);
  }
  console.log(out.join("\n"));
});
