// The event study's pure model (issue #12): returns, the regional basket, the normal-return
// models, the tests of significance and runStudy. No DOM, no React.
export { percentLogReturns, percentLogReturnsSteps, STEP_SPAN } from './returns';
export { basketReturns, BASKET_MIN_MEMBERS, type BasketMember } from './basket';
export { fitEvent, abnormalReturn, cumulativeAbnormalReturn, type ModelData, type EventFit, type FitMiss, type CarMiss, type CarOutcome } from './models';
export { summarize, crossSectionalT, standardisedTest, signTest, generalisedSignTest, type CarSummary, type TTest, type SignTest, type GeneralisedSignTest } from './significance';
export { bhQValues } from './benjamini-hochberg';
export { placeboBase, placeboPool, candidateCar, yearOfDay, type PlaceboBase, type PlaceboPool } from './placebo-candidates';
export { placeboPs, type PlaceboEvent, type PlaceboMiss, type PlaceboOutcome } from './placebo';
export { studentTTwoSidedP, studentTCdf, studentTQuantile, normalCdf, normalTwoSidedP, binomialHalfCdf, binomialHalfTwoSidedP } from './distributions';
export { mulberry32, seedFor, type Prng } from './prng';
export { DEFAULT_WINDOWS, ESTIMATION, PLACEBO_DEFAULTS, STUDY_MODELS, windowKey, windowLength, type CarWindow, type PlaceboSettings, type StudyModel } from './study-settings';
export { runStudy, type StudyEvent, type StudyGroup, type StudyInput, type StudyEventResult, type StudyRow, type StudyResult, type LeaveOut } from './run-study';
export { marketModelApplies, marketModelMiss, type MarketMiss, type MarketRuleMeta } from './market-rule';
export { decimals6, TESTS_CSV_HEADER, testsCsv, type TestsCsvContext } from './tests-csv';
