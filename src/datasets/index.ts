/** The course's data sets, drawn from numpy's legacy stream (see docs/course.md, "Data sets"). */
export { linspace } from "./linspace";
export { makeCircles, shuffleAndAddNoise, type TwoClassData } from "./make-circles";
export { makeMoons } from "./make-moons";
export { loadInitializationData, loadOptimizationData, type InitializationData } from "./course-data";
export { loadDigitsData, DIGIT_CLASSES, DIGIT_SIZE, type DigitsData } from "./digits";
export { loadRegularizationData, makeWavyBoundary, type RegularizationData } from "./regularization-data";
