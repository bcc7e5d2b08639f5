import type { LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, near, rx, saidOf, skip, span } from "./lexicon.ts";

// The person's history, signs of the whole body and injuries in everyday English: the names of medicines
// and treatments people give instead of the illness ("on letrozole", "alendronic acid", "Humira"), euphemisms
// ("the big C", "thin bones"), and the ways a fever, a heavy fall or a changed back are told.

/** A time that puts a procedure or an infection in the past, not this episode: "10 years ago", "as a kid". */
export const NOT_RECENT = rx`\b${alt`
  (?:\d+|many|several|a_few|two|three|four|five|six|ten|twenty)_years?_(?:ago|back) years_(?:ago|back) long_ago last_year
  as_a_(?:kid|child|teen(?:ager)?) in_(?:19|20)\d\d
`}\b`;

/** Words that say a cancer was only feared or ruled out. */
const NOT_CANCER = rx`\b(?:scare|screening|screened|ruled out|worried|afraid|fear|scared|risk|benign|not cancer(?:ous)?)\b`;
/** Not followed shortly by "benign" or "not cancer" ("had a lump removed, it was benign"). */
const NOT_SAID_BENIGN = rx`(?![^.;!?\n]{0,40}\b(?:benign|not cancer(?:ous)?|harmless|a cyst|fatty)\b)`;
/** Where a cancer was, when people name the place and its treatment instead ("prostate treatment (radiation)"). */
const CANCER_SITE = alt`
  breast prostate bowel colon colorectal rectal lung ovarian ovary cervical cervix womb uterine bladder kidney
  thyroid skin throat pancreatic testicular bone brain liver
`;
const CANCER_CARE = alt`radiation radiotherapy radio chemo(?:therapy)? brachytherapy hormone_(?:therapy|treatment|injections?) oncolog\w*`;
/** Operations and medicines given for a cancer and little else. */
const CANCER_TREATMENT = alt`
  lumpectomy prostatectomy orchi(?:d)?ectomy tamoxifen letrozole anastrozole exemestane herceptin zoladex
  bicalutamide enzalutamide abiraterone capecitabine
`;

/** Medicines that hold the immune system down: transplant drugs, biologics, DMARDs, JAK inhibitors. */
const IMMUNE_DRUGS = alt`
  prograf cellcept sirolimus everolimus leflunomide cyclophosphamide enbrel remicade stelara ustekinumab
  cosentyx secukinumab ocrevus ocrelizumab tofacitinib xeljanz baricitinib olumiant upadacitinib rinvoq
  dmards? anti-?tnf tnf_(?:blockers?|inhibitors?) jak_inhibitors?
`;
const IMMUNE_MEDICINE = alt`drugs meds medicines? medications? tablets pills injections jabs`;

/** What a person may inject that is not a street drug: "I inject my insulin". */
const PRESCRIBED_INJECTION = alt`
  insulin testosterone t b12 hormones? ozempic wegovy mounjaro saxenda fertility heparin clexane
  methotrexate humira enbrel epipen adrenaline
`;

/** Medicines for thin bones. */
const BONE_DRUGS = alt`
  alendron\w* fosamax risedron\w* actonel ibandron\w* bonviva boniva prolia denosumab zoledron\w* aclasta
  forteo teriparatide evenity romosozumab
`;

/** Shaking with a fever: "shaking like a leaf", "teeth chattering". */
const SHAKING = alt`shaking shivering trembling shaky shivery`;
const SHAKING_HOW = alt`like_a_leaf uncontrollably all_over from_head_to_toe violently`;
const SWEATING = alt`sweat(?:s|ing)? sweaty`;
/** What a night sweat soaks. */
const SWEAT_SOAKED = alt`sheets bed(?:ding|clothes)? pyjamas pajamas pjs pillows? nightie t-?shirts?`;
const AT_NIGHT = alt`last_night all_night every_night each_night at_nights? overnight`;

/** High places a fall from is a heavy one. */
const HIGH_PLACE = alt`
  (?:hay)?loft haystack hay_bales? barn mezzanine stage bleachers climbing_wall bouldering_wall rock_face rocks
  pickup trailer lorry tractor forklift cherry_picker crane top_bunk
`;
const FALLEN = alt`fell fall(?:en)? falling tumbled came thrown flew jumped`;
const ANIMAL = alt`horse pony mare stallion gelding bull bullock cow heifer cattle ram donkey camel`;
/** What a big animal does to a person: "a cow knocked me over", "kicked by the horse". */
const ANIMAL_BLOW = alt`
  knocked_(?:me_)?(?:over|down|flying) kicked trampled charged butted rammed crushed pinned stood_on
`;
const THREW = alt`threw thrown bucked flung tossed chucked dumped`;
const HEADLONG = alt`head_?first backwards flying tumbling crashing`;
const STAIRWAY = rx`(?:the |a |some |\w+ ){0,3}(?:flight of )?(?:stairs|staircase|flight of steps)`;

/** A road vehicle that left the road: "a bus that went off the road", "ended up in a ditch". */
const OFF_ROAD = alt`
  (?:went|came|spun|veered|skidded|flew)_off_the_road left_the_road (?:ended_up|landed|went|rolled)_in(?:to)?_a_ditch
`;
/** Losing one's feet at standing height: "lost her footing", "missed the last step". */
const FOOTING_LOST = alt`
  (?:lost|missed)_(?:my|his|her|their|our)_footing missed_(?:a|the|my)_(?:\w+_)?(?:step|stair)
  went_down_on_(?:my|his|her)_(?:bottom|bum|backside|behind|butt|rear)
`;
/** Fever's heat and cold in turn: "hot one minute, freezing the next". */
const FEVER_HOT = alt`hot boiling roasting sweating sweaty burning`;
const FEVER_COLD = alt`freezing shivering shivery cold icy chilly frozen`;
/** Heat and cold that are a treatment, not a fever. */
const HEAT_OR_COLD_CARE = rx`\b(?:packs?|compress\w*|bottle|shower|bath|therapy|ice|towel|pad|water|alternat\w*|weather|room|house)\b`;
/** Height a spine loses when it settles: "shrunk 2 inches". */
const HEIGHT_LOST = rx`(?:\d+|an?|one|two|three) (?:inch(?:es)?|cm|centimet(?:re|er)s?)`;
/** How a heart's pain feels, and where it is said to be. */
const CHEST_FEELING = alt`pain ache aching hurts? pressure tight(?:ness)? crushing squeezing heavy heaviness discomfort`;
const CHEST = alt`chest breastbone breast_bone sternum`;
/** A colour urine should not have. */
const URINE_COLOUR = alt`funny weird odd strange dark brown(?:ish)? red(?:dish)? pink(?:ish|y)? orange(?:y|ish)?`;
/** Colours that can mean blood when said alone ("my pee is pinkish"); dark or orange is more often too little water. */
const BLOODY_HUE = alt`brown(?:ish)? red(?:dish)? pink(?:ish|y)? bloody`;
/** A spine changed in shape: "a curve in my back", "my spine is curving". */
const BENT_SHAPE = alt`curve bend kink hump dip dent`;
/** A bone of the back standing out: "sticks out more than it used to". */
const STICKS_OUT = rx`(?:(?:sticks?|sticking|stuck|pok(?:es|ing)|juts?|jutting) out|protrud\w*)`;
const SPINE = rx`(?:my |the )?(?:lower |upper |mid )?(?:back|spine|backbone)`;

/** Procedures on or through the spine besides the epidural and surgery that lexicon.en.signs.ts names. */
const SPINAL_PROCEDURE = alt`
  spinal_(?:an(?:a)?esthe\w*|drain|cord_stimulator) lumbar_drain vertebroplasty kyphoplasty rhizotomy
  radiofrequency_(?:ablation|denervation|treatment) nerve_(?:root_)?(?:block|injection|ablation)s? myelogram
  discogram disc_replacement facet_(?:block|injection)s?
`;

export const SYSTEMIC_EN: readonly LexiconPattern[] = [
  { fact: "onsetTrigger", value: "minor_trauma", negated: null, re: rx`\b${FOOTING_LOST}\b` },
  {
    fact: "recentInfectionOrSpinalProcedure",
    unless: NOT_RECENT,
    re: rx`\b${SPINAL_PROCEDURE}\b`,
  },
  {
    // Clammy or in a cold sweat beside a fever is the fever's, not the heart's.
    fact: "chestSymptoms",
    unless: rx`\b(?:fever\w*|temp(?:erature)?|chills|shiver\w*|flu|hot and cold|burning up)\b`,
    re: rx`\b(?:cold sweats?|clammy)\b`,
  },
  {
    fact: "cancerHistory",
    unless: NOT_CANCER,
    re: anyOf(
      rx`\bthe big c\b`,
      rx`\b${CANCER_TREATMENT}\b`,
      // Clinical shorthand: "breast ca", "liver mets", "hx ca" (written out as "history of ca").
      rx`\b${CANCER_SITE} (?:ca|mets)\b`,
      rx`\bhistory of ca\b`,
      // "Cancer-free for 3 years" tells of a cancer: "free" here is no denial.
      rx`\b(?:cancer|tumou?r)[- ]?free\b`,
      near(rx`\b${CANCER_SITE}`, rx`\(?${CANCER_CARE}\b`, 4),
    ),
  },
  {
    // A lump taken out is told as history of a cancer more often than not; the person confirms it.
    fact: "cancerHistory",
    confidence: 0.75,
    unless: NOT_CANCER,
    re: anyOf(
      rx`\b(?:lump|growth|tumou?r)s? (?:was |were )?(?:removed|cut out|taken out)\b${NOT_SAID_BENIGN}`,
      rx`\b(?:removed|cut out|took out) (?:a |the |my )?(?:\w+ )?(?:lump|growth)\b${NOT_SAID_BENIGN}`,
    ),
  },
  {
    fact: "immunosuppressed",
    re: anyOf(
      rx`\b${IMMUNE_DRUGS}\b`,
      rx`\bimmune[- ]?(?:suppress(?:ing|ant)[- ])?(?:system[- ])?${IMMUNE_MEDICINE}\b`,
    ),
  },
  {
    fact: "ivDrugUse",
    re: anyOf(
      rx`\b(?:ex|former|recovering|reformed)[- ]?(?:heroin |drug |iv |smack |needle )?(?:user|addict|junkie)\b`,
      rx`\b(?:junkie|track marks)\b`,
      rx`\b(?:i|i'?ve|i'?d|used to|use to|still|would)${skip(0, 2)} (?:inject(?:ed|ing)?|shoot(?:ing)? up)\b(?!(?: \w+){0,2} ${PRESCRIBED_INJECTION}\b)`,
    ),
  },
  // Says nothing until denied: "never injected anything", "smoked it, never injected".
  {
    fact: "ivDrugUse",
    value: null,
    negated: false,
    confidence: 0.8,
    re: rx`\binject(?:ed|ing)?\b(?!(?: \w+){0,2} ${PRESCRIBED_INJECTION}\b)`,
  },
  {
    fact: "osteoporosis",
    re: anyOf(
      rx`\b(?:thinning (?:of )?(?:the |my )?bones|bone (?:thinning|loss))\b`,
      near(rx`\b(?:bone (?:density|mass)|dexa)`, rx`(?:low|poor|reduced|bad|thin)\b`, 4),
      rx`\b${BONE_DRUGS}\b`,
      rx`\bbones (?:are |'re )?(?:like|as (?:brittle|thin|weak|fragile) as) (?:glass|chalk|china|paper|biscuits?|eggshells?)\b`,
    ),
  },
  {
    fact: "fever",
    re: anyOf(
      rx`\b${SHAKING} ${SHAKING_HOW}\b`,
      rx`\bteeth (?:are |were |keep |kept |started )?chattering\b`,
      rx`\b(?:can'?t|couldn'?t) stop (?:shaking|shivering)\b`,
      rx`\b${SWEATING} (?:a lot |heavily |buckets |profusely |like mad |like a pig |loads )?${AT_NIGHT}\b`,
      rx`\b${SWEATING} buckets\b`,
      rx`\b(?:${SWEATING}|soak(?:ed|ing)|drench(?:ed|ing)) (?:right )?(?:through|thru)? ?(?:the |my )?${SWEAT_SOAKED}\b`,
    ),
  },
  {
    fact: "fever",
    unless: HEAT_OR_COLD_CARE,
    re: anyOf(
      near(rx`\b${FEVER_HOT}`, rx`${FEVER_COLD}\b`, 3),
      near(rx`\b${FEVER_COLD}`, rx`${FEVER_HOT}\b`, 3),
    ),
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: anyOf(
      rx`\b${FALLEN} (?:off|from|out of|down from) (?:the |a |my |our |some )?(?:(?:back|top|edge|roof) of (?:the |a |my )?)?(?:\w+ )?${HIGH_PLACE}\b`,
      near(rx`\b${ANIMAL}`, rx`${THREW} (?:me|him|her)\b`, 4),
      near(rx`\b${ANIMAL}`, rx`${ANIMAL_BLOW}(?: me| him| her)?\b`, 2),
      rx`\b(?:kicked|trampled|charged|butted) by (?:a |the |an |my )?(?:\w+ )?${ANIMAL}\b`,
      rx`\b(?:got|was|were|been|being) shunted\b(?! (?:to|into|around|between|off|onto|aside))|\bshunted from behind\b`,
      rx`\bair ?bags? (?:went off|deployed|blew|came out|go off)\b`,
      rx`\b(?:flattened|smashed|dumped|pounded|slammed|thrown|wiped out|driven) by (?:a |the )?(?:\w+ )?(?:wave|breaker)\b`,
      rx`\b${OFF_ROAD}\b`,
      rx`\b(?:fall|tumble|spill|trip)s? down ${STAIRWAY}\b`,
      rx`\b(?:went|came|fell) ${HEADLONG} down ${STAIRWAY}\b`,
    ),
  },
  {
    fact: "backLumpOrDeformity",
    re: anyOf(
      rx`\b${BENT_SHAPE} in ${SPINE}\b(?! (?:garden|yard|seat|room|door|of|pocket))`,
      rx`\b(?:back|spine|backbone)(?:'s| is| has been| has started| seems to be)? (?:curving|bending|twisting) (?:to one side|sideways|over)\b`,
      rx`\b(?:back|spine|posture) (?:looks?|has (?:become|gone|got)|became) (?:\w+ )?(?:hunched|rounded|stooped|humped)\b`,
      rx`\b(?:shrunk|shrunken) (?:by )?(?:about |nearly |almost |over )?${HEIGHT_LOST}\b`,
      rx`\blost (?:about |nearly |almost |over )?${HEIGHT_LOST} (?:in|of) height\b`,
      rx`\b(?:lost|losing) (?:some )?height\b|\b(?:getting|got|gotten|grown) shorter\b`,
      rx`\b(?:bones?|vertebra\w*|knobbles?|knobs?) (?:in|of) ${SPINE}\b${span(20)}\b${STICKS_OUT}`,
      rx`\b(?:spine|backbone|vertebra\w*)\b${skip(0, 3)} ${STICKS_OUT}`,
      rx`\b(?:dowager'?s|widow'?s|buffalo) hump\b`,
    ),
  },
  {
    fact: "weightLoss",
    unless: rx`\b(?<!(?:without|not|no) )(?:diet(?:ing)?|on purpose|trying to|gym)\b`,
    re: anyOf(
      rx`\b(?:dropped|lost|gone down|went down) (?:a |one |two |\d+ )?(?:dress|trouser|jeans?|clothes|clothing|belt|pant|shirt|collar) sizes?\b`,
      rx`\b(?:trousers|jeans|pants|clothes|belt|skirts?|dresses) (?:are |is )?(?:hanging|falling) off (?:me|him|her)\b`,
    ),
  },
  // Said of a bone or the chest next to the heart: "behind my breastbone", "short of puff".
  {
    fact: "chestSymptoms",
    re: anyOf(
      near(rx`\b${CHEST_FEELING}`, rx`(?:in|on|behind|across|under|around) (?:my |the )?${CHEST}\b`, 3),
      rx`\b(?:short|out) of (?:puff|wind)\b`,
    ),
  },
  {
    fact: "chestSymptoms",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:chest|breathing)${saidOf(alt`is feels`)}(?:fine|ok|okay|normal|clear)\b`,
  },
  // Urine of a strange colour: "my wee's a funny colour, like cola".
  {
    fact: "urinarySymptoms",
    re: near(
      rx`\b(?:pee|wee|urine|piss)`,
      rx`(?:${URINE_COLOUR}) colou?r\b|(?:like|looks like) (?:cola|coke|tea|blood)\b|(?:${BLOODY_HUE})\b`,
      3,
    ),
  },
  {
    fact: "weightLoss",
    unless: rx`\b(?<!(?:without|not|no) )(?:diet(?:ing)?|on purpose|trying to|gym)\b`,
    re: rx`\blost\b${span(30)}\b(?:stone|kilos?|kg|pounds|lbs?) in weight\b`,
  },
  // Say nothing until denied: "never touched needles", "not on anything for my immune system", "no recent surgery".
  {
    fact: "ivDrugUse",
    value: null,
    negated: false,
    confidence: 0.8,
    re: rx`\b(?:touched|tried|taken|used|shared) (?:any )?needles\b`,
  },
  {
    fact: "immunosuppressed",
    value: null,
    negated: false,
    confidence: 0.8,
    re: rx`\b(?:on|taking|take) (?:anything|any \w+|medication|meds|drugs|tablets) (?:for|that (?:affects?|lowers?|suppress\w*)) (?:my |the )?immune system\b`,
  },
  {
    fact: "recentInfectionOrSpinalProcedure",
    value: null,
    negated: false,
    confidence: 0.8,
    re: anyOf(
      rx`\brecent (?:\w+ )?(?:surgery|surgeries|operations?|procedures?|injections?|infections?|illness(?:es)?)\b`,
      rx`\b(?:surgery|operations?|procedures?|injections?|infections?) recently\b`,
    ),
  },
];
