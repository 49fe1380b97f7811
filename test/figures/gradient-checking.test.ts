import * as reference from "../../reference/week1/gradient-checking";
import { renderExperiment } from "./experiment-figures";
import { expectSvgShowing } from "./svg-check";

test("the three checks' differences against the threshold", async () => {
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    const { figures, svgs } = await renderExperiment("gradient-checking", reference);
    expect(figures.map((f) => f.id)).toEqual(["gradient-checking-differences"]);
    expectSvgShowing(svgs["gradient-checking-differences"], ["1-D check", "N-D check of backwardPropagationN", "N-D check of backwardPropagationNCorrected"]);
    expect(figures[0].table[0]).toEqual({ check: "1-D check", difference: 7.814075313343006e-11, expected: "at or below" });
  } finally {
    log.mockRestore();
  }
});
