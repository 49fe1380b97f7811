import { defineGraderSuite } from "../../src/grading/jest/grader-suite";

defineGraderSuite("week2/optimization");
