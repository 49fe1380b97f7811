import { defineGraderSuite } from "../../src/grading/jest/grader-suite";

defineGraderSuite("week1/gradient-checking");
