// The shared vocabulary: record kinds and their shapes, where a record came from, and the cooperation network.
// Other folders import from here; files inside the folder import each other directly.
export { countryScope, oneEndScope, strongestFirst, type BetweennessMethod, type Network, type NetworkLink, type NetworkNode, type OrganizationLabel } from "./network-types.ts";
export { excerpt, formatOrigin, type Origin } from "./origin.ts";
export { agreementTypes, knownColumns, recordFileName, recordFiles, requiredColumns, segmentStages, type RecordFileName } from "./record-files.ts";
export { emptyRecordSet, recordSchemas, type EvidenceRef, type RecordIssueParams, type RecordOf, type RecordSet } from "./records.ts";
export { checkCreditCode, checkIdentityCode, checkSchoolCode, identityCodeKind, type IdentityCodeCheck, type IdentityCodeKind, type IdentityCodeProblem } from "./identity-codes.ts";
