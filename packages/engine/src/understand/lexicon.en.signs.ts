import { CANT, EVERYDAY_EN, OWN, SADDLE as SADDLE_EVERYDAY, SELF } from "./lexicon.en.everyday.ts";
import { INDIRECT_EN } from "./lexicon.en.indirect.ts";
import { NOT_RECENT, SYSTEMIC_EN } from "./lexicon.en.systemic.ts";
import type { LexiconPattern } from "./lexicon.ts";
import {
  alt,
  anyOf,
  denialGap,
  LIST_JOINS,
  NOT_LISTED,
  near,
  rx,
  saidOf,
  skip,
  span,
  within,
} from "./lexicon.ts";
import { numberSource } from "./numbers.ts";
import { TEMPERATURE_PATTERNS } from "./temperature.ts";

const NUM = numberSource("en");
const DET = rx`(?:${alt`
  my the both either his her left right lower upper backs?_of backs?_of_my side_of side_of_my outside_of
  outside_of_my fronts?_of fronts?_of_my bottom_of bottom_of_my tops?_of tops?_of_my buttocks? butt bum hips? and ,
`}\s*)*`;
const PAIN = rx`${alt`
  pain(?:s|ful|ing)? hurt(?:s|ing)? ach(?:e|es|ing|y) sore(?:ness)? shoot(?:s|ing)? radiat(?:e|es|ed|ing)
  (?:electric(?:al)?_)?shocks? zap(?:s|ping)? jolts? burn(?:s|ing)? sciatica throb(?:s|bing)? stabbing sharp
`}`;
const MOVES = rx`${alt`
  goes going went go runs running ran travels travel(?:l)?ing spreads spreading spread shoots shooting
  radiates radiating extends extending moves moving
`}`;
/** Not feeling a part, however it is said: "can't feel my bum". */
const CANT_FEEL = rx`(?:can'?t|cannot|couldn'?t|don'?t|didn'?t|barely|hardly) feel`;
/** A part's determiner: "my", "the", "both". */
const THE = rx`(?:(?:my|the|his|her|both) )?`;
const NUMB = rx`${alt`
  numb(?:ness|ed)? tingl(?:e|es|ed|ing|y) pins_(?:and|&|n)_needles prickl(?:e|es|ing|y) deadness
  (?:fall(?:s|ing)?|fell|go(?:es|ing)?|gone|went)_(?:to_)?(?:sleep|asleep) asleep dead
`}`;
/** "toe", "big toe", "little toe". */
const TOE = rx`(?:(?:big|little|small|baby|pinky|middle|second) )?toes?`;
const LEGPART = rx`(?:legs?|thighs?|calf|calves|shins?|foot|feet|${TOE}|ankles?|heels?|soles?|knees?)`;
const BELOW = rx`(?:foot|feet|${TOE}|calf|calves|ankles?|shins?|heels?|soles?|lower legs?)`;
const PAST_KNEE = rx`(?:below|past|under|beyond) (?:the |my |both )?knees?`;
const PREP = rx`(?:down|into|to|in|through|along|toward|towards|till|until|up to|upto|as far as|all the way (?:down )?to|right down to|(?:stops?|ends?) at)`;
const SADDLE = rx`(?:${alt`
  down_there between_(?:my_|the_|your_|his_|her_)?legs groin genitals? genital_area privates private(?:_(?:parts|area))? crotch
  (?:bum|butt)(?:_cheeks)? buttocks? backside bottom anus back_passage rectum perineum inner_thighs? saddle(?:_area)? vagina
  insides?_of_(?:my_|the_|his_|her_|both_)?thighs?
  peri-?(?:anal|neal)(?:_(?:area|region|skin))?
  vaginal_area penis scrotum labia nether_regions dick cock balls(?!_of) nuts fanny testicles? clit(?:oris)? vulva
  undercarriage nethers todger manhood
`}|${SADDLE_EVERYDAY})`;
const PEE = rx`(?:${alt`
  pee peeing urinate urinating urination micturition void(?:ing)? wee weeing piss pissing empty_(?:my_)?bladder
  pass(?:ing)?_(?:urine|water) go_to_the_(?:bathroom|toilet|loo) (?:have|do|go_for|manage)_a_(?:wee|pee|piss|slash)
`})`;
const LEGS_WEAK = rx`${alt`
  weak(?:er|ness)? giv(?:e|es|ing|en)_(?:out|way) gave_(?:out|way) buckl(?:e|es|ed|ing)
  collaps(?:e|es|ed|ing) like_jelly jelly wobbly floppy
`}`;
/** Other words said of the same leg first, as a list: "sore, weak and", "heavy and". */
const LISTED_BEFORE = rx`(?:[a-z]+(?:,| and|, and|,? or) ){0,3}`;
const LINK = rx`(?:${alt`
  is are feel feels felt keep keeps kept have has been getting gets get went goes go going so very really
  a_bit kind_of kinda all just suddenly also too totally completely sometimes constantly often now still
`}\s)*`;
/** Hardly able: "can barely", "struggling to". */
const BARELY = rx`(?:(?:can |could )?(?:barely|hardly|only just)|hard to|trouble|difficulty|struggl\w* to)`;
/** "can't lift my left foot", "trouble raising my toes". */
const LIFT_FOOT = rx`(?:${CANT}|${BARELY}) (?:lift(?:ing)?|rais(?:e|ing)|pick(?:ing)? up|flex(?:ing)?) ${alt`
  (?:my_|the_)?(?:left_|right_)?(?:foot|toes(?:_up)?|big_toe|ankle)
`}`;
/** Knowing the bladder's state: "I don't know when I need to go". */
const SENSE = alt`feel(?:ing)? notic(?:e|ing) sens(?:e|ing) tell know`;
/** "my lower back", "the spine", "my shoulder blade". */
const ON_THE_BACK = rx`(?:my |the )?(?:lower |upper |mid |middle )?(?:back|spine|back ?bone|vertebra\w*|shoulder ?blades?)`;
/** Legs named as the next item of a list after a numb saddle: "numbness in my groin and legs". */
const LISTED_AFTER_SADDLE = rx`\b(?<=${LIST_JOINS} )(?<=\b${NUMB}\b[^.;!?\n]{0,40}\b${SADDLE},? ${LIST_JOINS} )`;
/** A leg word with its own predicate ("... and both legs feel weak") is not an item of a numbness list. */
/** Where on the leg, said before it: "down the back of both thighs". */
const LISTED_DET = rx`(?:(?:in|down|of|on|at) )?(?:(?:my|the|both|his|her|backs?|tops?|fronts?|sides?|outside|of|left|right)\s)*`;
/** A numb saddle named as the next item after numb legs: "numbness in my thighs and bum". */
const LISTED_AFTER_LEGS = rx`\b(?<=${LIST_JOINS} )(?<=\b${NUMB}\b[^.;!?\n]{0,70}\b${LEGPART},? ${LIST_JOINS} )`;
/** The one place a numbness is, after another was ruled out: "my legs aren't numb, just my groin". */
const ONLY_THERE = rx`\b(?=,? (?:just|only) )(?<=\b${NUMB}\b[^.;!?\n]{0,30}),? (?:just|only) ${LISTED_DET}`;
const OWN_PREDICATE = rx`(?! (?:\w+ )?(?:weak|strong|fine|ok|okay|normal|giv\w+|gave|buckl\w+|hurt\w*|ach\w+|pain\w*))`;
/** Words of a wet bed: waking up soaked after them is not a night sweat. */
const WET_BED = alt`bladder pee peed wee urine wet accidents? leak\w* incontinen\w*`;
/** Both legs said first: "both feet", "my legs" (not the legs the saddle lies between). */
const BOTH_LEGS = rx`(?:both (?:of )?(?:my )?(?:legs|feet|thighs|calves)|(?<!on |between (?:my |the )?)(?:my )?legs|(?<!on )my feet)`;
/** A side or part of the belly: "my lower belly", "the upper left of my stomach". */
const BELLY_PART = alt`lower upper top bottom whole left right middle centre center central`;
const BELLY_SIDE = rx`(?:${BELLY_PART}(?: (?:left|right))?(?: (?:part|side|half|bit))? (?:of (?:my |the )?)?)?`;
/** Peeing, however it is said: "when I pass water", "when I go to the loo". */
const PEE_VERB = rx`(?:pees?|peeing|urinates?|urinating|wees?|weeing|piss(?:es)?|pass(?:es|ing)? (?:water|urine)|go(?:es)? to the (?:toilet|loo|bathroom))`;
/** A fever that is over: "fever's gone now", "the fever broke". */
const FEVER_GONE = rx`(?:(?:'s| has| is)?|[^.;!?\n]{0,30}\bbut (?:it|that)(?:'s| has| is)?) (?:gone|went away|broken|broke|passed|settled|over)\b`;
/** Feeling gone or less: "losing feeling", "no sensation", "reduced feeling". */
const LOST_FEELING = rx`(?:${alt`
  lost losing loss_of no reduced less little zero decreased diminished altered abnormal impaired patchy
`}) (?:the |all |any |some )?(?:feeling|sensation)`;
/** "in both legs", "down my left foot". */
const LEG_PLACE = rx`(?:in|down|of|on|to|into|along) (?:(?:my|the|both|either|left|right|lower|outer|inner|(?:front|side|back|top|inside|outside) of)\s)*`;
/** Up to 25 characters that never pass over a leg or a "but". */
const NOT_PAST_A_LEG = rx`(?:(?!\b(?:${LEGPART}|but|although|though|however|(?:and|or) (?:my|his|her|the|their))\b)[^.;!?\n]){0,25}?`;
const UP_TO = rx`(?:right |all the way |the whole way )?up (?:to|into|as far as) `;
/** Up to 50 characters that never pass over a pain or a "but": where a numbness, not a pain, is said to reach. */
const NOT_PAST_PAIN = rx`(?:(?!\b(?:${PAIN}|but|although|though|however)\b)[^.;!?\n]){0,50}?`;
/** Not in a sentence about the bowels: "my bowels have gone funny, I can't tell when I need to go". */
/** Checked only where a word starts: a look back run at every letter costs more than all the rest. */
const NOT_AFTER_BOWELS = rx`\b(?<!\b(?:bowels?|poo\w*|poop\w*|number twos?)\b[^.;!?\n]{0,60})`;
/** Trouble doing something: "a lot of trouble controlling", "struggling to hold". */
const TROUBLE = rx`(?:(?:a lot of |some |real )?(?:trouble|difficulty|problems?)|struggl\w* to|hard to)`;
/** "down there", "in my groin", "between my legs". */
const AT_THE_SADDLE = rx`(?:down there|(?:(?:in|of|around|at) )?(?:my |the )?${SADDLE})`;
/** The bowel and its way out. */
const BOWEL_PART = alt`bowels? stools? poo poop back_passage anus rectum bum bottom sphincter`;
/** What the bowel lets go: "incontinent of faeces". */
const BOWEL_MATTER = alt`faeces feces stools? poo poop bowels? motions?`;
/** How a sore leg feels: "calves feel tight and achy". */
const SORE = alt`hurts? hurting aches? aching achy sore pain painful tender burns burning throbs throbbing`;
/** Words between a leg and a pain that make the pain another's: "feet since I hurt my back". */
const NOT_THE_LEG = alt`back spine neck shoulders? hips? bum butt buttocks? since when after because`;
/** Worse as the days go by: "worse each day", "worse today than yesterday". */
const WORSE_BY_DAY = rx`(?:getting |got |gets |is |are |been )?worse ${alt`
  and_worse (?:each|every|by_the)_day today than_(?:it_was_)?(?:yesterday|before|last_week)
`}\b`;
/** Words of the pain or the back: what gets worse is then not the weakness. */
const NOT_THE_PAIN = alt`pain back spasms? ache aching hurts? sore`;
/** Feeling that is not as it was: "diminished sensation", "altered feeling". */
const CHANGED = alt`altered changed abnormal reduced diminished decreased impaired less lost poor`;
/** The saddle as a clinician names it, before a noun: "perineal sensation". */
const SADDLE_ADJ = alt`perineal peri-?anal saddle genital perineum`;
/** Said of oneself or of the person cared for. */
/** Legs in the plural, so both sides: "numb feet", "tingly legs". */
const LEGS_PLURAL = alt`legs feet thighs calves shins`;
const NOT_FINE = rx`(?! (?:is|are|feels?|seems?|'s|stays?) (?:\w+ )?(?:fine|ok|okay|normal|good|strong|alright))`;
/** The other side too, even after "but": "... in the right leg but now it has started in the left as well". */
const OTHER_SIDE_TOO = rx`[^.;!?\n]{0,50}\b(?:the |my )?(?:other|left|right)(?: (?:one|leg|foot|side))? (?:as well|too)\b`;
/** One side, then the other: "started in my left foot and now it's in my right foot". */
const LEFT_THEN_RIGHT = anyOf(
  rx`\bleft ${LEGPART}\b${span(50)}\bright ${LEGPART}\b${NOT_FINE}`,
  rx`\bright ${LEGPART}\b${span(50)}\bleft ${LEGPART}\b${NOT_FINE}`,
);
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
    re: near(
      rx`\b(?:my |the |left |right |both )*${BELOW}\b`,
      rx`${SORE}\b(?! (?:my|his|her) (?:back|spine|neck))`,
      4,
      NOT_THE_LEG,
    ),
    yieldsTo: ["walkingLegPainEasedBySitting"],
    confidence: 0.8,
  },
  {
    fact: "legPain",
    value: "above_knee",
    negated: null,
    re: rx`\b(?:${PAIN}|${MOVES})\b(?<gap>${within(40)})\b${PREP} ${DET}${alt`
      thighs? hamstrings? knees? upper_legs? top_of_(?:my_|the_)?legs?
      back_of_(?:my_|the_)?(?:legs?|thighs?)
    `}\b`,
    unless: rx`^(?!.*\b(?:pain|hurt|ach|sore|shoot|radiat|burn|sciatica|throb|stab|sharp)).*\b(?:numb|tingl|needles|asleep|sleep|dead)`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  // "pain down the back of my leg stopping at the knee".
  {
    fact: "legPain",
    value: "above_knee",
    negated: null,
    re: rx`\b(?:${PAIN}|${MOVES})\b${within(50)}\b(?:stop(?:s|ping)?|ends?|ending) (?:at|above|just above) (?:the |my )?knee\b`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: null,
    negated: "none",
    re: anyOf(
      rx`\b(?:legs?|leg symptoms)\b${skip(0, 2)} (?:pain|ache|aching|hurts?|hurting|sore|symptoms)\b`,
      rx`\b${alt`
        pain ache aching hurting hurts? sore(?:ness)? anything radiation
      `}\b (?:in|down|into|to|through|going down|goes down) (?:my |the |either |both |his |her |left |right )*legs?\b`,
      rx`\b${MOVES} (?:down|into|to) (?:my |the |either |both |left |right )*legs?\b`,
      rx`\b(?:sciatica|radiat(?:e|es|ing|ion)|leg pain)\b`,
    ),
    yieldsTo: ["walkingLegPainEasedBySitting"],
    confidence: 0.85,
  },
  {
    fact: "legPain",
    value: "none",
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\b(?:pain|it) (?:stays|is staying|is|remains|'s|only) (?:just |only |all |mostly )?${alt`
        in localized_to local_to confined_to
      `} (?:my |the )?(?:lower |upper |mid |middle )?back\b`,
      rx`\bpain stays in my back\b`,
    ),
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:${PAIN}|${NUMB}|${MOVES})\b${span(60)}\b${alt`
      both_(?:of_)?(?:my_)?(?:legs|feet|thighs|calves) (?<!between_)my_legs (?<!on_)my_feet
      (?<!on_|between_)(?:my|the|both|his|her)_legs (?<!between_(?:my_|the_|your_|his_|her_)?)legs
    `}\b(?! (?:are|feel|feels) (?:strong|fine|normal|ok))`,
    yieldsTo: ["walkingLegPainEasedBySitting", "legWeakness"],
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b${BOTH_LEGS}\b(?<gap>${within(30)})\b(?:${PAIN}|${NUMB})`,
    yieldsTo: ["walkingLegPainEasedBySitting", "legWeakness", "saddleNumbness"],
  },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b(?:legs|shins|calves|feet|thighs|knees)\b${span(30)}\b(?:both of them|on both sides)\b`,
    yieldsTo: ["legWeakness", "walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPainBothSides",
    value: false,
    negated: null,
    confidence: 0.7,
    re: rx`\b(?:only|just) (?:in )?(?:my |the |one )?(?:left|right|one) (?:leg|foot)\b|\b(?:in )?(?:my |the )?(?:one|left|right) (?:leg|foot) only\b`,
  },
  {
    fact: "legNumbness",
    re: rx`\b${NUMB}\b(?<gap>${within(30)})\b(?:(?:in|down|into|of|on|to|through|along|around) )?(?:${alt`
      my the both left right his her bottom_of side_of outside_of front_of big
    `}\s)*${LEGPART}\b`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    re: rx`\b${LEGPART}\b${denialGap(3)} ${LINK}${LISTED_BEFORE}${NUMB}`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`${LISTED_AFTER_SADDLE}${LISTED_DET}(?:legs|feet|thighs|calves)\b${OWN_PREDICATE}`,
  },
  {
    fact: "legNumbness",
    re: rx`${LISTED_AFTER_SADDLE}${LISTED_DET}${LEGPART}\b${OWN_PREDICATE}`,
  },
  {
    fact: "legNumbness",
    value: null,
    confidence: 0.7,
    re: rx`\b(?:numbness|numb|tingling|tingly|pins (?:and|&|n) needles)\b(?![^.;!?\n]{0,25}\b(?:arms?|hands?|fingers?|face|lips?|neck|shoulders?|chest)\b)`,
    // Numbness said about the saddle, the bladder or sex is not the legs'.
    unless: rx`\b(?:${SADDLE}|down below|bladder|waterworks|sex|climax|orgasm|erections?)\b`,
    yieldsTo: ["saddleNumbness", "sexualDysfunction", "legNumbness", "bladderChange", "bowelIncontinence"],
  },
  {
    fact: "legNumbness",
    re: anyOf(
      rx`\bnumb(?:ness)? from (?:the |my )?waist down\b`,
      rx`\b(?:can'?t|cannot|don'?t|barely|hardly) feel (?:my |the |his |her )?(?:left |right )?(?:legs?|feet|foot|toes|thighs?)\b`,
      // The legs listed after the saddle: "can't feel my bum or my legs".
      rx`\b${CANT_FEEL} (?:either )?${THE}${SADDLE},? (?:and|or|nor|&) ${THE}(?:left |right )?(?:legs?|feet|foot|toes|thighs?)\b`,
    ),
  },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b(?:can'?t|cannot|don'?t|barely|hardly) feel (?:my |the |both |his |her )?(?:legs|feet)\b`,
  },
  // "losing feeling in both legs", "no sensation in my left foot".
  {
    fact: "legNumbness",
    re: rx`\b${LOST_FEELING} ${LEG_PLACE}${LEGPART}\b`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b${LOST_FEELING} ${LEG_PLACE}(?:legs|feet|thighs|calves)\b`,
  },
  { fact: "legPainBothSides", negated: null, re: rx`\bnumb(?:ness)? from (?:the |my )?waist down\b` },
  // Sciatica on both sides ("bilateral" is written out as "both"): "both sciatica", "double sciatica".
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b(?:both|double|two-sided|two sided)(?: sided)? sciatica\b|\bsciatica (?:on|in|down) both sides\b`,
  },
  { fact: "legPainBothSides", negated: null, re: rx`\b${NUMB} ${LEGS_PLURAL}\b` },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b(?:${PAIN}|${NUMB})\b[^.;!?\n]{0,40}\b(?:left|right) (?:leg|foot|side)\b${OTHER_SIDE_TOO}`,
  },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b(?:${PAIN}|${NUMB})\b${span(40)}(?:${LEFT_THEN_RIGHT})`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  weak(
    "both_legs",
    rx`\b(?:both (?:of )?(?:my )?legs?|my legs|legs|both feet)\b${denialGap(3)} ${LINK}(?:${LEGS_WEAK}|won'?t hold me|can'?t hold me)\b`,
  ),
  weak(
    "both_legs",
    rx`\b(?:weak(?:ness)?|giving (?:out|way)|buckling)\b(?: (?:in|of))? (?:both (?:of )?(?:my )?legs|my legs|both feet|the legs|legs)\b`,
  ),
  weak(
    "one_leg",
    rx`\b(?:(?:my|the|one|left|right)\s)*(?:leg|foot|knee|ankle)\b${denialGap(3)} ${LINK}${LISTED_BEFORE}${LEGS_WEAK}\b`,
  ),
  weak(
    "one_leg",
    rx`\b(?:weak(?:ness)?|giving (?:out|way))\b(?: (?:in|of))? (?:my |the |one )?(?:left |right )?(?:leg|foot|ankle)\b`,
  ),
  weak(
    "one_leg",
    rx`\b${alt`
      foot_?drop drop_?foot dropped_foot foot_(?:is_|keeps_)?(?:dragging|slapping|flopping)
      drag(?:ging|s)?_(?:my_|the_)?(?:left_|right_)?(?:foot|leg|toes)
      ${LIFT_FOOT}
      (?:catching|tripping_over|trip_over|keep_tripping_on)_my_(?:own_|left_|right_)?(?:foot|feet|toes)
      ${CANT}_(?:stand|walk)_on_(?:my_)?(?:toes|tiptoes|heels?)
    `}\b`,
  ),
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    confidence: 0.75,
    // Said of the back ("my back gave way") it is how the spasm began, not a weak leg.
    re: rx`(?<!\b(?:back|spine|disc|disk)(?: \w+)? )\b(?:giv(?:es|ing) (?:out|way)|gave (?:out|way)|buckl(?:es|ed|ing))\b`,
    yieldsTo: ["legWeakness"],
  },
  {
    fact: "legNumbness",
    value: false,
    negated: false,
    confidence: 0.8,
    re: rx`\b(?:feeling|sensation) in (?:my |both )?(?:legs?|feet) (?:is |are |feels? )?(?:normal|fine|ok|okay)\b`,
  },
  {
    fact: "legWeakness",
    value: "none",
    negated: null,
    re: rx`\b(?:legs?|feet)(?: (?:feel|feels|are|is|seem|work|works))? (?:strong|fine|normal|ok|okay)\b|\b(?:good|normal|full) (?:leg )?strength\b`,
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
    re: anyOf(
      rx`\b(?:getting|got|gets|growing) weaker\b`,
      rx`\bweaker (?:and weaker|every day|each day|by the day|than (?:(?:it|they) (?:was|were) )?(?:yesterday|before))\b`,
      near(
        rx`\bweak(?:ness)?`,
        rx`(?:is |are |has been |keeps |has |have )?(?:getting worse|got worse|gotten worse|worsening|spreading|increasing)\b`,
        4,
        alt`pain back spasms? and`,
      ),
    ),
  },
  // "the weakness in my legs is worse today than yesterday", "legs wobbly and they're getting worse each day".
  {
    fact: "weaknessWorsening",
    re: near(
      rx`\b${alt`weak(?:ness|er)? wobbly jelly giving_(?:way|out) buckl\w*`}`,
      WORSE_BY_DAY,
      6,
      NOT_THE_PAIN,
    ),
  },
  {
    fact: "weaknessWorsening",
    re: rx`\bprogressive (?:leg )?weakness\b|\bweak(?:ness)?\b[^.;!?\n]{0,40}\b(?:it'?s |is |and )?(?:progressing|getting worse fast)\b`,
  },
  {
    fact: "walkingLegPainEasedBySitting",
    re: rx`\b(?:walk\w*|stand\w*|queue\w*|in line|on my feet|shopping)\b${span(60)}\b(?:legs?|thighs?|calves|calf|buttocks?)\b${span(80)}\b${alt`
      sit(?:ting)?_down sit sat_down sitting bend(?:ing)?_forward lean(?:ing)?_(?:forward|on)
      shopping_(?:cart|trolley) crouch\w* stop_and_rest
    `}\b`,
  },
  {
    fact: "walkingLegPainEasedBySitting",
    confidence: 0.8,
    re: rx`\bcan (?:only )?walk (?:about |around )?${alt`
      \d+ a one two three four five ten fifty a_hundred a_few half_a
    `} (?:blocks?|minutes?|meters|metres|yards|steps)\b${span(40)}\b(?:legs?|thighs?|calves|have to (?:stop|sit|rest))\b`,
  },

  // Emergency signs.
  {
    fact: "saddleNumbness",
    // The window never passes over a leg: "pins and needles in both feet and my bum feels numb" keeps both.
    re: rx`\b${NUMB}\b(?<gap>${NOT_PAST_A_LEG})\b(?:(?:in|around|on|of|between|down|at) )?(?:(?:my|the|both|his|her)\s)*${SADDLE}\b`,
  },
  // Numbness that climbs to the saddle: "lost feeling in both legs all the way up to the crotch".
  {
    fact: "saddleNumbness",
    re: rx`\b(?:${NUMB}|${LOST_FEELING})\b(?<gap>${NOT_PAST_PAIN})\b${UP_TO}(?:(?:my|the|his|her)\s)?${SADDLE}\b`,
  },
  { fact: "saddleNumbness", re: rx`${ONLY_THERE}${SADDLE}\b` },
  {
    fact: "saddleNumbness",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b${SADDLE_ADJ} (?:sensation|feeling) (?:is |was |feels )?(?:normal|intact|fine|ok|okay|unchanged)\b`,
  },
  { fact: "legNumbness", re: rx`${ONLY_THERE}${LEGPART}\b`, yieldsTo: ["saddleNumbness"] },
  { fact: "saddleNumbness", re: rx`${LISTED_AFTER_LEGS}${LISTED_DET}${SADDLE}\b${OWN_PREDICATE}` },
  {
    fact: "saddleNumbness",
    re: rx`\b${SADDLE}\b${denialGap(3)} ${LINK}${NOT_LISTED}(?:${NUMB}|no feeling)\b`,
  },
  {
    fact: "saddleNumbness",
    re: anyOf(
      rx`\b(?:can'?t|cannot|couldn'?t|don'?t|didn'?t) feel (?:anything )?${alt`
        when_i_(?:wipe|sit_on_the_toilet) the_(?:toilet_)?paper myself_(?:when_i_wipe|down_there)
        my_(?:bum|butt|groin|genitals|privates|private_parts|bottom|backside) down_there
      `}\b`,
      // The saddle listed after the legs: "can't feel my thighs or my bum", "my legs nor my bum".
      rx`\b${CANT_FEEL} (?:either )?${THE}(?:left |right )?${LEGPART},? (?:and|or|nor|&) ${THE}${SADDLE}\b`,
      rx`\b(?:saddle|perineal) (?:area |region )?(?:numbness|anaesthesia|anesthesia|paraesthesia|paresthesia|paresthesias)\b`,
      // The clinical adjective: "reduced perineal sensation", "perianal sensation is altered".
      rx`\b${CHANGED} ${SADDLE_ADJ} (?:sensation|feeling)\b`,
      rx`\b${SADDLE_ADJ} (?:sensation|feeling) (?:is |was |feels |has been )?(?:${CHANGED}|absent|gone)\b`,
      rx`\b${CHANGED} (?:sensation|feeling)\b${skip(0, 3)} (?:in|around|of) (?:the |my )?(?:${SADDLE}|saddle region)\b`,
      rx`\b(?:no|lost|lose|loses|losing|loss of|less|reduced) (?:more |any |all |the )?(?:feeling|sensation) ${AT_THE_SADDLE}\b`,
      rx`\bnumb(?:ness)? from (?:the |my )?waist down\b`,
    ),
  },
  {
    fact: "bladderChange",
    re: rx`\b(?:${CANT}|${TROUBLE}|difficult to|straining to) (?:(?:start|initiat)(?:e|ing)? (?:to |a |my )?)?${PEE}\b`,
  },
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\b(?:peed|pee|peeing|wet|wetting|pissed|pissing|wee'?d) ${alt`
        myself himself herself yourself themselves (?:my|his|her)_(?:pants|trousers|bed|self|underwear) the_bed
      `}\b`,
      rx`\b(?:leak(?:ed|ing|s)?|dribbl(?:e|ed|ing|es)) (?:some |a (?:bit|little) (?:of )?|small amounts of )?(?:urine|pee|wee)\b`,
      rx`\b(?:urine|pee|wee) (?:leak(?:ed|ing|s)?|dribbl\w*|(?:just )?(?:came|comes) out)\b`,
      rx`\bincontinen(?:t|ce) of (?:urine|pee|wee)\b|\bdoubl[ey] incontinen(?:t|ce)\b`,
    ),
  },
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\b(?:lost|losing|loss of|no|lack of|poor) (?:control (?:of|over) (?:my |his |her )?(?:bladder|pee|urine)|bladder control)\b`,
      rx`\b(?:urinary )?(?:incontinence|incontinent)\b`,
      rx`\b(?:urinary retention|retention of (?:urine|pee|wee))\b`,
      rx`\b(?:lost|losing|loss of|no) control (?:when|while) (?:i )?(?:pee|urinate|wee)\b`,
      rx`\bcan'?t hold (?:it in|my (?:pee|urine|bladder|wee))\b`,
      rx`\b(?:${CANT}|${TROUBLE}) control(?:ling)? (?:my |his |her )?(?:bladder|pee|urine|wee)\b`,
      rx`\b(?:haven'?t|hasn'?t|have not|has not|not) been able to ${PEE}\b`,
    ),
    yieldsTo: ["bowelIncontinence"],
  },
  // "No retention" in a list of denials: a no for the bladder; the word alone says nothing ("water retention").
  { fact: "bladderChange", value: null, re: rx`\b(?<!\b(?:water|fluid) )retention\b(?! of (?:water|fluid))` },
  // A catheter now, not one had long ago: "I've had to use a catheter".
  { fact: "bladderChange", unless: NOT_RECENT, re: rx`\bcatheter(?:s|i[sz]ed|i[sz]ation)?\b` },
  {
    fact: "bladderChange",
    re: rx`${NOT_AFTER_BOWELS}\b(?:don'?t|didn'?t|doesn'?t|can'?t|cannot|couldn'?t|not|without (?:even )?)\s?${SENSE} (?:when |that |if )?${alt`
      (?:i|he|she|they)_needs?_(?:to_(?:pee|wee|go(?!_for_a_(?:poo|number_two))|urinate)|a_(?:pee|wee)|the_(?:toilet|loo|bathroom)(?!_for_a_(?:poo|number_two)))
      (?:i'?m|he'?s|she'?s|they'?re)_(?:peeing|urinating|weeing)
      (?:my|his|her|their)_bladder(?:_is|_was)?_(?:full|filling)
      the_urge(?:_to_(?:pee|urinate))? i_have_to_(?:pee|go)
    `}\b`,
  },
  {
    fact: "bladderChange",
    confidence: 0.75,
    re: anyOf(
      rx`\b(?:bowels?\s*(?:or|and|\/|&)\s*)?bladder(?:\s*(?:or|and|\/|&)\s*bowels?)? (?:problems?|issues?|trouble|changes?|dysfunction|symptoms|sx)\b`,
      rx`\b(?:problems?|issues?|trouble|changes?) with (?:my )?bladder\b`,
    ),
  },
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\bbladder(?:\s*(?:and|&|\/)\s*bowels?)?(?:'s)? (?:is|are|feels?|'s|seems?|function(?:s|ing)?(?: is)?) ${alt`
        normal fine ok okay good working_(?:fine|normally|ok)
      `}\b`,
      rx`\b(?:peeing|urinating|weeing)(?: and (?:pooping|pooing))? (?:normally|normal|fine|ok|okay|as usual)\b`,
      rx`\bbowels? and bladder (?:are )?(?:normal|fine|ok|okay)\b`,
      rx`\bnormal (?:bladder|bladder and bowel|bowel and bladder) (?:function|control)\b`,
      rx`\bbladder(?:\s*(?:and|&|\/)\s*bowels?)? (?:fine|ok|okay|normal)\b`,
    ),
  },
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\b(?:pooped|pooping|pooed|pooing|shat|soiled|messed|crapped|shit) (?:${SELF}|${OWN} (?:pants|trousers|self|underwear))\b`,
      rx`\b(?:lost|losing|loss of|no|lack of|poor) (?:(?:some |any |all )?control (?:of|over) (?:my )?${BOWEL_PART}|bowel control)\b`,
      rx`\b(?:fa?ecal|anal|stool|bowel) incontinence\b`,
      // "incontinent of faeces", "incontinent of urine and stool": the clinical way of saying it.
      rx`\bincontinen(?:t|ce) of (?:(?:urine|pee|wee) (?:and|&|or) )?(?:the )?${BOWEL_MATTER}\b`,
      rx`\bdoubl[ey] incontinen(?:t|ce)\b`,
      rx`\b(?:${CANT}|${TROUBLE}) (?:hold(?:ing)?|control(?:ling)?) (?:in )?(?:my |his |her )?(?:bowels?|poo|poop|stools?)\b`,
      rx`\b${CANT}(?: really| properly| always)? (?:hold|control|stop)\b${skip(1, 3)} (?:poo|poop|pooing|pooping|bowels?|stools?)\b`,
      rx`\b(?:poo|poop|stool|feces|faeces) (?:leak(?:ed|ing|s)?|came out)\b`,
      rx`\bleak(?:s|ed|ing|age)? of (?:poo|poop|stool|faeces|feces|bowel)\b`,
      rx`\b(?:soiled|messed|pooed|pooped|crapped|shat) (?:in )?(?:the |my )?(?:bed|sheets)\b`,
      rx`\b(?:pooed|pooped|crapped|shat|soiled|messed(?! up))\b${skip(0, 3)} without (?:even )?${alt`
        knowing realising realizing noticing feeling_it
      `}\b`,
    ),
  },
  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: anyOf(
      rx`\b(?:bladder\s*(?:or|and|\/|&)\s*)?bowels? (?:problems?|issues?|trouble|changes?|dysfunction|symptoms|sx|incontinence|accidents?)\b`,
      rx`\b(?:problems?|issues?|trouble|changes?) with (?:my )?(?:bladder (?:or|and|\/|&) (?:my )?)?bowels?\b`,
      rx`\bbowels?\s*(?:or|and|\/|&)\s*bladder (?:problems?|issues?|trouble|changes?|dysfunction|symptoms|sx)\b`,
    ),
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\bbowels? (?:is|are|'s|movements? (?:are|is)) (?:normal|fine|ok|okay|regular)\b`,
      rx`\b(?:(?:peeing|urinating) and )?(?:pooping|pooing|bowel movements?)(?: are)? (?:normally|normal|fine|ok|okay)\b`,
      rx`\b(?:bladder\s*(?:and|&|\/)\s*)bowels? (?:is|are|feels?|'s|seems?|function(?:s|ing)?(?: is)?) (?:normal|fine|ok|okay|good)\b`,
      rx`\bbowels? and bladder (?:are )?(?:normal|fine|ok|okay)\b`,
      rx`\bnormal (?:bladder and bowel|bowel and bladder|bowel) (?:function|control)\b`,
      rx`\bbowels? (?:fine|ok|okay|normal)\b`,
    ),
  },
  {
    fact: "sexualDysfunction",
    re: anyOf(
      rx`\b(?:${CANT}|trouble|difficulty|problems?) (?:getting |get |keeping |keep )?(?:it up|an? erection|erections|hard)\b`,
      rx`\berect(?:ile|ion) (?:problems?|issues?|dysfunction|trouble)\b`,
      rx`\b(?:no|lost|losing|loss of|less|reduced) (?:feeling|sensation) (?:during sex|when having sex)\b`,
      rx`\bcan'?t (?:feel anything during sex|orgasm|climax|ejaculate)\b`,
      rx`\bnumb (?:during|in) sex\b`,
    ),
  },
  {
    fact: "chestSymptoms",
    re: rx`\bchest\b${denialGap(3)} (?:(?:feels?|is|was|felt|getting|gets|so|very|really|a bit|kind of|kinda|also)\s)*${alt`
      pain(?:s|ful)? tight(?:ness)? pressure heavy heaviness hurts? hurting squeez(?:e|ed|ing) crushing
      ache aches aching discomfort
    `}\b`,
  },
  {
    fact: "chestSymptoms",
    re: anyOf(
      rx`\b${alt`
        pain pains tight(?:ness)? pressure heaviness squeezing crushing ache discomfort
      `} (?:in|on|across|around) (?:my |the )?(?:(?:left|right|center|centre|middle) (?:of )?(?:my |the )?)?chest\b`,
      rx`\bshort(?:ness)? of breath\b`,
      rx`\b(?:can'?t|cannot|couldn'?t) (?:breathe|catch my breath|get (?:my )?breath)\b`,
      rx`\b(?:struggl\w* to|hard to|trouble|difficulty|fighting to) (?:breathe|breathing|catch(?:ing)? my breath|get(?:ting)? (?:my )?breath)\b`,
      rx`\b(?:breathless(?:ness)?|out of breath)\b`,
      rx`\b(?:goes|going|spreads?|spreading|radiat\w*|moves?|wraps?|comes?) (?:(?:round|around|through|up|over) )?(?:into |to |towards? )?(?:my |the )?chest\b`,
    ),
  },
  {
    fact: "chestSymptoms",
    re: anyOf(
      rx`\b(?:pain|ache|aching|hurts?|numbness|tingling)\b${skip(0, 3)} (?:in|down|into|to|up) (?:my |the )?(?:left arm|jaw)\b`,
      rx`\b(?:left arm|jaw)\b${skip(0, 2)} (?:aches?|aching|hurts?|pain|numb|tingl\w*)\b`,
    ),
  },
  {
    fact: "abdominalPain",
    re: anyOf(
      rx`\b(?:stomach|belly|tummy|abdomen|abdominal|abdo|gut|midriff)\b${denialGap(3)} (?:(?:is|feels?|also|too|really|very|kind of|a bit)\s)*${alt`
        pain(?:s|ful)? hurts? hurting ache aches aching cramps? cramping sore tender pulsing pulsating
        throbbing pulse beating
      `}\b`,
      rx`\b(?:stomach ?ache|belly ?ache|tummy ?ache)\b`,
    ),
  },
  {
    fact: "abdominalPain",
    re: rx`\b${alt`
      pain ache aching hurts? pulsing pulsating throbbing a_pulse heartbeat beating goes going wraps?
      radiat\w* spreads?
    `}\b${skip(0, 6)} (?:in|into|to|around (?:to )?|through (?:to )?|towards) (?:my |the )?${BELLY_SIDE}(?:stomach|belly|tummy|abdomen|gut)\b`,
  },
  {
    fact: "urinarySymptoms",
    re: anyOf(
      rx`\b${alt`
        burn(?:s|ing)? sting(?:s|ing)? hurts? pain(?:ful)?
      `}\b${skip(0, 2)} (?:when|while|to|after|as|every time) (?:i |he |she |they |you )?${PEE_VERB}\b`,
      rx`\b(?:painful|burning|stinging) (?:urination|peeing|pee)\b`,
      rx`\b(?:pain|burning|stinging) (?:on|with|during) (?:urination|peeing)\b`,
      rx`\bdysuria\b`,
    ),
  },
  {
    fact: "urinarySymptoms",
    re: anyOf(
      rx`\b(?:peeing|urinating|weeing|going to the (?:bathroom|toilet|loo)|need(?:ing)? to pee|have to pee)\b${skip(0, 2)} ${alt`
        a_lot all_the_time constantly more_(?:often|than_usual|than_normal|frequently)
        every_(?:hour|half_hour|few_(?:minutes|mins)|\d+_(?:minutes|mins?)) so_often so_much nonstop frequently
      `}\b`,
      rx`\b(?:bloody|blood in (?:my |the )?|red |pink )(?:urine|pee|wee)\b`,
      rx`\b(?:need|have|having|needing) to (?:go|pee|wee|urinate) (?:a lot |much |far |way )?more (?:often|frequently)\b`,
      rx`\b(?:urine|pee|wee) (?:is |looks )?(?:bloody|red|pink)\b`,
    ),
  },
  {
    fact: "urinarySymptoms",
    confidence: 0.7,
    // Past infections are history, not today's symptom: "a UTI history", "prone to UTIs", "had cystitis years ago".
    unless: rx`${NOT_RECENT}|\b(?:history|histories|prone to|used to (?:get|have)|get them a lot)\b`,
    re: rx`\b(?:uti|cystitis|pyelonephritis|(?:urinary tract|bladder|urine|urinary|water|wee|pee|kidney) infection)\b`,
  },

  // Red flags for infection, fracture, cancer.
  {
    fact: "fever",
    re: anyOf(
      rx`\b(?:fever(?:s|ish)?|febrile|chills|(?:the )?shivers|the shakes|shiver(?:ing|y)|rigors|night ?sweats?|burning up)\b(?!${FEVER_GONE})`,
      rx`\b(?:hot|boiling),? (?:\w+,? )?(?:shaky|shivery|sweaty|clammy)\b`,
      rx`\b(?:hot and cold|hot then cold|cold then hot)\b`,
      rx`\bsweat(?:s|ing)? (?:a lot |heavily |buckets |profusely )?(?:at night|in the night|during the night|through the night|in bed|in my sleep|overnight)\b`,
      rx`\b(?:soak(?:ed|ing)|drench(?:ed|ing)|sweat (?:through|thru)) (?:the |my )?(?:sheets|bed|pyjamas|pajamas)\b`,
      rx`\b(?:drenched|soaked|soaking|dripping) (?:in|with) sweat\b`,
      rx`\b(?:wak(?:e|ing)|woke) up (?:sweating|in a sweat)\b`,
    ),
  },
  {
    fact: "fever",
    // Waking up soaked in a sentence about the bladder is a wet bed, not a night sweat.
    re: rx`(?<!\b${WET_BED}\b[^.;!?\n]{0,60})\b(?:wak(?:e|ing)|woke) up (?:drenched|soaked)\b(?! in (?:pee|urine|wee))`,
  },
  {
    fact: "fever",
    value: false,
    negated: false,
    re: rx`\bafebrile\b|\bfever\b${FEVER_GONE}`,
  },
  {
    fact: "fever",
    value: false,
    negated: null,
    re: rx`\btemp(?:erature)?${saidOf(alt`is was`)}(?:normal|fine|ok|okay)\b`,
  },
  {
    fact: "fever",
    read: "temperature",
    negated: null,
    re: rx`\b(?:temp(?:erature)?|fever|thermometer)\b(?: ${alt`
      is was of at around about reading reads read went_up_to up_to hit reached said says showed shows : =
    `})* ?(?<n>\d{2,3}(?:[.,]\d)?)\s*(?:°|degrees|deg)?\s*(?:c|f|celsius|fahrenheit)?\b`,
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
    re: rx`\b(?:have|had|got|running|run|with) (?:a )?(?:high |slight )?temp(?:erature)?\b(?!\s*(?:of|is|was)?\s*\d| in my life)`,
  },
  {
    fact: "weightLoss",
    re: anyOf(
      rx`\b(?:lost|losing|dropped|dropping|shed|shedding) (?:about |around |like |over |nearly |almost |roughly )?(?:${alt`
        a_(?:lot|bit|ton)_of some so_much \d+(?:[.,]\d+)? ${NUM}
      `} ?(?:kg|kgs|kilos?|pounds|lbs?|stones?)|(?:(?:a (?:lot|bit|ton|load)|loads|lots|tons|heaps) of |some |any |so much )?weight)\b`,
      rx`\b(?:unexplained|unintentional|unintended|unexpected|sudden)? ?weight ?loss\b`,
      rx`\b(?:i'?m |i am )?down (?:about |almost |over )?\d+(?:[.,]\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds|stones?)\b`,
      rx`\bclothes (?:are )?(?:getting )?(?:loose|looser|falling off)\b`,
    ),
    unless: rx`\b(?<!(?:without|w\/o|not|wasn'?t|no|not even|without even) )${alt`
      diet(?:ing)? trying on_purpose intentionally exercising working_out ozempic wegovy weight_?watchers
      keto
    `}\b`,
  },
  {
    fact: "weightLoss",
    re: anyOf(
      near(
        rx`\b(?:weight|pounds|kilos|the (?:weight|pounds))`,
        rx`(?:dropping|falling|fell|coming|came|melting|melted|dropped) off\b`,
        3,
      ),
      rx`\b(?:gone|dropped|went|go) down (?:a |one |two |three |\d+ )?(?:dress|trouser|jean|clothes|clothing|belt) sizes?\b`,
    ),
    unless: rx`\b(?<!(?:without|not|no) )(?:diet(?:ing)?|on purpose|trying to|gym)\b`,
  },
  {
    fact: "weightLoss",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bweight${saidOf(alt`is has_been`)}(?:stable|steady|the same|unchanged|normal)\b`,
  },
  {
    fact: "abdominalPain",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:stomach|belly|tummy|abdomen)${saidOf(alt`is feels`)}(?:fine|ok|okay|normal|soft and fine)\b`,
  },
  {
    fact: "immunosuppressed",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bimmune system${saidOf(alt`is`)}(?:fine|ok|okay|normal|good|strong)\b`,
  },
  {
    fact: "cancerHistory",
    re: rx`\b${alt`
      cancer tumou?rs? lymphoma leuka?emia melanoma myeloma sarcoma carcinoma metasta\w* oncolog\w*
      mastectomy in_remission radiotherapy radiation_(?:therapy|treatment) chemo(?:therapy)? secondaries bone_mets
      mets_(?:to|in)_(?:the_|my_)?(?:spine|bones?|liver|lungs?|brain)
      (?:having|had|getting|got|finished|doing)_(?:radiation|radio)
    `}\b`,
    unless: rx`\b(?:scare|screening|screened|ruled out|worried|afraid|fear|scared|risk)\b`,
  },
  // Says nothing until denied: "never used drugs", "no street drugs".
  {
    fact: "ivDrugUse",
    value: null,
    negated: false,
    confidence: 0.8,
    re: rx`\b(?:(?:used|use|using|done|do) (?:any )?(?:street |recreational |illegal |hard )?|(?:street|recreational|illegal|hard) )drugs\b`,
  },
  {
    fact: "ivDrugUse",
    re: anyOf(
      rx`\b(?:iv|intravenous|injection|injecting|injected) drugs?\b`,
      rx`\b(?:inject|injecting|injected|shoot(?:ing)? up|shot up|mainlin\w*) (?:drugs|heroin|meth|cocaine|speed|myself)\b`,
      rx`\bshoot(?:ing)? up\b`,
      rx`\b(?:use|used|using) needles\b`,
    ),
  },
  {
    fact: "ivDrugUse",
    // Heroin smoked or snorted is not injected.
    unless: rx`\b(?:smok\w*|snort\w*|chas\w* the dragon|(?:never|not|didn'?t|don'?t) inject\w*)\b`,
    re: rx`\bheroin\b`,
  },
  {
    fact: "immunosuppressed",
    re: anyOf(
      rx`\bhiv\b`,
      rx`\b(?:organ |kidney |liver |heart |lung |bone marrow |stem cell )?transplant\b`,
      rx`\bimmun[eo][- ]?(?:suppress\w*|compromised|deficien\w*)\b`,
      rx`\bimmune system(?: is|'s)? (?:weak|weakened|suppressed|compromised|low|shot|poor|rubbish|bad)\b`,
      rx`\b(?:weak|weakened|low|poor|suppressed|compromised) immune system\b`,
      rx`\banti-?rejection\b`,
      rx`\b(?:biologics?|methotrexate|humira|adalimumab|tacrolimus|cyclosporine|ciclosporin|azathioprine|mycophenolate|rituximab|infliximab|etanercept)\b`,
    ),
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
    re: anyOf(
      rx`\b${alt`
        epidural spinal_(?:injection|tap|block) lumbar_puncture nerve_block facet_(?:joint_)?injection
        (?:steroid_|cortisone_)?(?:injection|shot)s?_(?:in|into)_(?:my_)?(?:lower_|upper_)?(?:back|spine)
        cortisone_(?:injection|shot)
      `}\b`,
      rx`\b(?:back|spinal|spine|disc|disk|lumbar) (?:surgery|operation|op|fusion|procedure)\b`,
      rx`\b(?:spinal fusion|laminectomy|discectomy|microdiscectomy)\b`,
      rx`\boperat(?:ed|ion) on (?:my )?(?:back|spine)\b`,
      rx`\b(?:surgery|operation|op|procedure|injections?|shots?) (?:on|in|to|into) (?:my |the )?(?:lower |upper )?(?:back|spine)\b`,
    ),
  },
  {
    fact: "recentInfectionOrSpinalProcedure",
    unless: rx`${NOT_RECENT}|\b(?:urine|urinary|bladder|kidney|uti|water infection|wee infection|pee infection)\b`,
    yieldsTo: ["urinarySymptoms"],
    re: rx`\b${alt`
      infections? infected pneumonia cellulitis abscess(?:es|ed)? sepsis septic strep_throat endocarditis on_antibiotics
      (?:took|taking|finished|course_of)_antibiotics
    `}\b`,
  },
  {
    fact: "osteoporosis",
    re: anyOf(
      rx`\bosteoporo(?:sis|tic)\b|\b(?:brittle|thin|fragile|weak) bones\b|\blow bone density\b`,
      rx`\bbones (?:are|is|'re|have (?:got|become)) (?:\w+ )?(?:brittle|thin|thinning|fragile|weak)\b`,
    ),
  },
  {
    fact: "steroidUse",
    // Tablets beside an inhaler are still tablets: "steroid inhalers and tablets".
    re: rx`\bsteroids?\b${skip(0, 3)} (?:tablets?|pills?)\b`,
  },
  {
    fact: "steroidUse",
    re: rx`\b${alt`
      steroids? prednisone prednisolone pred dexamethasone methylprednisolone hydrocortisone
      corticosteroids? cortisone
    `}\b(?! (?:injection|shot|cream|inhaler|spray|ointment|jab|drops))`,
    unless: rx`\b(?:injection|injected|shot|jab|cream|inhaler|spray|ointment|epidural)\b`,
    yieldsTo: ["recentInfectionOrSpinalProcedure"],
  },
  {
    fact: "restNightPain",
    re: anyOf(
      rx`\b${alt`
        worse worst bad terrible awful unbearable intense more_painful hurts_more painful pain hurts more
      `} (?:at|during the|in the|in|through the|all) night\b`,
      rx`\b(?:wakes?|woke|waking|keeps|kept|keeping) me (?:up )?(?:at night|in the night|every night|during the night|from sleep|up)\b`,
      rx`\b(?:wakes?|waking) me(?: up)? (?:at \d{1,2}(?::\d\d)? ?(?:am)?|most nights|in the (?:early|small) hours)\b`,
      rx`\b(?:just )?as (?:much|bad|painful) (?:when |while )?(?:i'?m )?(?:lying|resting|lie|rest|sitting) (?:still|down)\b`,
      rx`\b(?:keeps?|kept|keeping) me awake\b`,
      rx`\bnight pain\b`,
      rx`\b(?:can'?t|cannot|couldn'?t|unable to) (?:get to )?sleep (?:because of|for|with|due to) (?:the pain|the back|my back|it)\b`,
      rx`\b(?:hurts?|aches?|pain|painful|worse|worst)\b${skip(1, 5)} (?:at|during the|in the|through the) night\b`,
    ),
  },
  {
    fact: "restNightPain",
    re: anyOf(
      rx`\bno (?:position|positions) (?:helps?|is comfortable|eases (?:it|the pain)|works|makes it better)\b`,
      rx`\brest(?:ing)? (?:doesn'?t|does not|won'?t) (?:help|ease|change)\b`,
      rx`\brest does nothing\b`,
      rx`\b(?:constant|constantly|all the time|24\/7|non-?stop),? (?:even )?(?:when|while|at) (?:i )?(?:rest|resting|lying down|lie down|night)\b`,
      rx`\beven (?:when |while )?(?:i'?m |i )?(?:lying (?:down|still|flat)|lie (?:down|still|flat)|resting|rest|at rest|sitting still|in bed)\b`,
    ),
  },
  {
    fact: "backLumpOrDeformity",
    re: anyOf(
      rx`\b${alt`
        lumps? bumps? swellings? (?<!dis[ck]_)bulges? mass growths? swollen_(?:area|spot)
      `}\b${skip(0, 6)} (?:on|in|over|along|near|at|out of|out from) (?:the (?:bottom|base|top|middle) of )?${ON_THE_BACK}\b`,
      rx`\b(?:back|spine)\b${skip(0, 3)} (?:has )?(?:a )?(?:lump|bump|swelling|bulge)\b`,
      rx`\b(?:back|spine|posture|back ?bone) (?:looks?|is|has (?:become|gone|got)|became|now|seems?)(?: \w+)? ${alt`
        crooked curved deformed misshapen different out_of_shape bent twisted lopsided
      `}\b`,
      rx`\bshape of (?:my |the )?(?:back|spine) (?:has |is )?(?:changed|different)\b`,
      rx`\b(?:new |a )hump\b`,
    ),
  },
  {
    fact: "morningStiffness",
    re: anyOf(
      rx`\bstiff(?:ness)?\b${span(40)}\b${alt`
        in_the_mornings? mornings every_morning when_i_(?:wake|get_up|first_get_up) on_waking first_thing
        after_(?:waking|sleeping|getting_up)
      `}\b`,
      rx`\bmorning stiffness\b`,
      rx`\b(?:in the |every )?mornings?\b${span(25)}\bstiff(?:ness)?\b`,
      rx`\btakes (?:me )?${alt`
        an_hour hours ages a_long_time forever a_while \d+_(?:minutes|hours) half_an_hour over_an_hour
      `} to (?:loosen up|get going|limber up|warm up|get moving)\b`,
    ),
  },
  {
    fact: "betterWithExercise",
    re: rx`\b(?:better|improves?|eases?|easier|loosens? up|less (?:stiff|pain|painful))\b${skip(0, 2)} ${alt`
      when_i_(?:move|walk|exercise|stretch|get_moving|get_going|am_active)
      with_(?:movement|exercise|activity|moving|walking|stretching)
      (?:after|once)_i_(?:get_moving|get_going|start_moving|warm_up|exercise|walk|go_for_a_(?:walk|run|swim))
      moving_around after_(?:exercise|a_walk|a_run|walking|moving_around|a_swim)
    `}\b`,
  },
  {
    fact: "betterWithExercise",
    re: anyOf(
      rx`\b${alt`
        moving movement exercise exercising walking_around activity being_active stretching
        going_for_a_(?:walk|run)
      `}\b(?: (?:around|about))? (?:really |actually )?(?:helps|makes (?:it|things) better|eases (?:it|the pain)|loosens it up|improves it)\b`,
      rx`\b(?:worse|stiffer) (?:with|after|when i) (?:rest|resting|sitting still|sit still|staying still|inactivity)\b`,
    ),
  },
  ...TEMPERATURE_PATTERNS,
  ...EVERYDAY_EN,
  ...INDIRECT_EN,
  ...SYSTEMIC_EN,
];
