/** The evidence every rule, cause and plan item cites; shown to users and clinicians. */
export const SOURCES = {
  nice_ng59: {
    title: "NICE guideline NG59: Low back pain and sciatica in over 16s: assessment and management",
    year: "2016, updated 2020",
  },
  acp_2017: {
    title:
      "Qaseem A, et al. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166:514-530",
    year: "2017",
  },
  finucane_2020: {
    title:
      "Finucane LM, et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-372",
    year: "2020",
  },
  nice_ng234: {
    title: "NICE guideline NG234: Spinal metastases and metastatic spinal cord compression",
    year: "2023",
  },
  girft_ces_2023: {
    title: "GIRFT National suspected cauda equina syndrome pathway (England)",
    year: "2023",
  },
  dahm_2010: {
    title:
      "Dahm KT, et al. Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica. Cochrane Database Syst Rev 2010;CD007612",
    year: "2010",
  },
  french_2006: {
    title:
      "French SD, et al. Superficial heat or cold for low back pain. Cochrane Database Syst Rev 2006;CD004750",
    year: "2006",
  },
  henschke_2009: {
    title:
      "Henschke N, et al. Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings with acute low back pain. Arthritis Rheum 2009;60:3072-3080",
    year: "2009",
  },
  downie_2013: {
    title:
      "Downie A, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095",
    year: "2013",
  },
  nhs_back_pain: {
    title: "NHS: Back pain (when to get urgent help or call 999)",
    year: "accessed 2026",
  },
  suri_2010: {
    title:
      "Suri P, et al. Does this older adult with lower extremity pain have the clinical syndrome of lumbar spinal stenosis? JAMA 2010;304:2628-2636",
    year: "2010",
  },
  nice_ng65: {
    title: "NICE guideline NG65: Spondyloarthritis in over 16s: diagnosis and management",
    year: "2017",
  },
  pocovi_2024: {
    title:
      "Pocovi NC, et al. Walking, education and physiotherapy to prevent recurrence of low back pain (WalkBack): a randomised controlled trial. Lancet 2024;404:134-144",
    year: "2024",
  },
} as const satisfies Record<string, { title: string; year: string }>;

export type SourceId = keyof typeof SOURCES;
