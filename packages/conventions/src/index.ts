export { PUBLISHED_DECIMALS, roundHalfUp, scaledHalfUp } from "./round";
export { competitionRanks, rankValues } from "./rank";
export { compareCodes } from "./codes";
export { asciiFileName, foldText, textKey } from "./fold";
export { parseNumber, readNumber, type NumberReading, type ReadNumberOptions } from "./numbers";
export { editDistance, nearest } from "./nearest";
export { addDays, daysBetween, todayInVietnam } from "./calendar";
