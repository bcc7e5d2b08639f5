import type { CourseStatus } from "../knowledge/course.ts";
import type { Lang } from "../locales/languages.ts";

/**
 * Headings and fixed phrases of the doctor report, in English and Spanish. Clinical wording (rules, causes,
 * facts, levels, disclaimer) comes from the locales, never from here.
 */
export interface ReportLabels {
  readonly title: string;
  readonly subtitle: string;
  readonly demoBanner: string;
  readonly generated: string;
  readonly knowledgeVersion: string;
  readonly advice: string;
  readonly course: string;
  readonly statuses: Readonly<Record<CourseStatus, string>>;
  readonly onset: string;
  readonly daysSinceOnset: string;
  readonly trend: string;
  readonly trendDetail: string;
  readonly reasons: string;
  readonly noRules: string;
  readonly missing: string;
  readonly causes: string;
  readonly causesNote: string;
  readonly timeline: string;
  readonly timelineWindow: string;
  readonly episode: string;
  readonly current: string;
  readonly resolved: string;
  readonly ongoing: string;
  readonly days: string;
  readonly peak: string;
  readonly noEpisodes: string;
  readonly painChart: string;
  readonly painAxis: string;
  readonly coldMark: string;
  readonly walkMark: string;
  readonly noPainData: string;
  readonly warningSigns: string;
  readonly reported: string;
  readonly screened: string;
  readonly noneReported: string;
  readonly noneScreened: string;
  readonly earlierReported: string;
  readonly selfCare: string;
  readonly selfCareLine: string;
  readonly answers: string;
  readonly page: string;
}

export const REPORT_LABELS: Readonly<Record<Lang, ReportLabels>> = {
  en: {
    title: "BackTalk: back pain summary for a clinician",
    subtitle: "Made from the person's own check-ins. Information to support a consultation, not a diagnosis.",
    demoBanner: "EXAMPLE DATA - not a real person",
    generated: "Made {date}",
    knowledgeVersion: "Knowledge version {version} (reviewed {reviewed})",
    advice: "Advice given",
    course: "Course",
    statuses: {
      new_warning_sign: "New warning sign reported at a check-in",
      not_better_after_3_weeks: "Not better after 3 weeks",
      keeps_coming_back: "Keeps coming back in the same place",
      worse_despite_self_care: "Getting worse despite a week of self-care",
      improving: "Improving",
      unchanged: "About the same",
      worsening: "Getting worse",
      too_early: "Too early to tell",
    },
    onset: "Onset {date}",
    daysSinceOnset: "{days} days ago",
    trend: "Trend: {trend}",
    trendDetail: "worst pain first days {baseline}/10, latest days {recent}/10",
    reasons: "Why (rules that fired, with the answers behind them)",
    noRules: "No rule fired.",
    missing: "Not yet answered, could change the advice: {facts}",
    causes: "Possible causes to discuss",
    causesNote: "Possibilities, not a diagnosis.",
    timeline: "Episodes",
    timelineWindow: "last 12 months",
    episode: "Episode",
    current: "current",
    resolved: "settled",
    ongoing: "ongoing",
    days: "{days} days",
    peak: "worst {pain}/10",
    noEpisodes: "No episodes with pain logged.",
    painChart: "Pain in the current episode (0-10, worst in the last 24 hours)",
    painAxis: "pain",
    coldMark: "cold round",
    walkMark: "walk",
    noPainData: "No check-ins with pain in this episode.",
    warningSigns: "Warning signs",
    reported: "Reported (yes)",
    screened: "Asked, answered no",
    noneReported: "None reported.",
    noneScreened: "None asked yet.",
    earlierReported: "yes on {date}",
    selfCare: "Self-care tried (this episode)",
    selfCareLine:
      "{coldRounds} cold rounds and {walks} walks ({walkMinutes} minutes) logged on {loggedDays} days; self-care for {selfCareDays} days.",
    answers: "Answers",
    page: "BackTalk report",
  },
  es: {
    title: "BackTalk: resumen del dolor de espalda para el profesional sanitario",
    subtitle:
      "Hecho con los registros de la propia persona. Información para la consulta, no un diagnóstico.",
    demoBanner: "DATOS DE EJEMPLO - no es una persona real",
    generated: "Hecho el {date}",
    knowledgeVersion: "Versión del conocimiento {version} (revisada el {reviewed})",
    advice: "Consejo dado",
    course: "Evolución",
    statuses: {
      new_warning_sign: "Nueva señal de alarma en un registro",
      not_better_after_3_weeks: "No mejora después de 3 semanas",
      keeps_coming_back: "Vuelve una y otra vez en el mismo sitio",
      worse_despite_self_care: "Empeora pese a una semana de autocuidado",
      improving: "Mejorando",
      unchanged: "Más o menos igual",
      worsening: "Empeorando",
      too_early: "Aún es pronto para saberlo",
    },
    onset: "Inicio {date}",
    daysSinceOnset: "hace {days} días",
    trend: "Tendencia: {trend}",
    trendDetail: "peor dolor de los primeros días {baseline}/10, de los últimos días {recent}/10",
    reasons: "Por qué (reglas que se cumplieron y las respuestas que las activaron)",
    noRules: "No se cumplió ninguna regla.",
    missing: "Sin responder, podría cambiar el consejo: {facts}",
    causes: "Posibles causas para comentar",
    causesNote: "Son posibilidades, no un diagnóstico.",
    timeline: "Episodios",
    timelineWindow: "últimos 12 meses",
    episode: "Episodio",
    current: "actual",
    resolved: "resuelto",
    ongoing: "en curso",
    days: "{days} días",
    peak: "peor {pain}/10",
    noEpisodes: "No hay episodios con dolor registrados.",
    painChart: "Dolor en el episodio actual (0-10, el peor de las últimas 24 horas)",
    painAxis: "dolor",
    coldMark: "frío",
    walkMark: "paseo",
    noPainData: "No hay registros con dolor en este episodio.",
    warningSigns: "Señales de alarma",
    reported: "Presentes (sí)",
    screened: "Preguntadas, respuesta no",
    noneReported: "Ninguna.",
    noneScreened: "Aún no se ha preguntado ninguna.",
    earlierReported: "sí el {date}",
    selfCare: "Autocuidado probado (este episodio)",
    selfCareLine:
      "{coldRounds} sesiones de frío y {walks} paseos ({walkMinutes} minutos) registrados en {loggedDays} días; autocuidado durante {selfCareDays} días.",
    answers: "Respuestas",
    page: "Informe de BackTalk",
  },
};
