/**
 * @module @backtalk/engine: BackTalk's clinical engine. Knowledge as typed data, pure evaluators;
 * no DOM, no Node APIs, no I/O. The web app, the server and the CLI all call this and nothing else decides.
 */
export {
  type Assessment,
  type AssessOptions,
  assess,
  type FactEvidence,
  type FiredRule,
  type RankedCause,
  type UnsureFact,
} from "./assess.ts";
export type { Condition, FactTest, Operator } from "./conditions/condition.ts";
export { type Evaluation, evaluate, type Truth } from "./conditions/evaluate.ts";
export { dateIn } from "./course/calendar.ts";
export {
  type Course,
  type CourseData,
  type CourseInput,
  type CourseOptions,
  courseOf,
  type EpisodeAnswer,
  type FactSource,
  type SelfCareLog,
} from "./course/course.ts";
export {
  type CheckIn,
  type ColdRound,
  type CompletedCheck,
  DIARY_FORMAT,
  DIARY_VERSION,
  type Diary,
  diaryJsonSchema,
  diarySchema,
  emptyDiary,
  KNOWLEDGE_VERSION_MAX_LENGTH,
  localDate,
  localDateTime,
  NOTE_MAX_LENGTH,
  type Profile,
  parseDiary,
  type Walk,
  type WarningSigns,
} from "./course/diary.ts";
export {
  type DiarySnapshot,
  diarySnapshotSchema,
  isDiarySnapshot,
  parseDiarySnapshot,
} from "./course/diary-snapshot.ts";
export {
  type CourseDates,
  courseDates,
  type EpisodeSpan,
  type PainSpan,
  type SpanText,
  spanText,
} from "./course/episode-dates.ts";
export { type Episode, type GroupOptions, groupEpisodes } from "./course/episodes.ts";
export { type Trend, type TrendReading, trendOf } from "./course/trend.ts";
export {
  answerText,
  dateText,
  type ExplainedFact,
  type ExplainedRule,
  type ExplainedSource,
  type ExplainedUnsure,
  type ExplainOptions,
  type Explanation,
  explain,
  explainGeneralPlan,
  NOW_PLAN_SECTIONS,
  PLAN_SECTION_IDS,
  type PlanSection,
  ruleTitle,
} from "./explain.ts";
export { canonical, DEFAULT_FHIR_BASE } from "./fhir/canonical.ts";
export {
  ADAPTIVE_EXTENSION,
  NEXT_QUESTION_DEFINITION,
  type OutcomeCode,
  type OutcomeProblem,
  toCapabilityStatement,
  toOperationOutcome,
} from "./fhir/capability.ts";
export { type EnableWhen, toEnableWhen } from "./fhir/enable-when.ts";
export { DONT_KNOW_CODE, DONT_KNOW_SYSTEM, QUESTIONNAIRE_URL, questionnaireUrl } from "./fhir/fhir-answer.ts";
export { LEVEL_LINK_ID } from "./fhir/level-item.ts";
export { ADAPTIVE_QUESTIONNAIRE_ID, type NextQuestionOptions, nextQuestion } from "./fhir/next-question.ts";
export {
  DETAILS_GROUP,
  groupLinkId,
  type QuestionnaireOptions,
  toQuestionnaire,
} from "./fhir/questionnaire.ts";
export {
  factsFromQuestionnaireResponse,
  type ResponseOptions,
  toQuestionnaireResponse,
} from "./fhir/questionnaire-response.ts";
export {
  fhirSystems,
  knowledgeMeta,
  levelCoding,
  type RiskAssessmentOptions,
  toRiskAssessment,
} from "./fhir/risk-assessment.ts";
export {
  CONFORMANCE_TYPES,
  type ConformanceResource,
  type ConformanceType,
  conformanceResources,
  SEARCH_PARAMS,
  type SearchResult,
  searchResources,
  toSearchset,
} from "./fhir/search.ts";
export {
  type ExpandOptions,
  expandValueSet,
  TERMINOLOGY_IDS,
  toCodeSystem,
  toValueSet,
} from "./fhir/terminology.ts";
export {
  type Answer,
  type AskedScreen,
  answerScreen,
  DONT_KNOW,
  factsOf,
  goBack,
  type InterviewProgress,
  type InterviewState,
  type InterviewStep,
  nextStep,
  type OracleRun,
  openSuggestions,
  type PlannedQuestion,
  type Progress,
  plannedQuestions,
  type QuestionView,
  runOracle,
  runOracleFrom,
  type ScreenView,
  startInterview,
  unsureOf,
  visibleQuestions,
} from "./interview.ts";
export {
  CHECK_IN_WARNING_SIGNS,
  COURSE,
  COURSE_RULE_STATUS,
  COURSE_STATUSES,
  type CourseStatus,
  HISTORY_FACTS,
  PROFILE_FACTS,
} from "./knowledge/course.ts";
export {
  countryFromLocale,
  EMERGENCY_NUMBERS,
  type EmergencyNumbers,
  emergencyNumbersFor,
  FALLBACK_EMERGENCY_NUMBER,
} from "./knowledge/emergency-numbers.ts";
export {
  type BannerPart,
  LEVEL_INFO,
  LEVEL_PRESENTATION,
  type LevelPresentation,
  rankOf,
} from "./knowledge/levels.ts";
export { COLD_CAUTIONS, COLD_THERAPY, HEAT_THERAPY, RECOVERY, WALKING } from "./knowledge/plan.ts";
export {
  FOLLOW_UP_SCREENS,
  type InterviewMode,
  type Question,
  SCREENS,
  SCREENS_BY_MODE,
  type Screen,
  type ScreenId,
} from "./knowledge/questions.ts";
export { RULES, type Rule, type RuleId, SELF_CARE_RULE } from "./knowledge/rules/index.ts";
export { SOURCES, type SourceId } from "./knowledge/sources.ts";
export { CONTENT_REVIEWED, KNOWLEDGE_VERSION } from "./knowledge/version.ts";
export {
  isAlarming,
  signLevel,
  WARNING_SIGN_FACTS,
  WARNING_SIGNS,
  type WarningSign,
} from "./knowledge/warning-signs.ts";
export {
  countText,
  type DateStyle,
  DEFAULT_LANG,
  dateLocaleOf,
  type FactText,
  factText,
  format,
  formatDate,
  isLang,
  isUnderstood,
  LANGS,
  LANGUAGES,
  type Lang,
  type LanguageRow,
  langOfTag,
  MESSAGES,
  type Messages,
  messagesFor,
  type PluralForms,
  pickLang,
  pluralForm,
  UNDERSTOOD_LANGS,
  type UnderstoodLang,
} from "./locales/index.ts";
export {
  type Borderline,
  type ColdPlan,
  EMERGENCY_STEPS,
  type EmergencyPlan,
  type EmergencyStep,
  type FullPlan,
  generalPlan,
  type HeatPlan,
  isFullPlan,
  type PlanOptions,
  type SelfCarePlan,
  selfCarePlan,
  type UrgentPlan,
  type WalkingPlan,
  type WatchFor,
} from "./plan.ts";
export { type DemoOptions, demoDiary, type GenerateOptions, generateDiary } from "./report/demo-diary.ts";
export {
  CAUSE_SYSTEM,
  FHIR_BASE,
  type FhirBundleOptions,
  KNOWLEDGE_VERSION_SYSTEM,
  painScoreCoding,
  RULE_SYSTEM,
  TRIAGE_LEVEL_EXTENSION,
  toFhirBundle,
} from "./report/fhir-bundle.ts";
export { fillLabel, REPORT_LABELS, type ReportLabels } from "./report/labels.ts";
export {
  buildReport,
  type DoctorReport,
  type PainPoint,
  type ReportAnswer,
  type ReportEpisode,
  type ReportOptions,
  type ReportRule,
  type ReportWarningSign,
} from "./report/report.ts";
export type { WarningSignAnswer } from "./report/warning-signs.ts";
export { FACT_IDS, FACT_KINDS, type FactKind } from "./schema/fact-kinds.ts";
export {
  CAUSES,
  type Case,
  type Cause,
  caseSchema,
  type FactId,
  type Facts,
  type FactValue,
  factsSchema,
  LEVELS,
  type Level,
  REGIONS,
  type Region,
} from "./schema/vocabulary.ts";
export {
  adviceBroughtForward,
  DESCRIPTIVE_FACTS,
  type Evidence,
  readDescription,
  startFromWords,
  type UnderstandOptions,
  type Understood,
  understand,
} from "./understand/index.ts";
export {
  describeKind,
  type FieldIssue,
  isJsonObject,
  issueCollector,
  parseCase,
  parseCases,
  parseFacts,
  parseWith,
  ValidationError,
} from "./validate.ts";
