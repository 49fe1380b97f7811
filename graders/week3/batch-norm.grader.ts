import { defineGraderSuite } from "../../src/grading/jest/grader-suite";

defineGraderSuite("week3/batch-norm");
