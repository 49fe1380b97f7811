export { gradeSubmission, gradeAssignment, type GradeOptions } from "./grade";
export { GradingSession, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, type SessionOptions } from "./session";
export { exitCodeOf, type GradeResult, type AssignmentResult, type FunctionResult, type CaseResult } from "./result";
export { renderConsole } from "./reporters/console";
export { renderJson } from "./reporters/json";
export { compareValues, type Mismatch } from "./compare";
export { describeValue, type Described } from "./describe";
