import type { LexiconPattern } from "./lexicon.ts";
import { rx, within } from "./lexicon.ts";
import { numberSource } from "./numbers.ts";

const NUM = numberSource("en");
const CANT = rx`(?:can'?t|cannot|can not|couldn'?t|unable to)`;
const DET = rx`(?:(?:my|the|both|either|his|her|left|right|lower|upper|back of|back of my|side of|side of my|outside of|outside of my|front of|front of my|bottom of|bottom of my|top of|top of my|buttocks?|butt|bum|hips?|and|,)\s*)*`;
const PAIN = rx`(?:pain(?:s|ful)?|hurt(?:s|ing)?|ach(?:e|es|ing|y)|sore(?:ness)?|shoot(?:s|ing)?|radiat(?:e|es|ed|ing)|burn(?:s|ing)?|sciatica|throb(?:s|bing)?|stabbing|sharp)`;
const MOVES = rx`(?:goes|going|went|go|runs|running|ran|travels|travel(?:l)?ing|spreads|spreading|spread|shoots|shooting|radiates|radiating|extends|extending|moves|moving)`;
const NUMB = rx`(?:numb(?:ness|ed)?|tingl(?:e|es|ed|ing|y)|pins (?:and|&|n) needles|prickl(?:e|es|ing|y)|(?:fall(?:s|ing)?|fell|go(?:es|ing)?|gone|went) (?:to )?(?:sleep|asleep)|asleep|dead)`;
const LEGPART = rx`(?:legs?|thighs?|calf|calves|shins?|foot|feet|toes?|ankles?|heels?|soles?|knees?)`;
const BELOW = rx`(?:foot|feet|toes?|calf|calves|ankles?|shins?|heels?|soles?|lower legs?)`;
const PAST_KNEE = rx`(?:below|past|under|beyond) (?:the |my |both )?knees?`;
const PREP = rx`(?:down|into|to|in|through|along|toward|towards|as far as|all the way (?:down )?to|right down to)`;
const SADDLE = rx`(?:down there|between (?:my |the )?legs|groin|genitals?|genital area|privates|private (?:parts|area)|crotch|bum|butt(?: cheeks)?|buttocks?|backside|bottom|anus|rectum|perineum|inner thighs?|saddle(?: area)?|vagina|vaginal area|penis|scrotum|labia|nether regions)`;
const PEE = rx`(?:pee|peeing|urinate|urinating|wee|weeing|piss|pissing|empty (?:my )?bladder|pass (?:urine|water)|go to the (?:bathroom|toilet|loo))`;
const LEGS_WEAK = rx`(?:weak(?:er|ness)?|giv(?:e|es|ing|en) (?:out|way)|gave (?:out|way)|buckl(?:e|es|ed|ing)|collaps(?:e|es|ed|ing)|like jelly|jelly|wobbly|floppy)`;
const LINK = rx`(?:(?:is|are|feel|feels|felt|keep|keeps|kept|have|has|been|getting|gets|get|went|goes|go|going|so|very|really|a bit|kind of|kinda|all|just|suddenly|also|too|totally|completely|sometimes|constantly|often|now|still)\s)*`;
const NOT_RECENT = rx`\b(?:(?:\d+|many|several|a few|two|three|four|five|six|ten|twenty) years? ago|years ago|long ago|last year|as a (?:kid|child|teen(?:ager)?)|in (?:19|20)\d\d)\b`;
const weak = (value: "one_leg" | "both_legs", re: string): LexiconPattern => ({
  fact: "legWeakness",
  re,
  value,
  negated: "none",
});

/** English words for the legs, the emergency signs and the red flags (see lexicon.en.ts for the rest). */
export const SIGNS_EN: readonly LexiconPattern[] = [
  // Legs: pain, numbness, weakness.
  {
    fact: "legPain",
    value: "below_knee",
    negated: null,
    re: rx`\b(?:${PAIN}|${MOVES})\b(?<gap>${within(50)})(?:\b${PREP} ${DET}${BELOW}|\b${PAST_KNEE})\b`,
    unless: rx`^(?!.*\b(?:pain|hurt|ach|sore|shoot|radiat|burn|sciatica|throb|stab|sharp)).*\b(?:numb|tingl|needles|asleep|sleep|dead)`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "below_knee",
    negated: null,
    re: rx`\b(?:my |the |left |right )*${BELOW}\b(?: \w+){0,2}? (?:hurts?|hurting|aches?|aching|pain|is painful|are painful|burns|throbs)\b`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
    confidence: 0.8,
  },
  {
    fact: "legPain",
    value: "above_knee",
    negated: null,
    re: rx`\b(?:${PAIN}|${MOVES})\b(?<gap>${within(40)})\b${PREP} ${DET}(?:thighs?|hamstrings?|knees?|upper legs?|top of (?:my |the )?legs?|back of (?:my |the )?(?:legs?|thighs?))\b`,
    unless: rx`^(?!.*\b(?:pain|hurt|ach|sore|shoot|radiat|burn|sciatica|throb|stab|sharp)).*\b(?:numb|tingl|needles|asleep|sleep|dead)`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: null,
    negated: "none",
    re: rx`\b(?:legs?|leg symptoms)\b(?: \w+){0,2}? (?:pain|ache|aching|hurts?|hurting|sore|symptoms)\b|\b(?:pain|ache|aching|hurting|hurts?|sore(?:ness)?|anything|radiation)\b (?:in|down|into|to|through|going down|goes down) (?:my |the |either |both |his |her |left |right )*legs?\b|\b${MOVES} (?:down|into|to) (?:my |the |either |both |left |right )*legs?\b|\b(?:sciatica|radiat(?:e|es|ing|ion)|leg pain)\b`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
    confidence: 0.85,
  },
  {
    fact: "legPain",
    value: "none",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:pain|it) (?:stays|is staying|is|remains|'s|only) (?:just |only |all |mostly )?(?:in|localized to|local to|confined to) (?:my |the )?(?:lower |upper |mid |middle )?back\b|\bpain stays in my back\b`,
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:${PAIN}|${NUMB}|${MOVES})\b${within(40)}\b(?:both (?:of )?(?:my )?(?:legs|feet|thighs|calves)|my legs|my feet|(?<!on )(?:my|the|both|his|her) legs|legs)\b(?! (?:are|feel|feels) (?:strong|fine|normal|ok))`,
    yieldsTo: ["walkingLegPainEasedBySitting", "legWeakness"],
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:both (?:of )?(?:my )?(?:legs|feet|thighs|calves)|(?<!on )my legs|my feet)\b${within(30)}\b(?:${PAIN}|${NUMB})`,
    yieldsTo: ["walkingLegPainEasedBySitting", "legWeakness"],
  },
  {
    fact: "legPainBothSides",
    value: false,
    negated: null,
    confidence: 0.7,
    re: rx`\b(?:only|just) (?:in )?(?:my |the |one )?(?:left|right|one) (?:leg|foot)\b|\bone leg only\b`,
  },
  {
    fact: "legNumbness",
    re: rx`\b${NUMB}\b(?<gap>${within(30)})\b(?:(?:in|down|into|of|on|to|through|along|around) )?(?:(?:my|the|both|left|right|his|her|bottom of|side of|outside of|front of|big)\s)*${LEGPART}\b`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    re: rx`\b${LEGPART}\b(?<gap>(?: \w+){0,3}?) ${LINK}${NUMB}`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    confidence: 0.7,
    re: rx`\b(?:numbness|numb|tingling|tingly|pins (?:and|&|n) needles)\b(?![^.;!?\n]{0,25}\b(?:arms?|hands?|fingers?|face|lips?|neck|shoulders?|chest)\b)`,
    yieldsTo: ["saddleNumbness", "sexualDysfunction", "legNumbness"],
  },
  {
    fact: "legNumbness",
    re: rx`\bnumb(?:ness)? from (?:the |my )?waist down\b|\b(?:can'?t|cannot|don'?t|barely|hardly) feel (?:my |the )?(?:left |right )?(?:legs?|feet|foot|toes)\b`,
  },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b(?:can'?t|cannot|don'?t|barely|hardly) feel (?:my |the |both )?(?:legs|feet)\b`,
  },
  { fact: "legPainBothSides", negated: null, re: rx`\bnumb(?:ness)? from (?:the |my )?waist down\b` },
  weak(
    "both_legs",
    rx`\b(?:both (?:of )?(?:my )?legs|my legs|legs|both feet)\b(?<gap>(?: \w+){0,3}?) ${LINK}(?:${LEGS_WEAK}|won'?t hold me|can'?t hold me)\b`,
  ),
  weak(
    "both_legs",
    rx`\b(?:weak(?:ness)?|giving (?:out|way)|buckling)\b(?: (?:in|of))? (?:both (?:of )?(?:my )?legs|my legs|both feet|the legs|legs)\b`,
  ),
  weak(
    "one_leg",
    rx`\b(?:(?:my|the|one|left|right)\s)*(?:leg|foot|knee|ankle)\b(?<gap>(?: \w+){0,3}?) ${LINK}${LEGS_WEAK}\b`,
  ),
  weak(
    "one_leg",
    rx`\b(?:weak(?:ness)?|giving (?:out|way))\b(?: (?:in|of))? (?:my |the |one )?(?:left |right )?(?:leg|foot|ankle)\b`,
  ),
  weak(
    "one_leg",
    rx`\b(?:foot ?drop|drop ?foot|dropped foot|foot (?:is |keeps )?(?:dragging|slapping|flopping)|drag(?:ging|s)? (?:my |the )?(?:left |right )?(?:foot|leg|toes)|(?:${CANT}|hard to|trouble|difficulty) (?:lift(?:ing)?|rais(?:e|ing)|pick(?:ing)? up|flex(?:ing)?) (?:my |the )?(?:left |right )?(?:foot|toes(?: up)?|big toe|ankle)|(?:catching|tripping over|trip over|keep tripping on) my (?:own )?(?:foot|feet|toes)|${CANT} (?:stand|walk) on (?:my )?(?:toes|tiptoes|heels?))\b`,
  ),
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    confidence: 0.75,
    re: rx`\b(?:giv(?:es|ing) (?:out|way)|gave (?:out|way)|buckl(?:es|ed|ing))\b`,
    yieldsTo: ["legWeakness"],
  },
  {
    fact: "legWeakness",
    value: "none",
    negated: null,
    re: rx`\b(?:legs?|feet) (?:feel|feels|are|is|seem) (?:strong|fine|normal|ok|okay)\b|\b(?:good|normal|full) (?:leg )?strength\b`,
  },
  {
    fact: "legWeakness",
    value: null,
    negated: "none",
    confidence: 0.75,
    re: rx`\bweak(?:ness)?\b`,
    yieldsTo: ["legWeakness", "weaknessWorsening"],
  },
  {
    fact: "weaknessWorsening",
    re: rx`\b(?:getting|got|gets|growing) weaker\b|\bweaker (?:and weaker|every day|each day|by the day|than (?:yesterday|before))\b|\bweakness (?:is )?(?:getting worse|worsening|spreading|increasing)\b`,
  },
  {
    fact: "walkingLegPainEasedBySitting",
    re: rx`\b(?:walk\w*|stand\w*|queue\w*|in line|on my feet|shopping)\b${within(60)}\b(?:legs?|thighs?|calves|calf|buttocks?)\b${within(80)}\b(?:sit(?:ting)? down|sit|sat down|sitting|bend(?:ing)? forward|lean(?:ing)? (?:forward|on)|shopping (?:cart|trolley)|crouch\w*|stop and rest)\b`,
  },
  {
    fact: "walkingLegPainEasedBySitting",
    confidence: 0.8,
    re: rx`\bcan (?:only )?walk (?:about |around )?(?:\d+|a|one|two|three|four|five|ten|fifty|a hundred|a few|half a) (?:blocks?|minutes?|meters|metres|yards|steps)\b${within(40)}\b(?:legs?|thighs?|calves|have to (?:stop|sit|rest))\b`,
  },

  // Emergency signs.
  {
    fact: "saddleNumbness",
    re: rx`\b${NUMB}\b(?<gap>${within(25)})\b(?:(?:in|around|on|of|between|down|at) )?(?:(?:my|the|both|his|her)\s)*${SADDLE}\b`,
  },
  { fact: "saddleNumbness", re: rx`\b${SADDLE}\b(?<gap>(?: \w+){0,3}?) ${LINK}(?:${NUMB}|no feeling)\b` },
  {
    fact: "saddleNumbness",
    re: rx`\b(?:can'?t|cannot|couldn'?t|don'?t|didn'?t) feel (?:anything )?(?:when i (?:wipe|sit on the toilet)|the (?:toilet )?paper|myself (?:when i wipe|down there)|my (?:bum|butt|groin|genitals|privates|private parts|bottom|backside)|down there)\b|\b(?:saddle|perineal) (?:area )?(?:numbness|anaesthesia|anesthesia|paraesthesia|paresthesia|paresthesias)\b|\bno (?:feeling|sensation) (?:down there|in (?:my )?(?:groin|genitals|privates|bum|butt|crotch))\b|\bnumb(?:ness)? from (?:the |my )?waist down\b`,
  },
  {
    fact: "bladderChange",
    re: rx`\b(?:${CANT}|struggl(?:e|ing) to|trouble|difficulty|hard to|problems?|straining to) (?:start(?:ing)? (?:to )?)?${PEE}\b`,
  },
  {
    fact: "bladderChange",
    re: rx`\b(?:peed|pee|peeing|wet|wetting|pissed|pissing|wee'?d) (?:myself|my (?:pants|trousers|bed|self|underwear)|the bed)\b|\b(?:leak(?:ed|ing|s)?|dribbl(?:e|ed|ing|es)) (?:some |a (?:bit|little) (?:of )?|small amounts of )?(?:urine|pee|wee)\b|\b(?:urine|pee|wee) (?:leak(?:ed|ing|s)?|dribbl\w*|(?:just )?(?:came|comes) out)\b`,
  },
  {
    fact: "bladderChange",
    re: rx`\b(?:lost|losing|loss of|no|lack of|poor) (?:control (?:of|over) (?:my )?(?:bladder|pee|urine)|bladder control)\b|\b(?:urinary )?(?:incontinence|incontinent)\b|\burinary retention\b|\b(?:lost|losing|loss of|no) control (?:when|while) (?:i )?(?:pee|urinate|wee)\b|\bcan'?t hold (?:it in|my (?:pee|urine|bladder|wee))\b|\b${CANT} control (?:my )?(?:bladder|pee|urine|wee)\b|\b(?:haven'?t|hasn'?t|have not|has not|not) been able to (?:pee|urinate|wee|empty (?:my )?bladder)\b`,
    yieldsTo: ["bowelIncontinence"],
  },
  {
    fact: "bladderChange",
    re: rx`\b(?:don'?t|didn'?t|can'?t|cannot|couldn'?t|not|without (?:even )?)\s?(?:feel(?:ing)?|notic(?:e|ing)|sens(?:e|ing)|tell) (?:when |that |if )?(?:i need to (?:pee|go|urinate)|i'?m (?:peeing|urinating)|my bladder(?: is| was)? (?:full|filling)|the urge(?: to (?:pee|urinate))?|i have to (?:pee|go))\b`,
  },
  {
    fact: "bladderChange",
    confidence: 0.75,
    re: rx`\b(?:bowels?\s*(?:or|and|\/|&)\s*)?bladder(?:\s*(?:or|and|\/|&)\s*bowels?)? (?:problems?|issues?|trouble|changes?|dysfunction|symptoms|sx)\b|\b(?:problems?|issues?|trouble|changes?) with (?:my )?bladder\b`,
  },
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bbladder(?:\s*(?:and|&|\/)\s*bowels?)? (?:is|are|feels?|'s|seems?|function(?:s|ing)?(?: is)?) (?:normal|fine|ok|okay|good|working (?:fine|normally|ok))\b|\b(?:peeing|urinating|weeing)(?: and (?:pooping|pooing))? (?:normally|normal|fine|ok|okay|as usual)\b|\bbowels? and bladder (?:are )?(?:normal|fine|ok|okay)\b|\bnormal (?:bladder|bladder and bowel|bowel and bladder) (?:function|control)\b|\bbladder (?:fine|ok|okay|normal)\b`,
  },
  {
    fact: "bowelIncontinence",
    re: rx`\b(?:pooped|pooping|pooed|pooing|shat|soiled|messed) (?:myself|my (?:pants|trousers|self|underwear))\b|\b(?:lost|losing|loss of|no|lack of|poor) (?:control (?:of|over) (?:my )?(?:bowels?|stools?|poo|poop)|bowel control)\b|\bfa?ecal incontinence\b|\b${CANT} (?:hold|control) (?:my )?(?:bowels?|poo|poop|stools?)\b|\b(?:poo|poop|stool|feces|faeces) (?:leak(?:ed|ing|s)?|came out)\b`,
  },
  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: rx`\b(?:bladder\s*(?:or|and|\/|&)\s*)?bowels? (?:problems?|issues?|trouble|changes?|dysfunction|symptoms|sx|incontinence|accidents?)\b|\b(?:problems?|issues?|trouble|changes?) with (?:my )?(?:bladder (?:or|and|\/|&) (?:my )?)?bowels?\b|\bbowels?\s*(?:or|and|\/|&)\s*bladder (?:problems?|issues?|trouble|changes?|dysfunction|symptoms|sx)\b`,
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bbowels? (?:is|are|'s|movements? (?:are|is)) (?:normal|fine|ok|okay|regular)\b|\b(?:(?:peeing|urinating) and )?(?:pooping|pooing|bowel movements?)(?: are)? (?:normally|normal|fine|ok|okay)\b|\b(?:bladder\s*(?:and|&|\/)\s*)bowels? (?:is|are|feels?|'s|seems?|function(?:s|ing)?(?: is)?) (?:normal|fine|ok|okay|good)\b|\bbowels? and bladder (?:are )?(?:normal|fine|ok|okay)\b|\bnormal (?:bladder and bowel|bowel and bladder|bowel) (?:function|control)\b|\bbowels? (?:fine|ok|okay|normal)\b`,
  },
  {
    fact: "sexualDysfunction",
    re: rx`\b(?:${CANT}|trouble|difficulty|problems?) (?:getting |get |keeping |keep )?(?:it up|an? erection|erections|hard)\b|\berect(?:ile|ion) (?:problems?|issues?|dysfunction|trouble)\b|\b(?:no|lost|losing|loss of|less|reduced) (?:feeling|sensation) (?:in (?:my )?(?:penis|vagina|genitals|clitoris)|during sex|when having sex)\b|\bcan'?t (?:feel anything during sex|orgasm|climax|ejaculate)\b|\bnumb (?:during|in) sex\b`,
  },
  {
    fact: "chestSymptoms",
    re: rx`\bchest\b(?<gap>(?: \w+){0,3}?) (?:(?:feels?|is|was|felt|getting|gets|so|very|really|a bit|kind of|kinda|also)\s)*(?:pain(?:s|ful)?|tight(?:ness)?|pressure|heavy|heaviness|hurts?|hurting|squeez(?:e|ed|ing)|crushing|ache|aches|aching|discomfort)\b`,
  },
  {
    fact: "chestSymptoms",
    re: rx`\b(?:pain|pains|tight(?:ness)?|pressure|heaviness|squeezing|crushing|ache|discomfort) (?:in|on|across|around) (?:my |the )?(?:(?:left|right|center|centre|middle) (?:of )?(?:my |the )?)?chest\b|\bshort(?:ness)? of breath\b|\b(?:can'?t|cannot|couldn'?t) (?:breathe|catch my breath|get (?:my )?breath)\b|\b(?:breathless(?:ness)?|out of breath|cold sweats?|clammy)\b|\b(?:goes|going|spreads?|spreading|radiat\w*|moves?|wraps?) (?:round |around |through |up |into )?(?:to )?(?:my |the )?chest\b`,
  },
  {
    fact: "chestSymptoms",
    re: rx`\b(?:pain|ache|aching|hurts?|numbness|tingling)\b(?: \w+){0,3}? (?:in|down|into|to|up) (?:my |the )?(?:left arm|jaw)\b|\b(?:left arm|jaw)\b(?: \w+){0,2}? (?:aches?|aching|hurts?|pain|numb|tingl\w*)\b`,
  },
  {
    fact: "abdominalPain",
    re: rx`\b(?:stomach|belly|tummy|abdomen|abdominal|gut|midriff)\b(?<gap>(?: \w+){0,3}?) (?:(?:is|feels?|also|too|really|very|kind of|a bit)\s)*(?:pain(?:s|ful)?|hurts?|hurting|ache|aches|aching|cramps?|cramping|sore|tender|pulsing|pulsating|throbbing|pulse|beating)\b|\b(?:stomach ?ache|belly ?ache|tummy ?ache)\b`,
  },
  {
    fact: "abdominalPain",
    re: rx`\b(?:pain|ache|aching|hurts?|pulsing|pulsating|throbbing|a pulse|heartbeat|beating|goes|going|wraps?|radiat\w*|spreads?)\b(?: \w+){0,4}? (?:in|into|to|around (?:to )?|through (?:to )?|towards) (?:my |the )?(?:stomach|belly|tummy|abdomen|gut)\b`,
  },
  {
    fact: "urinarySymptoms",
    re: rx`\b(?:burn(?:s|ing)?|sting(?:s|ing)?|hurts?|pain(?:ful)?)\b(?: \w+){0,2}? (?:when|while|to|after) (?:i )?(?:pee|peeing|urinate|urinating|wee|weeing|piss)\b|\b(?:painful|burning|stinging) (?:urination|peeing|pee)\b|\b(?:pain|burning|stinging) (?:on|with|during) (?:urination|peeing)\b|\bdysuria\b`,
  },
  {
    fact: "urinarySymptoms",
    re: rx`\b(?:peeing|urinating|weeing|going to the (?:bathroom|toilet|loo)|need(?:ing)? to pee|have to pee)\b(?: \w+){0,2}? (?:a lot|all the time|constantly|more (?:often|than usual|frequently)|every (?:hour|half hour|few minutes|\d+ minutes)|so often|so much|nonstop|frequently)\b|\b(?:bloody|blood in (?:my |the )?|red |pink )(?:urine|pee|wee)\b|\b(?:urine|pee|wee) (?:is |looks )?(?:bloody|red|pink)\b`,
  },
  {
    fact: "urinarySymptoms",
    confidence: 0.7,
    re: rx`\b(?:uti|urinary tract infection|bladder infection|urine infection|urinary infection|cystitis)\b`,
  },

  // Red flags for infection, fracture, cancer.
  {
    fact: "fever",
    re: rx`\b(?:fever(?:s|ish)?|febrile|chills|the shivers|shivering|rigors|night ?sweats?)\b|\bsweat(?:s|ing)? (?:a lot |heavily |buckets |profusely )?(?:at night|in the night|during the night|through the night)\b|\b(?:soak(?:ed|ing)|drench(?:ed|ing)|sweat (?:through|thru)) (?:the |my )?(?:sheets|bed|pyjamas|pajamas)\b|\b(?:drenched|soaked|soaking|dripping) (?:in|with) sweat\b|\b(?:wak(?:e|ing)|woke) up (?:drenched|soaked|sweating|in a sweat)\b`,
  },
  {
    fact: "fever",
    value: false,
    negated: false,
    re: rx`\bafebrile\b`,
  },
  {
    fact: "fever",
    value: false,
    negated: null,
    re: rx`\btemp(?:erature)? (?:is |was |'s )?(?:normal|fine|ok|okay)\b`,
  },
  {
    fact: "fever",
    read: "temperature",
    negated: null,
    re: rx`\btemp(?:erature)?\b(?: (?:is|was|of|at|around|about|reading|reads|read|went up to|up to|hit|reached|:|=))* ?(?<n>\d{2,3}(?:[.,]\d)?)\s*(?:°|degrees|deg)?\s*(?:c|f|celsius|fahrenheit)?\b`,
  },
  {
    fact: "fever",
    read: "temperature",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?<n>3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?|10[0-6](?:[.,]\d)?)\s*(?:°|degrees|deg)\s*(?:c|f)?\b`,
  },
  {
    fact: "fever",
    confidence: 0.8,
    re: rx`\b(?:have|had|got|running|run|with) (?:a )?(?:high |slight )?temp(?:erature)?\b(?!\s*(?:of|is|was)?\s*\d)`,
  },
  {
    fact: "weightLoss",
    re: rx`\b(?:lost|losing|dropped|dropping|shed|shedding) (?:about |around |like |over |nearly |almost |roughly )?(?:(?:a (?:lot|bit|ton) of|some|so much|\d+(?:[.,]\d+)?|${NUM}) ?(?:kg|kgs|kilos?|pounds|lbs?|stones?)|(?:a (?:lot|bit|ton) of |some |so much )?weight)\b|\b(?:unexplained|unintentional|unintended|unexpected|sudden)? ?weight ?loss\b|\bclothes (?:are )?(?:getting )?(?:loose|looser|falling off)\b`,
    unless: rx`\b(?<!(?:without|not|wasn'?t|no|not even|without even) )(?:diet(?:ing)?|trying|on purpose|intentionally|exercising|working out|ozempic|wegovy|weight ?watchers|keto)\b`,
  },
  {
    fact: "cancerHistory",
    re: rx`\b(?:cancer|tumou?rs?|lymphoma|leuka?emia|melanoma|myeloma|sarcoma|carcinoma|metasta\w*|oncolog\w*|mastectomy|in remission|radiotherapy|radiation (?:therapy|treatment)|chemo(?:therapy)?)\b`,
    unless: rx`\b(?:scare|screening|screened|ruled out|worried|afraid|fear|scared|risk)\b`,
  },
  {
    fact: "ivDrugUse",
    re: rx`\b(?:iv|intravenous|injection|injecting|injected) drugs?\b|\b(?:inject|injecting|injected|shoot(?:ing)? up|shot up|mainlin\w*) (?:drugs|heroin|meth|cocaine|speed|myself)\b|\b(?:shoot(?:ing)? up|heroin)\b|\b(?:use|used|using) needles\b`,
  },
  {
    fact: "immunosuppressed",
    re: rx`\bhiv\b|\b(?:organ |kidney |liver |heart |lung |bone marrow |stem cell )?transplant\b|\bimmuno ?(?:suppress\w*|compromised|deficien\w*)\b|\bimmune system is (?:weak|weakened|suppressed|compromised|low)\b|\b(?:weak|weakened|low|poor|suppressed|compromised) immune system\b|\banti-?rejection\b|\b(?:biologics?|methotrexate|humira|adalimumab|tacrolimus|cyclosporine|ciclosporin|azathioprine|mycophenolate|rituximab|infliximab|etanercept)\b`,
  },
  {
    fact: "immunosuppressed",
    confidence: 0.8,
    re: rx`\bchemo(?:therapy)?\b`,
    unless: rx`${NOT_RECENT}|\b(?:finished|completed|done with|had|after) (?:my |the )?chemo|\bin remission\b`,
  },
  {
    fact: "recentInfectionOrSpinalProcedure",
    unless: NOT_RECENT,
    re: rx`\b(?:epidural|spinal (?:injection|tap|block)|lumbar puncture|nerve block|facet (?:joint )?injection|(?:steroid |cortisone )?(?:injection|shot)s? (?:in|into) (?:my )?(?:lower |upper )?(?:back|spine)|cortisone (?:injection|shot))\b|\b(?:back|spinal|spine|disc|disk|lumbar) (?:surgery|operation|op|fusion|procedure)\b|\b(?:spinal fusion|laminectomy|discectomy|microdiscectomy)\b|\boperat(?:ed|ion) on (?:my )?(?:back|spine)\b`,
  },
  {
    fact: "recentInfectionOrSpinalProcedure",
    unless: rx`${NOT_RECENT}|\b(?:urine|urinary|bladder|kidney|uti)\b`,
    yieldsTo: ["urinarySymptoms"],
    re: rx`\b(?:infection|infected|pneumonia|cellulitis|abscess|sepsis|strep throat|endocarditis|on antibiotics|(?:took|taking|finished|course of) antibiotics)\b`,
  },
  {
    fact: "osteoporosis",
    re: rx`\bosteoporo(?:sis|tic)\b|\b(?:brittle|thin|fragile) bones\b|\blow bone density\b`,
  },
  {
    fact: "steroidUse",
    re: rx`\b(?:steroids?|prednisone|prednisolone|pred|dexamethasone|methylprednisolone|hydrocortisone|corticosteroids?|cortisone)\b(?! (?:injection|shot|cream|inhaler|spray|ointment|jab|drops))`,
    unless: rx`\b(?:injection|injected|shot|jab|cream|inhaler|spray|ointment|epidural)\b`,
    yieldsTo: ["recentInfectionOrSpinalProcedure"],
  },
  {
    fact: "restNightPain",
    re: rx`\b(?:worse|worst|bad|terrible|awful|unbearable|intense|more painful|hurts more|painful|pain|hurts) (?:at|during the|in the|through the|all) night\b|\b(?:wakes?|woke|waking|keeps|kept|keeping) me (?:up )?(?:at night|in the night|every night|during the night|from sleep|up)\b|\bnight pain\b|\b(?:hurts?|aches?|pain|painful)\b(?: \w+){1,3} (?:at|during the|in the|through the) night\b`,
  },
  {
    fact: "restNightPain",
    re: rx`\bno (?:position|positions) (?:helps?|is comfortable|eases (?:it|the pain)|works|makes it better)\b|\brest(?:ing)? (?:doesn'?t|does not|won'?t) (?:help|ease|change)\b|\brest does nothing\b|\b(?:constant|constantly|all the time|24\/7|non-?stop),? (?:even )?(?:when|while|at) (?:i )?(?:rest|resting|lying down|lie down|night)\b|\beven (?:when )?(?:lying down|resting|at rest|lying still)\b`,
  },
  {
    fact: "backLumpOrDeformity",
    re: rx`\b(?:lump|bump|swelling|bulge|mass|growth|swollen (?:area|spot))\b(?: \w+){0,6}? (?:on|in|over|along|near|at) (?:my |the )?(?:lower |upper |mid |middle )?(?:back|spine|backbone|vertebra\w*|shoulder ?blades?)\b|\b(?:back|spine)\b(?: \w+){0,3}? (?:has )?(?:a )?(?:lump|bump|swelling|bulge)\b|\b(?:back|spine|posture) (?:looks?|is|has (?:become|gone|got)|became|now|seems?)(?: \w+)? (?:crooked|curved|deformed|misshapen|different|out of shape)\b|\bshape of (?:my |the )?(?:back|spine) (?:has |is )?(?:changed|different)\b|\b(?:new |a )hump\b`,
  },
  {
    fact: "morningStiffness",
    re: rx`\bstiff(?:ness)?\b${within(40)}\b(?:in the mornings?|mornings|every morning|when i (?:wake|get up|first get up)|on waking|first thing|after (?:waking|sleeping|getting up))\b|\bmorning stiffness\b|\b(?:in the |every )?mornings?\b${within(25)}\bstiff(?:ness)?\b|\btakes (?:me )?(?:an hour|hours|ages|a long time|forever|a while|\d+ (?:minutes|hours)|half an hour|over an hour) to (?:loosen up|get going|limber up|warm up|get moving)\b`,
  },
  {
    fact: "betterWithExercise",
    re: rx`\b(?:better|improves?|eases?|easier|loosens? up|less (?:stiff|pain|painful))\b(?: \w+){0,2}? (?:when i (?:move|walk|exercise|stretch|get moving|get going|am active)|with (?:movement|exercise|activity|moving|walking|stretching)|(?:after|once) i (?:get moving|get going|start moving|warm up|exercise|walk|go for a (?:walk|run|swim))|moving around|after (?:exercise|a walk|a run|walking|moving around|a swim))\b`,
  },
  {
    fact: "betterWithExercise",
    re: rx`\b(?:moving|movement|exercise|exercising|walking around|activity|being active|stretching|going for a (?:walk|run))\b(?: (?:around|about))? (?:really |actually )?(?:helps|makes (?:it|things) better|eases (?:it|the pain)|loosens it up|improves it)\b|\b(?:worse|stiffer) (?:with|after|when i) (?:rest|resting|sitting still|sit still|staying still|inactivity)\b`,
  },
];
